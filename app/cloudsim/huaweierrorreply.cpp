#include "app/cloudsim/huaweierrorreply.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

SimResponse HuaweiErrorReply::service(const SimRequest &request, int status, const QString &code,
                                      const QString &english, const QString &chinese)
{
    const bool chineseWanted = request.header("X-Language").trimmed().toLower() == "zh-cn";
    return SimResponse::json(status, QJsonDocument(QJsonObject{
                                         {u"error_code"_s, code},
                                         {u"error_msg"_s, chineseWanted ? chinese : english}}));
}

SimResponse HuaweiErrorReply::parameter(const SimRequest &request, const QString &english,
                                        const QString &chinese)
{
    return service(request, 400, u"DBS.200001"_s, u"Parameter error: "_s + english,
                   u"参数错误："_s + chinese);
}

SimResponse HuaweiErrorReply::gateway(int status, const QString &code, const QString &message,
                                      const QByteArray &requestId)
{
    return SimResponse::json(status, QJsonDocument(QJsonObject{
                                         {u"error_code"_s, code},
                                         {u"error_msg"_s, message},
                                         {u"request_id"_s, QString::fromLatin1(requestId)}}));
}

} // namespace rdsbm::cloudsim
