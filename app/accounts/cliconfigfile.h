#pragma once

#include "app/accounts/profileimport.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace rdsbm::accounts::CliConfigFile {

// What both CLIs' files share: one JSON object with "current" and a "profiles" array of objects.
// On failure, sets result.error (naming the file and what is wrong) and returns nothing.
std::optional<QByteArray> read(const QString &path, ProfileImportResult &result);
std::optional<QJsonArray> profiles(const QByteArray &json, ProfileImportResult &result);

// A member that must be a string if present; sets `problem` when it is another type.
QString stringMember(const QJsonObject &object, const QString &name, QString &problem);

} // namespace rdsbm::accounts::CliConfigFile
