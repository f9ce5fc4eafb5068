#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace rdsbm::huawei {

// Reads the fields of one Huawei reply object and remembers the first problem, naming the field
// by its path in the reply ("backups[3].size"). After a failure every read returns a neutral
// value, so a parser reads on and checks failed() once at the end.
class HuaweiReplyReader
{
public:
    HuaweiReplyReader(QJsonObject object, QString path, QString &error);

    bool failed() const { return !m_error.isEmpty(); }
    const QJsonObject &object() const { return m_object; }
    HuaweiReplyReader child(const QJsonObject &object, const QString &relativePath) const;
    QString pathOf(const QString &name) const;
    void fail(const QString &message);

    bool has(const QString &name) const;

    // A string that must be there and not be empty.
    QString requiredString(const QString &name);
    // Absent or null: empty. Present but not a string: an error.
    QString optionalString(const QString &name);
    // A string, or a number written as text (cpu "2" or 2).
    QString optionalText(const QString &name);

    // Whole JSON numbers. Absent or null: `fallback`.
    qint64 optionalInteger(const QString &name, qint64 fallback);
    qint64 requiredInteger(const QString &name);
    // A whole number, zero or more.
    qint64 requiredCount(const QString &name);
    std::optional<bool> optionalBool(const QString &name);

    // 2018-08-06T12:41:14+0800 and its relatives (HuaweiTime::parse), in UTC. Absent, null or
    // empty: an invalid QDateTime.
    QDateTime optionalTime(const QString &name);
    QDateTime requiredTime(const QString &name);
    // Epoch milliseconds as a JSON number.
    QDateTime requiredEpochMs(const QString &name);

    // An absolute http(s) URL. Absent, null or empty: an empty QUrl.
    QUrl optionalUrl(const QString &name);

    QJsonObject requiredObject(const QString &name);
    // Absent or null: an empty object.
    QJsonObject optionalObject(const QString &name);
    // A list that must be there (it may be empty), each element an object.
    QJsonArray requiredObjectList(const QString &name);
    // Absent or null: an empty list; present, each element an object.
    QJsonArray optionalObjectList(const QString &name);

private:
    QJsonValue value(const QString &name) const { return m_object.value(name); }
    void missing(const QString &name);
    void mistyped(const QString &name, const QString &sentence); // sentence holds %1 for the path
    bool checkObjects(const QJsonArray &list, const QString &name);

    QJsonObject m_object;
    QString m_path;
    QString &m_error;
};

} // namespace rdsbm::huawei
