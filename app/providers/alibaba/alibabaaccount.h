#pragma once

#include "app/signing/signingtypes.h"

#include <QString>
#include <QUrl>

namespace rdsbm::alibaba {

// Which signature the gateway is sent: V1 (HMAC-SHA1 over the query, the "RPC" form every
// Alibaba SDK still speaks) or V3 (ACS3-HMAC-SHA256 in the Authorization header).
enum class SignatureVersion { V1, V3 };

// What a request needs to reach one region of an account: who signs, where it goes.
struct AlibabaAccount
{
    signing::AlibabaCredentials credentials;
    QString regionId;  // e.g. cn-hangzhou; empty only for region-less calls (DescribeRegions)
    QUrl endpoint;     // --endpoint: replaces scheme, host and port of every product; empty = real hosts
    SignatureVersion signatureVersion = SignatureVersion::V1;
};

} // namespace rdsbm::alibaba
