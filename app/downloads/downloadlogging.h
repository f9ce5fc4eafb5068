#pragma once

#include <QLoggingCategory>

namespace rdsbm {
Q_DECLARE_LOGGING_CATEGORY(lcDownloads)
}
