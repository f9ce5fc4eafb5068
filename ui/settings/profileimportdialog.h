#pragma once

#include "app/accounts/profileimport.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace rdsbm::accounts {
class ImportedProfileWriter;
}

namespace rdsbm::ui {

class ApplicationContext;

// Imports profiles of the aliyun CLI or of KooCLI: reads the CLI's configuration file, shows
// every profile it found (the ones that cannot be used, greyed, with the reason), and saves the
// ticked ones: secrets to the keychain, the rest to the settings.
class ProfileImportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Source { AliyunCli, KooCli };

    explicit ProfileImportDialog(ApplicationContext &context, QWidget *parent = nullptr);

    // Reads `path` as a configuration file of `source` and shows what it holds.
    void readFile(Source source, const QString &path);
    QTreeWidget *previewTree() const { return m_previewTree; }

Q_SIGNALS:
    void profilesImported(const QStringList &names);

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void readChosenFile();
    void browse();
    void showResult();
    void updateImportButton();
    Source source() const;

    ApplicationContext &m_context;
    accounts::ImportedProfileWriter *m_writer;
    accounts::ProfileImportResult m_result;
    QLabel *m_sourceLabel;
    QComboBox *m_sourceComboBox;
    QLabel *m_pathLabel;
    QLineEdit *m_pathLineEdit;
    QPushButton *m_browseButton;
    QTreeWidget *m_previewTree;
    QCheckBox *m_replaceCheckBox;
    QLabel *m_statusLabel;
    QDialogButtonBox *m_buttonBox;
    QPushButton *m_importButton;
};

} // namespace rdsbm::ui
