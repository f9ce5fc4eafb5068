#pragma once

#include <QList>
#include <QString>

namespace rdsbm {

// Why something a user typed was refused before anything was sent: the API's field name, the
// error code the service documents for that mistake, and a translated sentence that names the
// field and the rule.
struct InputProblem
{
    QString field;   // "DestinationEndpointPort", "RestoreObjects[1].DBName", "source.restore_time"
    QString code;    // "MissingParameter", "InvalidParameter", "DBS.200037"
    QString message;
};

using InputProblems = QList<InputProblem>;

} // namespace rdsbm
