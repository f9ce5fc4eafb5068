#include "app/accounts/environmentcredentials.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rdsbm::accounts::EnvironmentCredentials {

namespace {

QString variable(const QProcessEnvironment &environment, const char *name)
{
    return environment.value(QString::fromLatin1(name)).trimmed();
}

QString onlyOneSet(const char *present, const char *missing)
{
    return QCoreApplication::translate("rdsbm::accounts::EnvironmentCredentials",
                                       "%1 is set but %2 is not; both are needed.")
        .arg(QString::fromLatin1(present), QString::fromLatin1(missing));
}

} // namespace

AlibabaEnvironmentCredentials alibaba(const QProcessEnvironment &environment)
{
    AlibabaEnvironmentCredentials found;
    const QString id = variable(environment, alibabaAccessKeyId);
    const QString secret = variable(environment, alibabaAccessKeySecret);
    if (id.isEmpty() && secret.isEmpty())
        return found;
    if (secret.isEmpty()) {
        found.problem = onlyOneSet(alibabaAccessKeyId, alibabaAccessKeySecret);
        return found;
    }
    if (id.isEmpty()) {
        found.problem = onlyOneSet(alibabaAccessKeySecret, alibabaAccessKeyId);
        return found;
    }
    found.credentials = signing::AlibabaCredentials{id, secret, variable(environment, alibabaSecurityToken)};
    return found;
}

HuaweiEnvironmentCredentials huawei(const QProcessEnvironment &environment)
{
    HuaweiEnvironmentCredentials found;
    const QString ak = variable(environment, huaweiAccessKey);
    const QString sk = variable(environment, huaweiSecretKey);
    found.projectId = variable(environment, huaweiProjectId);
    if (!found.projectId.isEmpty()) {
        static const QRegularExpression projectIdShape(QStringLiteral("^[0-9a-f]{32}$"));
        if (!projectIdShape.match(found.projectId).hasMatch()) {
            found.problem = QCoreApplication::translate("rdsbm::accounts::EnvironmentCredentials",
                                                        "%1 must be 32 lower-case hexadecimal characters.")
                                .arg(QString::fromLatin1(huaweiProjectId));
            found.projectId.clear();
            return found;
        }
    }
    if (ak.isEmpty() && sk.isEmpty())
        return found;
    if (sk.isEmpty()) {
        found.problem = onlyOneSet(huaweiAccessKey, huaweiSecretKey);
        return found;
    }
    if (ak.isEmpty()) {
        found.problem = onlyOneSet(huaweiSecretKey, huaweiAccessKey);
        return found;
    }
    found.credentials = signing::HuaweiCredentials{ak, sk, variable(environment, huaweiSecurityToken)};
    return found;
}

} // namespace rdsbm::accounts::EnvironmentCredentials
