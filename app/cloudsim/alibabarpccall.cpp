#include "app/cloudsim/alibabarpccall.h"

#include <QSet>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

AlibabaRpcCall::AlibabaRpcCall(signing::QueryParameters parameters, AlibabaReplyContext context,
                               QString accessKeyId)
    : m_parameters(std::move(parameters))
    , m_context(std::move(context))
    , m_accessKeyId(std::move(accessKeyId))
{
}

void AlibabaRpcCall::setDbsEnvelope(const QString &hostId)
{
    m_context.dbsEnvelope = true;
    m_context.hostId = hostId;
    m_context.product = u"Dbs"_s;
}

bool AlibabaRpcCall::has(const QString &name) const
{
    return !value(name).isEmpty();
}

QString AlibabaRpcCall::value(const QString &name) const
{
    for (const auto &[key, value] : m_parameters)
        if (key == name)
            return value;
    return {};
}

QString AlibabaRpcCall::fingerprint() const
{
    static const QSet<QString> common{
        u"Action"_s, u"Version"_s, u"Format"_s, u"AccessKeyId"_s, u"SignatureMethod"_s,
        u"SignatureVersion"_s, u"SignatureNonce"_s, u"Timestamp"_s, u"Signature"_s,
        u"SecurityToken"_s, u"RegionId"_s, u"ClientToken"_s, u"OwnerId"_s, u"OwnerAccount"_s,
        u"ResourceOwnerId"_s, u"ResourceOwnerAccount"_s,
    };
    QStringList pairs;
    for (const auto &[key, value] : m_parameters)
        if (!common.contains(key) && !value.isEmpty())
            pairs.append(key + u'=' + value);
    std::sort(pairs.begin(), pairs.end());
    return pairs.join(u'\n');
}

SimResponse AlibabaRpcCall::ok(QJsonObject body) const
{
    return AlibabaReply::success(m_context, std::move(body));
}

SimResponse AlibabaRpcCall::okFromJson(const QByteArray &objectJson) const
{
    return AlibabaReply::successFromJson(m_context, objectJson);
}

SimResponse AlibabaRpcCall::fail(const QString &code, const QStringList &arguments) const
{
    return AlibabaReply::error(m_context, code, arguments);
}

SimResponse AlibabaRpcCall::missing(const QString &parameter) const
{
    return fail(u"MissingParameter"_s, {parameter});
}

SimResponse AlibabaRpcCall::invalid(const QString &parameter) const
{
    return fail(u"InvalidParameter"_s, {parameter});
}

} // namespace rdsbm::cloudsim
