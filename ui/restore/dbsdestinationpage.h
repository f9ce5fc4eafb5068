#pragma once

#include "app/domain/dbsrestorerequest.h"

#include <QWizardPage>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace rdsbm::ui {

class ApplicationContext;
class ProblemLabel;
struct DbsRestorePlan;

// Where the DBS restore writes: the destination type, and only the fields that type (and the
// plan's engine) needs, per seed 002. Checked as typed; each problem names its parameter.
class DbsDestinationPage : public QWizardPage
{
    Q_OBJECT

public:
    DbsDestinationPage(ApplicationContext &context, DbsRestorePlan &plan, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override {}
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    // The request as the fields stand now (the rest of the plan's request unchanged).
    DbsRestoreRequest request() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillRegions();
    void fillInstances();
    void updateFields();
    void revalidate();
    QLineEdit *addLineEdit(QLabel *&label, const QString &objectName);

    ApplicationContext &m_context;
    DbsRestorePlan &m_plan;
    QFormLayout *m_form;
    QLabel *m_nameLabel;
    QLineEdit *m_nameLineEdit;
    QLabel *m_typeLabel;
    QComboBox *m_typeComboBox;
    QLabel *m_needsLabel;
    QLabel *m_regionLabel;
    QComboBox *m_regionComboBox;
    QLabel *m_instanceLabel;
    QComboBox *m_instanceComboBox;
    QLabel *m_ipLabel = nullptr;
    QLineEdit *m_ipLineEdit;
    QLabel *m_portLabel = nullptr;
    QLineEdit *m_portLineEdit;
    QLabel *m_gatewayLabel = nullptr;
    QLineEdit *m_gatewayLineEdit;
    QLabel *m_databaseLabel = nullptr;
    QLineEdit *m_databaseLineEdit;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_userLineEdit;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_passwordLineEdit;
    QLabel *m_oracleSidLabel = nullptr;
    QLineEdit *m_oracleSidLineEdit;
    QLabel *m_restoreDirLabel = nullptr;
    QLineEdit *m_restoreDirLineEdit;
    QLabel *m_restoreHomeLabel = nullptr;
    QLineEdit *m_restoreHomeLineEdit;
    QLabel *m_crossAliyunIdLabel = nullptr;
    QLineEdit *m_crossAliyunIdLineEdit;
    QLabel *m_crossRoleLabel = nullptr;
    QLineEdit *m_crossRoleLineEdit;
    ProblemLabel *m_problemLabel;
    InputProblems m_problems;
    QString m_filledFor;
};

} // namespace rdsbm::ui
