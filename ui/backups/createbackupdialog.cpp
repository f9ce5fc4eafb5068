#include "ui/backups/createbackupdialog.h"

#include "app/catalog/instancecatalog.h"
#include "app/jobs/jobtracker.h"
#include "app/operations/createbackupoperation.h"
#include "ui/app/applicationcontext.h"
#include "ui/restore/problemlabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

using operations::OperationOutcome;

namespace {

bool isEngine(const DbInstance &instance, const QString &engine)
{
    return instance.engine.compare(engine, Qt::CaseInsensitive) == 0;
}

bool onCloudDisk(const DbInstance &instance)
{
    return instance.storageType.startsWith(u"cloud"_s);
}

} // namespace

CreateBackupDialog::CreateBackupDialog(ApplicationContext &context, const DbInstance &instance, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_instance(instance)
    , m_requests(this)
    , m_instanceLabel(new QLabel(this))
    , m_conditionsTitleLabel(new QLabel(this))
    , m_statusConditionLabel(new QLabel(this))
    , m_jobConditionLabel(new QLabel(this))
    , m_limitConditionLabel(new QLabel(this))
    , m_form(new QFormLayout)
    , m_methodLabel(new QLabel(this))
    , m_methodComboBox(new QComboBox(this))
    , m_strategyLabel(new QLabel(this))
    , m_strategyComboBox(new QComboBox(this))
    , m_typeLabel(new QLabel(this))
    , m_typeComboBox(new QComboBox(this))
    , m_databasesLabel(new QLabel(this))
    , m_databaseList(new QListWidget(this))
    , m_choicesNoteLabel(new QLabel(this))
    , m_problemLabel(new ProblemLabel(this))
    , m_progressLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_createButton(new QPushButton(this))
{
    setObjectName(u"createBackupDialog"_s);
    m_instanceLabel->setObjectName(u"backupInstanceLabel"_s);
    m_statusConditionLabel->setObjectName(u"statusConditionLabel"_s);
    m_jobConditionLabel->setObjectName(u"runningJobConditionLabel"_s);
    m_limitConditionLabel->setObjectName(u"dailyLimitConditionLabel"_s);
    m_methodComboBox->setObjectName(u"backupMethodComboBox"_s);
    m_strategyComboBox->setObjectName(u"backupStrategyComboBox"_s);
    m_typeComboBox->setObjectName(u"backupTypeComboBox"_s);
    m_databaseList->setObjectName(u"backupDatabasesListWidget"_s);
    m_choicesNoteLabel->setObjectName(u"choicesNoteLabel"_s);
    m_problemLabel->setObjectName(u"createBackupProblemLabel"_s);
    m_progressLabel->setObjectName(u"backupProgressLabel"_s);
    m_progressBar->setObjectName(u"backupProgressBar"_s);
    m_createButton->setObjectName(u"createBackupButton"_s);
    for (QLabel *label : {m_instanceLabel, m_statusConditionLabel, m_jobConditionLabel, m_limitConditionLabel,
                          m_choicesNoteLabel, m_progressLabel}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont bold = m_conditionsTitleLabel->font();
    bold.setBold(true);
    m_conditionsTitleLabel->setFont(bold);
    m_methodLabel->setBuddy(m_methodComboBox);
    m_strategyLabel->setBuddy(m_strategyComboBox);
    m_typeLabel->setBuddy(m_typeComboBox);
    m_databasesLabel->setBuddy(m_databaseList);
    m_progressBar->setVisible(false);
    m_progressLabel->setVisible(false);
    m_buttons->addButton(m_createButton, QDialogButtonBox::ActionRole);
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    m_createButton->setDefault(true);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(m_methodLabel, m_methodComboBox);
    m_form->addRow(m_typeLabel, m_typeComboBox);
    m_form->addRow(m_strategyLabel, m_strategyComboBox);
    m_form->addRow(m_databasesLabel, m_databaseList);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_instanceLabel);
    layout->addWidget(m_conditionsTitleLabel);
    layout->addWidget(m_statusConditionLabel);
    layout->addWidget(m_jobConditionLabel);
    layout->addWidget(m_limitConditionLabel);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addLayout(m_form);
    layout->addWidget(m_choicesNoteLabel);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progressBar);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    fillMethods();
    connect(m_methodComboBox, &QComboBox::currentIndexChanged, this, &CreateBackupDialog::updateChoices);
    connect(m_typeComboBox, &QComboBox::currentIndexChanged, this, &CreateBackupDialog::updateChoices);
    connect(m_strategyComboBox, &QComboBox::currentIndexChanged, this, &CreateBackupDialog::updateChoices);
    connect(m_databaseList, &QListWidget::itemChanged, this, &CreateBackupDialog::validate);
    connect(m_createButton, &QPushButton::clicked, this, &CreateBackupDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_context.jobs(), &jobs::JobTracker::jobChanged, this, [this](const CloudJob &job) {
        if (!m_jobId.isEmpty() && job.localId == m_jobId)
            showJob(job);
    });
    retranslateUi();
    updateChoices();
    startChecks();
}

