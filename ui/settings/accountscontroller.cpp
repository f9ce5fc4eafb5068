#include "ui/settings/accountscontroller.h"

#include "app/accounts/profilestore.h"
#include "app/accounts/secretstore.h"
#include "app/i18n/languagemanager.h"
#include "ui/app/applicationcontext.h"
#include "ui/settings/profiledialog.h"
#include "ui/settings/profileimportdialog.h"
#include "ui/settings/welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QMainWindow>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::ui {

AccountsController::AccountsController(ApplicationContext &context, QMainWindow &window, QStackedWidget &centre)
    : QObject(&window)
    , m_context(context)
    , m_window(window)
    , m_centre(centre)
    , m_welcomePage(new WelcomePage(&centre))
    , m_addAccountAction(new QAction(this))
    , m_importAccountsAction(new QAction(this))
    , m_editAccountAction(new QAction(this))
    , m_removeAccountAction(new QAction(this))
    , m_launcher([](const QString &program, const QStringList &arguments) {
        return QProcess::startDetached(program, arguments);
    })
{
    m_centre.addWidget(m_welcomePage);
    m_addAccountAction->setObjectName(u"addAccountAction"_s);
    m_importAccountsAction->setObjectName(u"importAccountsAction"_s);
    connect(m_addAccountAction, &QAction::triggered, this, &AccountsController::openProfileDialog);
    connect(m_importAccountsAction, &QAction::triggered, this, &AccountsController::openImportDialog);
    m_editAccountAction->setObjectName(u"editAccountAction"_s);
    m_removeAccountAction->setObjectName(u"removeAccountAction"_s);
    // Demo accounts are the simulator's, not the user's: nothing to edit or remove.
    m_editAccountAction->setEnabled(!m_context.isDemo());
    m_removeAccountAction->setEnabled(!m_context.isDemo());
    connect(m_editAccountAction, &QAction::triggered, this, [this] {
        if (m_currentAccount)
            editAccount(m_currentAccount());
    });
    connect(m_removeAccountAction, &QAction::triggered, this, [this] {
        if (m_currentAccount)
            removeAccount(m_currentAccount());
    });
    connect(m_welcomePage, &WelcomePage::addAccountRequested, this, &AccountsController::openProfileDialog);
    connect(m_welcomePage, &WelcomePage::importRequested, this, &AccountsController::openImportDialog);
    connect(m_welcomePage, &WelcomePage::demoRequested, this, &AccountsController::startDemo);
    connect(&m_context, &ApplicationContext::accountsChanged, this, &AccountsController::onAccountsChanged);
    connect(&m_context.languages(), &i18n::LanguageManager::languageChanged, this, &AccountsController::retranslate);
    retranslate();
    updateCentre();
}

ProfileDialog *AccountsController::profileDialog() const
{
    return m_profileDialog;
}

ProfileImportDialog *AccountsController::importDialog() const
{
    return m_importDialog;
}

void AccountsController::openProfileDialog()
{
    if (m_profileDialog) {
        m_profileDialog->raise();
        m_profileDialog->activateWindow();
        return;
    }
    auto *dialog = new ProfileDialog(m_context, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfileDialog::profileSaved, this, [this](const QString &name) {
        m_window.statusBar()->showMessage(tr("The account %1 was added.").arg(name), 8000);
        m_context.reloadAccounts();
        updateCentre();
    });
    m_profileDialog = dialog;
    dialog->open();
}

void AccountsController::editAccount(const QString &name)
{
    const auto profile = m_context.profiles().profile(name);
    if (!profile) {
        m_window.statusBar()->showMessage(tr("Choose an account in the instance browser first."), 8000);
        return;
    }
    if (m_profileDialog) {
        m_profileDialog->raise();
        m_profileDialog->activateWindow();
        return;
    }
    m_context.secrets().readSecret(
        accounts::SecretStore::keyForProfile(name), this, [this, profile](const accounts::SecretResult &result) {
            // A missing or unreadable secret is typed again; the rest of the account is kept.
            const accounts::ProfileSecret secret
                = result.ok() ? accounts::ProfileSecret::fromStoredText(result.secret).value_or(accounts::ProfileSecret{})
                              : accounts::ProfileSecret{};
            auto *dialog = new ProfileDialog(m_context, &m_window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->editProfile(*profile, secret);
            connect(dialog, &ProfileDialog::profileSaved, this, [this](const QString &saved) {
                m_window.statusBar()->showMessage(tr("The account %1 was saved.").arg(saved), 8000);
                m_context.reloadAccounts();
            });
            m_profileDialog = dialog;
            dialog->open();
        });
}

void AccountsController::removeAccount(const QString &name)
{
    if (!m_context.profiles().contains(name)) {
        m_window.statusBar()->showMessage(tr("Choose an account in the instance browser first."), 8000);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Account"),
                                tr("Remove the account %1? Its secret is deleted from the system keychain. "
                                   "Its jobs and downloaded files stay.")
                                    .arg(name),
                                QMessageBox::Cancel, &m_window);
    box->setObjectName(u"removeAccountMessageBox"_s);
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"removeAccountButton"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, name, remove](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        m_context.profiles().remove(name);
        m_context.secrets().deleteSecret(accounts::SecretStore::keyForProfile(name), this,
                                         [this, name](const accounts::SecretResult &result) {
                                             m_window.statusBar()->showMessage(
                                                 result.ok() || result.status == accounts::SecretStatus::NotFound
                                                     ? tr("The account %1 was removed.").arg(name)
                                                     : tr("The account %1 was removed, but its secret could not be "
                                                          "deleted from the keychain: %2")
                                                           .arg(name, result.errorMessage),
                                                 10000);
                                         });
        m_context.reloadAccounts();
        updateCentre();
    });
    box->open();
}

void AccountsController::openImportDialog()
{
    if (m_importDialog) {
        m_importDialog->raise();
        m_importDialog->activateWindow();
        return;
    }
    auto *dialog = new ProfileImportDialog(m_context, &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfileImportDialog::profilesImported, this, [this](const QStringList &names) {
        m_window.statusBar()->showMessage(tr("Imported: %1.").arg(names.join(u", "_s)), 8000);
        m_context.reloadAccounts();
        updateCentre();
    });
    m_importDialog = dialog;
    dialog->open();
}

void AccountsController::startDemo()
{
    const QStringList arguments{u"--demo"_s, u"--lang"_s, m_context.languages().language()};
    if (!m_launcher(QCoreApplication::applicationFilePath(), arguments)) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Demo"),
                                    tr("The demo could not be started. Run %1 --demo instead.")
                                        .arg(QCoreApplication::applicationFilePath()),
                                    QMessageBox::Ok, &m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    m_window.close();
}

void AccountsController::onAccountsChanged()
{
    updateCentre();
    const QStringList &problems = m_context.accountProblems();
    if (!problems.isEmpty())
        m_window.statusBar()->showMessage(problems.join(u' '), 15000);
}

void AccountsController::updateCentre()
{
    QWidget *page = m_context.hasAccounts() ? m_centre.widget(0) : m_welcomePage;
    if (m_centre.currentWidget() != page)
        m_centre.setCurrentWidget(page);
}

void AccountsController::retranslate()
{
    m_addAccountAction->setText(tr("&Add Account…"));
    m_importAccountsAction->setText(tr("&Import Accounts from the CLI…"));
    m_editAccountAction->setText(tr("&Edit Account…"));
    m_removeAccountAction->setText(tr("&Remove Account…"));
}

} // namespace rdsbm::ui
