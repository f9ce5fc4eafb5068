#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace rdsbm::cli {

// JSON output: exactly one document, as the API's own field names give it.
QString jsonText(const QJsonArray &array);
QString jsonText(const QJsonObject &object);

// A list as an aligned table with the given columns (API field names as headers); nested
// values are shown as compact JSON. East Asian wide characters count as two columns.
QString tableText(const QJsonArray &rows, const QStringList &columns);

// An operation's result as "Key: value" lines, nested objects flattened with dots.
QString keyValueText(const QJsonObject &object);

int displayWidth(const QString &text);

} // namespace rdsbm::cli
