#include "app/accounts/profilesecret.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace rdsbm::accounts {

namespace {
const QString secretField = u"secret"_s;
const QString tokenField = u"securityToken"_s;
} // namespace

QString ProfileSecret::toStoredText() const
{
    QJsonObject object{{secretField, accessKeySecret}};
    if (!securityToken.isEmpty())
        object.insert(tokenField, securityToken);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<ProfileSecret> ProfileSecret::fromStoredText(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject())
        return ProfileSecret{text.trimmed(), {}};
    const QJsonObject object = document.object();
    const QJsonValue secret = object.value(secretField);
    const QJsonValue token = object.value(tokenField);
    if (!secret.isString() || secret.toString().isEmpty() || !(token.isUndefined() || token.isString()))
        return std::nullopt;
    return ProfileSecret{secret.toString(), token.toString()};
}

} // namespace rdsbm::accounts
