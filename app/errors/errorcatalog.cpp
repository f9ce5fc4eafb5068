#include "app/errors/errorcatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

#include <optional>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcErrorCatalog, "rdsbm.errors")

namespace rdsbm::errors {

namespace {

constexpr int supportedFormatVersion = 1;
constexpr int supportedTranslationsFormatVersion = 1;

QString indexKey(const QString &provider, const QString &code)
{
    return provider + QChar(u'\x1f') + code;
}

QString normalizedLanguage(const QString &language)
{
    QString tag = language.trimmed();
    tag.replace(u'-', u'_');
    return tag;
}

bool isEnglish(const QString &language)
{
    return normalizedLanguage(language).section(u'_', 0, 0).compare(u"en"_s, Qt::CaseInsensitive) == 0;
}

// Exact tag first ("zh_CN"), then the bare language ("ja_JP" -> "ja"); never "zh" for "zh_TW".
QString descriptionIn(const QHash<QString, QString> &descriptions, const QString &language)
{
    const QString tag = normalizedLanguage(language);
    if (const auto exact = descriptions.constFind(tag); exact != descriptions.constEnd())
        return exact.value();
    const QString bare = tag.section(u'_', 0, 0);
    if (bare != tag) {
        if (const auto base = descriptions.constFind(bare); base != descriptions.constEnd())
            return base.value();
    }
    return {};
}

// A translation of a message template ("sql command execution failed or timed out:%s.") with each %s
// replaced by what the service filled in there. Nothing when the service's message does not follow the
// template or the translation holds another number of placeholders.
std::optional<QString> filledIn(const QString &translated, const QString &englishTemplate,
                                const QString &serviceMessage)
{
    const QStringList englishParts = englishTemplate.split(u"%s"_s);
    const QStringList translatedParts = translated.split(u"%s"_s);
    if (englishParts.size() < 2 || translatedParts.size() != englishParts.size())
        return std::nullopt;
    QString pattern;
    for (qsizetype i = 0; i < englishParts.size(); ++i) {
        if (i > 0)
            pattern += u"(.*)"_s;
        pattern += QRegularExpression::escape(englishParts.at(i));
    }
    const QRegularExpression expression(QRegularExpression::anchoredPattern(pattern),
                                        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = expression.match(serviceMessage.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    QString text = translatedParts.first();
    for (qsizetype i = 1; i < translatedParts.size(); ++i)
        text += match.captured(int(i)) + translatedParts.at(i);
    return text;
}

// Each reader sets *problem and returns false on the first defect, so a bad file names its first error.
bool readString(const QJsonObject &object, QLatin1StringView key, bool required, QString *out, QString *problem)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && !required)
        return true;
    if (!value.isString() || value.toString().isEmpty()) {
        *problem = u"\"%1\" must be a non-empty string"_s.arg(key);
        return false;
    }
    *out = value.toString();
    return true;
}

bool readStringList(const QJsonObject &object, QLatin1StringView key, bool required, QStringList *out,
                    QString *problem)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() && !required)
        return true;
    if (!value.isArray() || (required && value.toArray().isEmpty())) {
        *problem = u"\"%1\" must be a%2 array of strings"_s.arg(key, required ? u" non-empty"_s : QString());
        return false;
    }
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString() || item.toString().isEmpty()) {
            *problem = u"\"%1\" holds something other than a non-empty string"_s.arg(key);
            return false;
        }
        out->append(item.toString());
    }
    return true;
}

bool readDescriptions(const QJsonObject &object, QHash<QString, QString> *out, QString *problem)
{
    const QJsonValue value = object.value(QLatin1StringView("descriptions"));
    if (value.isUndefined())
        return true;
    if (!value.isObject()) {
        *problem = u"\"descriptions\" must be an object"_s;
        return false;
    }
    const QJsonObject descriptions = value.toObject();
    for (auto it = descriptions.constBegin(); it != descriptions.constEnd(); ++it) {
        if (!it.value().isString() || it.value().toString().isEmpty()) {
            *problem = u"the \"%1\" description must be a non-empty string"_s.arg(it.key());
            return false;
        }
        out->insert(it.key(), it.value().toString());
    }
    return true;
}

bool readBool(const QJsonObject &object, QLatin1StringView key, bool *out, QString *problem)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return true;
    if (!value.isBool()) {
        *problem = u"\"%1\" must be true or false"_s.arg(key);
        return false;
    }
    *out = value.toBool();
    return true;
}

bool readHttpStatus(const QJsonObject &object, int *out, QString *problem)
{
    const QJsonValue value = object.value(QLatin1StringView("httpStatus"));
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != static_cast<int>(number) || number < 100 || number > 599) {
        *problem = u"\"httpStatus\" must be an integer from 100 to 599"_s;
        return false;
    }
    *out = static_cast<int>(number);
    return true;
}

