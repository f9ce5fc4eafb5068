#include "app/accounts/cliconfigfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::accounts::CliConfigFile {

namespace {

// CLI configuration files are a few kilobytes; anything far larger is not one.
constexpr qint64 largestConfigBytes = 4 * 1024 * 1024;

QString translate(const char *text)
{
    return QCoreApplication::translate("rdsbm::accounts::CliConfigFile", text);
}

} // namespace

std::optional<QByteArray> read(const QString &path, ProfileImportResult &result)
{
    result.sourcePath = path;
    QFile file(path);
    if (!file.exists()) {
        result.error = translate("%1 does not exist.").arg(path);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = translate("Could not read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > largestConfigBytes) {
        result.error = translate("%1 is too large to be a CLI configuration file.").arg(path);
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<QJsonArray> profiles(const QByteArray &json, ProfileImportResult &result)
{
    const QString source = result.sourcePath.isEmpty() ? translate("The configuration") : result.sourcePath;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = translate("%1 is not valid JSON (%2 at byte %3).")
                           .arg(source, parseError.errorString())
                           .arg(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        result.error = translate("%1 is not a JSON object.").arg(source);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const QJsonValue current = root.value(u"current"_s);
    if (current.isString())
        result.currentProfileName = current.toString();
    const QJsonValue list = root.value(u"profiles"_s);
    if (!list.isArray()) {
        result.error = translate("%1 has no \"profiles\" array.").arg(source);
        return std::nullopt;
    }
    return list.toArray();
}

QString stringMember(const QJsonObject &object, const QString &name, QString &problem)
{
    const QJsonValue value = object.value(name);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        if (problem.isEmpty())
            problem = translate("Its \"%1\" field is not a string.").arg(name);
        return {};
    }
    return value.toString().trimmed();
}

} // namespace rdsbm::accounts::CliConfigFile
