#include "app/accounts/inmemorysecretstore.h"
#include "app/accounts/profilesecret.h"
#include "app/accounts/profilestore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm::accounts;
using rdsbm::Provider;

Q_DECLARE_METATYPE(rdsbm::accounts::Profile)

namespace {

Profile huaweiProfile()
{
    Profile profile;
    profile.name = u"prod huawei"_s;
    profile.provider = Provider::Huawei;
    profile.defaultRegion = u"cn-north-4"_s;
    profile.extraRegions = {u"ap-southeast-1"_s, u"cn-east-3"_s};
    profile.endpoint = QUrl(u"http://127.0.0.1:8080"_s);
    profile.huaweiProjectIds = {{u"cn-north-4"_s, u"0123456789abcdef0123456789abcdef"_s}};
    profile.accessKeyId = u"MADEUPHUAWEIAK000001"_s;
    return profile;
}

Profile alibabaProfile()
{
    Profile profile;
    profile.name = u"default"_s;
    profile.provider = Provider::Alibaba;
    profile.defaultRegion = u"cn-hangzhou"_s;
    profile.signatureVersion = AlibabaSignatureVersion::V3;
    profile.accessKeyId = u"SampleAliyunKeyId00001"_s;
    return profile;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
    }

    void cleanup()
    {
        m_settings.reset();
        m_dir.reset();
    }

    void savedProfilesComeBackFieldByField()
    {
        ProfileStore store(*m_settings);
        QVERIFY(store.profileNames().isEmpty());
        QCOMPARE(store.save(huaweiProfile()), QString());
        QCOMPARE(store.save(alibabaProfile()), QString());
        m_settings->sync();

        // A fresh QSettings on the same file: what was written is what is read.
        QSettings reread(iniPath(), QSettings::IniFormat);
        ProfileStore again(reread);
        QCOMPARE(again.profileNames(), (QStringList{u"default"_s, u"prod huawei"_s}));
        QCOMPARE(again.profile(u"prod huawei"_s), std::optional<Profile>(huaweiProfile()));
        QCOMPARE(again.profile(u"default"_s), std::optional<Profile>(alibabaProfile()));
        QCOMPARE(again.profiles().size(), 2);
        QVERIFY(!again.profile(u"missing"_s));
    }

    void regionsListsDefaultFirstWithoutDuplicates()
    {
        Profile profile = huaweiProfile();
        profile.extraRegions.append(u"cn-north-4"_s);
        QCOMPARE(profile.regions(), (QStringList{u"cn-north-4"_s, u"ap-southeast-1"_s, u"cn-east-3"_s}));
    }

    void invalidProfilesAreRefusedWithTheFieldNamed_data()
    {
        QTest::addColumn<Profile>("profile");
        QTest::addColumn<QString>("mentions");
        Profile noName = alibabaProfile();
        noName.name.clear();
        QTest::newRow("empty name") << noName << u"profile name"_s;
        Profile slash = alibabaProfile();
        slash.name = u"team/prod"_s;
        QTest::newRow("separator in name") << slash << u"team/prod"_s;
        Profile region = alibabaProfile();
        region.defaultRegion = u"Hangzhou"_s;
        QTest::newRow("region") << region << u"default region"_s;
        Profile extra = alibabaProfile();
        extra.extraRegions = {u"cn_beijing"_s};
        QTest::newRow("extra region") << extra << u"extra region"_s;
        Profile endpoint = alibabaProfile();
        endpoint.endpoint = QUrl(u"ftp://example.com"_s);
        QTest::newRow("endpoint scheme") << endpoint << u"endpoint"_s;
        Profile endpointQuery = alibabaProfile();
        endpointQuery.endpoint = QUrl(u"https://example.com/?AccessKeyId=x"_s);
        QTest::newRow("endpoint query") << endpointQuery << u"endpoint"_s;
        Profile project = huaweiProfile();
        project.huaweiProjectIds = {{u"cn-north-4"_s, u"not-a-project"_s}};
        QTest::newRow("project id") << project << u"project ID"_s;
    }

    void invalidProfilesAreRefusedWithTheFieldNamed()
    {
        QFETCH(Profile, profile);
        QFETCH(QString, mentions);
        ProfileStore store(*m_settings);
        const QString problem = store.save(profile);
        QVERIFY2(problem.contains(mentions, Qt::CaseInsensitive), qPrintable(problem));
        QVERIFY(store.profileNames().isEmpty());
    }

    void saveReplacesWithoutStaleKeys()
    {
        ProfileStore store(*m_settings);
        QCOMPARE(store.save(huaweiProfile()), QString());
        Profile smaller = huaweiProfile();
        smaller.extraRegions.clear();
        smaller.endpoint.clear();
        smaller.huaweiProjectIds.clear();
        QCOMPARE(store.save(smaller), QString());
        QCOMPARE(store.profile(smaller.name), std::optional<Profile>(smaller));
    }

    void removeAndDefaultProfile()
    {
        ProfileStore store(*m_settings);
        QCOMPARE(store.save(alibabaProfile()), QString());
        QCOMPARE(store.save(huaweiProfile()), QString());
        store.setDefaultProfileName(u"default"_s);
        QCOMPARE(store.defaultProfileName(), u"default"_s);
        store.remove(u"default"_s);
        QCOMPARE(store.profileNames(), QStringList{u"prod huawei"_s});
        QCOMPARE(store.defaultProfileName(), QString());
    }

    void projectIdsAreCachedWithTheProfile()
    {
        ProfileStore store(*m_settings);
        QCOMPARE(store.save(huaweiProfile()), QString());
        QCOMPARE(store.cacheHuaweiProjectId(u"prod huawei"_s, u"ap-southeast-1"_s,
                                            u"fedcba9876543210fedcba9876543210"_s),
                 QString());
        const auto profile = store.profile(u"prod huawei"_s);
        QVERIFY(profile);
        QCOMPARE(profile->huaweiProjectId(u"ap-southeast-1"_s), u"fedcba9876543210fedcba9876543210"_s);
        QCOMPARE(profile->huaweiProjectId(u"cn-north-4"_s), u"0123456789abcdef0123456789abcdef"_s);
        QVERIFY(!store.cacheHuaweiProjectId(u"nobody"_s, u"cn-north-4"_s, u"0123456789abcdef0123456789abcdef"_s).isEmpty());
    }

    void theSecretNeverReachesTheSettingsFile()
    {
        const QString secret = u"MadeUpHuaweiSecretKey0000000000000000001"_s;
        const QString token = u"MadeUpSecurityTokenValue000000000000000"_s;
        ProfileStore store(*m_settings);
        InMemorySecretStore secrets;
        QObject context;
        std::optional<bool> written;
        QCOMPARE(store.save(huaweiProfile()), QString());
        secrets.writeSecret(SecretStore::keyForProfile(u"prod huawei"_s), ProfileSecret{secret, token}.toStoredText(),
                            &context, [&written](const SecretResult &result) { written = result.ok(); });
        QTRY_VERIFY(written.has_value());
        QVERIFY(*written);
        m_settings->sync();

        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY(contents.contains("MADEUPHUAWEIAK000001")); // the file is the one written
        QVERIFY(!contents.contains(secret.toUtf8()));
        QVERIFY(!contents.contains(token.toUtf8()));
        QCOMPARE(ProfileSecret::fromStoredText(secrets.secret(SecretStore::keyForProfile(u"prod huawei"_s))),
                 std::optional<ProfileSecret>(ProfileSecret{secret, token}));
    }

private:
    QString iniPath() const { return m_dir->filePath(u"rdsbm.ini"_s); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
