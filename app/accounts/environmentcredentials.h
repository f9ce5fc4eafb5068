#pragma once

#include "app/signing/signingtypes.h"

#include <QProcessEnvironment>
#include <QString>

#include <optional>

namespace rdsbm::accounts {

// Credentials from the variables the providers' own SDKs read (contract, "Credentials"):
//   ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET, ALIBABA_CLOUD_SECURITY_TOKEN (optional)
//   HUAWEICLOUD_SDK_AK, HUAWEICLOUD_SDK_SK, HUAWEICLOUD_SDK_PROJECT_ID (optional) and
//   HUAWEICLOUD_SDK_SECURITY_TOKEN (optional; the Huawei SDKs read it for temporary AK/SK).
// `problem` says which variable is missing when only some are set, so a half-configured
// environment is reported instead of silently ignored.
struct AlibabaEnvironmentCredentials
{
    std::optional<signing::AlibabaCredentials> credentials;
    QString problem;
};

struct HuaweiEnvironmentCredentials
{
    std::optional<signing::HuaweiCredentials> credentials;
    QString projectId; // empty: discover it through IAM
    QString problem;
};

namespace EnvironmentCredentials {

inline constexpr const char *alibabaAccessKeyId = "ALIBABA_CLOUD_ACCESS_KEY_ID";
inline constexpr const char *alibabaAccessKeySecret = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
inline constexpr const char *alibabaSecurityToken = "ALIBABA_CLOUD_SECURITY_TOKEN";
inline constexpr const char *huaweiAccessKey = "HUAWEICLOUD_SDK_AK";
inline constexpr const char *huaweiSecretKey = "HUAWEICLOUD_SDK_SK";
inline constexpr const char *huaweiProjectId = "HUAWEICLOUD_SDK_PROJECT_ID";
inline constexpr const char *huaweiSecurityToken = "HUAWEICLOUD_SDK_SECURITY_TOKEN";

AlibabaEnvironmentCredentials alibaba(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
HuaweiEnvironmentCredentials huawei(const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());

} // namespace EnvironmentCredentials

} // namespace rdsbm::accounts
