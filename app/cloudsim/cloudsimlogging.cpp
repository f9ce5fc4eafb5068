#include "app/cloudsim/cloudsimlogging.h"

Q_LOGGING_CATEGORY(lcCloudSim, "rdsbm.cloudsim")
