#include "ui/backups/backupdetailspanel.h"

#include "app/models/displayformat.h"

#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QGuiApplication>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

namespace {

// Row order of the form; the labels are set in retranslateUi().
enum Row {
    IdRow, InstanceRow, StatusRow, MethodRow, TypeRow, ModeRow, InitiatorRow, StartRow, EndRow,
    SizeRow, EngineRow, ChecksumRow, VerificationRow, AvailableRow, MetaStatusRow, StoreStatusRow,
    StorageClassRow, ConsistentTimeRow, ExpireRow, HostRow, LinkRow, IntranetLinkRow, DatabaseLinksRow,
    RowCount
};

QString orDash(const QString &text)
{
    return text.isEmpty() ? u"—"_s : text;
}

} // namespace

BackupDetailsPanel::BackupDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(this))
    , m_form(new QFormLayout)
    , m_copyLinkButton(new QPushButton(this))
    , m_copyIntranetLinkButton(new QPushButton(this))
    , m_downloadButton(new QPushButton(this))
    , m_downloadIntranetButton(new QPushButton(this))
{
    setObjectName(u"backupDetailsPanel"_s);
    m_titleLabel->setObjectName(u"backupDetailsTitleLabel"_s);
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_titleLabel->setFont(titleFont);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignRight);
    for (int row = 0; row < RowCount; ++row)
        addRow(nullptr);

    m_copyLinkButton->setObjectName(u"copyDownloadLinkButton"_s);
    m_copyIntranetLinkButton->setObjectName(u"copyIntranetLinkButton"_s);
    m_downloadButton->setObjectName(u"downloadButton"_s);
    m_downloadIntranetButton->setObjectName(u"downloadIntranetButton"_s);
    connect(m_copyLinkButton, &QPushButton::clicked, this, [this] {
        if (m_backup)
            QGuiApplication::clipboard()->setText(m_backup->downloadUrl.toString());
    });
    connect(m_copyIntranetLinkButton, &QPushButton::clicked, this, [this] {
        if (m_backup)
            QGuiApplication::clipboard()->setText(m_backup->intranetDownloadUrl.toString());
    });
    connect(m_downloadButton, &QPushButton::clicked, this, [this] {
        if (m_backup)
            Q_EMIT downloadRequested(*m_backup, false);
    });
    connect(m_downloadIntranetButton, &QPushButton::clicked, this, [this] {
        if (m_backup)
            Q_EMIT downloadRequested(*m_backup, true);
    });

    auto *buttons = new QGridLayout;
    buttons->addWidget(m_downloadButton, 0, 0);
    buttons->addWidget(m_downloadIntranetButton, 0, 1);
    buttons->addWidget(m_copyLinkButton, 1, 0);
    buttons->addWidget(m_copyIntranetLinkButton, 1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addLayout(m_form);
    layout->addLayout(buttons);
    layout->addStretch();
    retranslateUi();
    clear();
}

QLabel *BackupDetailsPanel::addRow(const char *)
{
    auto *label = new QLabel(this);
    auto *value = new QLabel(this);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setWordWrap(true);
    // Long ids and checksums wrap inside the panel instead of widening it past the window.
    value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    value->setMinimumWidth(fontMetrics().averageCharWidth() * 16);
    value->setFocusPolicy(Qt::StrongFocus);
    label->setBuddy(value);
    m_form->addRow(label, value);
    m_rowLabels.append(label);
    m_values.append(value);
    return value;
}

void BackupDetailsPanel::showBackup(const BackupSet &backup)
{
    // The same set shown again (a refresh) keeps what its download found.
    if (!m_backup || m_backup->id != backup.id)
        m_verification = Verification::NotDownloaded;
    m_backup = backup;
    refresh();
}

void BackupDetailsPanel::clear()
{
    m_backup.reset();
    refresh();
}

void BackupDetailsPanel::setVerification(Verification state)
{
    m_verification = state;
    refresh();
}

