#include "app/operations/jobparameters.h"

namespace rdsbm::operations {

QJsonObject toJobParameters(const signing::QueryParameters &parameters)
{
    QJsonObject object;
    for (const auto &[name, value] : parameters)
        object.insert(name, value);
    return object;
}

} // namespace rdsbm::operations