bool readAlternative(const QJsonValue &value, ErrorEntry::Alternative *out, QString *problem)
{
    if (!value.isObject()) {
        *problem = u"an alternative must be an object"_s;
        return false;
    }
    const QJsonObject object = value.toObject();
    return readString(object, QLatin1StringView("message"), true, &out->message, problem)
           && readDescriptions(object, &out->descriptions, problem)
           && readStringList(object, QLatin1StringView("sources"), true, &out->sources, problem);
}

bool readEntry(const QJsonValue &value, ErrorEntry *out, QString *problem)
{
    if (!value.isObject()) {
        *problem = u"an entry must be an object"_s;
        return false;
    }
    const QJsonObject object = value.toObject();
    if (!readString(object, QLatin1StringView("provider"), true, &out->provider, problem)
        || !readString(object, QLatin1StringView("code"), true, &out->code, problem)
        || !readHttpStatus(object, &out->httpStatus, problem)
        || !readString(object, QLatin1StringView("message"), true, &out->message, problem)
        || !readDescriptions(object, &out->descriptions, problem)
        || !readStringList(object, QLatin1StringView("operations"), false, &out->operations, problem)
        || !readStringList(object, QLatin1StringView("sources"), true, &out->sources, problem)
        || !readBool(object, QLatin1StringView("operationSpecific"), &out->operationSpecific, problem)
        || !readBool(object, QLatin1StringView("gateway"), &out->gateway, problem)) {
        return false;
    }
    const QJsonValue alternatives = object.value(QLatin1StringView("alternatives"));
    if (alternatives.isUndefined())
        return true;
    if (!alternatives.isArray()) {
        *problem = u"\"alternatives\" must be an array"_s;
        return false;
    }
    for (const QJsonValue &item : alternatives.toArray()) {
        ErrorEntry::Alternative alternative;
        if (!readAlternative(item, &alternative, problem))
            return false;
        out->alternatives.append(alternative);
    }
    return true;
}

} // namespace

ErrorCatalog::ErrorCatalog(const QByteArray &json, const QByteArray &translationsJson)
{
    QString problem;
    if (!load(json, &problem)) {
        m_entries.clear();
        m_indexByKey.clear();
        m_gatewayFallback.clear();
        qCCritical(lcErrorCatalog, "Error catalog rejected, no error code will be described: %ls",
                   qUtf16Printable(problem));
        return;
    }
    if (!translationsJson.isEmpty() && !loadTranslations(translationsJson, &problem)) {
        qCCritical(lcErrorCatalog, "Error translations rejected, only the seeds' descriptions will be shown: %ls",
                   qUtf16Printable(problem));
    }
}

const ErrorCatalog &ErrorCatalog::builtIn()
{
    static const ErrorCatalog catalog = [] {
        QFile file(u":/errors/errorcatalog.json"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcErrorCatalog, "Error catalog resource missing: %ls", qUtf16Printable(file.errorString()));
            return ErrorCatalog();
        }
        QFile translations(u":/errors/errortranslations.json"_s);
        if (!translations.open(QIODevice::ReadOnly)) {
            qCCritical(lcErrorCatalog, "Error translations resource missing: %ls",
                       qUtf16Printable(translations.errorString()));
            return ErrorCatalog(file.readAll());
        }
        return ErrorCatalog(file.readAll(), translations.readAll());
    }();
    return catalog;
}

bool ErrorCatalog::load(const QByteArray &json, QString *problem)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *problem = u"not JSON (%1 at offset %2)"_s.arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        *problem = u"the document is not an object"_s;
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1StringView("formatVersion")).toInt(-1) != supportedFormatVersion) {
        *problem = u"\"formatVersion\" is not %1"_s.arg(supportedFormatVersion);
        return false;
    }
    const QJsonValue fallback = root.value(QLatin1StringView("gatewayFallback"));
    if (!fallback.isUndefined()) {
        if (!fallback.isObject()) {
            *problem = u"\"gatewayFallback\" must be an object"_s;
            return false;
        }
        const QJsonObject fallbackObject = fallback.toObject();
        for (auto it = fallbackObject.constBegin(); it != fallbackObject.constEnd(); ++it) {
            if (!it.value().isString() || it.value().toString().isEmpty()) {
                *problem = u"the gateway fallback of \"%1\" must be a provider name"_s.arg(it.key());
                return false;
            }
            m_gatewayFallback.insert(it.key(), it.value().toString());
        }
    }
    const QJsonValue entries = root.value(QLatin1StringView("entries"));
    if (!entries.isArray()) {
        *problem = u"\"entries\" must be an array"_s;
        return false;
    }
    for (const QJsonValue &item : entries.toArray()) {
        ErrorEntry entry;
        if (!readEntry(item, &entry, problem)) {
            *problem = u"entry %1: %2"_s.arg(m_entries.size()).arg(*problem);
            return false;
        }
        m_indexByKey[indexKey(entry.provider, entry.code)].append(m_entries.size());
        m_entries.append(entry);
    }
    // A lookup must never have to guess: one general entry per code, each operation in one entry.
    for (auto it = m_indexByKey.constBegin(); it != m_indexByKey.constEnd(); ++it) {
        int generalEntries = 0;
        QSet<QString> operations;
        for (const qsizetype position : it.value()) {
            const ErrorEntry &entry = m_entries.at(position);
            if (!entry.operationSpecific)
                ++generalEntries;
            for (const QString &operation : entry.operations) {
                if (operations.contains(operation)) {
                    *problem = u"%1 %2 lists operation %3 twice"_s.arg(entry.provider, entry.code, operation);
                    return false;
                }
                operations.insert(operation);
            }
        }
        if (generalEntries != 1) {
            const ErrorEntry &first = m_entries.at(it.value().constFirst());
            *problem = u"%1 %2 has %3 general entries instead of one"_s.arg(first.provider, first.code)
                           .arg(generalEntries);
            return false;
        }
    }
    return true;
}

