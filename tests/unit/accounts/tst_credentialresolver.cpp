#include "app/accounts/credentialresolver.h"
#include "app/accounts/inmemorysecretstore.h"
#include "app/accounts/profilesecret.h"
#include "app/accounts/profilestore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm::accounts;
using rdsbm::Provider;

// Resolves, checks the answer comes later (never inside the call), waits for it and names it.
#define RESOLVE(name, resolver, provider, profile, region)                                                   \
    std::optional<CredentialResolution> name##Answer;                                                        \
    (resolver).resolve(provider, profile, region, &m_context,                                                \
                       [&name##Answer](const CredentialResolution &r) { name##Answer = r; });                \
    QVERIFY(!name##Answer.has_value());                                                                       \
    QTRY_VERIFY_WITH_TIMEOUT(name##Answer.has_value(), 5000);                                                 \
    const CredentialResolution name = *name##Answer

class TestCredentialResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_dir->filePath(u"rdsbm.ini"_s), QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(*m_settings);
        m_secrets = std::make_unique<InMemorySecretStore>();

        Profile huawei;
        huawei.name = u"hw"_s;
        huawei.provider = Provider::Huawei;
        huawei.defaultRegion = u"cn-north-4"_s;
        huawei.accessKeyId = u"MADEUPHUAWEIAK000001"_s;
        huawei.huaweiProjectIds = {{u"cn-north-4"_s, u"0123456789abcdef0123456789abcd01"_s},
                                   {u"ap-southeast-1"_s, u"0123456789abcdef0123456789abcd02"_s}};
        QCOMPARE(m_profiles->save(huawei), QString());
        Profile alibaba;
        alibaba.name = u"ali"_s;
        alibaba.defaultRegion = u"cn-hangzhou"_s;
        alibaba.accessKeyId = u"SampleAliyunKeyId00001"_s;
        QCOMPARE(m_profiles->save(alibaba), QString());
        m_secrets->writeSecret(SecretStore::keyForProfile(u"hw"_s), ProfileSecret{u"hw-sk"_s, {}}.toStoredText(),
                               &m_context, [](const SecretResult &) {});
        m_secrets->writeSecret(SecretStore::keyForProfile(u"ali"_s), ProfileSecret{u"ali-secret"_s, u"sts"_s}.toStoredText(),
                               &m_context, [](const SecretResult &) {});
    }

    void cleanup()
    {
        m_secrets.reset();
        m_profiles.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void namedProfileUsesItsKeychainSecret()
    {
        CredentialResolver resolver(*m_profiles, *m_secrets, QProcessEnvironment());
        RESOLVE(resolution, resolver, Provider::Huawei, u"hw"_s, u"ap-southeast-1"_s);
        QVERIFY2(resolution.ok(), qPrintable(resolution.problem));
        QCOMPARE(resolution.credentials->huawei.accessKey, u"MADEUPHUAWEIAK000001"_s);
        QCOMPARE(resolution.credentials->huawei.secretKey, u"hw-sk"_s);
        QCOMPARE(resolution.credentials->huaweiProjectId, u"0123456789abcdef0123456789abcd02"_s);
        QCOMPARE(resolution.credentials->profile->name, u"hw"_s);

        RESOLVE(alibaba, resolver, Provider::Alibaba, u"ali"_s, {});
        QVERIFY(alibaba.ok());
        QCOMPARE(alibaba.credentials->alibaba.accessKeySecret, u"ali-secret"_s);
        QCOMPARE(alibaba.credentials->alibaba.securityToken, u"sts"_s);
    }

    void environmentWinsWhenNoProfileIsNamed()
    {
        QProcessEnvironment environment;
        environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_ID"_s, u"LTAIenv"_s);
        environment.insert(u"ALIBABA_CLOUD_ACCESS_KEY_SECRET"_s, u"env-secret"_s);
        m_profiles->setDefaultProfileName(u"ali"_s);
        CredentialResolver resolver(*m_profiles, *m_secrets, environment);
        RESOLVE(resolution, resolver, Provider::Alibaba, {}, {});
        QVERIFY(resolution.ok());
        QCOMPARE(resolution.credentials->alibaba.accessKeyId, u"LTAIenv"_s);
        QVERIFY(!resolution.credentials->profile);
    }

    void defaultProfileIsTheLastResort()
    {
        m_profiles->setDefaultProfileName(u"ali"_s);
        CredentialResolver resolver(*m_profiles, *m_secrets, QProcessEnvironment());
        RESOLVE(alibaba, resolver, Provider::Alibaba, {}, {});
        QVERIFY(alibaba.ok());
        QCOMPARE(alibaba.credentials->profile->name, u"ali"_s);
        RESOLVE(huawei, resolver, Provider::Huawei, {}, {});
        QVERIFY(!huawei.ok());
        QVERIFY2(huawei.problem.contains(u"HUAWEICLOUD_SDK_AK"_s), qPrintable(huawei.problem));
    }

    void problemsAreExplained()
    {
        CredentialResolver resolver(*m_profiles, *m_secrets, QProcessEnvironment());
        RESOLVE(nobody, resolver, Provider::Alibaba, u"nobody"_s, {});
        QVERIFY(!nobody.ok() && nobody.problem.contains(u"nobody"_s));
        RESOLVE(wrongProvider, resolver, Provider::Alibaba, u"hw"_s, {});
        QVERIFY(wrongProvider.problem.contains(u"Huawei"_s));

        Profile orphan;
        orphan.name = u"orphan"_s;
        orphan.defaultRegion = u"cn-hangzhou"_s;
        orphan.accessKeyId = u"LTAI5tOrphan"_s;
        QCOMPARE(m_profiles->save(orphan), QString());
        RESOLVE(noSecret, resolver, Provider::Alibaba, u"orphan"_s, {});
        QVERIFY(noSecret.problem.contains(u"No secret"_s));

        m_secrets->setFailure(SecretStatus::Unavailable);
        RESOLVE(noKeychain, resolver, Provider::Alibaba, u"ali"_s, {});
        QVERIFY(noKeychain.problem.contains(u"keychain"_s));

        QProcessEnvironment half;
        half.insert(u"HUAWEICLOUD_SDK_AK"_s, u"AK"_s);
        CredentialResolver halfResolver(*m_profiles, *m_secrets, half);
        RESOLVE(halfSet, halfResolver, Provider::Huawei, {}, {});
        QVERIFY(halfSet.problem.contains(u"HUAWEICLOUD_SDK_SK"_s));
    }

private:
    QObject m_context;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<InMemorySecretStore> m_secrets;
};

QTEST_GUILESS_MAIN(TestCredentialResolver)
#include "tst_credentialresolver.moc"
