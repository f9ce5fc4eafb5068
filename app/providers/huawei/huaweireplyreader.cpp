#include "app/providers/huawei/huaweireplyreader.h"

#include "app/providers/huawei/huaweitime.h"

#include <QCoreApplication>

#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::huawei {

namespace {

struct HuaweiReplyReaderText
{
    Q_DECLARE_TR_FUNCTIONS(rdsbm::huawei::HuaweiReplyReader)
};

bool isAbsent(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull();
}

// Doubles hold integers exactly up to 2^53; anything fractional or beyond is not a whole number.
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

HuaweiReplyReader::HuaweiReplyReader(QJsonObject object, QString path, QString &error)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_error(error)
{
}

HuaweiReplyReader HuaweiReplyReader::child(const QJsonObject &object, const QString &relativePath) const
{
    return HuaweiReplyReader(object, pathOf(relativePath), m_error);
}

QString HuaweiReplyReader::pathOf(const QString &name) const
{
    if (m_path.isEmpty())
        return name;
    return name.startsWith(u'[') ? m_path + name : m_path + u'.' + name;
}

void HuaweiReplyReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

bool HuaweiReplyReader::has(const QString &name) const
{
    return !isAbsent(value(name));
}

void HuaweiReplyReader::missing(const QString &name)
{
    fail(HuaweiReplyReaderText::tr("The reply has no field %1.").arg(pathOf(name)));
}

void HuaweiReplyReader::mistyped(const QString &name, const QString &sentence)
{
    fail(sentence.arg(pathOf(name)));
}

QString HuaweiReplyReader::requiredString(const QString &name)
{
    if (failed())
        return {};
    if (!has(name)) {
        missing(name);
        return {};
    }
    const QString text = optionalString(name);
    if (!failed() && text.isEmpty())
        fail(HuaweiReplyReaderText::tr("The reply field %1 is empty.").arg(pathOf(name)));
    return text;
}

QString HuaweiReplyReader::optionalString(const QString &name)
{
    if (failed())
        return {};
    const QJsonValue v = value(name);
    if (isAbsent(v))
        return {};
    if (!v.isString()) {
        mistyped(name, HuaweiReplyReaderText::tr("The reply field %1 is not a string."));
        return {};
    }
    return v.toString();
}

QString HuaweiReplyReader::optionalText(const QString &name)
{
    if (failed())
        return {};
    if (const auto number = wholeNumber(value(name)))
        return QString::number(*number);
    if (value(name).isDouble())
        return QString::number(value(name).toDouble());
    return optionalString(name);
}

qint64 HuaweiReplyReader::optionalInteger(const QString &name, qint64 fallback)
{
    if (failed())
        return fallback;
    const QJsonValue v = value(name);
    if (isAbsent(v))
        return fallback;
    const auto number = wholeNumber(v);
    if (!number) {
        mistyped(name, HuaweiReplyReaderText::tr("The reply field %1 is not a whole number."));
        return fallback;
    }
    return *number;
}

qint64 HuaweiReplyReader::requiredInteger(const QString &name)
{
    if (!failed() && !has(name)) {
        missing(name);
        return 0;
    }
    return optionalInteger(name, 0);
}

qint64 HuaweiReplyReader::requiredCount(const QString &name)
{
    const qint64 count = requiredInteger(name);
    if (!failed() && count < 0) {
        mistyped(name, HuaweiReplyReaderText::tr("The reply field %1 is negative; a count is zero or more."));
        return 0;
    }
    return count;
}

std::optional<bool> HuaweiReplyReader::optionalBool(const QString &name)
{
    if (failed())
        return std::nullopt;
    const QJsonValue v = value(name);
    if (isAbsent(v))
        return std::nullopt;
    if (!v.isBool()) {
        mistyped(name, HuaweiReplyReaderText::tr("The reply field %1 is not true or false."));
        return std::nullopt;
    }
    return v.toBool();
}

QDateTime HuaweiReplyReader::optionalTime(const QString &name)
{
    const QString text = optionalString(name);
    if (failed() || text.isEmpty())
        return {};
    const QDateTime time = HuaweiTime::parse(text);
    if (!time.isValid())
        mistyped(name, HuaweiReplyReaderText::tr("The reply field %1 is not a time such as 2018-08-06T12:41:14+0800."));
    return time;
}

QDateTime HuaweiReplyReader::requiredTime(const QString &name)
{
    if (!failed() && (!has(name) || (value(name).isString() && value(name).toString().isEmpty()))) {
        missing(name);
        return {};
    }
    return optionalTime(name);
}

QDateTime HuaweiReplyReader::requiredEpochMs(const QString &name)
{
    const qint64 milliseconds = requiredInteger(name);
    if (failed())
        return {};
    return HuaweiTime::fromEpochMs(milliseconds);
}

QUrl HuaweiReplyReader::optionalUrl(const QString &name)
{
    const QString text = optionalString(name);
    if (failed() || text.isEmpty())
        return {};
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative() || (url.scheme() != u"https" && url.scheme() != u"http")) {
        mistyped(name, HuaweiReplyReaderText::tr("The reply field %1 is not an http or https address."));
        return {};
    }
    return url;
}

QJsonObject HuaweiReplyReader::requiredObject(const QString &name)
{
    if (!failed() && !has(name)) {
        missing(name);
        return {};
    }
    return optionalObject(name);
}

QJsonObject HuaweiReplyReader::optionalObject(const QString &name)
{
    if (failed() || !has(name))
        return {};
    if (!value(name).isObject()) {
        mistyped(name, HuaweiReplyReaderText::tr("The reply field %1 is not an object."));
        return {};
    }
    return value(name).toObject();
}

bool HuaweiReplyReader::checkObjects(const QJsonArray &list, const QString &name)
{
    for (qsizetype index = 0; index < list.size(); ++index) {
        if (!list.at(index).isObject()) {
            fail(HuaweiReplyReaderText::tr("The reply field %1 is not an object.").arg(pathOf(u"%1[%2]"_s.arg(name).arg(index))));
            return false;
        }
    }
    return true;
}

QJsonArray HuaweiReplyReader::requiredObjectList(const QString &name)
{
    if (!failed() && !has(name)) {
        missing(name);
        return {};
    }
    return optionalObjectList(name);
}

QJsonArray HuaweiReplyReader::optionalObjectList(const QString &name)
{
    if (failed() || !has(name))
        return {};
    if (!value(name).isArray()) {
        mistyped(name, HuaweiReplyReaderText::tr("The reply field %1 is not a list."));
        return {};
    }
    const QJsonArray list = value(name).toArray();
    return checkObjects(list, name) ? list : QJsonArray();
}

} // namespace rdsbm::huawei