void BackupDetailsPanel::refresh()
{
    const bool have = m_backup.has_value();
    m_titleLabel->setText(have ? tr("Backup set %1").arg(m_backup->id) : tr("No backup set selected"));
    for (QLabel *value : std::as_const(m_values))
        value->setText(have ? QString() : u"—"_s);
    m_downloadButton->setEnabled(have && (m_backup->isDownloadable() || m_backup->hasLinkOnRequest()));
    m_copyLinkButton->setEnabled(have && m_backup->isDownloadable());
    const bool intranet = have && m_backup->intranetDownloadUrl.isValid() && !m_backup->intranetDownloadUrl.isEmpty();
    m_downloadIntranetButton->setEnabled(intranet);
    m_copyIntranetLinkButton->setEnabled(intranet);
    if (!have)
        return;

    const BackupSet &b = *m_backup;
    m_values[IdRow]->setText(b.name.isEmpty() ? b.id : u"%1 (%2)"_s.arg(b.id, b.name));
    m_values[InstanceRow]->setText(orDash(b.instanceId));
    m_values[StatusRow]->setText(orDash(b.status));
    m_values[MethodRow]->setText(orDash(b.method));
    m_values[TypeRow]->setText(orDash(b.type));
    m_values[ModeRow]->setText(orDash(b.mode));
    m_values[InitiatorRow]->setText(orDash(b.initiator));
    m_values[StartRow]->setText(orDash(models::formatTime(b.startTime)));
    m_values[EndRow]->setText(orDash(models::formatTime(b.endTime)));
    m_values[SizeRow]->setText(b.sizeBytes < 0 ? u"—"_s
                                               : tr("%1 (%2 bytes)").arg(models::formatSize(b.sizeBytes),
                                                                         QLocale().toString(b.sizeBytes)));
    m_values[EngineRow]->setText(orDash((b.engine + u' ' + b.engineVersion).trimmed()));
    m_values[ChecksumRow]->setText(b.checksum ? tr("%1 (CRC-64)").arg(QString::number(*b.checksum)) : u"—"_s);
    switch (m_verification) {
    case Verification::NotDownloaded: m_values[VerificationRow]->setText(tr("Not downloaded")); break;
    case Verification::Verifying: m_values[VerificationRow]->setText(tr("Downloading and verifying…")); break;
    case Verification::Verified: m_values[VerificationRow]->setText(tr("Verified: the file matches the checksum")); break;
    case Verification::Mismatch: m_values[VerificationRow]->setText(tr("Mismatch: the file does not match the checksum")); break;
    case Verification::Unverified: m_values[VerificationRow]->setText(tr("Unverified: downloaded, but no checksum was given")); break;
    }
    m_values[AvailableRow]->setText(b.available ? tr("Yes") : tr("No"));
    m_values[MetaStatusRow]->setText(orDash(b.metaStatus));
    m_values[StoreStatusRow]->setText(orDash(b.storeStatus));
    m_values[StorageClassRow]->setText(b.storageClass == u"1"_s ? tr("Archive")
                                       : b.storageClass == u"0"_s ? tr("Standard") : orDash(b.storageClass));
    m_values[ConsistentTimeRow]->setText(
        b.consistentTime > 0 ? models::formatTime(QDateTime::fromSecsSinceEpoch(b.consistentTime, Qt::UTC)) : u"—"_s);
    m_values[ExpireRow]->setText(orDash(models::formatTime(b.expectExpireTime)));
    m_values[HostRow]->setText(orDash(b.hostInstanceId));
    m_values[LinkRow]->setText(b.isDownloadable()      ? tr("Available (expires; fetched fresh before each download)")
                               : b.hasLinkOnRequest() ? tr("Asked for from Huawei Cloud when the download starts")
                                                      : tr("None"));
    m_values[IntranetLinkRow]->setText(intranet ? tr("Available (from inside the region's VPC only)") : tr("None"));
    QStringList databases;
    for (const DatabaseDownloadLink &link : b.downloadLinksByDatabase)
        databases.append(link.database);
    m_values[DatabaseLinksRow]->setText(databases.isEmpty() ? u"—"_s : databases.join(u", "_s));
}

void BackupDetailsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void BackupDetailsPanel::retranslateUi()
{
    const char *labels[RowCount] = {
        QT_TR_NOOP("Backup set ID:"), QT_TR_NOOP("Instance:"), QT_TR_NOOP("Status:"),
        QT_TR_NOOP("Method:"), QT_TR_NOOP("Type:"), QT_TR_NOOP("Mode:"), QT_TR_NOOP("Initiator:"),
        QT_TR_NOOP("Start time:"), QT_TR_NOOP("End time:"), QT_TR_NOOP("Size:"), QT_TR_NOOP("Engine:"),
        QT_TR_NOOP("Checksum:"), QT_TR_NOOP("Verification:"), QT_TR_NOOP("Available:"),
        QT_TR_NOOP("Metadata:"), QT_TR_NOOP("Storage state:"), QT_TR_NOOP("Storage class:"),
        QT_TR_NOOP("Consistent time:"), QT_TR_NOOP("Expected expiry:"), QT_TR_NOOP("Host instance:"),
        QT_TR_NOOP("Download link:"), QT_TR_NOOP("Intranet link:"), QT_TR_NOOP("Per-database files:"),
    };
    for (int row = 0; row < RowCount; ++row)
        m_rowLabels[row]->setText(tr(labels[row]));
    m_copyLinkButton->setText(tr("Copy link"));
    m_copyIntranetLinkButton->setText(tr("Copy intranet link"));
    m_downloadButton->setText(tr("&Download…"));
    m_downloadIntranetButton->setText(tr("Download (intranet)…"));
    refresh();
}

} // namespace rdsbm::ui
