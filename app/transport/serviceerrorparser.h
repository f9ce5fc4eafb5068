#pragma once

#include <QJsonDocument>
#include <QString>

#include <optional>

namespace rdsbm::transport {

struct ServiceErrorBody
{
    QString code;
    QString message;
    QString requestId;
};

// Recognises the providers' error bodies:
//  Alibaba RPC  {"Code","Message","RequestId","HostId","Recommend"}
//  Alibaba DBS  a 2xx body with "Success": false and ErrCode/ErrMessage
//  Huawei       {"error_code","error_msg","request_id"} and the Keystone form {"error":{"code","message"}}
// Returns nothing for a body that is no provider error (including every successful reply).
std::optional<ServiceErrorBody> parseServiceError(const QJsonDocument &document, bool successStatus);

} // namespace rdsbm::transport
