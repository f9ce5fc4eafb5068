#pragma once

#include "app/cloudsim/alibabareply.h"
#include "app/signing/signingtypes.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace rdsbm::cloudsim {

// One authenticated Alibaba RPC request: its decoded parameters (query and form body together)
// and how to answer it. Handlers read parameters from here and answer with ok() or fail().
class AlibabaRpcCall
{
public:
    AlibabaRpcCall(signing::QueryParameters parameters, AlibabaReplyContext context,
                   QString accessKeyId);

    const QString &action() const { return m_context.action; }
    QString version() const { return value(QStringLiteral("Version")); }
    const QString &accessKeyId() const { return m_accessKeyId; }
    const AlibabaReplyContext &context() const { return m_context; }
    void setDbsEnvelope(const QString &hostId);

    // A parameter counts as given when it is present with a non-empty value (the SDKs drop empty ones).
    bool has(const QString &name) const;
    QString value(const QString &name) const;
    const signing::QueryParameters &parameters() const { return m_parameters; }

    // The operation's own parameters, sorted, without the signing and common ones: two calls
    // with the same fingerprint are the same request for ClientToken purposes.
    QString fingerprint() const;

    SimResponse ok(QJsonObject body) const;
    SimResponse okFromJson(const QByteArray &objectJson) const;
    SimResponse fail(const QString &code, const QStringList &arguments = {}) const;
    SimResponse missing(const QString &parameter) const;
    SimResponse invalid(const QString &parameter) const;

private:
    signing::QueryParameters m_parameters;
    AlibabaReplyContext m_context;
    QString m_accessKeyId;
};

// Action name -> handler, one table per API version.
using RpcActionTable = QHash<QString, std::function<SimResponse(const AlibabaRpcCall &)>>;

} // namespace rdsbm::cloudsim
