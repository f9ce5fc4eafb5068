#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace rdsbm::cli {

// Reads what users type into rdsbm's options. Each returns nothing and sets `error` to a sentence
// that names the option and the rule.
class CliInput
{
    Q_DECLARE_TR_FUNCTIONS(CliInput)

public:
    // T of the contract: ISO 8601 in UTC, "2026-11-20T08:00:00Z" (a "+00:00" offset is accepted
    // too). A time without a zone, or in another zone, is refused rather than guessed.
    static std::optional<QDateTime> utcTime(const QString &option, const QString &text, QString &error);

    // JSON|@FILE: the text itself, "@path" for a file's contents, "@-" or "-" for standard input.
    static std::optional<QByteArray> jsonArgument(const QString &option, const QString &value, QString &error);

    static std::optional<qint64> integer(const QString &option, const QString &text, qint64 minimum,
                                         qint64 maximum, QString &error);
};

} // namespace rdsbm::cli
