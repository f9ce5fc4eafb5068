#pragma once

#include "app/cloudsim/simhttp.h"

#include <QJsonObject>
#include <QString>

namespace rdsbm::cloudsim {

// How an Alibaba RPC reply is rendered: which request it answers and in which format.
struct AlibabaReplyContext
{
    QString requestId;
    QString hostId = QStringLiteral("rds.aliyuncs.com");
    QString product = QStringLiteral("Rds");
    QString action;
    bool xml = false;          // Format=XML, the RDS default when a V1 request leaves Format out
    bool dbsEnvelope = false;  // DBS bodies also carry Success, ErrCode, ErrMessage, HttpStatusCode
};

// Success bodies carry RequestId; errors are {"Code","Message","RequestId","HostId","Recommend"}
// with the code's documented HTTP status. XML, when asked for, follows the same tree:
// <ActionResponse>...</ActionResponse> or <Error>...</Error>, arrays as repeated elements.
class AlibabaReply
{
public:
    static SimResponse success(const AlibabaReplyContext &context, QJsonObject body);
    // The same from compact JSON text of an object (without RequestId), for large bodies
    // written with JsonWriter.
    static SimResponse successFromJson(const AlibabaReplyContext &context, const QByteArray &objectJson);
    static SimResponse error(const AlibabaReplyContext &context, const QString &code,
                             const QStringList &arguments = {});
    static SimResponse error(const AlibabaReplyContext &context, int httpStatus, const QString &code,
                             const QString &message);

    static QByteArray toXml(const QString &rootName, const QJsonObject &body);
};

} // namespace rdsbm::cloudsim
