#include "ui/jobs/jobsdock.h"

#include "app/models/displayformat.h"
#include "app/models/jobtablemodel.h"
#include "app/models/modelroles.h"
#include "ui/jobs/progressbardelegate.h"
#include "ui/jobs/tablecolumns.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;
using rdsbm::models::JobTableModel;

namespace rdsbm::ui {

JobsDock::JobsDock(jobs::JobTracker &tracker, QWidget *parent)
    : QDockWidget(parent)
    , m_model(new JobTableModel(tracker, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_tableView(new QTableView(this))
    , m_emptyLabel(new QLabel(this))
    , m_detailsTextEdit(new QPlainTextEdit(this))
    , m_copyDetailsButton(new QPushButton(this))
    , m_copyErrorButton(new QPushButton(this))
{
    setObjectName(u"jobsDock"_s);
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(models::RawValueRole);
    m_tableView->setObjectName(u"jobsTableView"_s);
    m_tableView->setModel(m_proxy);
    m_tableView->setSortingEnabled(true);
    m_tableView->sortByColumn(JobTableModel::StartedColumn, Qt::DescendingOrder);
    m_tableView->setItemDelegateForColumn(JobTableModel::ProgressColumn, new ProgressBarDelegate(m_tableView));
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 8);
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    const int charWidth = m_tableView->fontMetrics().averageCharWidth();
    m_tableView->setColumnWidth(JobTableModel::KindColumn, 22 * charWidth);
    m_tableView->setColumnWidth(JobTableModel::InstanceColumn, 36 * charWidth);
    m_tableView->setColumnWidth(JobTableModel::ProgressColumn, 14 * charWidth);
    m_tableView->setColumnWidth(JobTableModel::ProviderJobIdColumn, 18 * charWidth);
    m_tableView->setColumnWidth(JobTableModel::StartedColumn,
                                m_tableView->fontMetrics().horizontalAdvance(u"2026-12-31 23:59:59 UTC+08"_s) + 16);

    m_emptyLabel->setObjectName(u"jobsEmptyLabel"_s);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_detailsTextEdit->setObjectName(u"jobDetailsTextEdit"_s);
    m_detailsTextEdit->setReadOnly(true);
    m_detailsTextEdit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_detailsTextEdit->setTabChangesFocus(true);
    m_copyDetailsButton->setObjectName(u"copyJobDetailsButton"_s);
    m_copyErrorButton->setObjectName(u"copyJobErrorButton"_s);
    connect(m_copyDetailsButton, &QPushButton::clicked, this, [this] {
        if (const auto job = selectedJob())
            QGuiApplication::clipboard()->setText(detailsText(*job));
    });
    connect(m_copyErrorButton, &QPushButton::clicked, this, [this] {
        if (const auto job = selectedJob())
            QGuiApplication::clipboard()->setText(errorReportText(*job));
    });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_emptyLabel);
    leftLayout->addWidget(m_tableView, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detailsTextEdit, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyDetailsButton);
    buttons->addWidget(m_copyErrorButton);
    buttons->addStretch();
    rightLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"jobsSplitter"_s);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(splitter);
    setWidget(content);
    setFocusProxy(m_tableView);

    connect(m_tableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JobsDock::updateDetails);
    // The elapsed column ticks every second; the details only change with the job itself.
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (topLeft.column() != bottomRight.column() || topLeft.column() != JobTableModel::ElapsedColumn)
                    updateDetails();
            });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, &JobsDock::updateDetails);
    retranslateUi();
}

std::optional<CloudJob> JobsDock::selectedJob() const
{
    const QModelIndex current = m_tableView->selectionModel()->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return m_model->jobAt(m_proxy->mapToSource(current).row());
}

void JobsDock::showJob(const QString &localId)
{
    const int row = m_model->rowOfJob(localId);
    if (row < 0)
        return;
    show();
    raise();
    m_tableView->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, JobTableModel::KindColumn)));
    m_tableView->scrollTo(m_tableView->currentIndex());
}

