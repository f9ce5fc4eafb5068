#include "ui/settings/accountscontroller.h"

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
    , m_launcher([](const QString &program, const QStringList &arguments) {
        return QProcess::startDetached(program, arguments);
    })
{
    m_centre.addWidget(m_welcomePage);
    m_addAccountAction->setObjectName(u"addAccountAction"_s);
    m_importAccountsAction->setObjectName(u"importAccountsAction"_s);
    connect(m_addAccountAction, &QAction::triggered, this, &AccountsController::openProfileDialog);
    connect(m_importAccountsAction, &QAction::triggered, this, &AccountsController::openImportDialog);
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
}

} // namespace rdsbm::ui
