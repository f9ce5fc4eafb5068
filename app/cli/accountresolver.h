#pragma once

#include "app/providers/alibaba/alibabaaccount.h"
#include "app/providers/huawei/huaweiaccount.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace rdsbm::accounts {
class CredentialResolver;
}

namespace rdsbm::cli {

// The account a command talks to: credentials, region and endpoint, with the profile they came
// from (empty for the environment variables, "demo" in demo mode).
struct AlibabaTarget
{
    alibaba::AlibabaAccount account;
    QString profileName;
};

struct HuaweiTarget
{
    huawei::HuaweiAccount account;
};

// Turns rdsbm's options into an account, in the contract's order: --demo (the simulator and its
// documented keys), else --profile, the providers' environment variables, the default profile.
// The region is the caller's (a job's), else --region, else the profile's, else the contract's
// default; the endpoint is --endpoint, else the profile's.
class AccountResolver : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString profile;
        QString region;
        QUrl endpoint;
        QUrl demoUrl; // set in demo mode
    };

    static QString defaultAlibabaRegion() { return QStringLiteral("cn-hangzhou"); }
    static QString defaultHuaweiRegion() { return QStringLiteral("cn-north-4"); }
    static QString demoProfileName() { return QStringLiteral("demo"); }

    AccountResolver(Options options, accounts::CredentialResolver *credentials, QObject *parent = nullptr);

    using AlibabaHandler = std::function<void(std::optional<AlibabaTarget> target, const QString &problem)>;
    using HuaweiHandler = std::function<void(std::optional<HuaweiTarget> target, const QString &problem)>;

    // `profile` and `region` override the options (a job remembers both); empty: the options'.
    void resolveAlibaba(const QString &profile, const QString &region, AlibabaHandler handler);
    void resolveHuawei(const QString &profile, const QString &region, HuaweiHandler handler);

private:
    Options m_options;
    accounts::CredentialResolver *m_credentials;
};

} // namespace rdsbm::cli
