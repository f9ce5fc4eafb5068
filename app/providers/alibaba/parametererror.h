#pragma once

#include "app/domain/inputproblem.h"

namespace rdsbm::alibaba {

// Why a parameter was refused before anything was sent: the API's field name, the error code the
// service documents for that mistake (seed tables, or the gateway's MissingParameter /
// InvalidParameter), and a translated sentence naming the field and the rule. The project's
// InputProblem, under the name the RDS client uses.
using ParameterError = InputProblem;
using ParameterErrors = InputProblems;

} // namespace rdsbm::alibaba
