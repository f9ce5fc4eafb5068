#include "app/jobs/jobjournal.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::jobs;

class TestJobJournal : public QObject
{
    Q_OBJECT

private:
    static CloudJob restoreJob(const QString &id, JobState state)
    {
        CloudJob job;
        job.localId = id;
        job.kind = JobKind::RestoreDdrTable;
        job.provider = Provider::Alibaba;
        job.profileName = u"prod"_s;
        job.regionId = u"cn-hangzhou"_s;
        job.instanceId = u"rm-target"_s;
        job.clientToken = u"token-"_s + id;
        job.state = state;
        job.createdAt = QDateTime(QDate(2026, 11, 20), QTime(8, 0, 1, 250), Qt::UTC);
        job.parameters = QJsonObject{{u"RestoreType"_s, u"1"_s}, {u"RestoreTime"_s, u"2026-11-20T07:00:00Z"_s}};
        return job;
    }

private slots:
    void missingFileIsAnEmptyJournal()
    {
        QTemporaryDir dir;
        JobJournal journal(dir.filePath(u"jobs.json"_s));
        QString error;
        QVERIFY(journal.load(error));
        QVERIFY(journal.jobs().isEmpty());
    }

    void recordSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"state/jobs.json"_s);
        QString error;
        {
            JobJournal journal(path);
            QVERIFY(journal.record(restoreJob(u"a"_s, JobState::Submitting), error));
            CloudJob running = restoreJob(u"b"_s, JobState::Running);
            running.providerJobId = u"5073731"_s;
            running.progressPercent = 40;
            QVERIFY(journal.record(running, error));
            CloudJob done = restoreJob(u"c"_s, JobState::Succeeded);
            done.finishedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC);
            QVERIFY(journal.record(done, error));
        }
        JobJournal reopened(path);
        QVERIFY2(reopened.load(error), qPrintable(error));
        QCOMPARE(reopened.jobs().size(), 3);
        const auto unfinished = reopened.unfinished();
        QCOMPARE(unfinished.size(), 2);
        const CloudJob a = *reopened.job(u"a"_s);
        QCOMPARE(a.state, JobState::Submitting);
        QCOMPARE(a.clientToken, u"token-a"_s);
        QCOMPARE(a.createdAt, restoreJob(u"a"_s, JobState::Submitting).createdAt);
        QCOMPARE(a.parameters.value(u"RestoreTime"_s).toString(), u"2026-11-20T07:00:00Z"_s);
        const CloudJob b = *reopened.job(u"b"_s);
        QCOMPARE(b.providerJobId, u"5073731"_s);
        QCOMPARE(b.progressPercent, 40);
        QCOMPARE(reopened.job(u"c"_s)->finishedAt.time(), QTime(9, 0));
    }

    void recordReplacesByLocalId()
    {
        QTemporaryDir dir;
        JobJournal journal(dir.filePath(u"jobs.json"_s));
        QString error;
        QVERIFY(journal.record(restoreJob(u"a"_s, JobState::Submitting), error));
        CloudJob updated = restoreJob(u"a"_s, JobState::Running);
        updated.providerJobId = u"77"_s;
        QVERIFY(journal.record(updated, error));
        QCOMPARE(journal.jobs().size(), 1);
        QCOMPARE(journal.jobs().first().providerJobId, u"77"_s);
        QVERIFY(journal.remove(u"a"_s, error));
        QVERIFY(journal.jobs().isEmpty());
    }

    void twoWritersOfOneFileKeepEachOthersJobs()
    {
        // The desktop application and rdsbm, each with the journal loaded before the other wrote.
        QTemporaryDir dir;
        const QString path = dir.filePath(u"jobs.json"_s);
        JobJournal desktop(path);
        JobJournal cli(path);
        QString error;
        QVERIFY(desktop.load(error));
        QVERIFY(cli.load(error));

        CloudJob backup;
        backup.localId = u"from-desktop"_s;
        QVERIFY2(desktop.record(backup, error), qPrintable(error));
        CloudJob restore;
        restore.localId = u"from-cli"_s;
        restore.kind = JobKind::RestoreDdrTable;
        QVERIFY2(cli.record(restore, error), qPrintable(error));
        QCOMPARE(cli.jobs().size(), 2);

        // The desktop's next change keeps the CLI's job, and its own update wins for its own job.
        backup.state = JobState::Running;
        backup.requestId = u"5E1F-REQ"_s;
        QVERIFY2(desktop.record(backup, error), qPrintable(error));
        QVERIFY(desktop.job(u"from-cli"_s).has_value());

        JobJournal restarted(path);
        QVERIFY(restarted.load(error));
        QCOMPARE(restarted.jobs().size(), 2);
        QCOMPARE(restarted.job(u"from-desktop"_s)->state, JobState::Running);
        QCOMPARE(restarted.job(u"from-desktop"_s)->requestId, u"5E1F-REQ"_s);
        QCOMPARE(restarted.job(u"from-cli"_s)->kind, JobKind::RestoreDdrTable);

        // A job the other program removed stays removed.
        QVERIFY(cli.remove(u"from-desktop"_s, error));
        CloudJob another;
        another.localId = u"second-from-desktop"_s;
        QVERIFY(desktop.record(another, error));
        QVERIFY(!desktop.job(u"from-desktop"_s).has_value());
        QVERIFY(restarted.load(error));
        QCOMPARE(restarted.jobs().size(), 2);
    }

    void damagedFileIsAnErrorAndIsNotOverwritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"jobs.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"version\":1,\"jobs\":[{\"localId\":");
        file.close();
        JobJournal journal(path);
        QString error;
        QVERIFY(!journal.load(error));
        QVERIFY(error.contains(u"damaged"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{\"version\":1,\"jobs\":[{\"localId\":"));
        file.close();

        // The next job is recorded in a new file; the damaged one is kept beside it.
        CloudJob job;
        job.localId = u"after-damage"_s;
        QVERIFY2(journal.record(job, error), qPrintable(error));
        QFile kept(path + u".damaged"_s);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("{\"version\":1,\"jobs\":[{\"localId\":"));
        JobJournal restarted(path);
        QVERIFY(restarted.load(error));
        QCOMPARE(restarted.jobs().size(), 1);
    }

    void unknownValuesAreReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"jobs.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"version":1,"jobs":[{"localId":"x","kind":"teleport","state":"running","provider":"alibaba"}]})");
        file.close();
        JobJournal journal(path);
        QString error;
        QVERIFY(!journal.load(error));
        QVERIFY(error.contains(u"x"_s));
    }

    void unwritableLocationIsAnError()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(u"file"_s);
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        JobJournal journal(blocker + u"/jobs.json"_s);
        QString error;
        QVERIFY(!journal.record(restoreJob(u"a"_s, JobState::Submitting), error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(journal.jobs().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestJobJournal)
#include "tst_jobjournal.moc"