// The translations are checked as a whole before any is applied, so a bad file leaves none behind.
bool ErrorCatalog::loadTranslations(const QByteArray &json, QString *problem)
{
    struct Row
    {
        QString provider;
        QString code;
        QString message;
        QHash<QString, QString> texts;
    };

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *problem = u"not JSON (%1 at offset %2)"_s.arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    if (!document.isObject()) {
        *problem = u"the document is not an object"_s;
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1StringView("formatVersion")).toInt(-1) != supportedTranslationsFormatVersion) {
        *problem = u"\"formatVersion\" is not %1"_s.arg(supportedTranslationsFormatVersion);
        return false;
    }
    const QJsonValue entries = root.value(QLatin1StringView("entries"));
    if (!entries.isArray()) {
        *problem = u"\"entries\" must be an array"_s;
        return false;
    }
    QList<Row> rows;
    QSet<QString> seen;
    for (const QJsonValue &item : entries.toArray()) {
        const QString where = u"translation %1: "_s.arg(rows.size());
        if (!item.isObject()) {
            *problem = where + u"an entry must be an object"_s;
            return false;
        }
        const QJsonObject object = item.toObject();
        Row row;
        if (!readString(object, QLatin1StringView("provider"), true, &row.provider, problem)
            || !readString(object, QLatin1StringView("code"), true, &row.code, problem)
            || !readString(object, QLatin1StringView("message"), true, &row.message, problem)) {
            *problem = where + *problem;
            return false;
        }
        const QJsonValue texts = object.value(QLatin1StringView("translations"));
        if (!texts.isObject() || texts.toObject().isEmpty()) {
            *problem = where + u"\"translations\" must be a non-empty object"_s;
            return false;
        }
        const QJsonObject textObject = texts.toObject();
        for (auto it = textObject.constBegin(); it != textObject.constEnd(); ++it) {
            if (it.key().isEmpty() || isEnglish(it.key())) {
                *problem = where + u"\"%1\" is no language to translate into (English is the message)"_s
                                       .arg(it.key());
                return false;
            }
            if (!it.value().isString() || it.value().toString().trimmed().isEmpty()) {
                *problem = where + u"the \"%1\" translation must be a non-empty string"_s.arg(it.key());
                return false;
            }
            row.texts.insert(it.key(), it.value().toString());
        }
        const QString key = indexKey(row.provider, row.code) + QChar(u'\x1f') + row.message;
        if (seen.contains(key)) {
            *problem = where + u"%1 %2 is translated twice for the same message"_s.arg(row.provider, row.code);
            return false;
        }
        seen.insert(key);
        rows.append(row);
    }

    const auto apply = [](const Row &row, const QHash<QString, QString> &descriptions,
                          QHash<QString, QString> *translations) {
        for (auto it = row.texts.constBegin(); it != row.texts.constEnd(); ++it) {
            if (descriptions.contains(it.key())) {
                qCWarning(lcErrorCatalog, "The %ls translation of %ls %ls is not used: the seed describes it",
                          qUtf16Printable(it.key()), qUtf16Printable(row.provider), qUtf16Printable(row.code));
                continue;
            }
            translations->insert(it.key(), it.value());
        }
    };
    for (const Row &row : std::as_const(rows)) {
        bool matched = false;
        for (const qsizetype position : m_indexByKey.value(indexKey(row.provider, row.code))) {
            ErrorEntry &entry = m_entries[position];
            if (entry.message == row.message) {
                apply(row, entry.descriptions, &entry.translations);
                matched = true;
            }
            for (ErrorEntry::Alternative &alternative : entry.alternatives) {
                if (alternative.message == row.message) {
                    apply(row, alternative.descriptions, &alternative.translations);
                    matched = true;
                }
            }
        }
        if (!matched) {
            qCWarning(lcErrorCatalog, "Translation of %ls %ls skipped: the catalog has no such code or message",
                      qUtf16Printable(row.provider), qUtf16Printable(row.code));
        }
    }
    return true;
}

