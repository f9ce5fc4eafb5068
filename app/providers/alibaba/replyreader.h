#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <optional>

namespace rdsbm::alibaba {

// Reads the fields of one reply object and remembers the first problem, naming the field by its
// path in the reply ("Items.Backup[3].BackupSize"). After a failure every read returns a neutral
// value, so a parser reads on and checks failed() once at the end.
class ReplyReader
{
    Q_DECLARE_TR_FUNCTIONS(ReplyReader)

public:
    ReplyReader(QJsonObject object, QString path, QString &error);

    bool failed() const { return !m_error.isEmpty(); }
    const QJsonObject &object() const { return m_object; }
    ReplyReader child(const QJsonObject &object, const QString &relativePath) const;

    bool has(const QString &name) const;

    // A string that must be there and not be empty.
    QString requiredString(const QString &name);
    // Absent or null: empty. Present but not a string: an error.
    QString optionalString(const QString &name);
    // Like optionalString, and numbers are accepted too (ids typed either way across operations).
    QString optionalStringOrNumber(const QString &name);

    // JSON numbers that must be whole. Absent or null: `fallback`.
    qint64 optionalInteger(const QString &name, qint64 fallback);
    qint64 requiredInteger(const QString &name);
    // Documented as strings holding numbers ("TotalRecordCount": "100"); real numbers are accepted too.
    qint64 requiredCount(const QString &name);
    qint64 optionalCount(const QString &name, qint64 fallback);
    // A decimal string of an unsigned 64-bit value (Checksum). Absent, null or empty: nothing.
    std::optional<std::uint64_t> optionalUnsigned64(const QString &name);

    std::optional<bool> optionalBool(const QString &name);

    // One of the API's time forms; absent, null or empty: an invalid QDateTime.
    QDateTime optionalTime(const QString &name);
    QDateTime requiredTime(const QString &name);

    // An absolute http(s) URL; absent, null, empty or the literal "NULL": an empty QUrl.
    QUrl optionalUrl(const QString &name);

    // The list inside a wrapper object ("Items": {"Backup": [...]}). The wrapper must be there;
    // an absent or null inner array is an empty list (how the API answers "nothing").
    QJsonArray requiredList(const QString &wrapper, const QString &inner);
    QJsonArray optionalList(const QString &wrapper, const QString &inner);
    QJsonObject requiredObject(const QString &name);
    // Every element an object; otherwise an error naming the element.
    bool allObjects(const QJsonArray &list, const QString &listPath);

    void fail(const QString &message);
    QString pathOf(const QString &name) const;

private:
    QJsonValue value(const QString &name) const { return m_object.value(name); }
    void missing(const QString &name);
    void mistyped(const QString &name, const QString &sentence); // sentence holds %1 for the path

    QJsonObject m_object;
    QString m_path;
    QString &m_error;
};

} // namespace rdsbm::alibaba
