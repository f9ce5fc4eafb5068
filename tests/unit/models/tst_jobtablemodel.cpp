#include "app/jobs/jobjournal.h"
#include "app/jobs/jobtracker.h"
#include "app/models/jobtablemodel.h"
#include "app/models/modelroles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace rdsbm;
using namespace rdsbm::jobs;
using rdsbm::models::JobTableModel;

namespace {

// Answers each poll with the next scripted update, on a later event-loop turn like a provider.
class ScriptedSource : public JobStatusSource
{
public:
    QList<JobUpdate> answers;

    bool handles(const CloudJob &) const override { return true; }
    void poll(const CloudJob &, QObject *context, std::function<void(JobUpdate)> done) override
    {
        if (answers.isEmpty()) {
            JobUpdate same;
            same.transient = true;
            QMetaObject::invokeMethod(context, [done, same] { done(same); }, Qt::QueuedConnection);
            return;
        }
        const JobUpdate next = answers.takeFirst();
        QMetaObject::invokeMethod(context, [done, next] { done(next); }, Qt::QueuedConnection);
    }
};

JobUpdate running(int percent, const QString &status)
{
    JobUpdate update;
    update.state = JobState::Running;
    update.progressPercent = percent;
    update.providerStatus = status;
    return update;
}

CloudJob draft(JobKind kind, const QString &instance)
{
    CloudJob job;
    job.kind = kind;
    job.provider = kind == JobKind::HuaweiRestore ? Provider::Huawei : Provider::Alibaba;
    job.instanceId = instance;
    job.regionId = kind == JobKind::HuaweiRestore ? u"cn-north-4"_s : u"cn-hangzhou"_s;
    job.createdAt = QDateTime(QDate(2026, 11, 20), QTime(8, 0), Qt::UTC);
    return job;
}

} // namespace

class TestJobTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<JobJournal> m_journal;
    std::unique_ptr<JobTracker> m_tracker;
    std::shared_ptr<ScriptedSource> m_source;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(u"jobs.json"_s));
        m_journal = std::make_unique<JobJournal>(m_dir.filePath(u"jobs.json"_s));
        m_tracker = std::make_unique<JobTracker>(*m_journal);
        m_source = std::make_shared<ScriptedSource>();
        m_tracker->addStatusSource(m_source);
        m_tracker->setPollInterval(10ms);
    }

    void cleanup()
    {
        m_tracker.reset();
        m_journal.reset();
    }

    void followsAJobFromSubmissionToItsEnd()
    {
        JobTableModel model(*m_tracker);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setClock([] { return QDateTime(QDate(2026, 11, 20), QTime(8, 1, 5), Qt::UTC); });
        QCOMPARE(model.rowCount(), 0);

        QString error;
        const QString id = m_tracker->begin(draft(JobKind::CreateBackup, u"rm-1"_s), error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOfJob(id), 0);
        QCOMPARE(model.index(0, JobTableModel::KindColumn).data().toString(), u"Create backup"_s);
        QCOMPARE(model.index(0, JobTableModel::StateColumn).data().toString(), u"Submitting"_s);
        QCOMPARE(model.index(0, JobTableModel::InstanceColumn).data().toString(), u"rm-1 (cn-hangzhou)"_s);
        QCOMPARE(model.index(0, JobTableModel::ElapsedColumn).data().toString(), u"0:01:05"_s);
        QCOMPARE(model.index(0, JobTableModel::ElapsedColumn).data(models::RawValueRole).toLongLong(), 65);
        QCOMPARE(model.index(0, JobTableModel::ProgressColumn).data(models::RawValueRole).toInt(), -1);

        m_source->answers = {running(10, u"Preparing"_s), running(55, u"Uploading"_s)};
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(changed.isValid());
        m_tracker->submitted(id, u"BJ-42"_s);
        QCOMPARE(model.index(0, JobTableModel::ProviderJobIdColumn).data().toString(), u"BJ-42"_s);
        QCOMPARE(model.index(0, JobTableModel::StateColumn).data(models::StatusRole).toString(), u"running"_s);
        QTRY_COMPARE(model.index(0, JobTableModel::ProgressColumn).data(models::RawValueRole).toInt(), 55);
        QCOMPARE(model.index(0, JobTableModel::ProgressColumn).data().toString(), u"55%"_s);
        QCOMPARE(model.index(0, JobTableModel::ProviderStatusColumn).data().toString(), u"Uploading"_s);
        QVERIFY(changed.count() >= 2);
        QCOMPARE(model.rowCount(), 1); // updates never add rows

        JobUpdate failed;
        failed.state = JobState::Failed;
        failed.errorCode = u"InternalError"_s;
        failed.errorMessage = u"The request processing has failed due to some unknown error."_s;
        m_source->answers = {failed};
        QTRY_COMPARE(model.index(0, JobTableModel::StateColumn).data().toString(), u"Failed"_s);
        QCOMPARE(model.index(0, JobTableModel::ErrorCodeColumn).data().toString(), u"InternalError"_s);
        QCOMPARE(model.index(0, JobTableModel::ErrorCodeColumn).data(Qt::ToolTipRole).toString(), failed.errorMessage);
        QVERIFY(model.jobAt(0).finishedAt.isValid());
    }

    void showsTheJobsAlreadyInTheJournal()
    {
        QString error;
        const QString first = m_tracker->begin(draft(JobKind::CreateBackup, u"rm-1"_s), error);
        const QString second = m_tracker->begin(draft(JobKind::HuaweiRestore, u"hw-2"_s), error);
        m_tracker->submissionFailed(first, u"BackupJobExists"_s, u"A backup job is already running."_s);

        JobTableModel model(*m_tracker);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.jobAt(model.rowOfJob(first)).state, JobState::Failed);
        const int row = model.rowOfJob(second);
        QCOMPARE(model.index(row, JobTableModel::KindColumn).data().toString(), u"Huawei Cloud restore"_s);
        QCOMPARE(model.index(row, JobTableModel::ProviderColumn).data().toString(), u"Huawei Cloud"_s);
        QCOMPARE(model.index(row, JobTableModel::StartedColumn).data(models::RawValueRole).toDateTime(),
                 draft(JobKind::HuaweiRestore, {}).createdAt);
    }

    void elapsedTicksOnlyWhileUnfinished()
    {
        QDateTime now(QDate(2026, 11, 20), QTime(8, 0, 10), Qt::UTC);
        JobTableModel model(*m_tracker);
        model.setClock([&now] { return now; });
        QString error;
        const QString id = m_tracker->begin(draft(JobKind::DbsRestore, u"dbs-plan"_s), error);
        QCOMPARE(model.index(0, JobTableModel::ElapsedColumn).data().toString(), u"0:00:10"_s);
        now = now.addSecs(3600);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(changed.isValid());
        QVERIFY(changed.wait(3000)); // the one-second tick
        QCOMPARE(model.index(0, JobTableModel::ElapsedColumn).data().toString(), u"1:00:10"_s);

        m_tracker->submissionFailed(id, u"DBS.200001"_s, u"refused"_s);
        const QString frozen = model.index(0, JobTableModel::ElapsedColumn).data().toString();
        now = now.addSecs(600);
        QCOMPARE(model.index(0, JobTableModel::ElapsedColumn).data().toString(), frozen);
    }

    void elapsedTextFormats()
    {
        QCOMPARE(JobTableModel::elapsedText(0), u"0:00:00"_s);
        QCOMPARE(JobTableModel::elapsedText(59), u"0:00:59"_s);
        QCOMPARE(JobTableModel::elapsedText(3723), u"1:02:03"_s);
        QCOMPARE(JobTableModel::elapsedText(100 * 3600), u"100:00:00"_s);
        QVERIFY(JobTableModel::elapsedText(-1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJobTableModel)
#include "tst_jobtablemodel.moc"
