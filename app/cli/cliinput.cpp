#include "app/cli/cliinput.h"

#include <QFile>
#include <QTimeZone>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cli {

std::optional<QDateTime> CliInput::utcTime(const QString &option, const QString &text, QString &error)
{
    const QString trimmed = text.trimmed();
    const bool utc = trimmed.endsWith(u'Z') || trimmed.endsWith(u"+00:00"_s);
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(trimmed, Qt::ISODate);
    if (!time.isValid() || !trimmed.contains(u'T')) {
        error = tr("--%1 must be an ISO 8601 time in UTC such as 2026-11-20T08:00:00Z; \"%2\" is not one.")
                    .arg(option, text);
        return std::nullopt;
    }
    if (!utc) {
        error = tr("--%1 must be given in UTC, ending in Z (for example 2026-11-20T08:00:00Z); \"%2\" is not.")
                    .arg(option, text);
        return std::nullopt;
    }
    return time.toUTC();
}

std::optional<QByteArray> CliInput::jsonArgument(const QString &option, const QString &value, QString &error)
{
    QString path;
    if (value == u"-"_s || value == u"@-"_s) {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly)) {
            error = tr("--%1: standard input could not be read.").arg(option);
            return std::nullopt;
        }
        return input.readAll();
    }
    if (!value.startsWith(u'@'))
        return value.toUtf8();
    path = value.mid(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = tr("--%1: the file %2 could not be read (%3).").arg(option, path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

std::optional<qint64> CliInput::integer(const QString &option, const QString &text, qint64 minimum, qint64 maximum,
                                        QString &error)
{
    bool ok = false;
    const qint64 number = text.trimmed().toLongLong(&ok);
    if (!ok || number < minimum || number > maximum) {
        error = tr("--%1 must be a whole number from %2 to %3; \"%4\" is not.")
                    .arg(option)
                    .arg(minimum)
                    .arg(maximum)
                    .arg(text);
        return std::nullopt;
    }
    return number;
}

} // namespace rdsbm::cli
