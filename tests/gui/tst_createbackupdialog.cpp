#include "app/catalog/instancecatalog.h"
#include "app/cloudsim/simstats.h"
#include "app/cloudsim/simulator.h"
#include "app/jobs/jobtracker.h"
#include "ui/app/applicationcontext.h"
#include "ui/backups/createbackupdialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using namespace rdsbm;
using namespace rdsbm::ui;

namespace {

constexpr int cloudTimeoutMs = 20000;

QStringList comboValues(const QComboBox *combo)
{
    QStringList values;
    for (int i = 0; i < combo->count(); ++i)
        values.append(combo->itemData(i).toString());
    return values;
}

} // namespace

class TestCreateBackupDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_stateDir;
    std::unique_ptr<ApplicationContext> m_context;

    std::optional<DbInstance> instanceWhere(const std::function<bool(const DbInstance &)> &matches) const
    {
        for (const catalog::RegionInstances &region : m_context->instances().regions())
            if (region.profileName == u"demo-alibaba"_s)
                for (const DbInstance &instance : region.instances)
                    if (matches(instance))
                        return instance;
        return std::nullopt;
    }

    std::unique_ptr<CreateBackupDialog> openDialog(const DbInstance &instance)
    {
        auto dialog = std::make_unique<CreateBackupDialog>(*m_context, instance);
        dialog->open();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            return nullptr;
        return dialog;
    }

    static bool rowVisible(QWidget *field)
    {
        auto *form = field->parentWidget()->findChild<QFormLayout *>();
        return form && form->isRowVisible(field);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_stateDir.isValid());
        ApplicationOptions options;
        options.demo = true;
        options.language = u"en"_s;
        options.stateDirectory = m_stateDir.path();
        m_context = std::make_unique<ApplicationContext>(options);
        QString error;
        QVERIFY2(m_context->start(error), qPrintable(error));
        m_context->jobs().setPollInterval(200ms);
        QTRY_VERIFY_WITH_TIMEOUT(!m_context->instances().isLoading()
                                     && instanceWhere([](const DbInstance &) { return true; }),
                                 cloudTimeoutMs);
    }

    void cleanupTestCase()
    {
        m_context.reset();
    }

    // Seed 001's engine rules decide what is offered: no logical backup on SQL Server, BackupType
    // only for an SQL Server physical backup, databases only with the db strategy.
    void offersOnlyValidCombinations()
    {
        const auto sqlServer = instanceWhere([](const DbInstance &instance) {
            return instance.engine == u"SQLServer"_s && instance.status == u"Running"_s;
        });
        QVERIFY(sqlServer);
        auto dialog = openDialog(*sqlServer);
        QVERIFY(dialog);
        auto *method = dialog->findChild<QComboBox *>(u"backupMethodComboBox"_s);
        auto *type = dialog->findChild<QComboBox *>(u"backupTypeComboBox"_s);
        auto *strategy = dialog->findChild<QComboBox *>(u"backupStrategyComboBox"_s);
        QVERIFY(!comboValues(method).contains(u"Logical"_s));
        QVERIFY(comboValues(method).contains(u"Physical"_s));
        QVERIFY(rowVisible(type));
        QVERIFY2(!rowVisible(strategy), "the strategy needs a full backup on SQL Server");
        type->setCurrentIndex(type->findData(u"FullBackup"_s));
        QVERIFY(rowVisible(strategy));
        QCOMPARE(dialog->parameters().backupType, u"FullBackup"_s);

        const auto mySql = instanceWhere([](const DbInstance &instance) {
            return instance.engine == u"MySQL"_s && instance.instanceType == u"Primary"_s;
        });
        auto mySqlDialog = openDialog(*mySql);
        auto *mySqlMethod = mySqlDialog->findChild<QComboBox *>(u"backupMethodComboBox"_s);
        QVERIFY(comboValues(mySqlMethod).contains(u"Logical"_s));
        QVERIFY(!rowVisible(mySqlDialog->findChild<QComboBox *>(u"backupTypeComboBox"_s)));
        mySqlMethod->setCurrentIndex(mySqlMethod->findData(u"Logical"_s));
        auto *mySqlStrategy = mySqlDialog->findChild<QComboBox *>(u"backupStrategyComboBox"_s);
        QVERIFY(rowVisible(mySqlStrategy));
        auto *databases = mySqlDialog->findChild<QListWidget *>(u"backupDatabasesListWidget"_s);
        QVERIFY(!rowVisible(databases));
        mySqlStrategy->setCurrentIndex(mySqlStrategy->findData(u"db"_s));
        QVERIFY(rowVisible(databases));
        // db without a database: refused inline, naming DBName.
        auto *problems = mySqlDialog->findChild<QLabel *>(u"createBackupProblemLabel"_s);
        QVERIFY2(problems->text().contains(u"DBName"_s), qPrintable(problems->text()));
        QTRY_VERIFY_WITH_TIMEOUT(databases->count() > 0, cloudTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(mySqlDialog->conditionsChecked(), cloudTimeoutMs);
        QVERIFY(!mySqlDialog->findChild<QPushButton *>(u"createBackupButton"_s)->isEnabled());
        databases->item(0)->setCheckState(Qt::Checked);
        QVERIFY(problems->text().isEmpty());
        QCOMPARE(mySqlDialog->parameters().dbNames, QStringList{databases->item(0)->text()});
    }

    // A stopped instance is explained before anything is sent, and cannot be submitted.
    void explainsAStoppedInstance()
    {
        const auto stopped = instanceWhere([](const DbInstance &instance) { return instance.status == u"Stopped"_s; });
        QVERIFY(stopped);
        const qint64 before = m_context->simulator()->stats().value(u"actions"_s, u"2014-08-15/CreateBackup"_s);
        auto dialog = openDialog(*stopped);
        auto *status = dialog->findChild<QLabel *>(u"statusConditionLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->conditionsChecked(), cloudTimeoutMs);
        QVERIFY2(status->text().contains(u"Stopped"_s) && status->text().contains(u"Running"_s),
                 qPrintable(status->text()));
        QVERIFY(!dialog->findChild<QPushButton *>(u"createBackupButton"_s)->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(u"runningJobConditionLabel"_s)->text().contains(u"No backup job"_s));
        QVERIFY(dialog->findChild<QLabel *>(u"dailyLimitConditionLabel"_s)->text().contains(u"20"_s));
        QCOMPARE(m_context->simulator()->stats().value(u"actions"_s, u"2014-08-15/CreateBackup"_s), before);
    }

    // Submitted through the operation, recorded in the tracker, followed to its end; a second
    // dialog then sees the running job and refuses before sending.
    void createsTheBackupAndFollowsIt()
    {
        const auto instance = instanceWhere([](const DbInstance &candidate) {
            return candidate.engine == u"MySQL"_s && candidate.status == u"Running"_s
                && candidate.instanceType == u"Primary"_s && candidate.regionId == u"cn-hangzhou"_s;
        });
        QVERIFY(instance);
        auto dialog = openDialog(*instance);
        auto *create = dialog->findChild<QPushButton *>(u"createBackupButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(create->isEnabled(), cloudTimeoutMs);
        QVERIFY(m_context->simulator()->stats().value(u"actions"_s, u"2014-08-15/DescribeBackupTasks"_s) >= 1);
        auto *method = dialog->findChild<QComboBox *>(u"backupMethodComboBox"_s);
        method->setCurrentIndex(method->findData(u"Physical"_s));

        QSignalSpy submitted(dialog.get(), &CreateBackupDialog::jobSubmitted);
        QVERIFY(submitted.isValid());
        QTest::mouseClick(create, Qt::LeftButton);
        QVERIFY(submitted.wait(cloudTimeoutMs));
        QVERIFY(!create->isEnabled());
        const cloudsim::SimStats &stats = m_context->simulator()->stats();
        QCOMPARE(stats.value(u"actions"_s, u"2014-08-15/CreateBackup"_s), 1);
        QCOMPARE(stats.value(u"executions"_s, instance->id, u"CreateBackup"_s), 1);
        const QString jobId = submitted.at(0).at(0).toString();
        const auto job = m_context->jobs().job(jobId);
        QVERIFY(job);
        QCOMPARE(job->kind, JobKind::CreateBackup);
        QCOMPARE(job->instanceId, instance->id);
        QVERIFY(!job->providerJobId.isEmpty());

        // A second request while this one runs is stopped by the running-job check.
        auto second = openDialog(*instance);
        QTRY_VERIFY_WITH_TIMEOUT(second->conditionsChecked(), cloudTimeoutMs);
        auto *running = second->findChild<QLabel *>(u"runningJobConditionLabel"_s);
        QVERIFY2(running->text().contains(job->providerJobId), qPrintable(running->text()));
        QVERIFY(!second->findChild<QPushButton *>(u"createBackupButton"_s)->isEnabled());
        second.reset();

        // The job runs through the simulator's states to the end, shown in the dialog.
        auto *progress = dialog->findChild<QLabel *>(u"backupProgressLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_context->jobs().job(jobId)->isFinished(), 120000);
        QCOMPARE(m_context->jobs().job(jobId)->state, JobState::Succeeded);
        QVERIFY2(progress->text().contains(u"finished"_s), qPrintable(progress->text()));
        QCOMPARE(dialog->findChild<QProgressBar *>(u"backupProgressBar"_s)->value(), 100);
        QCOMPARE(stats.value(u"actions"_s, u"2014-08-15/CreateBackup"_s), 1);
    }
};

QTEST_MAIN(TestCreateBackupDialog)
#include "tst_createbackupdialog.moc"
