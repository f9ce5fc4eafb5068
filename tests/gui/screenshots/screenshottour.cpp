// rdsbm-screenshot-tour: not a test. Walks the main window, the create-backup dialog and every
// page of the three restore wizards in demo mode, in each language (and a dark palette), and saves
// a PNG of each for a person to look at: clipped text, empty space, untranslated words.
//
//   rdsbm-screenshot-tour OUTPUT_DIR [en zh_CN zh_TW ja en-dark]
//
// QT_SCALE_FACTOR=2 gives the 200% pictures; the `screenshots` target takes both sets.
#include "app/catalog/instancecatalog.h"
#include "app/i18n/languagemanager.h"
#include "tests/gui/guidriver.h"
#include "ui/app/applicationcontext.h"
#include "ui/backups/createbackupdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/restore/dbsrestorewizard.h"
#include "ui/restore/ddrrestorewizard.h"
#include "ui/restore/huaweirestorewizard.h"
#include "ui/restore/instancepicker.h"
#include "ui/restore/restoreobjectseditor.h"
#include "ui/restore/tablemetaeditor.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QLayout>
#include <QLineEdit>
#include <QPalette>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTreeWidget>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::ui;
using namespace rdsbm::guidriver;

namespace {

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
    dark.setColor(QPalette::Text, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ButtonText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::ToolTipBase, QColor(0x3a, 0x3a, 0x3a));
    dark.setColor(QPalette::ToolTipText, QColor(0xe8, 0xe8, 0xe8));
    dark.setColor(QPalette::Highlight, QColor(0x2d, 0x6c, 0xb5));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return dark;
}

class Tour
{
public:
    Tour(ApplicationContext &context, QDir output) : m_context(context), m_output(std::move(output)) {}

    bool run(const QString &variant)
    {
        m_variant = variant;
        m_context.languages().setLanguage(variant.section(u'-', 0, 0));
        QApplication::setPalette(variant.endsWith(u"-dark"_s) ? darkPalette() : m_lightPalette);
        if (!QTest::qWaitFor([this] { return alibabaSource() && huaweiMySql(); }, cloudTimeoutMs))
            return fail("the demo instances did not load");
        return mainWindow() && createBackupDialog() && crossRegionWizard() && huaweiWizard() && dbsWizard();
    }

private:
    ApplicationContext &m_context;
    QDir m_output;
    QString m_variant;
    QPalette m_lightPalette = QApplication::palette();

    bool fail(const char *what) const
    {
        std::fprintf(stderr, "screenshot tour (%s): %s\n", qPrintable(m_variant), what);
        return false;
    }

    bool save(QWidget *widget, const QString &name) const
    {
        if (QLayout *layout = widget->layout())
            layout->activate();
        QCoreApplication::processEvents();
        const QString path = m_output.filePath(u"%1-%2.png"_s.arg(m_variant, name));
        if (!widget->grab().save(path))
            return fail("cannot write a PNG");
        std::printf("%s\n", qPrintable(QDir::toNativeSeparators(path)));
        return true;
    }

    QList<DbInstance> instancesOf(const QString &profile, const QString &region) const
    {
        for (const catalog::RegionInstances &entry : m_context.instances().regions())
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

    std::optional<DbInstance> alibabaSource() const
    {
        return findInstance(u"demo-alibaba"_s, u"cn-hangzhou"_s, [](const DbInstance &instance) {
            return instance.engine == u"MySQL"_s && instance.engineVersion == u"8.0"_s
                && instance.instanceType == u"Primary"_s;
        });
    }

    std::optional<DbInstance> huaweiMySql() const
    {
        std::optional<DbInstance> smallest;
        for (const DbInstance &instance : instancesOf(u"demo-huawei"_s, u"cn-north-4"_s))
            if (instance.engine == u"MySQL"_s && instance.status == u"ACTIVE"_s
                && (!smallest || instance.storageGb < smallest->storageGb))
                smallest = instance;
        return smallest;
    }

    template <typename Wizard>
    std::unique_ptr<Wizard> openWizard(const DbInstance &source)
    {
        auto wizard = std::make_unique<Wizard>(m_context, source);
        wizard->show();
        if (!QTest::qWaitForWindowExposed(wizard.get()))
            return nullptr;
        return wizard;
    }

    bool mainWindow()
    {
        MainWindow window(m_context);
        window.resize(1400, 860);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return fail("the main window did not show");
        auto *tree = window.findChild<QTreeView *>(u"instanceTreeView"_s);
        auto *model = tree->model();
        if (!QTest::qWaitFor([model] { return model->rowCount() >= 2; }, cloudTimeoutMs))
            return fail("no accounts in the instance browser");
        const QModelIndex account = model->index(0, 0);
        if (!QTest::qWaitFor([&] { return model->rowCount(account) > 0; }, cloudTimeoutMs))
            return fail("no regions");
        const QModelIndex region = model->index(0, 0, account);
        if (!QTest::qWaitFor([&] { return model->rowCount(region) > 0; }, cloudTimeoutMs))
            return fail("no instances");
        tree->expand(account);
        tree->expand(region);
        const QModelIndex instance = model->index(0, 0, region);
        tree->scrollTo(instance);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(instance).center());
        auto *table = window.findChild<QTableView *>(u"backupTableView"_s);
        if (!QTest::qWaitFor([table] { return table->model()->rowCount() > 3; }, cloudTimeoutMs))
            return fail("no backups in the table");
        const QModelIndex second = table->model()->index(1, 0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(second).center());
        QTest::qWait(300);
        return save(&window, u"main-window"_s);
    }

