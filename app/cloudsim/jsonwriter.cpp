#include "app/cloudsim/jsonwriter.h"

namespace rdsbm::cloudsim {

void JsonWriter::separate()
{
    if (m_needsComma)
        m_text += ',';
    m_needsComma = false;
}

JsonWriter &JsonWriter::beginObject()
{
    separate();
    m_text += '{';
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    m_text += '}';
    m_needsComma = true;
    return *this;
}

JsonWriter &JsonWriter::beginArray()
{
    separate();
    m_text += '[';
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    m_text += ']';
    m_needsComma = true;
    return *this;
}

JsonWriter &JsonWriter::key(QLatin1StringView name)
{
    separate();
    m_text += '"';
    m_text += QByteArrayView(name.data(), name.size());
    m_text += "\":";
    return *this;
}

JsonWriter &JsonWriter::value(const QString &text)
{
    separate();
    m_text += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"': m_text += "\\\""; break;
        case '\\': m_text += "\\\\"; break;
        case '\n': m_text += "\\n"; break;
        case '\r': m_text += "\\r"; break;
        case '\t': m_text += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                m_text += "\\u00";
                m_text += QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            } else {
                m_text += c;
            }
        }
    }
    m_text += '"';
    m_needsComma = true;
    return *this;
}

JsonWriter &JsonWriter::value(qint64 number)
{
    separate();
    m_text += QByteArray::number(number);
    m_needsComma = true;
    return *this;
}

JsonWriter &JsonWriter::value(bool flag)
{
    separate();
    m_text += flag ? "true" : "false";
    m_needsComma = true;
    return *this;
}

} // namespace rdsbm::cloudsim
