#pragma once

#include <Qt>

namespace rdsbm::models {

enum ModelRole {
    RawValueRole = Qt::UserRole + 1, // typed value to sort and compare on (qint64, QDateTime, ...)
    StatusRole,                      // provider status word, for delegates that draw a badge
    BackupIdRole,
};

} // namespace rdsbm::models
