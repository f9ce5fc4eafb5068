#pragma once

#include "app/accounts/profileimport.h"

#include <QByteArray>

namespace rdsbm::accounts {

// Profiles of Huawei Cloud's KooCLI (hcloud; ~/.hcloud/config.json: {"current", "profiles":
// [{"name", "mode", "accessKeyId", "secretAccessKey", "securityToken", "region", "projectId",
// ...}]}, the layout `hcloud configure list` prints). Mode AKSK is imported; ecsAgency, SSO,
// token and agency profiles are skipped with a reason.
//
// Since KooCLI 5.2.7 the authentication values are stored encrypted unless the user ran
// `hcloud configure set --cli-auth-encrypt=false`. Encrypted values cannot be read here, so a
// profile whose AK/SK do not look like plain Huawei keys is imported without them, with a note
// asking the user to enter them.
namespace KooCliConfigImporter {

QString defaultPath();
ProfileImportResult importFile(const QString &path);
ProfileImportResult importJson(const QByteArray &json, const QString &sourcePath = {});

// Plain Huawei keys: the AK is 16-32 upper-case letters and digits, the SK 30-60 letters and
// digits. Ciphertext is longer (it carries a nonce and a tag) or holds other characters.
bool looksLikePlainAccessKey(const QString &value);
bool looksLikePlainSecretKey(const QString &value);

} // namespace KooCliConfigImporter

} // namespace rdsbm::accounts