    bool createBackupDialog()
    {
        const auto sqlServer = findInstance(u"demo-alibaba"_s, u"cn-hangzhou"_s, [](const DbInstance &instance) {
            return instance.engine == u"SQLServer"_s;
        });
        if (!sqlServer)
            return fail("no SQL Server instance in cn-hangzhou");
        CreateBackupDialog dialog(m_context, *sqlServer);
        dialog.open();
        if (!QTest::qWaitForWindowExposed(&dialog)
            || !QTest::qWaitFor([&dialog] { return dialog.conditionsChecked(); }, cloudTimeoutMs))
            return fail("the create-backup dialog did not check its conditions");
        auto *type = dialog.findChild<QComboBox *>(u"backupTypeComboBox"_s);
        type->setCurrentIndex(type->findData(u"FullBackup"_s));
        return save(&dialog, u"create-backup"_s);
    }

    bool crossRegionWizard()
    {
        const auto source = alibabaSource();
        if (!source)
            return fail("no MySQL 8.0 primary in cn-hangzhou");
        auto wizard = openWizard<DdrRestoreWizard>(*source);
        if (!wizard || !save(wizard.get(), u"ddr-1-source"_s)
            || !clickNextTo(wizard.get(), DdrRestoreWizard::BackupSetPageId)
            || !save(wizard.get(), u"ddr-2-backup-set"_s)
            || !clickNextTo(wizard.get(), DdrRestoreWizard::TargetPageId))
            return fail("the cross-region wizard stopped before its target page");
        auto *targets = wizard->findChild<InstancePicker *>(u"targetInstancePicker"_s);
        if (!QTest::qWaitFor([targets] { return !targets->candidates().isEmpty(); }, cloudTimeoutMs))
            return fail("no target candidates");
        for (const InstanceCandidate &candidate : targets->candidates())
            if (candidate.exclusionReason.isEmpty())
                targets->selectInstance(candidate.instance.id);
        if (!save(wizard.get(), u"ddr-3-target"_s) || !clickNextTo(wizard.get(), DdrRestoreWizard::TablesPageId))
            return fail("the cross-region wizard stopped at its target page");
        auto *editor = wizard->findChild<TableMetaEditor *>(u"tableMetaEditor"_s);
        editor->addDatabase();
        editor->addRow(u"orders"_s, u"orders_restored"_s, u"users"_s, u"users_backup"_s);
        editor->addRow(u"nosuchdb"_s, u"x"_s);
        if (!save(wizard.get(), u"ddr-4-tables-with-problems"_s))
            return false;
        // Back to the database the wizard proposed, which is valid as it stands.
        editor->tableWidget()->setCurrentCell(2, 0);
        editor->removeCurrentRow();
        editor->tableWidget()->setCurrentCell(1, 0);
        editor->removeCurrentRow();
        if (!clickNextTo(wizard.get(), DdrRestoreWizard::SummaryPageId))
            return fail("the cross-region wizard stopped at its tables page");
        QTest::qWait(1000);
        QTest::keyClicks(wizard->findChild<QLineEdit *>(u"targetConfirmationLineEdit"_s), u"rm-"_s);
        if (!save(wizard.get(), u"ddr-5-summary"_s))
            return false;
        wizard->reject();

        auto byTime = openWizard<DdrRestoreWizard>(*source);
        clickIndicator(byTime->findChild<QRadioButton *>(u"restoreByTimeRadioButton"_s));
        if (!clickNextTo(byTime.get(), DdrRestoreWizard::PointInTimePageId))
            return fail("no point-in-time page");
        auto *time = byTime->findChild<QDateTimeEdit *>(u"restoreTimeDateTimeEdit"_s);
        if (!QTest::qWaitFor([time] { return time->isEnabled(); }, cloudTimeoutMs))
            return fail("the restorable time range did not load");
        return save(byTime.get(), u"ddr-2b-point-in-time"_s);
    }

