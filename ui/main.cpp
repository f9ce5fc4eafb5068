#include "ui/app/applicationcontext.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

using namespace Qt::Literals::StringLiterals;

namespace {

// The contract's options: --demo, --lang, --endpoint (both providers), --endpoint-alibaba,
// --endpoint-huawei. A bad URL is refused before any window opens.
std::optional<rdsbm::ui::ApplicationOptions> readOptions(const QStringList &arguments, QString &error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Backups and restores for Alibaba Cloud RDS, DBS and Huawei Cloud RDS."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s, QApplication::translate("main", "Start with the built-in cloud simulator: no account, no network."));
    const QCommandLineOption lang(u"lang"_s, QApplication::translate("main", "Language: en, zh_CN, zh_TW or ja."), u"L"_s);
    const QCommandLineOption endpoint(u"endpoint"_s, QApplication::translate("main", "Base URL for both providers."), u"URL"_s);
    const QCommandLineOption alibaba(u"endpoint-alibaba"_s, QApplication::translate("main", "Base URL for Alibaba Cloud."), u"URL"_s);
    const QCommandLineOption huawei(u"endpoint-huawei"_s, QApplication::translate("main", "Base URL for Huawei Cloud."), u"URL"_s);
    parser.addOptions({demo, lang, endpoint, alibaba, huawei});
    parser.process(arguments);

    rdsbm::ui::ApplicationOptions options;
    options.demo = parser.isSet(demo);
    options.language = parser.value(lang);
    if (!options.language.isEmpty() && !QStringList{u"en"_s, u"zh_CN"_s, u"zh_TW"_s, u"ja"_s}.contains(options.language)) {
        error = QApplication::translate("main", "--lang must be one of en, zh_CN, zh_TW, ja.");
        return std::nullopt;
    }
    auto url = [&](const QCommandLineOption &option, QUrl &target) {
        if (!parser.isSet(option))
            return true;
        const QUrl value = QUrl::fromUserInput(parser.value(option));
        if (!value.isValid() || value.host().isEmpty() || (value.scheme() != u"http"_s && value.scheme() != u"https"_s)) {
            error = QApplication::translate("main", "--%1 needs an http or https URL.").arg(option.names().first());
            return false;
        }
        target = value;
        return true;
    };
    if (!url(endpoint, options.alibabaEndpoint) || !url(endpoint, options.huaweiEndpoint)
        || !url(alibaba, options.alibabaEndpoint) || !url(huawei, options.huaweiEndpoint))
        return std::nullopt;
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(u"rds-backup-manager"_s);
    QApplication::setApplicationDisplayName(u"RDS Backup Manager"_s);
    QApplication::setOrganizationName(u"rds-backup-manager"_s);
    QApplication::setApplicationVersion(QStringLiteral(RDSBM_VERSION));
    QGuiApplication::setDesktopFileName(u"io.github.rdsbm.RdsBackupManager"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/io.github.rdsbm.RdsBackupManager.png"_s));

    QString error;
    const auto options = readOptions(QApplication::arguments(), error);
    if (!options) {
        fprintf(stderr, "error: InvalidUsage: %s\n", qPrintable(error));
        return 2;
    }

    rdsbm::ui::ApplicationContext context(*options);
    if (!context.start(error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "RDS Backup Manager"),
                              QApplication::translate("main", "The demo could not start: %1").arg(error));
        return 1;
    }
    rdsbm::ui::MainWindow window(context);
    window.show();
    return QApplication::exec();
}
