#pragma once

#include <QLoggingCategory>

// The simulator's log category. Never logs query strings, bodies or presigned links.
Q_DECLARE_LOGGING_CATEGORY(lcCloudSim)
