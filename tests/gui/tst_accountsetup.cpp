#include "app/accounts/inmemorysecretstore.h"
#include "app/accounts/profilesecret.h"
#include "app/accounts/profilestore.h"
#include "app/catalog/instancecatalog.h"
#include "app/cloudsim/simstats.h"
#include "app/cloudsim/simulator.h"
#include "ui/app/applicationcontext.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/settings/accountscontroller.h"
#include "ui/settings/profiledialog.h"
#include "ui/settings/profileimportdialog.h"
#include "ui/settings/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QMenu>
#include <QMessageBox>
#include <QTimer>
#include <QContextMenuEvent>
#include <QDialogButtonBox>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::ui;

// Qt turns mnemonics off on macOS; the test checks ours everywhere.
extern Q_GUI_EXPORT void qt_set_sequence_auto_mnemonic(bool enable);

namespace {

constexpr int callTimeoutMs = 20000;

} // namespace

class TestAccountSetup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_stateDir;
    std::unique_ptr<cloudsim::CloudSimulator> m_simulator;
    std::shared_ptr<accounts::InMemorySecretStore> m_secrets;
    std::unique_ptr<ApplicationContext> m_context;
    std::unique_ptr<MainWindow> m_window;

    AccountsController *controller() const { return m_window->findChild<AccountsController *>(); }
    QStackedWidget *centre() const { return m_window->findChild<QStackedWidget *>(u"centreStackedWidget"_s); }
    QString endpoint() const { return m_simulator->baseUrl().toString(); }

    ProfileDialog *openProfileDialog()
    {
        controller()->addAccountAction()->trigger();
        ProfileDialog *dialog = nullptr;
        [&] { QTRY_VERIFY((dialog = controller()->profileDialog()) && dialog->isVisible()); }();
        if (dialog) {
            dialog->activateWindow();
            [&] { QVERIFY(QTest::qWaitForWindowActive(dialog)); }();
        }
        return dialog;
    }

    template <typename T>
    T *field(QWidget *dialog, const char *name) const
    {
        return dialog->findChild<T *>(QString::fromLatin1(name));
    }

    // Whether `widget` (or, for an editable combo box, its line edit) has the keyboard focus.
    static bool hasFocus(QWidget *widget)
    {
        QWidget *focus = QApplication::focusWidget();
        return focus && (focus == widget || widget->isAncestorOf(focus));
    }

    static void typeInto(QWidget *focused, const QString &text)
    {
        QTest::keyClick(focused, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(focused, text);
    }

    QString settingsFileText() const
    {
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

    // Right-click an account in the browser, choose from the menu that opens: as a user does.
    void chooseFromAccountMenu(const QString &account, const char *actionName)
    {
        auto *tree = m_window->findChild<QTreeView *>(u"instanceTreeView"_s);
        QModelIndex row;
        for (int i = 0; i < tree->model()->rowCount(); ++i)
            if (tree->model()->index(i, 0).data().toString().contains(account))
                row = tree->model()->index(i, 0);
        QVERIFY2(row.isValid(), qPrintable(account));
        const QPoint at = tree->visualRect(row).center();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(tree->currentIndex().siblingAtColumn(0), row);
        QAction *wanted = m_window->findChild<QAction *>(QString::fromLatin1(actionName));
        QVERIFY(wanted);
        bool chosen = false;
        // The menu runs its own event loop; the click happens inside it.
        QTimer::singleShot(0, this, [&chosen, wanted] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(wanted).center());
            chosen = true;
        });
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, tree->viewport()->mapToGlobal(at));
        QApplication::sendEvent(tree->viewport(), &event);
        QVERIFY(chosen);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().clear();
        QApplication::setQuitOnLastWindowClosed(false);
        qt_set_sequence_auto_mnemonic(true);
        // No account may come from the environment of whoever runs the test.
        for (const char *name : {"ALIBABA_CLOUD_ACCESS_KEY_ID", "ALIBABA_CLOUD_ACCESS_KEY_SECRET",
                                 "ALIBABA_CLOUD_SECURITY_TOKEN", "HUAWEICLOUD_SDK_AK", "HUAWEICLOUD_SDK_SK"})
            qunsetenv(name);

        m_simulator = std::make_unique<cloudsim::CloudSimulator>(cloudsim::SimulatorConfig{});
        QVERIFY(m_simulator->start());
        m_secrets = std::make_shared<accounts::InMemorySecretStore>();
        ApplicationOptions options;
        options.language = u"en"_s;
        options.stateDirectory = m_stateDir.path();
        options.secretStore = m_secrets;
        // As --endpoint would: profiles imported without an endpoint must not reach the real clouds.
        options.alibabaEndpoint = m_simulator->baseUrl();
        options.huaweiEndpoint = m_simulator->baseUrl();
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
        m_simulator.reset();
    }

    void firstRunShowsTheWelcomePage()
    {
        QVERIFY(!m_context->hasAccounts());
        QVERIFY(controller());
        QCOMPARE(centre()->currentWidget(), controller()->welcomePage());
        auto *welcome = controller()->welcomePage();
        for (const char *name : {"tryDemoButton", "addAccountButton", "importAccountsButton"}) {
            auto *button = field<QPushButton>(welcome, name);
            QVERIFY2(button && button->isVisible() && button->isEnabled(), name);
        }
    }

    void tryTheDemoStartsTheDemoAndClosesThisWindow()
    {
        QString launchedProgram;
        QStringList launchedArguments;
        controller()->setLauncher([&](const QString &program, const QStringList &arguments) {
            launchedProgram = program;
            launchedArguments = arguments;
            return true;
        });
        QTest::mouseClick(field<QPushButton>(controller()->welcomePage(), "tryDemoButton"), Qt::LeftButton);
        QCOMPARE(launchedProgram, QCoreApplication::applicationFilePath());
        QCOMPARE(launchedArguments, (QStringList{u"--demo"_s, u"--lang"_s, u"en"_s}));
        QTRY_VERIFY(!m_window->isVisible());

        // This test goes on with the same window.
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void addAnAccountOpensTheProfileDialog()
    {
        QTest::mouseClick(field<QPushButton>(controller()->welcomePage(), "addAccountButton"), Qt::LeftButton);
        QTRY_VERIFY(controller()->profileDialog() && controller()->profileDialog()->isVisible());
        QVERIFY(controller()->profileDialog()->isModal());
        controller()->profileDialog()->reject();
        QTRY_VERIFY(!controller()->profileDialog());
    }

    void profileDialogWorksWithTheKeyboardAlone()
    {
        ProfileDialog *dialog = openProfileDialog();
        QVERIFY(dialog);
        auto *name = field<QLineEdit>(dialog, "profileNameLineEdit");
        auto *provider = field<QComboBox>(dialog, "providerComboBox");
        auto *region = field<QComboBox>(dialog, "defaultRegionComboBox");
        auto *otherRegions = field<QLineEdit>(dialog, "otherRegionsLineEdit");
        auto *keyId = field<QLineEdit>(dialog, "accessKeyIdLineEdit");
        auto *secret = field<QLineEdit>(dialog, "accessKeySecretLineEdit");
        auto *token = field<QLineEdit>(dialog, "securityTokenLineEdit");
        auto *endpointEdit = field<QLineEdit>(dialog, "endpointLineEdit");
        auto *signature = field<QComboBox>(dialog, "signatureVersionComboBox");
        auto *test = field<QPushButton>(dialog, "testConnectionButton");
        auto *result = field<QLabel>(dialog, "connectionResultLabel");

        // Every field has a name a screen reader can say, and the secret is never shown.
        const QList<std::pair<QWidget *, QString>> names = {
            {name, u"Name"_s},          {provider, u"Provider"_s},         {region, u"Default region"_s},
            {otherRegions, u"Other regions"_s}, {keyId, u"AccessKey ID"_s}, {secret, u"AccessKey secret"_s},
            {token, u"Security token"_s}, {endpointEdit, u"Endpoint"_s},   {signature, u"Signature"_s},
        };
        for (const auto &[widget, accessibleName] : names)
            QCOMPARE(widget->accessibleName(), accessibleName);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QCOMPARE(token->echoMode(), QLineEdit::Password);

        // The tab order follows the form, top to bottom; typing fills each field.
        QTRY_VERIFY(hasFocus(name));
        QTest::keyClicks(QApplication::focusWidget(), u"sim-alibaba"_s);
        const QList<std::pair<QWidget *, QString>> chain = {
            {provider, {}},
            {region, {}},
            {otherRegions, {}},
            {keyId, u"demo-access-key-id"_s},
            {secret, u"a-wrong-secret"_s},
            {token, {}},
            {endpointEdit, endpoint()},
            {signature, {}},
            {test, {}},
        };
        for (const auto &[widget, text] : chain) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QVERIFY2(hasFocus(widget), qPrintable(widget->objectName()));
            if (!text.isEmpty())
                QTest::keyClicks(QApplication::focusWidget(), text);
        }
        QCOMPARE(provider->currentText(), u"Alibaba Cloud (RDS and DBS)"_s);
        QCOMPARE(region->currentText(), u"cn-hangzhou"_s);

        // Space on the focused button tests the connection: the wrong secret comes back with the
        // provider's code and request id, and nothing typed is lost.
        const qint64 regionsBefore = m_simulator->stats().value(u"actions"_s, u"2014-08-15/DescribeRegions"_s);
        QTest::keyClick(test, Qt::Key_Space);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"Error code: SignatureDoesNotMatch"_s), callTimeoutMs);
        QVERIFY(result->text().contains(u"Request ID: "_s));
        QVERIFY(result->text().startsWith(u"The connection failed: "_s));
        QVERIFY(m_simulator->stats().value(u"actions"_s, u"2014-08-15/DescribeRegions"_s) >= regionsBefore);
        QCOMPARE(name->text(), u"sim-alibaba"_s);
        QCOMPARE(secret->text(), u"a-wrong-secret"_s);
        QCOMPARE(endpointEdit->text(), endpoint());

        // Alt+E (the secret's mnemonic) jumps back to the secret; Alt+T tests again.
        QTest::keyClick(dialog, Qt::Key_E, Qt::AltModifier);
        QTRY_VERIFY(hasFocus(secret));
        typeInto(secret, u"demo-access-key-secret"_s);
        QTest::keyClick(dialog, Qt::Key_T, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"Connected. The account can use"_s), callTimeoutMs);
        QVERIFY(result->text().contains(u"Request ID: "_s));

        // Enter saves: the secret into the keychain, the profile (without it) into the settings.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(!controller()->profileDialog());
        const QString key = accounts::SecretStore::keyForProfile(u"sim-alibaba"_s);
        QVERIFY(m_secrets->contains(key));
        QCOMPARE(accounts::ProfileSecret::fromStoredText(m_secrets->secret(key))->accessKeySecret,
                 u"demo-access-key-secret"_s);
        const auto saved = m_context->profiles().profile(u"sim-alibaba"_s);
        QVERIFY(saved);
        QCOMPARE(saved->accessKeyId, u"demo-access-key-id"_s);
        QCOMPARE(saved->endpoint, m_simulator->baseUrl());
        QCOMPARE(saved->defaultRegion, u"cn-hangzhou"_s);

        const QString settingsText = settingsFileText();
        QVERIFY2(settingsText.contains(u"sim-alibaba"_s), qPrintable(settingsText));
        QVERIFY(settingsText.contains(u"demo-access-key-id"_s));
        QVERIFY2(!settingsText.contains(u"demo-access-key-secret"_s), "the secret reached the settings file");
        QVERIFY(!settingsText.contains(u"a-wrong-secret"_s));
    }

    void theSavedAccountIsBrowsedAtOnce()
    {
        QTRY_VERIFY(m_context->hasAccounts());
        QTRY_COMPARE(centre()->currentIndex(), 0);
        QTRY_COMPARE(m_context->instances().accounts().size(), 1);
        QCOMPARE(m_context->instances().accounts().first().profileName, u"sim-alibaba"_s);
        auto *tree = m_window->findChild<QTreeView *>(u"instanceTreeView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount() == 1, callTimeoutMs);
        const QModelIndex account = tree->model()->index(0, 0);
        QTRY_VERIFY_WITH_TIMEOUT(tree->model()->rowCount(account) > 0, callTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_simulator->stats().value(u"actions"_s, u"2014-08-15/DescribeDBInstances"_s) > 0, callTimeoutMs);
    }

    void huaweiTestConnectionShowsTheGatewayCode()
    {
        ProfileDialog *dialog = openProfileDialog();
        QVERIFY(dialog);
        auto *provider = field<QComboBox>(dialog, "providerComboBox");
        auto *region = field<QComboBox>(dialog, "defaultRegionComboBox");
        auto *keyId = field<QLineEdit>(dialog, "accessKeyIdLineEdit");
        auto *secret = field<QLineEdit>(dialog, "accessKeySecretLineEdit");
        auto *signature = field<QComboBox>(dialog, "signatureVersionComboBox");
        auto *result = field<QLabel>(dialog, "connectionResultLabel");

        QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
        QTRY_VERIFY(hasFocus(provider));
        QTest::keyClick(provider, Qt::Key_Down);
        QCOMPARE(provider->currentText(), u"Huawei Cloud (RDS)"_s);
        // Huawei's own words and regions; no signature choice.
        QCOMPARE(region->currentText(), u"cn-north-4"_s);
        QCOMPARE(secret->accessibleName(), u"Secret key (SK)"_s);
        QVERIFY(!signature->isVisible());

        typeInto(field<QLineEdit>(dialog, "profileNameLineEdit"), u"sim-huawei"_s);
        typeInto(keyId, u"demo-ak"_s);
        typeInto(secret, u"not-the-sk"_s);
        typeInto(field<QLineEdit>(dialog, "endpointLineEdit"), endpoint());
        QTest::keyClick(dialog, Qt::Key_T, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().contains(u"Error code: APIGW.0301"_s), callTimeoutMs);
        QVERIFY(result->text().contains(u"HTTP 401"_s));

        typeInto(secret, u"demo-sk"_s);
        QTest::keyClick(dialog, Qt::Key_T, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(u"Connected."_s), callTimeoutMs);
        QVERIFY(result->text().contains(u"0123456789abcdef0123456789abcdef"_s));

        // A name already taken is refused before anything is written, and named.
        typeInto(field<QLineEdit>(dialog, "profileNameLineEdit"), u"sim-alibaba"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        auto *problem = field<QLabel>(dialog, "profileProblemLabel");
        QTRY_VERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(u"sim-alibaba"_s));
        QVERIFY(hasFocus(field<QLineEdit>(dialog, "profileNameLineEdit")));
        QVERIFY(!m_secrets->contains(accounts::SecretStore::keyForProfile(u"sim-huawei"_s)));

        // Escape closes without saving.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(!controller()->profileDialog());
        QVERIFY(!m_context->profiles().contains(u"sim-huawei"_s));
    }

    void aKeychainFailureKeepsTheDialogAndWritesNothing()
    {
        ProfileDialog *dialog = openProfileDialog();
        QVERIFY(dialog);
        typeInto(field<QLineEdit>(dialog, "profileNameLineEdit"), u"no-keychain"_s);
        typeInto(field<QLineEdit>(dialog, "accessKeyIdLineEdit"), u"demo-access-key-id"_s);
        typeInto(field<QLineEdit>(dialog, "accessKeySecretLineEdit"), u"demo-access-key-secret"_s);
        m_secrets->setFailure(accounts::SecretStatus::Unavailable);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        auto *problem = field<QLabel>(dialog, "profileProblemLabel");
        QTRY_VERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(u"keychain"_s));
        QVERIFY(dialog->isVisible());
        QCOMPARE(field<QLineEdit>(dialog, "accessKeySecretLineEdit")->text(), u"demo-access-key-secret"_s);
        QVERIFY(!m_context->profiles().contains(u"no-keychain"_s));
        m_secrets->setFailure(accounts::SecretStatus::Ok);
        dialog->reject();
        QTRY_VERIFY(!controller()->profileDialog());
    }

    void importFromTheAliyunCli()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"config.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"current": "imported-ak", "profiles": [
            {"name": "imported-ak", "mode": "AK", "access_key_id": "demo-access-key-id",
             "access_key_secret": "demo-access-key-secret", "region_id": "cn-shanghai"},
            {"name": "role", "mode": "RamRoleArn", "access_key_id": "x", "access_key_secret": "y",
             "ram_role_arn": "acs:ram::1:role/r", "region_id": "cn-hangzhou"}]})");
        file.close();

        controller()->importAccountsAction()->trigger();
        ProfileImportDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = controller()->importDialog()) && dialog->isVisible());
        dialog->readFile(ProfileImportDialog::Source::AliyunCli, path);
        QTreeWidget *preview = dialog->previewTree();
        QCOMPARE(preview->topLevelItemCount(), 2);
        QCOMPARE(preview->topLevelItem(0)->text(0), u"imported-ak"_s);
        QCOMPARE(preview->topLevelItem(0)->checkState(0), Qt::Checked);
        QCOMPARE(preview->topLevelItem(1)->text(0), u"role"_s);
        QVERIFY(!(preview->topLevelItem(1)->flags() & Qt::ItemIsEnabled));
        QVERIFY(preview->topLevelItem(1)->text(5).contains(u"RamRoleArn"_s));

        auto *importButton = field<QPushButton>(dialog, "importProfilesButton");
        QVERIFY(importButton->isEnabled());
        QTest::mouseClick(importButton, Qt::LeftButton);
        QTRY_VERIFY(!controller()->importDialog());
        QVERIFY(m_context->profiles().contains(u"imported-ak"_s));
        QVERIFY(!m_context->profiles().contains(u"role"_s));
        QVERIFY(m_secrets->contains(accounts::SecretStore::keyForProfile(u"imported-ak"_s)));
        QVERIFY(!settingsFileText().contains(u"demo-access-key-secret"_s));
        QTRY_COMPARE(m_context->instances().accounts().size(), 2);
    }
    void editAnAccountFromTheBrowser()
    {
        QTRY_COMPARE(m_context->instances().accounts().size(), 2);
        chooseFromAccountMenu(u"imported-ak"_s, "editAccountAction");
        QVERIFY(!QTest::currentTestFailed());
        ProfileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = controller()->profileDialog()) && dialog->isVisible());
        QCOMPARE(dialog->windowTitle(), u"Edit Account"_s);
        auto *name = field<QLineEdit>(dialog, "profileNameLineEdit");
        QCOMPARE(name->text(), u"imported-ak"_s);
        QVERIFY(name->isReadOnly());
        // The secret comes back from the keychain, so saving needs nothing typed again.
        QCOMPARE(field<QLineEdit>(dialog, "accessKeySecretLineEdit")->text(), u"demo-access-key-secret"_s);
        auto *otherRegions = field<QLineEdit>(dialog, "otherRegionsLineEdit");
        otherRegions->setFocus();
        typeInto(otherRegions, u"cn-beijing"_s);
        auto *buttons = field<QDialogButtonBox>(dialog, "profileButtonBox");
        QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
        QTRY_VERIFY(!controller()->profileDialog());
        QCOMPARE(m_context->profiles().profile(u"imported-ak"_s)->extraRegions, QStringList{u"cn-beijing"_s});
        QVERIFY(m_secrets->contains(accounts::SecretStore::keyForProfile(u"imported-ak"_s)));
        QVERIFY(!settingsFileText().contains(u"demo-access-key-secret"_s));
    }

    void removeAnAccountAsksFirst()
    {
        // The edit reloaded the accounts: the browser lists them again first.
        QTRY_COMPARE(m_context->instances().accounts().size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!m_context->instances().isLoading(), callTimeoutMs);
        chooseFromAccountMenu(u"imported-ak"_s, "removeAccountAction");
        QVERIFY(!QTest::currentTestFailed());
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"removeAccountMessageBox"_s)) && box->isVisible());
        QVERIFY(box->text().contains(u"imported-ak"_s));
        // Cancel is the default: Enter keeps the account.
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY(!m_window->findChild<QMessageBox *>(u"removeAccountMessageBox"_s));
        QVERIFY(m_context->profiles().contains(u"imported-ak"_s));

        chooseFromAccountMenu(u"imported-ak"_s, "removeAccountAction");
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"removeAccountMessageBox"_s)) && box->isVisible());
        QTest::mouseClick(box->findChild<QPushButton *>(u"removeAccountButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_context->profiles().contains(u"imported-ak"_s));
        QTRY_VERIFY(!m_secrets->contains(accounts::SecretStore::keyForProfile(u"imported-ak"_s)));
        QTRY_COMPARE(m_context->instances().accounts().size(), 1);
        QVERIFY(m_context->profiles().contains(u"sim-alibaba"_s));
    }
};

QTEST_MAIN(TestAccountSetup)
#include "tst_accountsetup.moc"