QString JobsDock::requestIdOf(const CloudJob &job)
{
    if (!job.requestId.isEmpty())
        return job.requestId;
    // Jobs journaled before CloudJob had its own field kept the id among the parameters.
    for (const QString &key : {u"RequestId"_s, u"requestId"_s, u"request_id"_s})
        if (const QString id = job.parameters.value(key).toString(); !id.isEmpty())
            return id;
    return {};
}

QString JobsDock::detailsText(const CloudJob &job)
{
    QStringList lines;
    auto add = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines.append(tr("%1: %2").arg(label, value));
    };
    add(tr("Job"), JobTableModel::kindText(job.kind));
    add(tr("State"), JobTableModel::stateText(job.state));
    add(tr("Provider status"), job.providerStatus);
    add(tr("Progress"), job.progressPercent >= 0 ? tr("%1%").arg(job.progressPercent) : QString());
    add(tr("Provider"), job.provider == Provider::Alibaba ? tr("Alibaba Cloud") : tr("Huawei Cloud"));
    add(tr("Account"), job.profileName);
    add(tr("Region"), job.regionId);
    add(tr("Instance"), job.instanceId);
    add(tr("Provider job ID"), job.providerJobId);
    add(tr("Local job ID"), job.localId);
    add(tr("Client token"), job.clientToken);
    add(tr("Started"), models::formatTime(job.createdAt));
    add(tr("Ended"), models::formatTime(job.finishedAt));
    add(tr("Error code"), job.errorCode);
    add(tr("Error message"), job.errorMessage);
    add(tr("Request ID"), requestIdOf(job));
    if (!job.parameters.isEmpty())
        lines.append(tr("Parameters: %1")
                         .arg(QString::fromUtf8(QJsonDocument(job.parameters).toJson(QJsonDocument::Indented))
                                  .trimmed()));
    return lines.join(u'\n');
}

QString JobsDock::errorReportText(const CloudJob &job)
{
    QStringList lines;
    auto add = [&lines](const QString &label, const QString &value) {
        if (!value.isEmpty())
            lines.append(tr("%1: %2").arg(label, value));
    };
    add(tr("Error code"), job.errorCode);
    add(tr("Error message"), job.errorMessage);
    add(tr("Request ID"), requestIdOf(job));
    add(tr("Provider job ID"), job.providerJobId);
    add(tr("Instance"), job.instanceId);
    add(tr("Region"), job.regionId);
    return lines.join(u'\n');
}

void JobsDock::updateDetails()
{
    const auto job = selectedJob();
    const QString text = job ? detailsText(*job) : tr("Select a job to see every detail of it.");
    if (m_detailsTextEdit->toPlainText() != text)
        m_detailsTextEdit->setPlainText(text);
    m_copyDetailsButton->setEnabled(job.has_value());
    m_copyErrorButton->setEnabled(job && (!job->errorCode.isEmpty() || !job->errorMessage.isEmpty()));
    m_emptyLabel->setVisible(m_model->rowCount() == 0);
}

void JobsDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDockWidget::changeEvent(event);
}

void JobsDock::retranslateUi()
{
    setWindowTitle(tr("Jobs"));
    m_tableView->setAccessibleName(tr("Jobs"));
    m_detailsTextEdit->setAccessibleName(tr("Job details"));
    m_emptyLabel->setText(tr("No jobs yet. Backups and restores you start appear here and are followed to "
                             "their end, also across restarts."));
    m_copyDetailsButton->setText(tr("Copy Details"));
    m_copyErrorButton->setText(tr("Copy Error Report"));
    m_copyErrorButton->setToolTip(tr("Copies the error code, message and request ID, which the provider's "
                                     "support asks for."));
    m_model->retranslate();
    fitColumnsToHeaders(m_tableView);
    updateDetails();
}

} // namespace rdsbm::ui
