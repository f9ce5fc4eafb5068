#include "app/catalog/instancecatalog.h"
#include "app/cloudsim/huaweiapi.h"
#include "app/cloudsim/huaweijobboard.h"
#include "app/cloudsim/simstats.h"
#include "app/cloudsim/simulator.h"
#include "app/i18n/languagemanager.h"
#include "app/jobs/jobtracker.h"
#include "ui/app/applicationcontext.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/backups/createbackupdialog.h"
#include "ui/restore/dbsrestorewizard.h"
#include "ui/restore/ddrrestorewizard.h"
#include "ui/restore/restoreobjectseditor.h"
#include "ui/restore/huaweirestorewizard.h"
#include "ui/restore/instancepicker.h"
#include "ui/restore/restoreactions.h"
#include "ui/restore/tablemetaeditor.h"
#include "tests/gui/guidriver.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStyle>
#include <QStyleOptionButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::ui;
using namespace rdsbm::guidriver;

namespace {

// Types into a cell the way a user does: start editing, replace the text, press Enter.
void typeIntoCell(QTableWidget *table, int row, int column, const QString &text)
{
    table->setFocus();
    table->setCurrentCell(row, column);
    table->editItem(table->item(row, column));
    auto *lineEdit = table->viewport()->findChild<QLineEdit *>();
    QVERIFY(lineEdit);
    QVERIFY(lineEdit->isVisible());
    lineEdit->selectAll();
    QTest::keyClicks(lineEdit, text);
    QTest::keyClick(lineEdit, Qt::Key_Return);
    // The delegate commits on the next turn of the event loop.
    QTRY_COMPARE(table->item(row, column)->text(), text);
}

} // namespace