QList<const ErrorEntry *> ErrorCatalog::candidates(const QString &provider, const QString &code) const
{
    QList<const ErrorEntry *> found;
    if (const auto own = m_indexByKey.constFind(indexKey(provider, code)); own != m_indexByKey.constEnd()) {
        for (const qsizetype position : own.value())
            found.append(&m_entries.at(position));
        return found;
    }
    const QString sharedProvider = m_gatewayFallback.value(provider);
    if (sharedProvider.isEmpty())
        return found;
    if (const auto shared = m_indexByKey.constFind(indexKey(sharedProvider, code));
        shared != m_indexByKey.constEnd()) {
        for (const qsizetype position : shared.value()) {
            if (m_entries.at(position).gateway)
                found.append(&m_entries.at(position));
        }
    }
    return found;
}

const ErrorEntry *ErrorCatalog::lookup(const QString &provider, const QString &code,
                                       const QString &operation) const
{
    const QList<const ErrorEntry *> found = candidates(provider, code);
    if (!operation.isEmpty()) {
        for (const ErrorEntry *entry : found) {
            if (entry->operations.contains(operation))
                return entry;
        }
    }
    for (const ErrorEntry *entry : found) {
        if (!entry->operationSpecific)
            return entry;
    }
    return nullptr;
}

std::optional<ErrorEntry> ErrorCatalog::find(const QString &provider, const QString &code,
                                             const QString &operation) const
{
    if (const ErrorEntry *entry = lookup(provider, code, operation))
        return *entry;
    return std::nullopt;
}

QString ErrorCatalog::description(const QString &provider, const QString &code, const QString &language,
                                  const QString &operation) const
{
    const ErrorEntry *entry = lookup(provider, code, operation);
    return entry ? descriptionIn(entry->descriptions, language) : QString();
}

QString ErrorCatalog::displayText(const QString &provider, const QString &code, const QString &language,
                                  const QString &serviceMessage, const QString &operation) const
{
    const ErrorEntry *entry = lookup(provider, code, operation);
    if (!entry)
        return serviceMessage;

    const QHash<QString, QString> *descriptions = &entry->descriptions;
    const QHash<QString, QString> *translations = &entry->translations;
    const QString *message = &entry->message;
    const QString sent = serviceMessage.trimmed();
    for (const ErrorEntry::Alternative &alternative : entry->alternatives) {
        if (alternative.message == sent) {
            descriptions = &alternative.descriptions;
            translations = &alternative.translations;
            message = &alternative.message;
            break;
        }
    }

    // The seed's wording first, the project's own translation only where the seed has none.
    const QString localized = descriptionIn(*descriptions, language);
    if (!localized.isEmpty())
        return localized;
    // A message with a placeholder ("timed out:%s.") is less useful than the filled-in one the service sent.
    const bool messageIsTemplate = message->contains(u"%s"_s);
    const QString translated = descriptionIn(*translations, language);
    if (!translated.isEmpty()) {
        if (!translated.contains(u"%s"_s))
            return translated;
        if (const std::optional<QString> filled = filledIn(translated, *message, serviceMessage))
            return *filled;
        return serviceMessage.isEmpty() ? translated : serviceMessage;
    }
    if (isEnglish(language) && !(messageIsTemplate && !serviceMessage.isEmpty()))
        return *message;
    return serviceMessage.isEmpty() ? *message : serviceMessage;
}

QString ErrorCatalog::translation(const QString &provider, const QString &code, const QString &language,
                                  const QString &operation) const
{
    const ErrorEntry *entry = lookup(provider, code, operation);
    return entry ? descriptionIn(entry->translations, language) : QString();
}

QStringList ErrorCatalog::languagesCovered(const QString &provider, const QString &code) const
{
    const ErrorEntry *entry = lookup(provider, code, {});
    if (!entry)
        return {};
    QStringList languages = entry->descriptions.keys();
    if (!languages.contains(u"en"_s))
        languages.append(u"en"_s);
    languages.sort();
    return languages;
}

QStringList ErrorCatalog::languagesTranslated(const QString &provider, const QString &code) const
{
    const ErrorEntry *entry = lookup(provider, code, {});
    if (!entry)
        return {};
    QStringList languages = entry->translations.keys();
    languages.sort();
    return languages;
}

} // namespace rdsbm::errors
