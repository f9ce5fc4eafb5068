#include "app/transport/logging.h"

namespace rdsbm {
Q_LOGGING_CATEGORY(lcNet, "rdsbm.net", QtInfoMsg)
}