// Only what the engine accepts (seed 001): SQL Server has no logical backup, MariaDB takes a
// snapshot as Physical, snapshots need cloud disks, logical backups are MySQL's.
void CreateBackupDialog::fillMethods()
{
    const QString current = m_methodComboBox->currentData().toString();
    const QSignalBlocker blocker(m_methodComboBox);
    m_methodComboBox->clear();
    m_methodComboBox->addItem(tr("Physical backup"), u"Physical"_s);
    if (isEngine(m_instance, u"MySQL"_s))
        m_methodComboBox->addItem(tr("Logical backup"), u"Logical"_s);
    if (onCloudDisk(m_instance) && !isEngine(m_instance, u"MariaDB"_s))
        m_methodComboBox->addItem(tr("Snapshot backup"), u"Snapshot"_s);
    const int index = m_methodComboBox->findData(current);
    m_methodComboBox->setCurrentIndex(index >= 0 ? index : 0);

    const QString type = m_typeComboBox->currentData().toString();
    const QSignalBlocker typeBlocker(m_typeComboBox);
    m_typeComboBox->clear();
    m_typeComboBox->addItem(tr("Automatic: full or incremental"), u"Auto"_s);
    m_typeComboBox->addItem(tr("Full backup"), u"FullBackup"_s);
    m_typeComboBox->setCurrentIndex(qMax(0, m_typeComboBox->findData(type)));

    const QString strategy = m_strategyComboBox->currentData().toString();
    const QSignalBlocker strategyBlocker(m_strategyComboBox);
    m_strategyComboBox->clear();
    m_strategyComboBox->addItem(tr("The whole instance"), u"instance"_s);
    m_strategyComboBox->addItem(tr("Selected databases"), u"db"_s);
    m_strategyComboBox->setCurrentIndex(qMax(0, m_strategyComboBox->findData(strategy)));
}

// BackupType is SQL Server's and goes with Physical; BackupStrategy (and DBName) with a MySQL
// logical backup or an SQL Server full physical one.
void CreateBackupDialog::updateChoices()
{
    const QString method = m_methodComboBox->currentData().toString();
    const bool sqlServer = isEngine(m_instance, u"SQLServer"_s);
    const bool typeApplies = sqlServer && method == u"Physical"_s;
    const bool strategyApplies = (isEngine(m_instance, u"MySQL"_s) && method == u"Logical"_s)
        || (typeApplies && m_typeComboBox->currentData().toString() == u"FullBackup"_s);
    const bool databasesApply = strategyApplies && m_strategyComboBox->currentData().toString() == u"db"_s;
    m_form->setRowVisible(m_typeComboBox, typeApplies);
    m_form->setRowVisible(m_strategyComboBox, strategyApplies);
    m_form->setRowVisible(m_databaseList, databasesApply);
    validate();
}

