#include "app/accounts/environmentcredentials.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm::accounts;

namespace {
QProcessEnvironment environmentWith(const QList<std::pair<QString, QString>> &variables)
{
    QProcessEnvironment environment;
    environment.insert(u"PATH"_s, u"/usr/bin"_s);
    for (const auto &[name, value] : variables)
        environment.insert(name, value);
    return environment;
}
} // namespace

class TestEnvironmentCredentials : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nothingSetIsNoCredentialsAndNoProblem()
    {
        const auto alibaba = EnvironmentCredentials::alibaba(environmentWith({}));
        QVERIFY(!alibaba.credentials);
        QVERIFY(alibaba.problem.isEmpty());
        const auto huawei = EnvironmentCredentials::huawei(environmentWith({}));
        QVERIFY(!huawei.credentials);
        QVERIFY(huawei.problem.isEmpty());
    }

    void alibabaKeysAndOptionalToken()
    {
        auto found = EnvironmentCredentials::alibaba(environmentWith(
            {{u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAI5tMadeUp"_s}, {u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"sec"_s}}));
        QVERIFY(found.credentials);
        QCOMPARE(found.credentials->accessKeyId, u"LTAI5tMadeUp"_s);
        QCOMPARE(found.credentials->accessKeySecret, u"sec"_s);
        QVERIFY(found.credentials->securityToken.isEmpty());

        found = EnvironmentCredentials::alibaba(environmentWith({{u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"STS.x"_s},
                                                                 {u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"sec"_s},
                                                                 {u"ALIBABA_CLOUD_SECURITY_TOKEN"_s, u"tok"_s}}));
        QCOMPARE(found.credentials->securityToken, u"tok"_s);
    }

    void halfSetAlibabaNamesTheMissingVariable()
    {
        const auto found = EnvironmentCredentials::alibaba(
            environmentWith({{u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAI5tMadeUp"_s}}));
        QVERIFY(!found.credentials);
        QVERIFY2(found.problem.contains(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s), qPrintable(found.problem));
    }

    void huaweiKeysProjectAndToken()
    {
        const auto found = EnvironmentCredentials::huawei(
            environmentWith({{u"HUAWEICLOUD_SDK_AK"_s, u"MADEUPHUAWEIAK000001"_s},
                             {u"HUAWEICLOUD_SDK_SK"_s, u"sk"_s},
                             {u"HUAWEICLOUD_SDK_PROJECT_ID"_s, u"0123456789abcdef0123456789abcdef"_s},
                             {u"HUAWEICLOUD_SDK_SECURITY_TOKEN"_s, u"tok"_s}}));
        QVERIFY(found.credentials);
        QCOMPARE(found.credentials->accessKey, u"MADEUPHUAWEIAK000001"_s);
        QCOMPARE(found.credentials->secretKey, u"sk"_s);
        QCOMPARE(found.credentials->securityToken, u"tok"_s);
        QCOMPARE(found.projectId, u"0123456789abcdef0123456789abcdef"_s);
    }

    void huaweiWithoutProjectIsDiscoveredLater()
    {
        const auto found = EnvironmentCredentials::huawei(
            environmentWith({{u"HUAWEICLOUD_SDK_AK"_s, u"AK"_s}, {u"HUAWEICLOUD_SDK_SK"_s, u"SK"_s}}));
        QVERIFY(found.credentials);
        QVERIFY(found.projectId.isEmpty());
        QVERIFY(found.problem.isEmpty());
    }

    void huaweiProblemsNameTheVariable()
    {
        auto found = EnvironmentCredentials::huawei(environmentWith({{u"HUAWEICLOUD_SDK_SK"_s, u"SK"_s}}));
        QVERIFY(!found.credentials);
        QVERIFY(found.problem.contains(u"HUAWEICLOUD_SDK_AK"_s));
        found = EnvironmentCredentials::huawei(environmentWith({{u"HUAWEICLOUD_SDK_AK"_s, u"AK"_s},
                                                                {u"HUAWEICLOUD_SDK_SK"_s, u"SK"_s},
                                                                {u"HUAWEICLOUD_SDK_PROJECT_ID"_s, u"cn-north-4"_s}}));
        QVERIFY(!found.credentials);
        QVERIFY(found.problem.contains(u"HUAWEICLOUD_SDK_PROJECT_ID"_s));
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentCredentials)
#include "tst_environmentcredentials.moc"
