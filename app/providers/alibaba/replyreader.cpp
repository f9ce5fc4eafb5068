#include "app/providers/alibaba/replyreader.h"

#include "app/providers/alibaba/alibabatime.h"

#include <QCoreApplication>
#include <QUrl>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::alibaba {

namespace {

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

// Doubles hold integers exactly up to 2^53; anything fractional or beyond is not a count.
std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || std::floor(number) != number || std::fabs(number) > 9007199254740992.0)
        return std::nullopt;
    return qint64(number);
}

} // namespace

ReplyReader::ReplyReader(QJsonObject object, QString path, QString &error)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_error(error)
{
}

ReplyReader ReplyReader::child(const QJsonObject &object, const QString &relativePath) const
{
    return ReplyReader(object, pathOf(relativePath), m_error);
}

bool ReplyReader::has(const QString &name) const
{
    return !isAbsent(value(name));
}

QString ReplyReader::pathOf(const QString &name) const
{
    if (m_path.isEmpty())
        return name;
    return name.startsWith(u'[') ? m_path + name : m_path + u'.' + name;
}

void ReplyReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

void ReplyReader::missing(const QString &name)
{
    fail(tr("The reply has no field %1.").arg(pathOf(name)));
}

void ReplyReader::mistyped(const QString &name, const QString &sentence)
{
    fail(sentence.arg(pathOf(name)));
}

QString ReplyReader::requiredString(const QString &name)
{
    if (failed())
        return {};
    const QJsonValue v = value(name);
    if (isAbsent(v)) {
        missing(name);
        return {};
    }
    if (!v.isString()) {
        mistyped(name, tr("The reply field %1 is not a string."));
        return {};
    }
    if (v.toString().isEmpty()) {
        fail(tr("The reply field %1 is empty.").arg(pathOf(name)));
        return {};
    }
    return v.toString();
}

QString ReplyReader::optionalString(const QString &name)
{
    if (failed())
        return {};
    const QJsonValue v = value(name);
    if (isAbsent(v))
        return {};
    if (!v.isString()) {
        mistyped(name, tr("The reply field %1 is not a string."));
        return {};
    }
    return v.toString();
}

QString ReplyReader::optionalStringOrNumber(const QString &name)
{
    if (failed())
        return {};
    const QJsonValue v = value(name);
    if (const auto number = wholeNumber(v))
        return QString::number(*number);
    return optionalString(name);
}

qint64 ReplyReader::optionalInteger(const QString &name, qint64 fallback)
{
    if (failed())
        return fallback;
    const QJsonValue v = value(name);
    if (isAbsent(v))
        return fallback;
    const auto number = wholeNumber(v);
    if (!number) {
        mistyped(name, tr("The reply field %1 is not a whole number."));
        return fallback;
    }
    return *number;
}

qint64 ReplyReader::requiredInteger(const QString &name)
{
    if (!failed() && isAbsent(value(name))) {
        missing(name);
        return 0;
    }
    return optionalInteger(name, 0);
}

qint64 ReplyReader::optionalCount(const QString &name, qint64 fallback)
{
    if (failed())
        return fallback;
    const QJsonValue v = value(name);
    if (isAbsent(v))
        return fallback;
    if (v.isString()) {
        bool ok = false;
        const qint64 number = v.toString().trimmed().toLongLong(&ok);
        if (!ok || number < 0) {
            mistyped(name, tr("The reply field %1 is not a count (a whole number, zero or more)."));
            return fallback;
        }
        return number;
    }
    const auto number = wholeNumber(v);
    if (!number || *number < 0) {
        mistyped(name, tr("The reply field %1 is not a count (a whole number, zero or more)."));
        return fallback;
    }
    return *number;
}

qint64 ReplyReader::requiredCount(const QString &name)
{
    if (!failed() && isAbsent(value(name))) {
        missing(name);
        return 0;
    }
    return optionalCount(name, 0);
}

std::optional<std::uint64_t> ReplyReader::optionalUnsigned64(const QString &name)
{
    const QString text = optionalString(name).trimmed();
    if (failed() || text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const std::uint64_t number = text.toULongLong(&ok);
    if (!ok || text.startsWith(u'-') || text.startsWith(u'+')) {
        mistyped(name, tr("The reply field %1 is not an unsigned 64-bit decimal number."));
        return std::nullopt;
    }
    return number;
}

std::optional<bool> ReplyReader::optionalBool(const QString &name)
{
    if (failed())
        return std::nullopt;
    const QJsonValue v = value(name);
    if (isAbsent(v))
        return std::nullopt;
    if (!v.isBool()) {
        mistyped(name, tr("The reply field %1 is not true or false."));
        return std::nullopt;
    }
    return v.toBool();
}

QDateTime ReplyReader::optionalTime(const QString &name)
{
    const QString text = optionalString(name);
    if (failed() || text.isEmpty())
        return {};
    const QDateTime time = AlibabaTime::parse(text);
    if (!time.isValid())
        mistyped(name, tr("The reply field %1 is not a UTC time (yyyy-MM-ddTHH:mm:ssZ or yyyy-MM-ddTHH:mmZ)."));
    return time;
}

QDateTime ReplyReader::requiredTime(const QString &name)
{
    if (failed())
        return {};
    if (!has(name)) {
        missing(name);
        return {};
    }
    if (optionalString(name).isEmpty() && !failed()) {
        fail(tr("The reply field %1 is empty.").arg(pathOf(name)));
        return {};
    }
    return optionalTime(name);
}

QUrl ReplyReader::optionalUrl(const QString &name)
{
    const QString text = optionalString(name).trimmed();
    if (failed() || text.isEmpty() || text.compare(u"null"_s, Qt::CaseInsensitive) == 0)
        return {};
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http"_s && scheme != u"https"_s)) {
        mistyped(name, tr("The reply field %1 is not an http or https address."));
        return {};
    }
    return url;
}

QJsonObject ReplyReader::requiredObject(const QString &name)
{
    if (failed())
        return {};
    const QJsonValue v = value(name);
    if (isAbsent(v)) {
        missing(name);
        return {};
    }
    if (!v.isObject()) {
        mistyped(name, tr("The reply field %1 is not an object."));
        return {};
    }
    return v.toObject();
}

QJsonArray ReplyReader::requiredList(const QString &wrapper, const QString &inner)
{
    const QJsonObject outer = requiredObject(wrapper);
    if (failed())
        return {};
    ReplyReader wrapperReader = child(outer, wrapper);
    const QJsonValue list = outer.value(inner);
    if (isAbsent(list))
        return {};
    if (!list.isArray()) {
        wrapperReader.mistyped(inner, tr("The reply field %1 is not a list."));
        return {};
    }
    return list.toArray();
}

QJsonArray ReplyReader::optionalList(const QString &wrapper, const QString &inner)
{
    if (failed() || isAbsent(value(wrapper)))
        return {};
    return requiredList(wrapper, inner);
}

bool ReplyReader::allObjects(const QJsonArray &list, const QString &listPath)
{
    if (failed())
        return false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (!list.at(i).isObject()) {
            fail(tr("The reply field %1 is not an object.").arg(pathOf(u"%1[%2]"_s.arg(listPath).arg(i))));
            return false;
        }
    }
    return true;
}

} // namespace rdsbm::alibaba
