#include "ui/settings/profileimportdialog.h"

#include "app/accounts/aliyunconfigimporter.h"
#include "app/accounts/importedprofilewriter.h"
#include "app/accounts/koocliconfigimporter.h"
#include "app/accounts/profilestore.h"
#include "ui/app/applicationcontext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

namespace {

enum Column { NameColumn, ProviderColumn, RegionColumn, KeyColumn, SecretColumn, NoteColumn, ColumnCount };
constexpr int importedIndexRole = Qt::UserRole + 1; // index into m_result.imported, -1 for skipped rows

} // namespace

ProfileImportDialog::ProfileImportDialog(ApplicationContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_writer(new accounts::ImportedProfileWriter(context.profiles(), context.secrets(), this))
    , m_sourceLabel(new QLabel(this))
    , m_sourceComboBox(new QComboBox(this))
    , m_pathLabel(new QLabel(this))
    , m_pathLineEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(this))
    , m_previewTree(new QTreeWidget(this))
    , m_replaceCheckBox(new QCheckBox(this))
    , m_statusLabel(new QLabel(this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_importButton(m_buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"profileImportDialog"_s);
    m_sourceComboBox->setObjectName(u"importSourceComboBox"_s);
    m_sourceComboBox->addItem(QString(), int(Source::AliyunCli));
    m_sourceComboBox->addItem(QString(), int(Source::KooCli));
    m_pathLineEdit->setObjectName(u"importPathLineEdit"_s);
    m_browseButton->setObjectName(u"browseImportFileButton"_s);
    m_browseButton->setAutoDefault(false);
    m_previewTree->setObjectName(u"importPreviewTreeWidget"_s);
    m_previewTree->setRootIsDecorated(false);
    m_previewTree->setColumnCount(ColumnCount);
    m_previewTree->setAlternatingRowColors(true);
    m_previewTree->header()->setStretchLastSection(true);
    m_replaceCheckBox->setObjectName(u"replaceExistingCheckBox"_s);
    m_statusLabel->setObjectName(u"importStatusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_importButton->setObjectName(u"importProfilesButton"_s);
    m_sourceLabel->setBuddy(m_sourceComboBox);
    m_pathLabel->setBuddy(m_pathLineEdit);

    auto *grid = new QGridLayout;
    grid->addWidget(m_sourceLabel, 0, 0);
    grid->addWidget(m_sourceComboBox, 0, 1, 1, 2);
    grid->addWidget(m_pathLabel, 1, 0);
    grid->addWidget(m_pathLineEdit, 1, 1);
    grid->addWidget(m_browseButton, 1, 2);
    grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_previewTree, 1);
    layout->addWidget(m_replaceCheckBox);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_buttonBox);

    connect(m_sourceComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_pathLineEdit->setText(QDir::toNativeSeparators(source() == Source::AliyunCli
                                                             ? accounts::AliyunConfigImporter::defaultPath()
                                                             : accounts::KooCliConfigImporter::defaultPath()));
        readChosenFile();
    });
    connect(m_pathLineEdit, &QLineEdit::editingFinished, this, &ProfileImportDialog::readChosenFile);
    connect(m_browseButton, &QPushButton::clicked, this, &ProfileImportDialog::browse);
    connect(m_previewTree, &QTreeWidget::itemChanged, this, &ProfileImportDialog::updateImportButton);
    connect(m_buttonBox, &QDialogButtonBox::accepted, this, &ProfileImportDialog::accept);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &ProfileImportDialog::reject);

    retranslateUi();
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 26);
    m_pathLineEdit->setText(QDir::toNativeSeparators(accounts::AliyunConfigImporter::defaultPath()));
    readChosenFile();
}

ProfileImportDialog::Source ProfileImportDialog::source() const
{
    return Source(m_sourceComboBox->currentData().toInt());
}

void ProfileImportDialog::readFile(Source chosen, const QString &path)
{
    const QSignalBlocker blocker(m_sourceComboBox);
    m_sourceComboBox->setCurrentIndex(m_sourceComboBox->findData(int(chosen)));
    m_pathLineEdit->setText(QDir::toNativeSeparators(path));
    readChosenFile();
}

void ProfileImportDialog::readChosenFile()
{
    const QString path = QDir::fromNativeSeparators(m_pathLineEdit->text().trimmed());
    m_result = source() == Source::AliyunCli ? accounts::AliyunConfigImporter::importFile(path)
                                             : accounts::KooCliConfigImporter::importFile(path);
    showResult();
}

void ProfileImportDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Choose the CLI's Configuration File"),
                                   QDir::fromNativeSeparators(m_pathLineEdit->text()));
    dialog->setObjectName(u"chooseImportFileDialog"_s);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(tr("Configuration files (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_pathLineEdit->setText(QDir::toNativeSeparators(path));
        readChosenFile();
    });
    dialog->open();
}

