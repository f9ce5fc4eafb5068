#pragma once

#include <QByteArray>
#include <QString>

namespace rdsbm::cloudsim {

// Writes compact JSON text straight into a buffer. Building a QJsonObject member by member costs
// far more than the text itself, and DescribeBackups pages of 100 sets must stay fast.
class JsonWriter
{
public:
    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();
    JsonWriter &key(QLatin1StringView name);

    JsonWriter &value(const QString &text);
    JsonWriter &value(qint64 number);
    JsonWriter &value(int number) { return value(qint64(number)); }
    JsonWriter &value(bool flag);

    template <typename T>
    JsonWriter &member(QLatin1StringView name, const T &v)
    {
        key(name);
        return value(v);
    }

    const QByteArray &text() const { return m_text; }

private:
    void separate();

    QByteArray m_text;
    bool m_needsComma = false;
};

} // namespace rdsbm::cloudsim
