// The Language menu switches the whole window at run time, without a restart, and is remembered.
#include "app/i18n/languagemanager.h"
#include "ui/app/applicationcontext.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::ui;

namespace {

// The expected wording, read from the product's own translation for that language: the test
// checks that the widgets follow the switch, not the translators' word choices.
QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}

} // namespace

class TestLanguageSwitch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApplicationContext> m_context;
    std::unique_ptr<MainWindow> m_window;

    QMenu *languageMenu() const { return m_window->findChild<QMenu *>(u"languageMenu"_s); }

    // Opens the Language menu from the menu bar and clicks the language, as a user would.
    void chooseLanguage(const QString &language)
    {
        // The last switch's LanguageChange events are posted: let the menu bar lay out its new titles.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QMenuBar *bar = m_window->menuBar();
        QMenu *menu = languageMenu();
        QVERIFY(menu);
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menu->menuAction()).center());
        QTRY_VERIFY(menu->isVisible());
        QAction *action = m_window->findChild<QAction *>(u"languageAction_"_s + language);
        QVERIFY(action);
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
        QTRY_VERIFY(!menu->isVisible());
        QTRY_COMPARE(m_context->languages().language(), language);
        // Widgets retranslate when Qt delivers the posted LanguageChange events.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }

    QString backupHeader(int section) const
    {
        auto *view = m_window->findChild<QTableView *>(u"backupTableView"_s);
        return view ? view->model()->headerData(section, Qt::Horizontal).toString() : QString();
    }

    QString menuTitles() const
    {
        QStringList titles;
        for (QAction *action : m_window->menuBar()->actions())
            titles.append(action->text());
        return titles.join(u'|');
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

    void everyLanguageRetranslatesMenusDocksAndHeaders_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Japanese") << u"ja"_s;
        QTest::newRow("Simplified Chinese") << u"zh_CN"_s;
        QTest::newRow("Traditional Chinese") << u"zh_TW"_s;
    }

    void everyLanguageRetranslatesMenusDocksAndHeaders()
    {
        QFETCH(QString, language);
        chooseLanguage(u"en"_s);
        const QString englishMenus = menuTitles();
        const QString englishHeader = backupHeader(0);
        QCOMPARE(englishHeader, u"Backup set ID"_s);
        auto *jobsDock = m_window->findChild<QDockWidget *>(u"jobsDock"_s);
        QVERIFY(jobsDock);
        QCOMPARE(jobsDock->windowTitle(), u"Jobs"_s);

        chooseLanguage(language);
        const QString header = translated("rdsbm::models::BackupTableModel", "Backup set ID");
        QVERIFY2(header != u"Backup set ID"_s, "the language has no translation of the header");
        QCOMPARE(backupHeader(0), header);
        QTRY_COMPARE(jobsDock->windowTitle(), translated("rdsbm::ui::JobsDock", "Jobs"));
        QTRY_COMPARE(languageMenu()->title(), translated("rdsbm::ui::MainWindow", "&Language"));
        QVERIFY(menuTitles() != englishMenus);
        // The menu shows which language is in use.
        QVERIFY(m_window->findChild<QAction *>(u"languageAction_"_s + language)->isChecked());
        QCOMPARE(QSettings().value(u"ui/language"_s).toString(), language);

        chooseLanguage(u"en"_s);
        QCOMPARE(backupHeader(0), englishHeader);
        QTRY_COMPARE(menuTitles(), englishMenus);
        QTRY_COMPARE(jobsDock->windowTitle(), u"Jobs"_s);
    }

    void theChoiceIsRememberedForTheNextStart()
    {
        chooseLanguage(u"zh_TW"_s);
        m_window.reset();
        m_context.reset();

        ApplicationOptions options;  // no --lang: the remembered choice wins over the system's
        options.demo = true;
        ApplicationContext restarted(options);
        QString error;
        QVERIFY2(restarted.start(error), qPrintable(error));
        QCOMPARE(restarted.languages().language(), u"zh_TW"_s);
        QVERIFY(translated("rdsbm::ui::JobsDock", "Jobs") != u"Jobs"_s);
    }
};

QTEST_MAIN(TestLanguageSwitch)
#include "tst_languageswitch.moc"
