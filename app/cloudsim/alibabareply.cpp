#include "app/cloudsim/alibabareply.h"

#include "app/cloudsim/alibabaerrors.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

namespace {

QByteArray escapeXml(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const qint64 whole = value.toInteger();
        return double(whole) == number ? QString::number(whole) : QString::number(number);
    }
    case QJsonValue::String:
        return value.toString();
    default:
        return {};
    }
}

void appendElement(QByteArray &out, const QString &name, const QJsonValue &value)
{
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            appendElement(out, name, item);
        return;
    }
    const QByteArray tag = name.toUtf8();
    out += '<' + tag + '>';
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            appendElement(out, it.key(), it.value());
    } else {
        out += escapeXml(scalarText(value));
    }
    out += "</" + tag + '>';
}

SimResponse render(const AlibabaReplyContext &context, int status, const QString &rootName,
                   const QJsonObject &body)
{
    if (!context.xml)
        return SimResponse::json(status, QJsonDocument(body));
    SimResponse response;
    response.status = status;
    response.headers.append({QByteArrayLiteral("Content-Type"),
                             QByteArrayLiteral("text/xml;charset=utf-8")});
    response.body = AlibabaReply::toXml(rootName, body);
    return response;
}

} // namespace

SimResponse AlibabaReply::success(const AlibabaReplyContext &context, QJsonObject body)
{
    body.insert(u"RequestId"_s, context.requestId);
    if (context.dbsEnvelope) {
        body.insert(u"Success"_s, true);
        body.insert(u"ErrCode"_s, QString());
        body.insert(u"ErrMessage"_s, QString());
        body.insert(u"HttpStatusCode"_s, 200);
    }
    return render(context, 200, context.action + u"Response"_s, body);
}

SimResponse AlibabaReply::successFromJson(const AlibabaReplyContext &context, const QByteArray &objectJson)
{
    if (context.xml || context.dbsEnvelope || !objectJson.startsWith('{'))
        return success(context, QJsonDocument::fromJson(objectJson).object());
    QByteArray body = objectJson;
    const QByteArray requestId = "\"RequestId\":\"" + context.requestId.toUtf8() + '"';
    body.insert(1, body.size() > 2 ? requestId + ',' : requestId);
    SimResponse response;
    response.status = 200;
    response.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json;charset=utf-8")});
    response.body = body;
    return response;
}

SimResponse AlibabaReply::error(const AlibabaReplyContext &context, const QString &code,
                                const QStringList &arguments)
{
    return error(context, AlibabaErrors::find(code).httpStatus, code,
                 AlibabaErrors::message(code, arguments));
}

SimResponse AlibabaReply::error(const AlibabaReplyContext &context, int httpStatus,
                                const QString &code, const QString &message)
{
    const QString recommend = u"https://api.alibabacloud.com/troubleshoot?q=%1&product=%2&requestId=%3"_s
                                  .arg(QString::fromUtf8(QUrl::toPercentEncoding(code)),
                                       context.product, context.requestId);
    QJsonObject body{
        {u"Code"_s, code},
        {u"Message"_s, message},
        {u"RequestId"_s, context.requestId},
        {u"HostId"_s, context.hostId},
        {u"Recommend"_s, recommend},
    };
    // DBS clients read these instead of Code and Message; both forms are present.
    if (context.dbsEnvelope) {
        body.insert(u"Success"_s, false);
        body.insert(u"ErrCode"_s, code);
        body.insert(u"ErrMessage"_s, message);
        body.insert(u"HttpStatusCode"_s, httpStatus);
    }
    return render(context, httpStatus, u"Error"_s, body);
}

QByteArray AlibabaReply::toXml(const QString &rootName, const QJsonObject &body)
{
    QByteArray out = QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    appendElement(out, rootName, body);
    return out;
}

} // namespace rdsbm::cloudsim
