#include "app/accounts/aliyunconfigimporter.h"

#include "app/accounts/cliconfigfile.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::accounts::AliyunConfigImporter {

namespace {

const QString fallbackRegion = u"cn-hangzhou"_s; // the contract's default for Alibaba

QString translate(const char *text)
{
    return QCoreApplication::translate("rdsbm::accounts::AliyunConfigImporter", text);
}

QString unsupportedModeReason(const QString &mode)
{
    if (mode.startsWith(u"RamRoleArn"_s) || mode == u"ChainableRamRoleArn"_s)
        return translate("It assumes a RAM role (mode %1), which needs an STS call this application does not make; "
                         "import an AccessKey or StsToken profile instead.")
            .arg(mode);
    return translate("Its mode %1 is not supported; only AK and StsToken profiles can be imported.").arg(mode);
}

} // namespace

QString defaultPath()
{
    return QDir::home().filePath(u".aliyun/config.json"_s);
}

ProfileImportResult importFile(const QString &path)
{
    ProfileImportResult result;
    const auto bytes = CliConfigFile::read(path, result);
    return bytes ? importJson(*bytes, path) : result;
}

ProfileImportResult importJson(const QByteArray &json, const QString &sourcePath)
{
    ProfileImportResult result;
    result.sourcePath = sourcePath;
    const auto profiles = CliConfigFile::profiles(json, result);
    if (!profiles)
        return result;

    for (const QJsonValue &entry : *profiles) {
        if (!entry.isObject()) {
            result.skipped.append({QString(), translate("A profile entry is not a JSON object.")});
            continue;
        }
        const QJsonObject object = entry.toObject();
        QString typeProblem;
        const QString name = CliConfigFile::stringMember(object, u"name"_s, typeProblem);
        QString mode = CliConfigFile::stringMember(object, u"mode"_s, typeProblem);
        const QString keyId = CliConfigFile::stringMember(object, u"access_key_id"_s, typeProblem);
        const QString keySecret = CliConfigFile::stringMember(object, u"access_key_secret"_s, typeProblem);
        const QString stsToken = CliConfigFile::stringMember(object, u"sts_token"_s, typeProblem);
        const QString region = CliConfigFile::stringMember(object, u"region_id"_s, typeProblem);
        if (!typeProblem.isEmpty()) {
            result.skipped.append({name, typeProblem});
            continue;
        }
        if (mode.isEmpty() && !keyId.isEmpty())
            mode = u"AK"_s; // early aliyun CLI versions wrote no mode for AccessKey profiles
        if (mode != u"AK"_s && mode != u"StsToken"_s) {
            result.skipped.append({name, unsupportedModeReason(mode.isEmpty() ? translate("(none)") : mode)});
            continue;
        }
        if (keyId.isEmpty() || keySecret.isEmpty()) {
            result.skipped.append({name, translate("It has no complete AccessKey pair (access_key_id and access_key_secret).")});
            continue;
        }
        if (mode == u"StsToken"_s && stsToken.isEmpty()) {
            result.skipped.append({name, translate("It is an StsToken profile without an sts_token.")});
            continue;
        }

        ImportedProfile imported;
        imported.profile.name = name;
        imported.profile.provider = Provider::Alibaba;
        imported.profile.defaultRegion = region.isEmpty() ? fallbackRegion : region;
        imported.profile.accessKeyId = keyId;
        imported.secret = ProfileSecret{keySecret, mode == u"StsToken"_s ? stsToken : QString()};
        if (mode == u"StsToken"_s)
            imported.note = translate("An STS token is temporary: once it expires, enter a new one for this profile.");
        else if (region.isEmpty())
            imported.note = translate("No region was set; %1 is used until you choose one.").arg(fallbackRegion);
        if (QString problem = profileProblem(imported.profile); !problem.isEmpty()) {
            result.skipped.append({name, problem});
            continue;
        }
        result.imported.append(imported);
    }
    return result;
}

} // namespace rdsbm::accounts::AliyunConfigImporter
