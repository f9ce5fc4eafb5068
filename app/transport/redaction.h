#pragma once

#include <QString>
#include <QUrl>

namespace rdsbm::transport {

// The single place secrets are scrubbed from text bound for logs or error details: values of
// AccessKeySecret, Signature, SecurityToken, Authorization, SK, passwords and tokens, in query,
// form, JSON and header forms. Server messages can echo a canonical request; they pass here too.
QString redactSecrets(const QString &text);

// scheme://host[:port]/path only: query strings carry signatures and presigned links expire
// into secrets, so they are never logged.
QString urlForLog(const QUrl &url);

} // namespace rdsbm::transport
