#include "app/cli/output.h"

#include <QJsonDocument>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cli {

namespace {

QString cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String: return value.toString();
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == double(qint64(number)))
            return QString::number(qint64(number));
        return QString::number(number, 'g', 15);
    }
    case QJsonValue::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array: return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object: return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default: return {};
    }
}

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

QString padded(const QString &text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), u' ');
}

void flatten(const QString &prefix, const QJsonObject &object, QString &out)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (it->isObject())
            flatten(key, it->toObject(), out);
        else
            out += key + u": "_s + cellText(*it) + u'\n';
    }
}

} // namespace

int displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QString tableText(const QJsonArray &rows, const QStringList &columns)
{
    QList<int> widths;
    for (const QString &column : columns)
        widths.append(displayWidth(column));
    QList<QStringList> cells;
    cells.reserve(rows.size());
    for (const QJsonValue &row : rows) {
        QStringList line;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            QString text = cellText(row.toObject().value(columns.at(i)));
            text.replace(u'\n', u' ');
            widths[i] = std::max(widths[i], displayWidth(text));
            line.append(text);
        }
        cells.append(line);
    }
    auto render = [&](const QStringList &line) {
        QString out;
        for (qsizetype i = 0; i < line.size(); ++i)
            out += i + 1 < line.size() ? padded(line.at(i), widths.at(i)) + u"  "_s : line.at(i);
        return out + u'\n';
    };
    QString out = render(columns);
    for (const QStringList &line : std::as_const(cells))
        out += render(line);
    return out;
}

QString keyValueText(const QJsonObject &object)
{
    QString out;
    flatten({}, object, out);
    return out;
}

} // namespace rdsbm::cli
