#include "app/cloudsim/statefile.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::cloudsim {

StateFile::Loaded StateFile::load(const QString &path)
{
    Loaded loaded;
    QFile file(path);
    if (!file.exists())
        return loaded;
    loaded.exists = true;
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.error = u"cannot read %1: %2"_s.arg(path, file.errorString());
        return loaded;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        loaded.error = u"%1 is not a simulator state file: %2"_s.arg(path, parseError.errorString());
        return loaded;
    }
    loaded.state = document.object();
    if (loaded.state.value(u"format"_s).toInt() != formatVersion)
        loaded.error = u"%1 has an unknown state format"_s.arg(path);
    return loaded;
}

bool StateFile::save(const QString &path, const QJsonObject &state, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QJsonObject document = state;
    document.insert(u"format"_s, formatVersion);
    file.write(QJsonDocument(document).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace rdsbm::cloudsim
