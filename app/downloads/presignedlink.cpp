#include "app/downloads/presignedlink.h"

#include <QTimeZone>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::downloads::PresignedLink {

namespace {

// Query keys are matched without regard to case: OSS and OBS spell them differently.
QString queryValue(const QUrlQuery &query, const QString &key)
{
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        if (name.compare(key, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

std::optional<QDateTime> datePlusSeconds(const QString &compactDate, const QString &seconds)
{
    QDateTime start = QDateTime::fromString(compactDate, u"yyyyMMdd'T'HHmmss'Z'"_s);
    bool ok = false;
    const qint64 lifetime = seconds.toLongLong(&ok);
    if (!start.isValid() || !ok || lifetime < 0)
        return std::nullopt;
    start.setTimeZone(QTimeZone::utc());
    return start.addSecs(lifetime);
}

} // namespace

std::optional<QDateTime> expiry(const QUrl &url)
{
    const QUrlQuery query(url);
    bool ok = false;
    const qint64 expires = queryValue(query, u"Expires"_s).toLongLong(&ok);
    if (ok && expires > 0)
        return QDateTime::fromSecsSinceEpoch(expires, QTimeZone::utc());
    if (auto oss = datePlusSeconds(queryValue(query, u"x-oss-date"_s), queryValue(query, u"x-oss-expires"_s)))
        return oss;
    return datePlusSeconds(queryValue(query, u"X-Amz-Date"_s), queryValue(query, u"X-Amz-Expires"_s));
}

bool hasExpired(const QUrl &url, const QDateTime &now, std::chrono::seconds margin)
{
    const auto until = expiry(url);
    return until && now.addSecs(margin.count()) >= *until;
}

} // namespace rdsbm::downloads::PresignedLink
