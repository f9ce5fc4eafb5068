#pragma once

#include <QString>
#include <QStringList>

namespace rdsbm::operations {

// What an operation will do once submitted, in whole translated sentences, so that a
// confirmation (a terminal prompt, a wizard's commit page) can show it before anything is sent.
struct OperationPreview
{
    QString summary;          // one sentence: what is about to happen
    QStringList details;      // the parameters that matter, one per line
    QStringList overwrites;   // what existing data will be replaced or written into; empty: nothing
};

} // namespace rdsbm::operations
