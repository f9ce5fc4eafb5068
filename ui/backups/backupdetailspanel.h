#pragma once

#include "app/domain/backupset.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;

namespace rdsbm::ui {

// Every field of the selected backup set, selectable and copyable, with its download links.
class BackupDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    enum class Verification { NotDownloaded, Verifying, Verified, Mismatch, Unverified };

    explicit BackupDetailsPanel(QWidget *parent = nullptr);

    void showBackup(const BackupSet &backup);
    void clear();
    void setVerification(Verification state);

Q_SIGNALS:
    void downloadRequested(const rdsbm::BackupSet &backup, bool intranet);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    QLabel *addRow(const char *objectName);

    std::optional<BackupSet> m_backup;
    Verification m_verification = Verification::NotDownloaded;
    QLabel *m_titleLabel;
    QFormLayout *m_form;
    QList<QLabel *> m_rowLabels;
    QList<QLabel *> m_values;
    QPushButton *m_copyLinkButton;
    QPushButton *m_copyIntranetLinkButton;
    QPushButton *m_downloadButton;
    QPushButton *m_downloadIntranetButton;
};

} // namespace rdsbm::ui