alibaba::CreateBackupParameters CreateBackupDialog::parameters() const
{
    alibaba::CreateBackupParameters parameters;
    parameters.dbInstanceId = m_instance.id;
    parameters.engine = m_instance.engine;
    parameters.backupMethod = m_methodComboBox->currentData().toString();
    if (m_form->isRowVisible(m_typeComboBox))
        parameters.backupType = m_typeComboBox->currentData().toString();
    if (m_form->isRowVisible(m_strategyComboBox))
        parameters.backupStrategy = m_strategyComboBox->currentData().toString();
    if (m_form->isRowVisible(m_databaseList)) {
        for (int row = 0; row < m_databaseList->count(); ++row) {
            const QListWidgetItem *item = m_databaseList->item(row);
            if (item->checkState() == Qt::Checked)
                parameters.dbNames.append(item->text());
        }
    }
    return parameters;
}

void CreateBackupDialog::startChecks()
{
    const alibaba::RdsClient client = m_context.instances().rdsClient(m_instance.profileName, m_instance.regionId);
    QObject *scope = m_requests.renew();

    client.describeDBInstanceAttribute(m_instance.id, scope, [this](auto reply) {
        if (reply.ok()) {
            m_liveStatus = reply.value->instance.status;
            m_statusCheck = m_liveStatus == u"Running"_s ? Check::Passed : Check::Failed;
        } else {
            m_statusCheck = Check::Unknown;
            m_liveStatus = ProblemLabel::failureText(reply.result, u"alibaba"_s, u"DescribeDBInstanceAttribute"_s);
        }
        updateConditions();
    });
    client.describeBackupTasks(m_instance.id, {}, scope, [this](auto reply) {
        if (!reply.ok()) {
            m_jobCheck = Check::Unknown;
            m_runningJobText = ProblemLabel::failureText(reply.result, u"alibaba"_s, u"DescribeBackupTasks"_s);
        } else if (reply.value->tasks.isEmpty()) {
            m_jobCheck = Check::Passed;
        } else {
            const alibaba::BackupTask &task = reply.value->tasks.first();
            m_jobCheck = Check::Failed;
            m_runningJobText = task.progressPercent >= 0
                ? tr("Backup job %1 is running (%2, %3%).").arg(task.jobId, task.backupStatus).arg(task.progressPercent)
                : tr("Backup job %1 is running (%2).").arg(task.jobId, task.backupStatus);
        }
        updateConditions();
    });
    // The backup sets started since midnight, in the user's day.
    alibaba::DescribeBackupsParameters today;
    today.dbInstanceId = m_instance.id;
    today.startTime = QDateTime(QDate::currentDate(), QTime(0, 0)).toUTC();
    today.endTime = QDateTime::currentDateTimeUtc().addSecs(60);
    client.describeBackups(today, scope, [this](auto reply) {
        if (reply.ok()) {
            m_backupsToday = reply.value->totalRecordCount;
            m_limitCheck = m_backupsToday < dailyLimit ? Check::Passed : Check::Failed;
        } else {
            m_limitCheck = Check::Unknown;
        }
        updateConditions();
    });
    client.describeAllDatabases(m_instance.id, scope, [this](auto reply) {
        const QSignalBlocker blocker(m_databaseList);
        m_databaseList->clear();
        if (!reply.ok())
            return;
        for (const alibaba::DatabaseInfo &database : reply.value->databases) {
            auto *item = new QListWidgetItem(database.name, m_databaseList);
            item->setCheckState(Qt::Unchecked);
            if (!alibaba::CreateBackupParameters::isValidDatabaseName(database.name)) {
                item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
                item->setToolTip(tr("CreateBackup accepts database names of lowercase letters, digits and "
                                    "underscores only."));
            }
        }
    });
    updateConditions();
}

