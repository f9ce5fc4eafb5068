#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace rdsbm::errors {

// One documented error code of one provider, as the seeds (or the reference notes) list it.
struct ErrorEntry
{
    // Another row of the same seed for the same code, worded differently. The service's own message
    // tells which one it sent.
    struct Alternative
    {
        QString message;
        QHash<QString, QString> descriptions;
        QHash<QString, QString> translations; // the project's own, as for the entry
        QStringList sources;
    };

    QString provider;                     // "alibaba" (RDS + gateway), "dbs", "huawei"
    QString code;                         // verbatim, case-sensitive: "pay.noCreditCard" != "Pay.NoCreditCard"
    int httpStatus = 0;
    QString message;                      // English, verbatim from the seed
    QHash<QString, QString> descriptions; // language tag ("zh_CN", "zh_TW", "ja", "en") -> seed wording
    // Language tag -> the project's own translation of the message (errortranslations.json), only for the
    // languages the seeds leave without a description. Never the seed's wording.
    QHash<QString, QString> translations;
    QStringList operations;               // seed operations whose table lists the code
    QStringList sources;                  // seed ids ("000".."004") or "reference"
    bool operationSpecific = false;       // chosen only for one of its operations
    bool gateway = false;                 // answered by the API gateway, not the product
    QList<Alternative> alternatives;
};

} // namespace rdsbm::errors
