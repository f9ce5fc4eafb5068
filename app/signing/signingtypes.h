#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

namespace rdsbm::signing {

// Ordered name/value pairs: names may repeat, order is the caller's until signing sorts it.
using QueryParameters = QList<std::pair<QString, QString>>;
using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

struct AlibabaCredentials
{
    QString accessKeyId;
    QString accessKeySecret;
    QString securityToken; // STS; empty for a permanent AccessKey

    bool isComplete() const { return !accessKeyId.isEmpty() && !accessKeySecret.isEmpty(); }
};

struct HuaweiCredentials
{
    QString accessKey;
    QString secretKey;
    QString securityToken; // temporary AK/SK; empty otherwise

    bool isComplete() const { return !accessKey.isEmpty() && !secretKey.isEmpty(); }
};

} // namespace rdsbm::signing
