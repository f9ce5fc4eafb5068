#pragma once

#include <QDateTime>
#include <QUrl>

#include <chrono>
#include <optional>

namespace rdsbm::downloads {

// What a presigned object-storage link says about its own lifetime, read from its query:
//  OSS V1 and OBS V2 links:      Expires=<Unix seconds>
//  OSS V4 links:                 x-oss-date=<yyyyMMddTHHmmssZ> & x-oss-expires=<seconds>
//  S3-style V4 links (OBS too):  X-Amz-Date=<yyyyMMddTHHmmssZ> & X-Amz-Expires=<seconds>
// A link without any of these has no known expiry; a 403 from the server is then the only sign.
namespace PresignedLink {

std::optional<QDateTime> expiry(const QUrl &url);

// True when the link's own expiry lies within `margin` of `now` (or before it): asking for a fresh
// link first is cheaper than a request that is bound to fail with 403.
bool hasExpired(const QUrl &url, const QDateTime &now, std::chrono::seconds margin = std::chrono::seconds(30));

} // namespace PresignedLink

} // namespace rdsbm::downloads
