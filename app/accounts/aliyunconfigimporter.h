#pragma once

#include "app/accounts/profileimport.h"

#include <QByteArray>

namespace rdsbm::accounts {

// Profiles of the aliyun CLI (~/.aliyun/config.json: {"current", "profiles": [{"name", "mode",
// "access_key_id", "access_key_secret", "sts_token", "region_id", ...}]}).
// Modes AK and StsToken are imported; RAM roles, ECS roles, key pairs, external processes,
// OIDC and SSO are skipped with a reason, since they need flows this application does not run.
namespace AliyunConfigImporter {

QString defaultPath();
ProfileImportResult importFile(const QString &path);
ProfileImportResult importJson(const QByteArray &json, const QString &sourcePath = {});

} // namespace AliyunConfigImporter

} // namespace rdsbm::accounts
