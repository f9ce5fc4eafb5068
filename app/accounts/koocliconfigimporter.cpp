#include "app/accounts/koocliconfigimporter.h"

#include "app/accounts/cliconfigfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::accounts::KooCliConfigImporter {

namespace {

const QString fallbackRegion = u"cn-north-4"_s; // the contract's default for Huawei

QString translate(const char *text)
{
    return QCoreApplication::translate("rdsbm::accounts::KooCliConfigImporter", text);
}

} // namespace

QString defaultPath()
{
    return QDir::home().filePath(u".hcloud/config.json"_s);
}

bool looksLikePlainAccessKey(const QString &value)
{
    static const QRegularExpression shape(u"^[A-Z0-9]{16,32}$"_s);
    return shape.match(value).hasMatch();
}

bool looksLikePlainSecretKey(const QString &value)
{
    static const QRegularExpression shape(u"^[A-Za-z0-9]{30,60}$"_s);
    return shape.match(value).hasMatch();
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
        const QString ak = CliConfigFile::stringMember(object, u"accessKeyId"_s, typeProblem);
        const QString sk = CliConfigFile::stringMember(object, u"secretAccessKey"_s, typeProblem);
        const QString token = CliConfigFile::stringMember(object, u"securityToken"_s, typeProblem);
        const QString region = CliConfigFile::stringMember(object, u"region"_s, typeProblem);
        const QString projectId = CliConfigFile::stringMember(object, u"projectId"_s, typeProblem);
        if (!typeProblem.isEmpty()) {
            result.skipped.append({name, typeProblem});
            continue;
        }
        if (mode.isEmpty() && !ak.isEmpty())
            mode = u"AKSK"_s;
        if (mode != u"AKSK"_s) {
            result.skipped.append(
                {name, translate("Its mode %1 is not supported; only AKSK profiles can be imported.")
                           .arg(mode.isEmpty() ? translate("(none)") : mode)});
            continue;
        }
        if (ak.isEmpty() || sk.isEmpty()) {
            result.skipped.append({name, translate("It has no complete AK/SK pair (accessKeyId and secretAccessKey).")});
            continue;
        }

        ImportedProfile imported;
        imported.profile.name = name;
        imported.profile.provider = Provider::Huawei;
        imported.profile.defaultRegion = region.isEmpty() ? fallbackRegion : region;
        if (!projectId.isEmpty())
            imported.profile.huaweiProjectIds.insert(imported.profile.defaultRegion, projectId);
        if (looksLikePlainAccessKey(ak) && looksLikePlainSecretKey(sk)) {
            imported.profile.accessKeyId = ak;
            imported.secret = ProfileSecret{sk, token};
            if (!token.isEmpty())
                imported.note = translate("These are temporary credentials: once they expire, enter new ones for this profile.");
        } else {
            imported.note = translate("KooCLI stores this profile's keys encrypted, so they could not be imported. "
                                      "Enter the AK and SK for this profile, or run "
                                      "\"hcloud configure set --cli-auth-encrypt=false\" and import again.");
        }
        if (region.isEmpty() && imported.note.isEmpty())
            imported.note = translate("No region was set; %1 is used until you choose one.").arg(fallbackRegion);
        if (QString problem = profileProblem(imported.profile); !problem.isEmpty()) {
            result.skipped.append({name, problem});
            continue;
        }
        result.imported.append(imported);
    }
    return result;
}

} // namespace rdsbm::accounts::KooCliConfigImporter
