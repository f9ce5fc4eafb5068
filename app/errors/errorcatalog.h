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
// prefer the entry listing the given operation, then the general one. The seeds' descriptions are kept
// verbatim; the project's own translations (errortranslations.json) fill only the languages they leave out.
class ErrorCatalog
{
public:
    ErrorCatalog() = default;
    // Parses a catalog document and, optionally, the project's translations of its messages
    // (errortranslations.json). A malformed catalog logs one critical message and gives an empty catalog.
    // Malformed translations log one critical message and are left out: the seeds' text still answers.
    // A translation for a code, operation wording or message the catalog lacks is skipped with a warning,
    // and so is one for a language the seed already describes: seed text always wins.
    explicit ErrorCatalog(const QByteArray &json, const QByteArray &translationsJson = {});

    // The catalog embedded in the library (:/errors/errorcatalog.json with
    // :/errors/errortranslations.json), parsed on first use.
    static const ErrorCatalog &builtIn();

    bool isEmpty() const { return m_entries.isEmpty(); }
    const QList<ErrorEntry> &entries() const { return m_entries; }

    std::optional<ErrorEntry> find(const QString &provider, const QString &code,
                                   const QString &operation = {}) const;

    // The seed's own description in that language ("zh_CN", "zh-CN", "ja_JP" are all accepted),
    // or an empty string. Never the project's translation.
    QString description(const QString &provider, const QString &code, const QString &language,
                        const QString &operation = {}) const;

    // The project's own translation of the message in that language, or an empty string (also where
    // the seed describes the code in that language: the seed's text is used there).
    QString translation(const QString &provider, const QString &code, const QString &language,
                        const QString &operation = {}) const;

    // What to show a user: the seed's description in that language, else the project's translation
    // in that language, else the English message when the language is English, else the service's own
    // message. A translation of a message template ("...:%s.") gets the part the service filled in.
    // Never empty while serviceMessage isn't.
    QString displayText(const QString &provider, const QString &code, const QString &language,
                        const QString &serviceMessage, const QString &operation = {}) const;

    // Languages the seeds cover for this code: its seed descriptions plus "en" (the message).
    // Empty for an unknown code.
    QStringList languagesCovered(const QString &provider, const QString &code) const;

    // Languages the project's own translations cover for this code (never one of the seed's).
    QStringList languagesTranslated(const QString &provider, const QString &code) const;

private:
    bool load(const QByteArray &json, QString *problem);
    bool loadTranslations(const QByteArray &json, QString *problem);
    const ErrorEntry *lookup(const QString &provider, const QString &code, const QString &operation) const;
    QList<const ErrorEntry *> candidates(const QString &provider, const QString &code) const;

    QList<ErrorEntry> m_entries;
    QHash<QString, QList<qsizetype>> m_indexByKey; // provider + code -> positions in m_entries
    QHash<QString, QString> m_gatewayFallback;     // provider -> provider whose gateway codes it shares
};

} // namespace rdsbm::errors
