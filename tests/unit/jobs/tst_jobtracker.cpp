#include "app/jobs/jobtracker.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::jobs;

namespace {

// Answers polls from a script, one update per poll, asynchronously like a real provider.
class ScriptedStatusSource : public JobStatusSource
{
public:
    QList<JobUpdate> pollAnswers;
    std::optional<JobUpdate> reconcileAnswer;
    int polls = 0;
    int reconciles = 0;

    bool handles(const CloudJob &job) const override { return job.kind == JobKind::CreateBackup; }

    void poll(const CloudJob &, QObject *context, std::function<void(JobUpdate)> done) override
    {
        ++polls;
        JobUpdate update = pollAnswers.isEmpty() ? JobUpdate{} : pollAnswers.takeFirst();
        QMetaObject::invokeMethod(context, [done, update] { done(update); }, Qt::QueuedConnection);
    }

    void reconcile(const CloudJob &job, QObject *context, std::function<void(JobUpdate)> done) override
    {
        ++reconciles;
        if (!reconcileAnswer) {
            JobStatusSource::reconcile(job, context, done);
            return;
        }
        const JobUpdate update = *reconcileAnswer;
        QMetaObject::invokeMethod(context, [done, update] { done(update); }, Qt::QueuedConnection);
    }
};

JobUpdate update(JobState state, int progress, const QString &status)
{
    JobUpdate u;
    u.state = state;
    u.progressPercent = progress;
    u.providerStatus = status;
    return u;
}

CloudJob backupDraft()
{
    CloudJob job;
    job.kind = JobKind::CreateBackup;
    job.provider = Provider::Alibaba;
    job.instanceId = u"rm-1"_s;
    job.regionId = u"cn-hangzhou"_s;
    return job;
}

} // namespace

class TestJobTracker : public QObject
{
    Q_OBJECT

private slots:
    void recordsBeforeSubmittingAndFollowsToTheEnd()
    {
        QTemporaryDir dir;
        JobJournal journal(dir.filePath(u"jobs.json"_s));
        JobTracker tracker(journal);
        tracker.setPollInterval(std::chrono::milliseconds(10));
        auto source = std::make_shared<ScriptedStatusSource>();
        JobUpdate transientFailure;
        transientFailure.transient = true;
        source->pollAnswers = {update(JobState::Running, 10, u"Preparing"_s), transientFailure,
                               update(JobState::Running, 60, u"Uploading"_s),
                               update(JobState::Succeeded, 100, u"Finished"_s)};
        tracker.addStatusSource(source);
        QSignalSpy finished(&tracker, &JobTracker::jobFinished);
        QVERIFY(finished.isValid());

        QString error;
        const QString id = tracker.begin(backupDraft(), error);
        QVERIFY(!id.isEmpty());
        JobJournal onDisk(journal.filePath());
        QVERIFY(onDisk.load(error));
        QCOMPARE(onDisk.job(id)->state, JobState::Submitting);

        tracker.submitted(id, u"5073731"_s);
        QVERIFY(finished.wait(5000));
        const CloudJob done = *tracker.job(id);
        QCOMPARE(done.state, JobState::Succeeded);
        QCOMPARE(done.providerJobId, u"5073731"_s);
        QCOMPARE(done.progressPercent, 100);
        QCOMPARE(done.providerStatus, u"Finished"_s);
        QVERIFY(done.finishedAt.isValid());
        QCOMPARE(source->polls, 4);
        QVERIFY(onDisk.load(error));
        QCOMPARE(onDisk.job(id)->state, JobState::Succeeded);
    }

    void refusedSubmissionFails()
    {
        QTemporaryDir dir;
        JobJournal journal(dir.filePath(u"jobs.json"_s));
        JobTracker tracker(journal);
        QSignalSpy finished(&tracker, &JobTracker::jobFinished);
        QString error;
        const QString id = tracker.begin(backupDraft(), error);
        tracker.submissionFailed(id, u"BackupJobExists"_s, u"A backup job already exists."_s);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(tracker.job(id)->state, JobState::Failed);
        QCOMPARE(tracker.job(id)->errorCode, u"BackupJobExists"_s);
    }

    void restartResumesRunningAndReconcilesSubmitting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"jobs.json"_s);
        QString running, submitting, unknowable;
        {
            JobJournal journal(path);
            JobTracker tracker(journal);
            QString error;
            running = tracker.begin(backupDraft(), error);
            tracker.submitted(running, u"111"_s);
            submitting = tracker.begin(backupDraft(), error);
            CloudJob other = backupDraft();
            other.kind = JobKind::HuaweiRestore; // no source handles it in the next session
            unknowable = tracker.begin(other, error);
        } // the process "dies" here

        JobJournal journal(path);
        QString error;
        QVERIFY(journal.load(error));
        JobTracker tracker(journal);
        tracker.setPollInterval(std::chrono::milliseconds(10));
        auto source = std::make_shared<ScriptedStatusSource>();
        source->pollAnswers = {update(JobState::Succeeded, 100, u"Finished"_s),
                               update(JobState::Succeeded, 100, u"Finished"_s)};
        JobUpdate found = update(JobState::Running, -1, u"Progressing"_s);
        found.providerJobId = u"222"_s;
        source->reconcileAnswer = found;
        tracker.addStatusSource(source);
        tracker.resumeUnfinished();

        QTRY_COMPARE(tracker.job(running)->state, JobState::Succeeded);
        QTRY_COMPARE(tracker.job(submitting)->state, JobState::Succeeded);
        QCOMPARE(tracker.job(submitting)->providerJobId, u"222"_s);
        QCOMPARE(source->reconciles, 1);
        // Nobody can tell whether this one was sent: it stays as it was, never resent.
        QCOMPARE(tracker.job(unknowable)->state, JobState::Submitting);
    }

    void reconcileThatCannotTellLeavesItUnknown()
    {
        QTemporaryDir dir;
        JobJournal journal(dir.filePath(u"jobs.json"_s));
        JobTracker tracker(journal);
        auto source = std::make_shared<ScriptedStatusSource>();
        tracker.addStatusSource(source);
        QString error;
        const QString id = tracker.begin(backupDraft(), error);
        tracker.resumeUnfinished();
        QCOMPARE(tracker.job(id)->state, JobState::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestJobTracker)
#include "tst_jobtracker.moc"
