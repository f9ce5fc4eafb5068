#include "app/accounts/profile.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::accounts {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("rdsbm::accounts::Profile", text);
}

} // namespace

QStringList Profile::regions() const
{
    QStringList all;
    if (!defaultRegion.isEmpty())
        all.append(defaultRegion);
    for (const QString &region : extraRegions)
        if (!region.isEmpty() && !all.contains(region))
            all.append(region);
    return all;
}

QString profileNameProblem(const QString &name)
{
    // Names become settings groups and keychain keys: no separators, no control characters.
    static const QRegularExpression allowed(u"^[A-Za-z0-9][A-Za-z0-9 ._@-]{0,63}$"_s);
    if (name.isEmpty())
        return translate("The profile name is required.");
    if (!allowed.match(name).hasMatch())
        return translate("The profile name \"%1\" must start with a letter or digit and hold at most 64 letters, "
                         "digits, spaces, dots, underscores, hyphens or @ signs.")
            .arg(name);
    return {};
}

QString regionIdProblem(const QString &fieldName, const QString &region)
{
    // cn-hangzhou, ap-southeast-1, cn-north-4, cn-shanghai-finance-1, la-south-2 ...
    static const QRegularExpression shape(u"^[a-z]{2,}(-[a-z0-9]+)+$"_s);
    if (region.isEmpty())
        return translate("%1 is required.").arg(fieldName);
    if (!shape.match(region).hasMatch())
        return translate("%1 \"%2\" is not a region ID such as cn-hangzhou or cn-north-4.").arg(fieldName, region);
    return {};
}

QString endpointProblem(const QUrl &endpoint)
{
    if (endpoint.isEmpty())
        return {};
    const QString scheme = endpoint.scheme();
    if (!endpoint.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || endpoint.host().isEmpty())
        return translate("The endpoint \"%1\" must be an http:// or https:// address with a host name.")
            .arg(endpoint.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    if (!endpoint.userInfo().isEmpty() || endpoint.hasQuery() || endpoint.hasFragment())
        return translate("The endpoint must hold only a scheme, a host and a port, with no user, query or fragment.");
    return {};
}

QString profileProblem(const Profile &profile)
{
    if (QString problem = profileNameProblem(profile.name); !problem.isEmpty())
        return problem;
    if (QString problem = regionIdProblem(translate("The default region"), profile.defaultRegion); !problem.isEmpty())
        return problem;
    for (const QString &region : profile.extraRegions)
        if (QString problem = regionIdProblem(translate("An extra region"), region); !problem.isEmpty())
            return problem;
    if (QString problem = endpointProblem(profile.endpoint); !problem.isEmpty())
        return problem;
    for (auto it = profile.huaweiProjectIds.cbegin(); it != profile.huaweiProjectIds.cend(); ++it) {
        if (QString problem = regionIdProblem(translate("The region of a project ID"), it.key()); !problem.isEmpty())
            return problem;
        static const QRegularExpression projectId(u"^[0-9a-f]{32}$"_s);
        if (!projectId.match(it.value()).hasMatch())
            return translate("The project ID for %1 must be 32 lower-case hexadecimal characters.").arg(it.key());
    }
    static const QRegularExpression keyId(u"^[A-Za-z0-9._-]{1,128}$"_s);
    if (!profile.accessKeyId.isEmpty() && !keyId.match(profile.accessKeyId).hasMatch())
        return translate("The access key ID may hold only letters, digits, dots, underscores and hyphens.");
    return {};
}

QString signatureVersionKey(AlibabaSignatureVersion version)
{
    return version == AlibabaSignatureVersion::V3 ? u"v3"_s : u"v1"_s;
}

std::optional<AlibabaSignatureVersion> signatureVersionFromKey(const QString &key)
{
    if (key.compare(u"v1"_s, Qt::CaseInsensitive) == 0)
        return AlibabaSignatureVersion::V1;
    if (key.compare(u"v3"_s, Qt::CaseInsensitive) == 0)
        return AlibabaSignatureVersion::V3;
    return std::nullopt;
}

std::optional<Provider> providerFromKey(const QString &key)
{
    if (key == providerKey(Provider::Alibaba))
        return Provider::Alibaba;
    if (key == providerKey(Provider::Huawei))
        return Provider::Huawei;
    return std::nullopt;
}

} // namespace rdsbm::accounts
