#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QAction;
class QMainWindow;
class QStackedWidget;

namespace rdsbm::ui {

class ApplicationContext;
class ProfileDialog;
class ProfileImportDialog;
class WelcomePage;

// First run and accounts: shows the welcome page in the centre while there is no account,
// opens the profile and import dialogs (File menu and welcome page), hands new profiles to the
// catalog, and starts the demo.
//
// "Try the demo" starts a new process with --demo and closes this one instead of switching in
// place: demo mode has its own state directory (its jobs and downloads never mix with real
// ones), its own accounts and the embedded simulator, and every model, dock and window holds
// references into the context built for one mode. A fresh process gives exactly the demo
// that `rds-backup-manager --demo` gives, and this one quits cleanly (nothing of the user's
// is running, since there is no account yet).
class AccountsController : public QObject
{
    Q_OBJECT

public:
    using Launcher = std::function<bool(const QString &program, const QStringList &arguments)>;

    AccountsController(ApplicationContext &context, QMainWindow &window, QStackedWidget &centre);

    WelcomePage *welcomePage() const { return m_welcomePage; }
    QAction *addAccountAction() const { return m_addAccountAction; }
    QAction *importAccountsAction() const { return m_importAccountsAction; }
    QAction *editAccountAction() const { return m_editAccountAction; }
    QAction *removeAccountAction() const { return m_removeAccountAction; }
    // Which account Edit and Remove act on (the instance browser's current row).
    void setCurrentAccountSource(std::function<QString()> source) { m_currentAccount = std::move(source); }
    ProfileDialog *profileDialog() const;
    ProfileImportDialog *importDialog() const;

    // How the demo process is started; QProcess::startDetached unless replaced.
    void setLauncher(Launcher launcher) { m_launcher = std::move(launcher); }

    void openProfileDialog();
    void openImportDialog();
    void startDemo();
    // Reads the secret from the keychain, then opens the profile dialog on the saved account.
    void editAccount(const QString &name);
    // Asks first; removes the profile and its keychain entry (its jobs and downloads stay).
    void removeAccount(const QString &name);

private:
    void updateCentre();
    void onAccountsChanged();
    void retranslate();

    ApplicationContext &m_context;
    QMainWindow &m_window;
    QStackedWidget &m_centre;
    WelcomePage *m_welcomePage;
    QAction *m_addAccountAction;
    QAction *m_importAccountsAction;
    QAction *m_editAccountAction;
    QAction *m_removeAccountAction;
    std::function<QString()> m_currentAccount;
    QPointer<ProfileDialog> m_profileDialog;
    QPointer<ProfileImportDialog> m_importDialog;
    Launcher m_launcher;
};

} // namespace rdsbm::ui
