#pragma once

#include "app/signing/signingtypes.h"

#include <QPlainTextEdit>

namespace rdsbm::ui {

// The exact request a summary page will send, read-only and copyable: the action or method and
// path, then each parameter on its own line. Secrets are masked, never shown.
class RequestPreview : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit RequestPreview(QWidget *parent = nullptr);

    // "Action=RestoreDdrTable", then "Name=value" per parameter; values of `masked` show as ••••••••.
    void showParameters(const QString &firstLine, const signing::QueryParameters &parameters,
                        const QStringList &masked = {});
    // A method and path followed by a body, shown as it is sent.
    void showBody(const QString &firstLine, const QByteArray &body);

    static QString formatParameters(const QString &firstLine, const signing::QueryParameters &parameters,
                                    const QStringList &masked = {});
};

} // namespace rdsbm::ui
