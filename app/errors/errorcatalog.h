#pragma once

#include "app/errors/errorentry.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rdsbm::errors {

// The documented error codes of every provider, loaded from data (errorcatalog.json). Immutable once
// built. A code can have several entries when the seeds word it differently per operation: lookups
// prefer the entry listing the given operation, then the general one.
class ErrorCatalog
{
public:
    ErrorCatalog() = default;
    // Parses a catalog document. A malformed one logs one critical message and gives an empty catalog.
    explicit ErrorCatalog(const QByteArray &json);

    // The catalog embedded in the library (:/errors/errorcatalog.json), parsed on first use.
    static const ErrorCatalog &builtIn();

    bool isEmpty() const { return m_entries.isEmpty(); }
    const QList<ErrorEntry> &entries() const { return m_entries; }

    std::optional<ErrorEntry> find(const QString &provider, const QString &code,
                                   const QString &operation = {}) const;

    // The seed's own description in that language ("zh_CN", "zh-CN", "ja_JP" are all accepted),
    // or an empty string.
    QString description(const QString &provider, const QString &code, const QString &language,
                        const QString &operation = {}) const;

    // What to show a user: the seed's description in that language, else the English message when
    // the language is English, else the service's own message. Never empty while serviceMessage isn't.
    QString displayText(const QString &provider, const QString &code, const QString &language,
                        const QString &serviceMessage, const QString &operation = {}) const;

    // Languages displayText() answers from the catalog for this code: its descriptions plus "en"
    // (the message). Empty for an unknown code.
    QStringList languagesCovered(const QString &provider, const QString &code) const;

private:
    bool load(const QByteArray &json, QString *problem);
    const ErrorEntry *lookup(const QString &provider, const QString &code, const QString &operation) const;
    QList<const ErrorEntry *> candidates(const QString &provider, const QString &code) const;

    QList<ErrorEntry> m_entries;
    QHash<QString, QList<qsizetype>> m_indexByKey; // provider + code -> positions in m_entries
    QHash<QString, QString> m_gatewayFallback;     // provider -> provider whose gateway codes it shares
};

} // namespace rdsbm::errors