class TestRestoreWizards : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_stateDir;
    std::unique_ptr<ApplicationContext> m_context;

    cloudsim::CloudSimulator &simulator() const { return *m_context->simulator(); }

    // The catalog's instances of one account and region, once loaded.
    QList<DbInstance> instancesOf(const QString &profile, const QString &region) const
    {
        for (const catalog::RegionInstances &entry : m_context->instances().regions())
            if (entry.profileName == profile && entry.regionId == region && entry.state == catalog::LoadState::Loaded)
                return entry.instances;
        return {};
    }

    std::optional<DbInstance> findInstance(const QString &profile, const QString &region,
                                           const std::function<bool(const DbInstance &)> &matches) const
    {
        for (const DbInstance &instance : instancesOf(profile, region))
            if (matches(instance))
                return instance;
        return std::nullopt;
    }

    // The MySQL 8.0 primary of Hangzhou on local disks: its backups are copied to Shanghai.
    DbInstance alibabaSource() const
    {
        return *findInstance(u"demo-alibaba"_s, u"cn-hangzhou"_s, [](const DbInstance &instance) {
            return instance.engine == u"MySQL"_s && instance.engineVersion == u"8.0"_s
                && instance.instanceType == u"Primary"_s;
        });
    }

    // The smallest (or largest) active MySQL instance of cn-north-4 with a version another one shares.
    std::optional<DbInstance> huaweiMySql(bool largest) const
    {
        std::optional<DbInstance> chosen;
        for (const DbInstance &instance : instancesOf(u"demo-huawei"_s, u"cn-north-4"_s)) {
            if (instance.engine != u"MySQL"_s || instance.status != u"ACTIVE"_s)
                continue;
            if (!chosen || (largest ? instance.storageGb > chosen->storageGb : instance.storageGb < chosen->storageGb))
                chosen = instance;
        }
        return chosen;
    }

    // The shortest way through the cross-region wizard to its summary, for tests about the end.
    std::unique_ptr<DdrRestoreWizard> ddrWizardAtSummary(const QString &targetId, const QString &newName)
    {
        auto wizard = openWizard<DdrRestoreWizard>(alibabaSource());
        if (!wizard || !clickNextTo(wizard.get(), DdrRestoreWizard::BackupSetPageId)
            || !clickNextTo(wizard.get(), DdrRestoreWizard::TargetPageId))
            return nullptr;
        auto *targets = wizard->findChild<InstancePicker *>(u"targetInstancePicker"_s);
        if (!QTest::qWaitFor([targets] { return !targets->candidates().isEmpty(); }, cloudTimeoutMs)
            || !targets->selectInstance(targetId) || !clickNextTo(wizard.get(), DdrRestoreWizard::TablesPageId))
            return nullptr;
        auto *editor = wizard->findChild<TableMetaEditor *>(u"tableMetaEditor"_s);
        editor->addDatabase();
        editor->tableWidget()->item(0, TableMetaEditor::NewDatabaseColumn)->setText(newName);
        if (!clickNextTo(wizard.get(), DdrRestoreWizard::SummaryPageId))
            return nullptr;
        return wizard;
    }

    template <typename Wizard>
    std::unique_ptr<Wizard> openWizard(const DbInstance &source)
    {
        auto wizard = std::make_unique<Wizard>(*m_context, source);
        wizard->show();
        wizard->activateWindow();
        if (!QTest::qWaitForWindowExposed(wizard.get()))
            return nullptr;
        return wizard;
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
        QTRY_VERIFY_WITH_TIMEOUT(!instancesOf(u"demo-alibaba"_s, u"cn-hangzhou"_s).isEmpty(), cloudTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!instancesOf(u"demo-huawei"_s, u"cn-north-4"_s).isEmpty(), cloudTimeoutMs);
    }

    void cleanupTestCase()
    {
        m_context.reset();
    }

    // The Operations menu follows the selection in the main window and opens the wizard for it.
    void actionsFollowTheSelectedInstance()
    {
        MainWindow window(*m_context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *actions = window.findChild<RestoreActions *>();
        QVERIFY(actions);
        QVERIFY(!actions->createBackupAction()->isEnabled());
        QVERIFY(!actions->ddrRestoreAction()->isEnabled());
        QVERIFY(!actions->huaweiRestoreAction()->isEnabled());
        QCOMPARE(actions->createBackupAction()->shortcut(), QKeySequence(u"Ctrl+B"_s));

        QTreeView *tree = window.findChild<QTreeView *>(u"instanceTreeView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount() >= 2, cloudTimeoutMs);
        const QModelIndex alibaba = tree->model()->index(0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount(alibaba) > 0, cloudTimeoutMs);
        const QModelIndex region = tree->model()->index(0, 0, alibaba);
        QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount(region) > 0, cloudTimeoutMs);
        tree->expand(alibaba);
        tree->expand(region);
        const QModelIndex instance = tree->model()->index(0, 0, region);
        tree->scrollTo(instance);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(instance).center());
        QTRY_VERIFY(actions->ddrRestoreAction()->isEnabled());
        QVERIFY(actions->createBackupAction()->isEnabled());
        QVERIFY(actions->dbsRestoreAction()->isEnabled());
        QVERIFY(!actions->huaweiRestoreAction()->isEnabled());

        QSignalSpy opened(actions, &RestoreActions::dialogOpened);
        QVERIFY(opened.isValid());
        actions->ddrRestoreAction()->trigger();
        QCOMPARE(opened.count(), 1);
        auto *wizard = qobject_cast<DdrRestoreWizard *>(opened.at(0).at(0).value<QDialog *>());
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->windowModality(), Qt::WindowModal); // open(), not exec()
        wizard->reject();
    }

    // A point in time: the window is shown as a range and a time outside it is refused.
    void crossRegionRestoreToAPointInTime()
    {
        auto wizard = openWizard<DdrRestoreWizard>(alibabaSource());
        QVERIFY(wizard);
        clickIndicator(wizard->findChild<QRadioButton *>(u"restoreByTimeRadioButton"_s));
        QVERIFY(clickNextTo(wizard.get(), DdrRestoreWizard::PointInTimePageId));
        auto *window = wizard->findChild<QLabel *>(u"restoreWindowLabel"_s);
        auto *time = wizard->findChild<QDateTimeEdit *>(u"restoreTimeDateTimeEdit"_s);
        QTRY_VERIFY_WITH_TIMEOUT(time->isEnabled(), cloudTimeoutMs);
        QVERIFY2(window->text().contains(u"from"_s) && window->text().contains(u"UTC"_s), qPrintable(window->text()));
        QVERIFY(simulator().stats().value(u"actions"_s, u"2014-08-15/DescribeAvailableRecoveryTime"_s) >= 1);
        QVERIFY(nextButton(wizard.get())->isEnabled());
        // The edit keeps to the window: a time before it is not taken.
        const QDateTime earliest = time->minimumDateTime();
        time->setDateTime(earliest.addDays(-3));
        QCOMPARE(time->dateTime(), earliest);
        const QDateTime chosen = time->maximumDateTime().addSecs(-3600);
        time->setDateTime(chosen);
        QVERIFY(nextButton(wizard.get())->isEnabled());
        QVERIFY(wizard->findChild<QLabel *>(u"restoreTimeUtcLabel"_s)->text().contains(u"Z (UTC)"_s));

        QVERIFY(clickNextTo(wizard.get(), DdrRestoreWizard::TargetPageId));
        auto *targets = wizard->findChild<InstancePicker *>(u"targetInstancePicker"_s);
        QTRY_VERIFY_WITH_TIMEOUT(targets->eligibleCount() > 0, cloudTimeoutMs);
        for (const InstanceCandidate &candidate : targets->candidates())
            if (candidate.exclusionReason.isEmpty())
                QVERIFY(targets->selectInstance(candidate.instance.id));
        QVERIFY(clickNextTo(wizard.get(), DdrRestoreWizard::TablesPageId));
        QTest::mouseClick(wizard->findChild<QPushButton *>(u"addDatabaseButton"_s), Qt::LeftButton);
        QVERIFY(clickNextTo(wizard.get(), DdrRestoreWizard::SummaryPageId));
        auto *request = wizard->findChild<QPlainTextEdit *>(u"requestPreviewPlainTextEdit"_s);
        QVERIFY(request->toPlainText().contains(u"RestoreType=1"_s));
        QVERIFY(request->toPlainText().contains(u"RestoreTime="_s + chosen.toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s)));
        QVERIFY(request->toPlainText().contains(u"SourceDBInstanceName="_s + alibabaSource().id));
        QVERIFY(!finishButton(wizard.get())->isEnabled());

        // The confirmation with the keyboard alone: Tab from the request to the ID, type, Tab, Space.
        wizard->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(wizard.get()));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->findChild<QLabel *>(u"summaryStatusLabel"_s)->text().contains(u"…"_s),
                                 cloudTimeoutMs);
        request->setFocus();
        QTest::keyClick(request, Qt::Key_Tab);
        auto *confirmation = wizard->findChild<QLineEdit *>(u"targetConfirmationLineEdit"_s);
        QTRY_COMPARE(QApplication::focusWidget(), confirmation);
        QVERIFY(!confirmation->accessibleName().isEmpty());
        const QString targetId = wizard->plan().targetInstance->id;
        QTest::keyClicks(QApplication::focusWidget(), targetId);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *acknowledge = wizard->findChild<QCheckBox *>(u"acknowledgeOverwriteCheckBox"_s);
        QTRY_COMPARE(QApplication::focusWidget(), acknowledge);
        QVERIFY(!finishButton(wizard.get())->isEnabled());
        QTest::keyClick(acknowledge, Qt::Key_Space);
        QVERIFY(acknowledge->isChecked());
        QVERIFY(finishButton(wizard.get())->isEnabled());
        wizard->reject();
    }

    // Seed 000 from the first page to Finish, with every check a user meets on the way.
    void crossRegionRestoreFromABackupSet()
    {
        const DbInstance source = alibabaSource();
        auto wizard = openWizard<DdrRestoreWizard>(source);
        QVERIFY(wizard);
        const QString clientToken = wizard->plan().clientToken;
        QVERIFY(!clientToken.isEmpty());
        QCOMPARE(wizard->currentId(), int(DdrRestoreWizard::SourcePageId));
        auto *sourcePicker = wizard->findChild<InstancePicker *>(u"sourceInstancePicker"_s);
        QCOMPARE(sourcePicker->currentInstanceId(), source.id);
        // Non-MySQL sources stay listed, greyed out, with the reason.
        bool sawExcluded = false;
        for (const InstanceCandidate &candidate : sourcePicker->candidates())
            if (candidate.instance.engine != u"MySQL"_s)
                sawExcluded = !candidate.exclusionReason.isEmpty();
        QVERIFY(sawExcluded);

        // Next asks the cloud for the copies first.
        QVERIFY(clickNextTo(wizard.get(), DdrRestoreWizard::BackupSetPageId));
        QVERIFY(simulator().stats().value(u"actions"_s, u"2014-08-15/DescribeCrossRegionBackups"_s) >= 1);
        auto *backups = wizard->findChild<QTreeWidget *>(u"crossRegionBackupTreeWidget"_s);
        QVERIFY(backups->topLevelItemCount() > 0);
        QVERIFY(!backups->selectedItems().isEmpty());
        const QString backupId = backups->selectedItems().first()->text(0);

        QVERIFY(clickNextTo(wizard.get(), DdrRestoreWizard::TargetPageId));
        auto *targets = wizard->findChild<InstancePicker *>(u"targetInstancePicker"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!targets->candidates().isEmpty(), cloudTimeoutMs);
        std::optional<DbInstance> target;
        for (const InstanceCandidate &candidate : targets->candidates()) {
            QCOMPARE(candidate.instance.regionId, u"cn-shanghai"_s);
            if (candidate.instance.engine != u"MySQL"_s)
                QVERIFY2(candidate.exclusionReason.contains(candidate.instance.engine), "the reason names the engine");
            if (candidate.instance.status == u"Stopped"_s)
                QVERIFY(candidate.exclusionReason.contains(u"Running"_s));
            if (candidate.exclusionReason.isEmpty() && !target)
                target = candidate.instance;
        }
        QVERIFY(target);
        QVERIFY(targets->selectInstance(target->id));
        QVERIFY(clickNextTo(wizard.get(), DdrRestoreWizard::TablesPageId));

        // TableMeta, validated as typed.
        auto *editor = wizard->findChild<TableMetaEditor *>(u"tableMetaEditor"_s);
        QTableWidget *table = editor->tableWidget();
        auto *problems = wizard->findChild<QLabel *>(u"tableMetaProblemLabel"_s);
        QVERIFY(!nextButton(wizard.get())->isEnabled());
        QTest::mouseClick(wizard->findChild<QPushButton *>(u"addDatabaseButton"_s), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);
        const QString database = table->item(0, TableMetaEditor::DatabaseColumn)->text();
        QVERIFY(!database.isEmpty());
        QTRY_VERIFY(nextButton(wizard.get())->isEnabled());

        typeIntoCell(table, 0, TableMetaEditor::NewDatabaseColumn, u"mysql"_s);
        QCOMPARE(table->item(0, TableMetaEditor::NewDatabaseColumn)->text(), u"mysql"_s);
        QVERIFY(!nextButton(wizard.get())->isEnabled());
        QVERIFY(problems->isVisible());
        QVERIFY2(problems->text().contains(u"system database mysql"_s), qPrintable(problems->text()));

        typeIntoCell(table, 0, TableMetaEditor::DatabaseColumn, u"no_such_db"_s);
        QVERIFY2(problems->text().contains(u"no database named no_such_db"_s), qPrintable(problems->text()));
        QVERIFY(!nextButton(wizard.get())->isEnabled());

        typeIntoCell(table, 0, TableMetaEditor::DatabaseColumn, database);
        typeIntoCell(table, 0, TableMetaEditor::NewDatabaseColumn, database + u"_copy"_s);
        QVERIFY2(problems->text().isEmpty(), qPrintable(problems->text()));
        QVERIFY(nextButton(wizard.get())->isEnabled());

        // Back and Next again keep what was typed.
        QTest::mouseClick(backButton(wizard.get()), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(DdrRestoreWizard::TargetPageId));
        QCOMPARE(targets->currentInstanceId(), target->id);
        QVERIFY(clickNextTo(wizard.get(), DdrRestoreWizard::TablesPageId));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, TableMetaEditor::NewDatabaseColumn)->text(), database + u"_copy"_s);

        QVERIFY(clickNextTo(wizard.get(), DdrRestoreWizard::SummaryPageId));
        auto *request = wizard->findChild<QPlainTextEdit *>(u"requestPreviewPlainTextEdit"_s);
        QVERIFY(request->toPlainText().contains(u"Action=RestoreDdrTable"_s));
        QVERIFY(request->toPlainText().contains(u"DBInstanceId="_s + target->id));
        QVERIFY(request->toPlainText().contains(u"BackupId="_s + backupId));
        QVERIFY(request->toPlainText().contains(u"ClientToken="_s + clientToken));
        QVERIFY(request->toPlainText().contains(u"\"newname\":\"%1_copy\""_s.arg(database)));
        QVERIFY(wizard->findChild<QLabel *>(u"summarySourceLabel"_s)->text().contains(source.id));
        QVERIFY(wizard->findChild<QLabel *>(u"summaryRestorePointLabel"_s)->text().contains(backupId));
        QVERIFY(wizard->findChild<QLabel *>(u"summaryTargetLabel"_s)->text().contains(target->id));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->findChild<QLabel *>(u"summaryOverwritesLabel"_s)->text().contains(u"Nothing"_s),
                                 cloudTimeoutMs);

        // Finish only once the exact target id is typed and the box is ticked.
        auto *confirmation = wizard->findChild<QLineEdit *>(u"targetConfirmationLineEdit"_s);
        auto *acknowledge = wizard->findChild<QCheckBox *>(u"acknowledgeOverwriteCheckBox"_s);
        QAbstractButton *finish = finishButton(wizard.get());
        QVERIFY(!finish->isEnabled());
        clickIndicator(acknowledge);
        QVERIFY(acknowledge->isChecked());
        QVERIFY(!finish->isEnabled());
        confirmation->setFocus();
        QTest::keyClicks(confirmation, target->id.chopped(1));
        QVERIFY(!finish->isEnabled());
        QTest::keyClicks(confirmation, u"x"_s);
        QVERIFY(!finish->isEnabled());
        QTest::keyClick(confirmation, Qt::Key_Backspace);
        QTest::keyClicks(confirmation, target->id.right(1));
        QCOMPARE(confirmation->text(), target->id);
        QVERIFY(finish->isEnabled());
        clickIndicator(acknowledge);
        QVERIFY(!finish->isEnabled());
        clickIndicator(acknowledge);
        QVERIFY(finish->isEnabled());
        QCOMPARE(simulator().stats().value(u"actions"_s, u"2014-08-15/RestoreDdrTable"_s), 0);

        // A second restore into the same target, confirmed while the target is still Running.
        auto second = ddrWizardAtSummary(target->id, database + u"_second"_s);
        QVERIFY(second);
        auto *secondConfirmation = second->findChild<QLineEdit *>(u"targetConfirmationLineEdit"_s);
        QTRY_VERIFY_WITH_TIMEOUT(
            second->findChild<QLabel *>(u"summaryOverwritesLabel"_s)->text().contains(u"Nothing"_s), cloudTimeoutMs);
        QTest::keyClicks(secondConfirmation, target->id);
        clickIndicator(second->findChild<QCheckBox *>(u"acknowledgeOverwriteCheckBox"_s));
        QTRY_VERIFY(finishButton(second.get())->isEnabled());

        QSignalSpy submitted(wizard.get(), &DdrRestoreWizard::jobSubmitted);
        QVERIFY(submitted.isValid());
        QTest::mouseClick(finish, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->isVisible(), cloudTimeoutMs);
        QCOMPARE(wizard->result(), int(QDialog::Accepted));
        QCOMPARE(submitted.count(), 1);

        // The target is Restoring now: the service refuses the second one. The wizard stays open with
        // the provider's code and request id, and nothing typed is lost.
        QTest::mouseClick(finishButton(second.get()), Qt::LeftButton);
        auto *secondProblems = second->findChild<QLabel *>(u"summaryProblemLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(secondProblems->text().contains(u"IncorrectDBInstanceState"_s), cloudTimeoutMs);
        QVERIFY2(secondProblems->text().contains(u"Request ID: "_s), qPrintable(secondProblems->text()));
        QVERIFY(second->isVisible());
        QCOMPARE(second->currentId(), int(DdrRestoreWizard::SummaryPageId));
        QCOMPARE(secondConfirmation->text(), target->id);
        // Checked again before any new attempt: the target is not Running, so Finish stays off.
        QTRY_VERIFY_WITH_TIMEOUT(secondProblems->text().contains(u"Running"_s), cloudTimeoutMs);
        QVERIFY(secondProblems->text().contains(u"IncorrectDBInstanceState"_s));
        QVERIFY(!finishButton(second.get())->isEnabled());
        const QString secondToken = second->plan().clientToken;
        QCOMPARE(simulator().stats().value(u"clientTokens"_s, secondToken, u"executed"_s), 0);
        second->reject();

        // What reached the simulator: two requests, one restore executed, on the target, with the token.
        const cloudsim::SimStats &stats = simulator().stats();
        QCOMPARE(stats.value(u"actions"_s, u"2014-08-15/RestoreDdrTable"_s), 2);
        QCOMPARE(stats.value(u"executions"_s, target->id, u"RestoreDdrTable"_s), 1);
        QCOMPARE(stats.value(u"clientTokens"_s, clientToken, u"executed"_s), 1);
        const auto job = m_context->jobs().job(wizard->submittedJobId());
        QVERIFY(job);
        QCOMPARE(job->kind, JobKind::RestoreDdrTable);
        QCOMPARE(job->instanceId, target->id);
        QCOMPARE(job->clientToken, clientToken);
        QVERIFY(job->state != JobState::Submitting);
    }

    // Seed 004: the target list explains each excluded instance; the restore reaches the simulator.
    void huaweiRestoreToAnotherInstance()
    {
        const auto source = huaweiMySql(false);
        QVERIFY(source);
        auto wizard = openWizard<HuaweiRestoreWizard>(*source);
        QVERIFY(wizard);
        QVERIFY(clickNextTo(wizard.get(), HuaweiRestoreWizard::BackupPageId));
        auto *backups = wizard->findChild<QTreeWidget *>(u"huaweiBackupTreeWidget"_s);
        QVERIFY(backups->topLevelItemCount() > 0);
        for (int row = 0; row < backups->topLevelItemCount(); ++row)
            QVERIFY(wizard->plan().backups.at(row).status == u"COMPLETED"_s);
        QVERIFY(!backups->selectedItems().isEmpty());
        const QString backupId = backups->selectedItems().first()->text(0);

        QVERIFY(clickNextTo(wizard.get(), HuaweiRestoreWizard::TargetPageId));
        auto *targets = wizard->findChild<InstancePicker *>(u"targetInstancePicker"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!targets->candidates().isEmpty(), cloudTimeoutMs);
        // The source comes first, as the current instance, and is chosen by default.
        QCOMPARE(targets->candidates().first().instance.id, source->id);
        QCOMPARE(targets->currentInstanceId(), source->id);
        std::optional<DbInstance> other;
        for (const InstanceCandidate &candidate : targets->candidates()) {
            const DbInstance &instance = candidate.instance;
            if (instance.engine != source->engine)
                QVERIFY2(candidate.exclusionReason.contains(u"same database type"_s), qPrintable(candidate.exclusionReason));
            if (instance.engine == u"SQLServer"_s)
                QVERIFY(candidate.exclusionReason.contains(u"Microsoft SQL Server"_s));
            if (instance.engine == source->engine && instance.engineVersion != source->engineVersion)
                QVERIFY(candidate.exclusionReason.contains(u"same database version"_s));
            if (instance.engine == source->engine && instance.storageGb < source->storageGb)
                QVERIFY(candidate.exclusionReason.contains(u"greater than or equal"_s));
            if (candidate.exclusionReason.isEmpty() && instance.id != source->id)
                other = instance;
        }
        QVERIFY2(other, "a larger MySQL 8.0 instance can take the restore");
        // An excluded row cannot be chosen.
        for (const InstanceCandidate &candidate : targets->candidates())
            if (!candidate.exclusionReason.isEmpty())
                QVERIFY(!targets->selectInstance(candidate.instance.id));
        QVERIFY(targets->selectInstance(other->id));
        QVERIFY(clickNextTo(wizard.get(), HuaweiRestoreWizard::SummaryPageId));

        auto *request = wizard->findChild<QPlainTextEdit *>(u"requestPreviewPlainTextEdit"_s);
        QVERIFY(request->toPlainText().startsWith(u"POST /v3/"_s));
        QVERIFY(request->toPlainText().contains(u"/instances/recovery"_s));
        QVERIFY(request->toPlainText().contains(backupId));
        QVERIFY(request->toPlainText().contains(other->id));
        auto *finish = finishButton(wizard.get());
        auto *confirmation = wizard->findChild<QLineEdit *>(u"targetConfirmationLineEdit"_s);
        auto *acknowledge = wizard->findChild<QCheckBox *>(u"acknowledgeOverwriteCheckBox"_s);
        QVERIFY(acknowledge->text().contains(other->id));
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->findChild<QLabel *>(u"summaryStatusLabel"_s)->text().contains(u"Checking"_s),
                                 cloudTimeoutMs);
        // The source's id is not the target's: typing it keeps Finish disabled.
        confirmation->setFocus();
        QTest::keyClicks(confirmation, source->id);
        clickIndicator(acknowledge);
        QVERIFY(!finish->isEnabled());
        confirmation->clear();
        QTest::keyClicks(confirmation, other->id);
        QTRY_VERIFY(finish->isEnabled());
        QCOMPARE(simulator().huawei().jobs().submissions(other->id), 0);

        QTest::mouseClick(finish, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->isVisible(), cloudTimeoutMs);
        QCOMPARE(simulator().huawei().jobs().submissions(other->id), 1);
        QCOMPARE(simulator().huawei().jobs().acceptedRestores(other->id), 1);
        const auto job = m_context->jobs().job(wizard->submittedJobId());
        QVERIFY(job);
        QCOMPARE(job->kind, JobKind::HuaweiRestore);
        QCOMPARE(job->instanceId, other->id);
        QVERIFY(!job->providerJobId.isEmpty());
    }

    // To a point in time, restoring the current instance; the time is refused outside the ranges.
    void huaweiRestoreOfTheCurrentInstanceToATime()
    {
        const auto source = huaweiMySql(false);
        QVERIFY(source);
        auto wizard = openWizard<HuaweiRestoreWizard>(*source);
        QVERIFY(wizard);
        clickIndicator(wizard->findChild<QRadioButton *>(u"restoreToTimeRadioButton"_s));
        QVERIFY(clickNextTo(wizard.get(), HuaweiRestoreWizard::TimePageId));
        auto *time = wizard->findChild<QDateTimeEdit *>(u"restoreTimeDateTimeEdit"_s);
        QVERIFY(time->isEnabled());
        QVERIFY(wizard->findChild<QLabel *>(u"restoreWindowLabel"_s)->text().contains(u"from"_s));
        QVERIFY(nextButton(wizard.get())->isEnabled());
        const QDateTime chosen = time->maximumDateTime().addSecs(-600);
        time->setDateTime(chosen);
        QVERIFY(nextButton(wizard.get())->isEnabled());

        QVERIFY(clickNextTo(wizard.get(), HuaweiRestoreWizard::TargetPageId));
        auto *targets = wizard->findChild<InstancePicker *>(u"targetInstancePicker"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!targets->candidates().isEmpty(), cloudTimeoutMs);
        QVERIFY2(targets->candidates().first().exclusionReason.isEmpty(),
                 qPrintable(targets->candidates().first().exclusionReason));
        QCOMPARE(targets->currentInstanceId(), source->id);
        // A MySQL instance of another version cannot take this one's data.
        for (const InstanceCandidate &candidate : targets->candidates())
            if (candidate.instance.engine == u"MySQL"_s && candidate.instance.engineVersion != source->engineVersion)
                QVERIFY(candidate.exclusionReason.contains(u"same database version"_s));
        QVERIFY(clickNextTo(wizard.get(), HuaweiRestoreWizard::SummaryPageId));
        auto *request = wizard->findChild<QPlainTextEdit *>(u"requestPreviewPlainTextEdit"_s);
        QVERIFY(request->toPlainText().contains(u"\"type\": \"timestamp\""_s));
        QVERIFY(request->toPlainText().contains(QString::number(chosen.toUTC().toMSecsSinceEpoch())));
        QVERIFY(wizard->findChild<QLabel *>(u"summaryTargetLabel"_s)->text().contains(u"current instance"_s));

        auto *finish = finishButton(wizard.get());
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->findChild<QLabel *>(u"summaryStatusLabel"_s)->text().contains(u"Checking"_s),
                                 cloudTimeoutMs);
        clickIndicator(wizard->findChild<QCheckBox *>(u"acknowledgeOverwriteCheckBox"_s));
        QVERIFY(!finish->isEnabled());
        auto *confirmation = wizard->findChild<QLineEdit *>(u"targetConfirmationLineEdit"_s);
        confirmation->setFocus();
        QTest::keyClicks(confirmation, source->id.toUpper());
        QVERIFY2(!finish->isEnabled(), "the match is exact, case included");
        confirmation->clear();
        QTest::keyClicks(confirmation, source->id);
        QTRY_VERIFY(finish->isEnabled());
        QTest::mouseClick(finish, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->isVisible(), cloudTimeoutMs);
        QCOMPARE(simulator().huawei().jobs().acceptedRestores(source->id), 1);
    }
    // Seed 002: the destination type shows only its fields; the password never leaves the request.
    void dbsRestoreTaskToAnRdsInstance()
    {
        const DbInstance source = alibabaSource();
        auto wizard = openWizard<DbsRestoreWizard>(source);
        QVERIFY(wizard);
        const QString clientToken = wizard->plan().clientToken;
        auto *plans = wizard->findChild<QTreeWidget *>(u"backupPlanTreeWidget"_s);
        // The plan backing up the selected instance is chosen for the user.
        QTRY_VERIFY_WITH_TIMEOUT(!plans->selectedItems().isEmpty(), cloudTimeoutMs);
        QVERIFY(simulator().stats().value(u"actions"_s, u"2019-03-06/DescribeBackupPlanList"_s) >= 1);
        QVERIFY(plans->selectedItems().first()->text(3).contains(source.id));
        const QString planId = plans->selectedItems().first()->text(0);
        QVERIFY(clickNextTo(wizard.get(), DbsRestoreWizard::RestorePointPageId));
        QVERIFY(simulator().stats().value(u"actions"_s, u"2019-03-06/DescribeRestoreRangeInfo"_s) >= 1);
        auto *sets = wizard->findChild<QTreeWidget *>(u"fullBackupTreeWidget"_s);
        QVERIFY(sets->topLevelItemCount() > 0);
        QVERIFY(!sets->selectedItems().isEmpty());
        const QString backupSetId = sets->selectedItems().first()->text(0);

        QVERIFY(clickNextTo(wizard.get(), DbsRestoreWizard::DestinationPageId));
        auto *type = wizard->findChild<QComboBox *>(u"destinationTypeComboBox"_s);
        QCOMPARE(type->currentData().toString(), u"RDS"_s);
        auto *form = wizard->currentPage()->findChild<QFormLayout *>();
        auto *ip = wizard->findChild<QLineEdit *>(u"destinationIpLineEdit"_s);
        auto *port = wizard->findChild<QLineEdit *>(u"destinationPortLineEdit"_s);
        auto *gateway = wizard->findChild<QLineEdit *>(u"backupGatewayIdLineEdit"_s);
        auto *restoreDir = wizard->findChild<QLineEdit *>(u"restoreDirLineEdit"_s);
        auto *instance = wizard->findChild<QComboBox *>(u"destinationInstanceComboBox"_s);
        auto *user = wizard->findChild<QLineEdit *>(u"destinationUserLineEdit"_s);
        auto *password = wizard->findChild<QLineEdit *>(u"destinationPasswordLineEdit"_s);
        QVERIFY(form->isRowVisible(instance));
        QVERIFY(!form->isRowVisible(ip));
        QVERIFY(!form->isRowVisible(port));
        QVERIFY(!form->isRowVisible(gateway));
        QVERIFY(form->isRowVisible(user) && form->isRowVisible(password));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        // Agent needs an address, a port and a gateway, and for MySQL a restore directory.
        type->setCurrentIndex(type->findData(u"Agent"_s));
        QVERIFY(!form->isRowVisible(instance));
        QVERIFY(form->isRowVisible(ip) && form->isRowVisible(port) && form->isRowVisible(gateway));
        QVERIFY(form->isRowVisible(restoreDir));
        auto *problems = wizard->findChild<QLabel *>(u"destinationProblemLabel"_s);
        QVERIFY2(problems->text().contains(u"BackupGatewayId is required when DestinationEndpointInstanceType is Agent"_s),
                 qPrintable(problems->text()));
        type->setCurrentIndex(type->findData(u"RDS"_s));
        QVERIFY(!form->isRowVisible(gateway));
        QVERIFY(!nextButton(wizard.get())->isEnabled());
        QVERIFY2(problems->text().contains(u"DestinationEndpointUserName"_s), qPrintable(problems->text()));

        QVERIFY(instance->count() > 0);
        instance->setCurrentIndex(instance->findText(source.id));
        QCOMPARE(instance->currentText(), source.id);
        user->setFocus();
        QTest::keyClicks(user, u"restore_admin"_s);
        QVERIFY(!nextButton(wizard.get())->isEnabled());
        QTest::keyClicks(password, u"S3cret-Pass!"_s);
        QTRY_VERIFY(nextButton(wizard.get())->isEnabled());
        QVERIFY(!problems->isVisible());

        QVERIFY(clickNextTo(wizard.get(), DbsRestoreWizard::ObjectsPageId));
        auto *editor = wizard->findChild<RestoreObjectsEditor *>(u"restoreObjectsEditor"_s);
        QVERIFY(!nextButton(wizard.get())->isEnabled());
        QTest::mouseClick(wizard->findChild<QPushButton *>(u"addRestoreObjectButton"_s), Qt::LeftButton);
        QCOMPARE(editor->tableWidget()->rowCount(), 1);
        const QString database = editor->tableWidget()->item(0, 0)->text();
        QVERIFY(!database.isEmpty());
        typeIntoCell(editor->tableWidget(), 0, RestoreObjectsEditor::DatabaseColumn, u"not_in_plan"_s);
        auto *objectProblems = wizard->findChild<QLabel *>(u"restoreObjectsProblemLabel"_s);
        QVERIFY2(objectProblems->text().contains(u"not_in_plan"_s), qPrintable(objectProblems->text()));
        QVERIFY(!nextButton(wizard.get())->isEnabled());
        typeIntoCell(editor->tableWidget(), 0, RestoreObjectsEditor::DatabaseColumn, database);
        typeIntoCell(editor->tableWidget(), 0, RestoreObjectsEditor::NewDatabaseColumn, database + u"_dbs"_s);
        auto *conflict = wizard->findChild<QComboBox *>(u"duplicateConflictComboBox"_s);
        conflict->setCurrentIndex(conflict->findData(u"renamenew"_s));
        QVERIFY(nextButton(wizard.get())->isEnabled());

        QVERIFY(clickNextTo(wizard.get(), DbsRestoreWizard::SummaryPageId));
        auto *request = wizard->findChild<QPlainTextEdit *>(u"requestPreviewPlainTextEdit"_s);
        const QString shown = request->toPlainText();
        QVERIFY(shown.contains(u"Action=CreateRestoreTask"_s));
        QVERIFY(shown.contains(u"BackupPlanId="_s + planId));
        QVERIFY(shown.contains(u"BackupSetId="_s + backupSetId));
        QVERIFY(shown.contains(u"DestinationEndpointInstanceID="_s + source.id));
        QVERIFY(shown.contains(u"DuplicateConflict=renamenew"_s));
        QVERIFY(shown.contains(u"ClientToken="_s + clientToken));
        QVERIFY(shown.contains(u"DestinationEndpointPassword=••••••••"_s));
        QVERIFY(!shown.contains(u"S3cret-Pass!"_s));
        QVERIFY(shown.contains(u"Action=StartRestoreTask"_s));
        auto *start = wizard->findChild<QCheckBox *>(u"startTaskNowCheckBox"_s);
        QVERIFY(start->isChecked());
        clickIndicator(start);
        QVERIFY(!request->toPlainText().contains(u"Action=StartRestoreTask"_s));
        clickIndicator(start);
        QVERIFY(request->toPlainText().contains(u"Action=StartRestoreTask"_s));

        auto *finish = finishButton(wizard.get());
        QTRY_VERIFY_WITH_TIMEOUT(wizard->findChild<QLabel *>(u"summaryOverwritesLabel"_s)->text().contains(u"renamenew"_s),
                                 cloudTimeoutMs);
        auto *confirmation = wizard->findChild<QLineEdit *>(u"targetConfirmationLineEdit"_s);
        clickIndicator(wizard->findChild<QCheckBox *>(u"acknowledgeOverwriteCheckBox"_s));
        confirmation->setFocus();
        QTest::keyClicks(confirmation, planId);
        QVERIFY2(!finish->isEnabled(), "the plan's id is not the destination's");
        confirmation->clear();
        QTest::keyClicks(confirmation, source.id);
        QTRY_VERIFY(finish->isEnabled());
        QCOMPARE(simulator().stats().value(u"actions"_s, u"2019-03-06/CreateRestoreTask"_s), 0);

        QTest::mouseClick(finish, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->isVisible(), cloudTimeoutMs);
        const cloudsim::SimStats &stats = simulator().stats();
        QCOMPARE(stats.value(u"actions"_s, u"2019-03-06/CreateRestoreTask"_s), 1);
        QCOMPARE(stats.value(u"actions"_s, u"2019-03-06/StartRestoreTask"_s), 1);
        QCOMPARE(stats.value(u"executions"_s, planId, u"CreateRestoreTask"_s), 1);
        QCOMPARE(stats.value(u"executions"_s, source.id, u"CreateRestoreTask"_s), 1);
        QCOMPARE(stats.value(u"clientTokens"_s, clientToken, u"executed"_s), 1);
        const auto job = m_context->jobs().job(wizard->submittedJobId());
        QVERIFY(job);
        QCOMPARE(job->kind, JobKind::DbsRestore);
        QCOMPARE(job->clientToken, clientToken);
        QVERIFY(!job->providerJobId.isEmpty());
        QVERIFY(!job->parameters.contains(u"DestinationEndpointPassword"_s));
        // Nor is it anywhere in the journal on disk.
        QFile journal(m_stateDir.filePath(u"demo/jobs.json"_s));
        QVERIFY(journal.open(QIODevice::ReadOnly));
        QVERIFY(!journal.readAll().contains("S3cret-Pass!"));
    }

    // A destination known by its address: the Oracle plan restored to "Other" asks for an address,
    // a port and the SID, and the confirmation asks for the address.
    void dbsRestoreTaskToAnAddress()
    {
        auto wizard = openWizard<DbsRestoreWizard>(alibabaSource());
        QVERIFY(wizard);
        auto *plans = wizard->findChild<QTreeWidget *>(u"backupPlanTreeWidget"_s);
        QTRY_VERIFY_WITH_TIMEOUT(plans->topLevelItemCount() > 0, cloudTimeoutMs);
        QTreeWidgetItem *oracle = nullptr;
        for (int row = 0; row < plans->topLevelItemCount(); ++row)
            if (plans->topLevelItem(row)->text(2) == u"Oracle"_s)
                oracle = plans->topLevelItem(row);
        QVERIFY(oracle);
        plans->setCurrentItem(oracle);
        QVERIFY(clickNextTo(wizard.get(), DbsRestoreWizard::RestorePointPageId));
        // No log backups: only full backup sets, the time choice is off.
        QVERIFY(!wizard->findChild<QRadioButton *>(u"restoreToTimeRadioButton"_s)->isEnabled());
        QVERIFY(clickNextTo(wizard.get(), DbsRestoreWizard::DestinationPageId));
        auto *type = wizard->findChild<QComboBox *>(u"destinationTypeComboBox"_s);
        QCOMPARE(type->currentData().toString(), u"Other"_s);
        auto *form = wizard->currentPage()->findChild<QFormLayout *>();
        auto *sid = wizard->findChild<QLineEdit *>(u"destinationOracleSidLineEdit"_s);
        auto *ip = wizard->findChild<QLineEdit *>(u"destinationIpLineEdit"_s);
        QVERIFY(form->isRowVisible(sid));
        QVERIFY(form->isRowVisible(ip));
        QVERIFY(!form->isRowVisible(wizard->findChild<QComboBox *>(u"destinationRegionComboBox"_s)));
        QTest::keyClicks(ip, u"10.0.0.99"_s);
        QTest::keyClicks(wizard->findChild<QLineEdit *>(u"destinationPortLineEdit"_s), u"1521"_s);
        QTest::keyClicks(wizard->findChild<QLineEdit *>(u"destinationUserLineEdit"_s), u"system"_s);
        QTest::keyClicks(wizard->findChild<QLineEdit *>(u"destinationPasswordLineEdit"_s), u"pw"_s);
        auto *problems = wizard->findChild<QLabel *>(u"destinationProblemLabel"_s);
        QVERIFY2(problems->text().contains(u"DestinationEndpointOracleSID"_s), qPrintable(problems->text()));
        QVERIFY(!nextButton(wizard.get())->isEnabled());
        QTest::keyClicks(sid, u"ORCL"_s);
        QTRY_VERIFY(nextButton(wizard.get())->isEnabled());
        QVERIFY(clickNextTo(wizard.get(), DbsRestoreWizard::ObjectsPageId));
        QTest::mouseClick(wizard->findChild<QPushButton *>(u"addRestoreObjectButton"_s), Qt::LeftButton);
        QVERIFY(clickNextTo(wizard.get(), DbsRestoreWizard::SummaryPageId));
        QVERIFY(wizard->findChild<QLabel *>(u"targetConfirmationPromptLabel"_s)->text().contains(u"address"_s));
        QVERIFY(wizard->findChild<QPlainTextEdit *>(u"requestPreviewPlainTextEdit"_s)
                    ->toPlainText()
                    .contains(u"DestinationEndpointOracleSID=ORCL"_s));
        auto *confirmation = wizard->findChild<QLineEdit *>(u"targetConfirmationLineEdit"_s);
        clickIndicator(wizard->findChild<QCheckBox *>(u"acknowledgeOverwriteCheckBox"_s));
        confirmation->setFocus();
        QTest::keyClicks(confirmation, u"10.0.0.99"_s);
        QTRY_VERIFY_WITH_TIMEOUT(finishButton(wizard.get())->isEnabled(), cloudTimeoutMs);
        wizard->reject();
    }
};

QTEST_MAIN(TestRestoreWizards)
#include "tst_restorewizards.moc"