bool CreateBackupDialog::conditionsChecked() const
{
    return m_statusCheck != Check::Pending && m_jobCheck != Check::Pending && m_limitCheck != Check::Pending;
}

QString CreateBackupDialog::mark(Check check)
{
    switch (check) {
    case Check::Pending: return u"…"_s;
    case Check::Passed: return u"✔"_s;
    case Check::Failed: return u"✘"_s;
    case Check::Unknown: return u"?"_s;
    }
    return {};
}

void CreateBackupDialog::updateConditions()
{
    QString status;
    switch (m_statusCheck) {
    case Check::Pending: status = tr("Checking that the instance is Running…"); break;
    case Check::Passed: status = tr("The instance is Running."); break;
    case Check::Failed: status = tr("The instance is %1: it must be Running to be backed up.").arg(m_liveStatus); break;
    case Check::Unknown: status = tr("The instance's status could not be read: %1").arg(m_liveStatus); break;
    }
    QString job;
    switch (m_jobCheck) {
    case Check::Pending: job = tr("Checking for a backup job already running…"); break;
    case Check::Passed: job = tr("No backup job is running on the instance."); break;
    case Check::Failed: job = tr("%1 Only one backup job runs at a time: wait until it ends.").arg(m_runningJobText); break;
    case Check::Unknown: job = tr("Running backup jobs could not be listed: %1").arg(m_runningJobText); break;
    }
    QString limit;
    switch (m_limitCheck) {
    case Check::Pending: limit = tr("Counting today's backup sets…"); break;
    case Check::Passed:
    case Check::Failed:
        limit = tr("%n backup set(s) today, of the %1 an instance may create per day.", nullptr, int(m_backupsToday))
                    .arg(dailyLimit);
        break;
    case Check::Unknown: limit = tr("Today's backup sets could not be counted (at most %1 a day).").arg(dailyLimit); break;
    }
    m_statusConditionLabel->setText(mark(m_statusCheck) + u' ' + status);
    m_jobConditionLabel->setText(mark(m_jobCheck) + u' ' + job);
    m_limitConditionLabel->setText(mark(m_limitCheck) + u' ' + limit);
    validate();
    Q_EMIT conditionsChanged();
}

void CreateBackupDialog::validate()
{
    if (!m_submitting && m_jobId.isEmpty())
        m_problemLabel->showProblems(parameters().validate());
    m_createButton->setEnabled(canSubmit());
}

// A check that could not be made does not block: the service checks again and says why.
bool CreateBackupDialog::canSubmit() const
{
    return conditionsChecked() && m_statusCheck != Check::Failed && m_jobCheck != Check::Failed
        && m_limitCheck != Check::Failed && !m_submitting && m_jobId.isEmpty() && parameters().validate().isEmpty();
}

// The click is the confirmation: prepare checks the instance once more, then submit records the
// job and sends it.
void CreateBackupDialog::submit()
{
    if (!canSubmit())
        return;
    m_submitting = true;
    m_problemLabel->clearProblems();
    m_progressLabel->setText(tr("Checking the instance once more…"));
    m_progressLabel->setVisible(true);
    validate();
    if (m_operation)
        m_operation->deleteLater();
    const alibaba::RdsClient client = m_context.instances().rdsClient(m_instance.profileName, m_instance.regionId);
    m_operation = new operations::CreateBackupOperation(m_context.jobs(), client, parameters(), m_instance.profileName,
                                                        this);
    connect(m_operation, &operations::LongOperation::prepared, this, &CreateBackupDialog::onPrepared);
    connect(m_operation, &operations::LongOperation::finished, this, &CreateBackupDialog::onFinished);
    connect(m_operation, &operations::LongOperation::progressNoted, m_progressLabel, &QLabel::setText);
    m_operation->prepare();
}

