#pragma once

#include "app/cloudsim/simhttp.h"

#include <QString>

namespace rdsbm::cloudsim {

// Huawei's error bodies: {"error_code","error_msg"} from RDS, plus "request_id" from the API
// gateway. RDS words error_msg in the language the request's X-Language asks for
// (zh-cn, else en-us), so both texts are given.
class HuaweiErrorReply
{
public:
    static SimResponse service(const SimRequest &request, int status, const QString &code,
                               const QString &english, const QString &chinese);
    // 400 DBS.200001 "Parameter error: <detail>".
    static SimResponse parameter(const SimRequest &request, const QString &english,
                                 const QString &chinese);
    static SimResponse gateway(int status, const QString &code, const QString &message,
                               const QByteArray &requestId);
};

} // namespace rdsbm::cloudsim
