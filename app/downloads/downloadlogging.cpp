#include "app/downloads/downloadlogging.h"

namespace rdsbm {
Q_LOGGING_CATEGORY(lcDownloads, "rdsbm.downloads", QtInfoMsg)
}
