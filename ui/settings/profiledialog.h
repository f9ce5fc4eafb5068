#pragma once

#include "app/accounts/profile.h"
#include "app/accounts/profilesecret.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace rdsbm::ui {

class ApplicationContext;
class ConnectionTester;
struct ConnectionTestResult;

// Adds an account: provider, regions, AccessKey, secret, optional STS token and endpoint, and for
// Alibaba the signature version. "Test Connection" makes one real signed call with what is typed.
// Saving writes the secret to the system keychain first and the profile (never a secret) to the
// settings after it; a failure is shown in the dialog, which keeps everything typed.
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ProfileDialog(ApplicationContext &context, QWidget *parent = nullptr);
    ~ProfileDialog() override;

    // Pre-fills the form, e.g. from an imported CLI profile whose secret must be typed again.
    void setProfile(const accounts::Profile &profile, const accounts::ProfileSecret &secret = {});
    // Edits the saved profile `profile.name` instead of adding one: the name stays (the keychain
    // entry is filed under it) and saving replaces the profile and its secret.
    void editProfile(const accounts::Profile &profile, const accounts::ProfileSecret &secret);
    bool isEditing() const { return !m_editedName.isEmpty(); }

    accounts::Profile profile() const;
    accounts::ProfileSecret secret() const;
    bool isTesting() const;

Q_SIGNALS:
    void profileSaved(const QString &name);

public Q_SLOTS:
    void accept() override;
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateProviderFields();
    void testConnection();
    void showTestResult(const ConnectionTestResult &result);
    void showProblem(const QString &problem, QWidget *field);
    void clearProblem();
    QString inputProblem(QWidget **field, bool forSaving) const;
    void saveProfile(const accounts::Profile &profile);
    void setBusy(bool busy);
    void growToFit();
    Provider provider() const;
    QString testedFingerprint() const;

    ApplicationContext &m_context;
    ConnectionTester *m_tester;
    QFormLayout *m_form;
    QLabel *m_introLabel;
    QLineEdit *m_nameLineEdit;
    QComboBox *m_providerComboBox;
    QComboBox *m_regionComboBox;
    QLineEdit *m_otherRegionsLineEdit;
    QLabel *m_otherRegionsHintLabel;
    QLineEdit *m_accessKeyIdLineEdit;
    QLineEdit *m_secretLineEdit;
    QLineEdit *m_tokenLineEdit;
    QLineEdit *m_endpointLineEdit;
    QComboBox *m_signatureComboBox;
    QPushButton *m_testButton;
    QLabel *m_resultLabel;
    QPushButton *m_copyResultButton;
    QLabel *m_problemLabel;
    QDialogButtonBox *m_buttonBox;
    QList<QLabel *> m_labels;
    Provider m_shownProvider = Provider::Alibaba;
    QString m_resultText;
    QString m_projectIdFound;   // from the last successful Huawei test
    QString m_projectIdFoundFor; // the fingerprint it was found with
    bool m_saving = false;
    QString m_editedName;
};

} // namespace rdsbm::ui