    bool huaweiWizard()
    {
        const auto source = huaweiMySql();
        if (!source)
            return fail("no active Huawei MySQL instance in cn-north-4");
        auto wizard = openWizard<HuaweiRestoreWizard>(*source);
        if (!wizard || !save(wizard.get(), u"huawei-1-source"_s)
            || !clickNextTo(wizard.get(), HuaweiRestoreWizard::BackupPageId)
            || !save(wizard.get(), u"huawei-2-backup"_s)
            || !clickNextTo(wizard.get(), HuaweiRestoreWizard::TargetPageId))
            return fail("the Huawei wizard stopped before its target page");
        auto *targets = wizard->findChild<InstancePicker *>(u"targetInstancePicker"_s);
        if (!QTest::qWaitFor([targets] { return !targets->candidates().isEmpty(); }, cloudTimeoutMs))
            return fail("no Huawei target candidates");
        if (!save(wizard.get(), u"huawei-3-target"_s)
            || !clickNextTo(wizard.get(), HuaweiRestoreWizard::SummaryPageId))
            return fail("the Huawei wizard stopped at its target page");
        QTest::qWait(1000);
        if (!save(wizard.get(), u"huawei-4-summary"_s))
            return false;
        wizard->reject();

        auto toTime = openWizard<HuaweiRestoreWizard>(*source);
        clickIndicator(toTime->findChild<QRadioButton *>(u"restoreToTimeRadioButton"_s));
        if (!clickNextTo(toTime.get(), HuaweiRestoreWizard::TimePageId))
            return fail("no Huawei time page");
        return save(toTime.get(), u"huawei-2b-time"_s);
    }

    bool dbsWizard()
    {
        const auto source = alibabaSource();
        auto wizard = openWizard<DbsRestoreWizard>(*source);
        auto *plans = wizard->findChild<QTreeWidget *>(u"backupPlanTreeWidget"_s);
        if (!QTest::qWaitFor([plans] { return !plans->selectedItems().isEmpty(); }, cloudTimeoutMs))
            return fail("no DBS backup plan");
        if (!save(wizard.get(), u"dbs-1-plan"_s) || !clickNextTo(wizard.get(), DbsRestoreWizard::RestorePointPageId)
            || !save(wizard.get(), u"dbs-2-restore-point"_s)
            || !clickNextTo(wizard.get(), DbsRestoreWizard::DestinationPageId)
            || !save(wizard.get(), u"dbs-3-destination-rds"_s))
            return fail("the DBS wizard stopped before its destination page");
        auto *type = wizard->findChild<QComboBox *>(u"destinationTypeComboBox"_s);
        type->setCurrentIndex(type->findData(u"Agent"_s));
        if (!save(wizard.get(), u"dbs-3b-destination-agent"_s))
            return false;
        type->setCurrentIndex(type->findData(u"RDS"_s));
        QTest::keyClicks(wizard->findChild<QLineEdit *>(u"destinationUserLineEdit"_s), u"restore_admin"_s);
        QTest::keyClicks(wizard->findChild<QLineEdit *>(u"destinationPasswordLineEdit"_s), u"not-a-secret"_s);
        if (!clickNextTo(wizard.get(), DbsRestoreWizard::ObjectsPageId))
            return fail("the DBS wizard stopped at its destination page");
        wizard->findChild<RestoreObjectsEditor *>(u"restoreObjectsEditor"_s)->addDatabase();
        if (!save(wizard.get(), u"dbs-4-objects"_s) || !clickNextTo(wizard.get(), DbsRestoreWizard::SummaryPageId))
            return fail("the DBS wizard stopped at its objects page");
        QTest::qWait(1000);
        return save(wizard.get(), u"dbs-5-summary"_s);
    }
};

} // namespace

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    QStringList arguments = application.arguments().mid(1);
    if (arguments.isEmpty()) {
        std::fprintf(stderr, "usage: rdsbm-screenshot-tour OUTPUT_DIR [en zh_CN zh_TW ja en-dark]\n");
        return 2;
    }
    const QDir output(arguments.takeFirst());
    QDir().mkpath(output.path());
    if (arguments.isEmpty())
        arguments = QStringList{u"en"_s, u"zh_CN"_s, u"zh_TW"_s, u"ja"_s, u"en-dark"_s};

    // A private settings and state folder: the tour never touches the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QTemporaryDir state;
    ApplicationOptions options;
    options.demo = true;
    options.language = u"en"_s;
    options.stateDirectory = state.path();
    ApplicationContext context(options);
    QString error;
    if (!context.start(error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Tour tour(context, output);
    for (const QString &variant : std::as_const(arguments))
        if (!tour.run(variant))
            return 1;
    return 0;
}
