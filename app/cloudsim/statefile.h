#pragma once

#include <QJsonObject>
#include <QString>

namespace rdsbm::cloudsim {

// --state FILE: the simulator's mutable state as one JSON document, written atomically
// (QSaveFile) so that a kill mid-write leaves the previous state intact.
//   { "format": 1, "seed": n, "epoch": "<ISO time the generated data hangs off>",
//     "alibaba": {...}, "huawei": {...}, "stats": {...} }
class StateFile
{
public:
    static constexpr int formatVersion = 1;

    struct Loaded
    {
        bool exists = false;
        QJsonObject state;
        QString error; // set when the file exists but cannot be used
    };

    static Loaded load(const QString &path);
    static bool save(const QString &path, const QJsonObject &state, QString *error);
};

} // namespace rdsbm::cloudsim
