#pragma once

#include "app/providers/alibaba/parametererror.h"

#include <QCoreApplication>
#include <QString>

namespace rdsbm::alibaba {

// The idempotency token of RestoreDdrTable and of every DBS write: made once per user action and
// sent unchanged with every retry of that action, so the service runs it at most once.
class ClientToken
{
    Q_DECLARE_TR_FUNCTIONS(ClientToken)

public:
    static constexpr int maxLength = 64;

    static QString generate();

    // Seed 000: unique per request, at most 64 ASCII characters, nothing outside ASCII.
    // `required` makes an empty token an error too.
    static ParameterErrors validate(const QString &token, bool required);
};

} // namespace rdsbm::alibaba