void ProfileImportDialog::showResult()
{
    const QSignalBlocker blocker(m_previewTree);
    m_previewTree->clear();
    for (int i = 0; i < m_result.imported.size(); ++i) {
        const accounts::ImportedProfile &imported = m_result.imported.at(i);
        const bool taken = m_context.profiles().contains(imported.profile.name);
        auto *item = new QTreeWidgetItem(m_previewTree);
        item->setText(NameColumn, imported.profile.name);
        item->setText(ProviderColumn,
                      imported.profile.provider == Provider::Alibaba ? tr("Alibaba Cloud") : tr("Huawei Cloud"));
        item->setText(RegionColumn, imported.profile.regions().join(u", "_s));
        item->setText(KeyColumn, imported.profile.accessKeyId);
        item->setText(SecretColumn, imported.secret ? tr("Found") : tr("To be entered"));
        QString note = imported.note;
        if (taken)
            note = (note.isEmpty() ? QString() : note + u' ')
                + tr("A profile with this name already exists.");
        item->setText(NoteColumn, note);
        item->setToolTip(NoteColumn, note);
        item->setData(NameColumn, importedIndexRole, i);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(NameColumn, taken ? Qt::Unchecked : Qt::Checked);
    }
    for (const accounts::SkippedProfile &skipped : std::as_const(m_result.skipped)) {
        auto *item = new QTreeWidgetItem(m_previewTree);
        item->setText(NameColumn, skipped.name);
        item->setText(NoteColumn, skipped.reason);
        item->setToolTip(NoteColumn, skipped.reason);
        item->setData(NameColumn, importedIndexRole, -1);
        item->setFlags(Qt::ItemIsSelectable); // shown, greyed, not importable
    }
    for (int column = 0; column < NoteColumn; ++column)
        m_previewTree->resizeColumnToContents(column);

    if (!m_result.ok())
        m_statusLabel->setText(m_result.error);
    else if (m_result.imported.isEmpty())
        m_statusLabel->setText(tr("The file holds no profile that can be imported."));
    else
        m_statusLabel->setText(tr("%n profile(s) can be imported. Untick the ones you do not want.", nullptr,
                                  int(m_result.imported.size())));
    updateImportButton();
}

void ProfileImportDialog::updateImportButton()
{
    bool any = false;
    for (int row = 0; row < m_previewTree->topLevelItemCount() && !any; ++row)
        any = m_previewTree->topLevelItem(row)->checkState(NameColumn) == Qt::Checked;
    m_importButton->setEnabled(any && !m_writer->isBusy());
}

void ProfileImportDialog::accept()
{
    QList<accounts::ImportedProfile> chosen;
    for (int row = 0; row < m_previewTree->topLevelItemCount(); ++row) {
        const QTreeWidgetItem *item = m_previewTree->topLevelItem(row);
        const int index = item->data(NameColumn, importedIndexRole).toInt();
        if (index >= 0 && item->checkState(NameColumn) == Qt::Checked)
            chosen.append(m_result.imported.at(index));
    }
    if (chosen.isEmpty())
        return;
    m_importButton->setEnabled(false);
    m_statusLabel->setText(tr("Saving the profiles…"));
    m_writer->write(chosen, m_replaceCheckBox->isChecked(), [this](const QList<accounts::ProfileWriteOutcome> &outcomes) {
        QStringList saved;
        QStringList problems;
        for (const accounts::ProfileWriteOutcome &outcome : outcomes) {
            if (outcome.profileSaved)
                saved.append(outcome.name);
            if (!outcome.problem.isEmpty())
                problems.append(outcome.problem);
        }
        if (!saved.isEmpty())
            Q_EMIT profilesImported(saved);
        if (problems.isEmpty()) {
            QDialog::accept();
            return;
        }
        m_statusLabel->setText(tr("%n profile(s) saved.", nullptr, int(saved.size())) + u'\n' + problems.join(u'\n'));
        showResult();
    });
}

void ProfileImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ProfileImportDialog::retranslateUi()
{
    setWindowTitle(tr("Import Accounts"));
    m_sourceLabel->setText(tr("&From:"));
    m_sourceComboBox->setItemText(0, tr("aliyun CLI (Alibaba Cloud)"));
    m_sourceComboBox->setItemText(1, tr("KooCLI, hcloud (Huawei Cloud)"));
    m_pathLabel->setText(tr("Fi&le:"));
    m_browseButton->setText(tr("&Browse…"));
    m_previewTree->setHeaderLabels({tr("Profile"), tr("Provider"), tr("Regions"), tr("Key ID"), tr("Secret"),
                                    tr("Note")});
    m_previewTree->setAccessibleName(tr("Profiles found"));
    m_replaceCheckBox->setText(tr("&Replace saved profiles that have the same name"));
    m_importButton->setText(tr("&Import"));
    m_buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace rdsbm::ui
