#pragma once

#include "app/cloudsim/alibabamodel.h"

#include <QString>

namespace rdsbm::cloudsim {

// The TableMeta parameter of RestoreDdrTable / RestoreTable (seed 000):
//   [{"type":"db","name":"src","newname":"dst","tables":[{"type":"table","name":"t","newname":"t2"}]}]
// checked for what can be judged from the text alone, with the seed's error codes:
// null or not a JSON array -> InvalidParamTableMeta; a missing name or newname ->
// InvalidParamTableMeta.Content; a newname given twice or naming a system database ->
// InvalidParamTableMeta.Duplicate.
class TableMeta
{
public:
    struct Parsed
    {
        QList<DatabaseRestore> databases;
        QString errorCode; // empty when valid
    };

    static Parsed parse(const QString &text);
    static bool isSystemDatabase(const QString &name);
};

} // namespace rdsbm::cloudsim