void CreateBackupDialog::onPrepared()
{
    const operations::OperationResult &result = m_operation->result();
    if (result.outcome == OperationOutcome::Ready) {
        m_progressLabel->setText(tr("Sending CreateBackup…"));
        m_operation->submit();
        return;
    }
    m_submitting = false;
    m_progressLabel->setVisible(false);
    if (result.outcome == OperationOutcome::Rejected)
        m_problemLabel->showProblems(result.problems);
    else
        m_problemLabel->showFailure(tr("The instance could not be checked."), result.failure, u"alibaba"_s,
                                    result.failedAction);
    m_createButton->setEnabled(canSubmit());
}

void CreateBackupDialog::onFinished()
{
    m_submitting = false;
    const operations::OperationResult &result = m_operation->result();
    switch (result.outcome) {
    case OperationOutcome::Submitted:
        m_jobId = result.localJobId;
        m_createButton->setEnabled(false);
        m_progressBar->setVisible(true);
        m_progressBar->setRange(0, 0);
        m_progressLabel->setText(tr("Backup job %1 was created; it is followed here and in the job monitor.")
                                     .arg(result.providerJobId));
        Q_EMIT jobSubmitted(m_jobId);
        if (const auto job = m_context.jobs().job(m_jobId))
            showJob(*job);
        return;
    case OperationOutcome::Rejected:
        m_problemLabel->showProblems(result.problems);
        break;
    case OperationOutcome::NotRecorded:
        m_problemLabel->showMessage(tr("The job could not be recorded, so nothing was sent: %1").arg(result.message));
        break;
    case OperationOutcome::Ambiguous:
        m_jobId = result.localJobId;
        m_problemLabel->showFailure(result.message, result.failure, u"alibaba"_s, result.failedAction);
        break;
    default:
        m_problemLabel->showFailure(tr("The service refused the backup."), result.failure, u"alibaba"_s,
                                    result.failedAction);
        break;
    }
    m_progressLabel->setVisible(false);
    m_createButton->setEnabled(canSubmit());
}

void CreateBackupDialog::showJob(const CloudJob &job)
{
    m_progressLabel->setVisible(true);
    m_progressBar->setVisible(true);
    if (job.progressPercent >= 0) {
        m_progressBar->setRange(0, 100);
        m_progressBar->setValue(job.progressPercent);
    }
    switch (job.state) {
    case JobState::Succeeded:
        m_progressBar->setRange(0, 100);
        m_progressBar->setValue(100);
        m_progressLabel->setText(tr("The backup job %1 finished.").arg(job.providerJobId));
        break;
    case JobState::Failed:
    case JobState::Canceled:
        m_progressLabel->setText(tr("The backup job %1 ended without a backup set: %2 %3")
                                     .arg(job.providerJobId, job.errorCode, job.errorMessage));
        break;
    default:
        m_progressLabel->setText(job.providerStatus.isEmpty()
                                     ? tr("Backup job %1 is running.").arg(job.providerJobId)
                                     : tr("Backup job %1 is running: %2.").arg(job.providerJobId, job.providerStatus));
        break;
    }
}

void CreateBackupDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CreateBackupDialog::retranslateUi()
{
    setWindowTitle(tr("Create Backup"));
    m_instanceLabel->setText(tr("A new backup set of %1 (%2, %3 %4) in %5.")
                                 .arg(m_instance.id, m_instance.description, m_instance.engine,
                                      m_instance.engineVersion, m_instance.regionId));
    m_conditionsTitleLabel->setText(tr("Before the backup can start"));
    m_methodLabel->setText(tr("Backup &method:"));
    m_typeLabel->setText(tr("Backup &type:"));
    m_strategyLabel->setText(tr("Back &up:"));
    m_databasesLabel->setText(tr("&Databases:"));
    m_databaseList->setAccessibleName(tr("Databases to back up"));
    m_choicesNoteLabel->setText(tr("Only the choices %1 %2 accepts are offered.")
                                    .arg(m_instance.engine, m_instance.engineVersion));
    m_createButton->setText(tr("&Create Backup"));
    fillMethods();
    updateConditions();
}

} // namespace rdsbm::ui
