#pragma once

#include "app/domain/cloudjob.h"

#include <QJsonObject>

#include <optional>

namespace rdsbm::jobs {

QJsonObject toJson(const CloudJob &job);
// Nothing when a required member is missing or has an unknown value; `error` names it.
std::optional<CloudJob> cloudJobFromJson(const QJsonObject &object, QString &error);

QString jobKindKey(JobKind kind);
QString jobStateKey(JobState state);

} // namespace rdsbm::jobs
