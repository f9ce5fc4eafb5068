#include "app/cloudsim/simstats.h"
#include "app/cloudsim/simulator.h"
#include "app/models/backuptablemodel.h"
#include "ui/app/applicationcontext.h"
#include "ui/backups/backupspane.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApplicationContext> m_context;
    std::unique_ptr<MainWindow> m_window;

    QTreeView *tree() const { return m_window->findChild<QTreeView *>(u"instanceTreeView"_s); }
    QTableView *table() const { return m_window->findChild<QTableView *>(u"backupTableView"_s); }

    // Clicks the first instance row of the first region, as a user would.
    void clickFirstInstance()
    {
        QTreeView *view = tree();
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() >= 2, 10000);
        const QModelIndex account = view->model()->index(0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount(account) > 0, 10000);
        const QModelIndex region = view->model()->index(0, 0, account);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount(region) > 0, 10000);
        view->expand(account);
        view->expand(region);
        const QModelIndex instance = view->model()->index(0, 0, region);
        view->scrollTo(instance);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(instance).center());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        ApplicationOptions options;
        options.demo = true;
        options.language = u"en"_s;
        m_context = std::make_unique<ApplicationContext>(options);
        QString error;
        QVERIFY2(m_context->start(error), qPrintable(error));
        m_window = std::make_unique<MainWindow>(*m_context);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_context.reset();
    }

    void browserShowsBothProvidersFromTheSimulator()
    {
        QTreeView *view = tree();
        QVERIFY(view);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, 10000);
        QVERIFY(view->model()->index(0, 0).data().toString().contains(u"Alibaba Cloud"_s));
        QVERIFY(view->model()->index(1, 0).data().toString().contains(u"Huawei Cloud"_s));
        const QModelIndex huawei = view->model()->index(1, 0);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount(huawei) == 4, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount(view->model()->index(0, 0, huawei)) > 0, 10000);
        const auto *stats = &m_context->simulator()->stats();
        // The Alibaba side asks DescribeRegions first: it may well finish after Huawei's.
        QTRY_VERIFY_WITH_TIMEOUT(stats->value(u"actions"_s, u"2014-08-15/DescribeDBInstances"_s) > 0, 10000);
    }

    void clickingAnInstanceLoadsItsBackupSets()
    {
        clickFirstInstance();
        QTableView *backups = table();
        QTRY_COMPARE_WITH_TIMEOUT(backups->model()->rowCount(), 36, 10000);
        QVERIFY(m_context->simulator()->stats().value(u"actions"_s, u"2014-08-15/DescribeBackups"_s) > 0);
        // Newest first, as sorted by start time.
        const QDateTime first = backups->model()->index(0, models::BackupTableModel::StartTimeColumn)
                                    .data(Qt::UserRole + 1).toDateTime();
        const QDateTime second = backups->model()->index(1, models::BackupTableModel::StartTimeColumn)
                                     .data(Qt::UserRole + 1).toDateTime();
        QVERIFY(first >= second);
    }

    void selectingARowShowsEveryField()
    {
        QTableView *backups = table();
        QTRY_VERIFY(backups->model()->rowCount() > 2);
        const QModelIndex row = backups->model()->index(2, models::BackupTableModel::StatusColumn);
        QTest::mouseClick(backups->viewport(), Qt::LeftButton, {}, backups->visualRect(row).center());
        const QString id = backups->model()->index(2, models::BackupTableModel::BackupIdColumn).data().toString();
        auto *title = m_window->findChild<QLabel *>(u"backupDetailsTitleLabel"_s);
        QTRY_COMPARE(title->text(), u"Backup set %1"_s.arg(id));
        QCOMPARE(m_window->backupsPane()->selectedBackup()->id, id);
    }

    void searchAndStatusFilterNarrowTheTable()
    {
        QTableView *backups = table();
        const int all = backups->model()->rowCount();
        auto *status = m_window->findChild<QComboBox *>(u"backupStatusComboBox"_s);
        QVERIFY(status);
        // The status list offers the provider's words; pick "Failed" with the keyboard.
        const int failedIndex = status->findData(u"Failed"_s);
        QVERIFY2(failedIndex > 0, "the demo data of the first instance has failed backup sets");
        status->setFocus();
        status->setCurrentIndex(failedIndex);
        QTRY_VERIFY(backups->model()->rowCount() < all);
        for (int r = 0; r < backups->model()->rowCount(); ++r)
            QCOMPARE(backups->model()->index(r, models::BackupTableModel::StatusColumn).data().toString(), u"Failed"_s);
        status->setCurrentIndex(0);
        QTRY_COMPARE(backups->model()->rowCount(), all);

        auto *search = m_window->findChild<QLineEdit *>(u"backupSearchLineEdit"_s);
        const QString id = backups->model()->index(5, models::BackupTableModel::BackupIdColumn).data().toString();
        search->setFocus();
        QTest::keyClicks(search, id);
        QTRY_COMPARE(backups->model()->rowCount(), 1);
        QCOMPARE(backups->model()->index(0, 0).data().toString(), id);
        search->clear();
        QTRY_COMPARE(backups->model()->rowCount(), all);
    }

    void ctrlFFocusesTheSearchBox()
    {
        m_window->activateWindow();
        table()->setFocus();
        QTest::keySequence(m_window.get(), QKeySequence::Find);
        QTRY_VERIFY(m_window->findChild<QLineEdit *>(u"backupSearchLineEdit"_s)->hasFocus());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
