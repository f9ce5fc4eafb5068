#include "app/accounts/aliyunconfigimporter.h"
#include "app/accounts/importedprofilewriter.h"
#include "app/accounts/inmemorysecretstore.h"
#include "app/accounts/koocliconfigimporter.h"
#include "app/accounts/profilestore.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm::accounts;
using rdsbm::Provider;

namespace {

const ImportedProfile *findImported(const ProfileImportResult &result, const QString &name)
{
    for (const auto &imported : result.imported)
        if (imported.profile.name == name)
            return &imported;
    return nullptr;
}

QString skipReason(const ProfileImportResult &result, const QString &name)
{
    for (const auto &skipped : result.skipped)
        if (skipped.name == name)
            return skipped.reason;
    return {};
}

} // namespace

class TestCliProfileImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(m_dir->filePath(u"rdsbm.ini"_s), QSettings::IniFormat);
    }

    void cleanup()
    {
        m_settings.reset();
        m_dir.reset();
    }

    void aliyunAccessKeyAndStsProfilesAreImported()
    {
        const QString path = QFINDTESTDATA("../../data/accounts/aliyun-config.json");
        QVERIFY(!path.isEmpty());
        const auto result = AliyunConfigImporter::importFile(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.currentProfileName, u"default"_s);

        const auto *plain = findImported(result, u"default"_s);
        QVERIFY(plain);
        QCOMPARE(plain->profile.provider, Provider::Alibaba);
        QCOMPARE(plain->profile.defaultRegion, u"cn-shanghai"_s);
        QCOMPARE(plain->profile.accessKeyId, u"SampleAliyunKeyId00001"_s);
        QCOMPARE(plain->secret, std::optional<ProfileSecret>(ProfileSecret{u"MadeUpAliyunSecret000000000001"_s, {}}));

        const auto *sts = findImported(result, u"temporary"_s);
        QVERIFY(sts);
        QCOMPARE(sts->secret->securityToken, u"MadeUpStsTokenValue0000000000000000000000000003"_s);
        QVERIFY(!sts->note.isEmpty());

        const auto *noRegion = findImported(result, u"no-region"_s);
        QVERIFY(noRegion);
        QCOMPARE(noRegion->profile.defaultRegion, u"cn-hangzhou"_s);
        QVERIFY(noRegion->note.contains(u"cn-hangzhou"_s));

        QCOMPARE(result.imported.size(), 3);
    }

    void aliyunOtherModesAreSkippedWithAReason()
    {
        const auto result = AliyunConfigImporter::importFile(QFINDTESTDATA("../../data/accounts/aliyun-config.json"));
        QVERIFY(skipReason(result, u"role"_s).contains(u"RamRoleArn"_s));
        QVERIFY(skipReason(result, u"on-ecs"_s).contains(u"EcsRamRole"_s));
        QVERIFY(skipReason(result, u"half"_s).contains(u"access_key_secret"_s));
        QVERIFY(skipReason(result, u"bad/name"_s).contains(u"bad/name"_s));
        QCOMPARE(result.skipped.size(), 4);
    }

    void kooCliAkskProfilesAreImported()
    {
        const QString path = QFINDTESTDATA("../../data/accounts/hcloud-config.json");
        QVERIFY(!path.isEmpty());
        const auto result = KooCliConfigImporter::importFile(path);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.imported.size(), 2);

        const auto *plain = findImported(result, u"default"_s);
        QVERIFY(plain);
        QCOMPARE(plain->profile.provider, Provider::Huawei);
        QCOMPARE(plain->profile.defaultRegion, u"cn-north-4"_s);
        QCOMPARE(plain->profile.accessKeyId, u"MADEUPHUAWEIAK000001"_s);
        QCOMPARE(plain->profile.huaweiProjectId(u"cn-north-4"_s), u"0123456789abcdef0123456789abcd01"_s);
        QCOMPARE(plain->secret, std::optional<ProfileSecret>(ProfileSecret{u"MadeUpHuaweiSecretKey0000000000000000001"_s, {}}));

        const auto *temporary = findImported(result, u"temporary"_s);
        QVERIFY(temporary);
        QCOMPARE(temporary->profile.defaultRegion, u"ap-southeast-1"_s);
        QVERIFY(temporary->profile.huaweiProjectIds.isEmpty());
        QCOMPARE(temporary->secret->securityToken, u"MadeUpSecurityToken-gQ5jbi1ub3J0aC00bWFkZS11cA=="_s);

        QVERIFY(skipReason(result, u"on-ecs"_s).contains(u"ecsAgency"_s));
        QVERIFY(skipReason(result, u"single-sign-on"_s).contains(u"SSO"_s));
    }

    void kooCliEncryptedKeysAreNotTakenForPlainOnes()
    {
        const auto result = KooCliConfigImporter::importFile(QFINDTESTDATA("../../data/accounts/hcloud-config-encrypted.json"));
        QVERIFY(result.ok());
        QCOMPARE(result.imported.size(), 1);
        const auto &imported = result.imported.first();
        QVERIFY(!imported.secret);
        QVERIFY(imported.profile.accessKeyId.isEmpty());
        QCOMPARE(imported.profile.defaultRegion, u"cn-east-3"_s);
        QCOMPARE(imported.profile.huaweiProjectId(u"cn-east-3"_s), u"0123456789abcdef0123456789abcd03"_s);
        QVERIFY(imported.note.contains(u"--cli-auth-encrypt=false"_s));

        QVERIFY(KooCliConfigImporter::looksLikePlainAccessKey(u"MADEUPHUAWEIAK000001"_s));
        QVERIFY(!KooCliConfigImporter::looksLikePlainAccessKey(u"bWFkZS11cA=="_s));
        QVERIFY(KooCliConfigImporter::looksLikePlainSecretKey(u"MadeUpHuaweiSecretKey0000000000000000001"_s));
        QVERIFY(!KooCliConfigImporter::looksLikePlainSecretKey(QString(120, u'a')));
    }

    void unusableFilesAreReportedAsAWhole_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << QByteArray("{\"profiles\": [") << u"not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << u"not a JSON object"_s;
        QTest::newRow("no profiles") << QByteArray("{\"current\": \"default\"}") << u"\"profiles\""_s;
        QTest::newRow("profiles not array") << QByteArray("{\"profiles\": {}}") << u"\"profiles\""_s;
    }

    void unusableFilesAreReportedAsAWhole()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, mentions);
        const auto aliyun = AliyunConfigImporter::importJson(json, u"config.json"_s);
        QVERIFY2(aliyun.error.contains(mentions), qPrintable(aliyun.error));
        QVERIFY(aliyun.imported.isEmpty());
        const auto koo = KooCliConfigImporter::importJson(json, u"config.json"_s);
        QVERIFY(koo.error.contains(mentions));
    }

    void mistypedFieldsSkipOnlyThatProfile()
    {
        const QByteArray json = R"({"profiles": [
            {"name": "typed", "mode": "AK", "access_key_id": 42, "access_key_secret": "x", "region_id": "cn-beijing"},
            "not an object",
            {"name": "fine", "mode": "AK", "access_key_id": "LTAI5tFine", "access_key_secret": "s", "region_id": "cn-beijing"}
        ]})";
        const auto result = AliyunConfigImporter::importJson(json);
        QVERIFY(result.ok());
        QCOMPARE(result.imported.size(), 1);
        QCOMPARE(result.imported.first().profile.name, u"fine"_s);
        QVERIFY(skipReason(result, u"typed"_s).contains(u"access_key_id"_s));
        QCOMPARE(result.skipped.size(), 2);
    }

    void missingFileIsReported()
    {
        const auto result = AliyunConfigImporter::importFile(m_dir->filePath(u"nothing.json"_s));
        QVERIFY(!result.ok());
        QVERIFY(result.error.contains(u"nothing.json"_s));
        QVERIFY(AliyunConfigImporter::defaultPath().endsWith(u".aliyun/config.json"_s));
        QVERIFY(KooCliConfigImporter::defaultPath().endsWith(u".hcloud/config.json"_s));
    }

    void importedSecretsGoToTheSecretStoreNeverToSettings()
    {
        ProfileStore profiles(*m_settings);
        InMemorySecretStore secrets;
        ImportedProfileWriter writer(profiles, secrets);
        const auto aliyun = AliyunConfigImporter::importFile(QFINDTESTDATA("../../data/accounts/aliyun-config.json"));
        auto koo = KooCliConfigImporter::importFile(QFINDTESTDATA("../../data/accounts/hcloud-config.json"));
        for (auto &imported : koo.imported)
            imported.profile.name.prepend(u"hcloud-"_s); // both files have a "default"

        std::optional<QList<ProfileWriteOutcome>> outcomes;
        QVERIFY(writer.write(aliyun.imported + koo.imported, false,
                             [&outcomes](const QList<ProfileWriteOutcome> &o) { outcomes = o; }));
        QVERIFY(!writer.write({}, false, [](const QList<ProfileWriteOutcome> &) {})); // one at a time
        QTRY_VERIFY(outcomes.has_value());
        QCOMPARE(outcomes->size(), 5);
        for (const auto &outcome : *outcomes) {
            QVERIFY2(outcome.profileSaved && outcome.secretStored, qPrintable(outcome.name + u": "_s + outcome.problem));
        }
        QCOMPARE(profiles.profileNames(),
                 (QStringList{u"default"_s, u"hcloud-default"_s, u"hcloud-temporary"_s, u"no-region"_s, u"temporary"_s}));
        QCOMPARE(ProfileSecret::fromStoredText(secrets.secret(SecretStore::keyForProfile(u"hcloud-temporary"_s)))->securityToken,
                 u"MadeUpSecurityToken-gQ5jbi1ub3J0aC00bWFkZS11cA=="_s);

        m_settings->sync();
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray contents = file.readAll();
        QVERIFY(contents.contains("SampleAliyunKeyId00001"));
        for (const QByteArray &secret : {QByteArray("MadeUpAliyunSecret"), QByteArray("MadeUpTemporarySecret"),
                                        QByteArray("MadeUpStsTokenValue"), QByteArray("MadeUpHuaweiSecretKey"),
                                        QByteArray("MadeUpSecurityToken")})
            QVERIFY2(!contents.contains(secret), secret.constData());
    }

    void existingProfilesAreKeptUnlessReplacing()
    {
        ProfileStore profiles(*m_settings);
        InMemorySecretStore secrets;
        ImportedProfileWriter writer(profiles, secrets);
        const auto aliyun = AliyunConfigImporter::importFile(QFINDTESTDATA("../../data/accounts/aliyun-config.json"));
        Profile mine = aliyun.imported.first().profile;
        mine.defaultRegion = u"eu-central-1"_s;
        QCOMPARE(profiles.save(mine), QString());

        std::optional<QList<ProfileWriteOutcome>> outcomes;
        QVERIFY(writer.write({aliyun.imported.first()}, false, [&outcomes](const auto &o) { outcomes = o; }));
        QTRY_VERIFY(outcomes.has_value());
        QVERIFY(!outcomes->first().profileSaved);
        QVERIFY(outcomes->first().problem.contains(u"already exists"_s));
        QCOMPARE(profiles.profile(mine.name)->defaultRegion, u"eu-central-1"_s);
        QVERIFY(!secrets.contains(SecretStore::keyForProfile(mine.name)));

        outcomes.reset();
        QVERIFY(writer.write({aliyun.imported.first()}, true, [&outcomes](const auto &o) { outcomes = o; }));
        QTRY_VERIFY(outcomes.has_value());
        QVERIFY(outcomes->first().profileSaved);
        QCOMPARE(profiles.profile(mine.name)->defaultRegion, u"cn-shanghai"_s);
        QVERIFY(secrets.contains(SecretStore::keyForProfile(mine.name)));
    }

    void aKeychainFailureStillSavesTheProfileAndSaysSo()
    {
        ProfileStore profiles(*m_settings);
        InMemorySecretStore secrets;
        secrets.setFailure(SecretStatus::Unavailable);
        ImportedProfileWriter writer(profiles, secrets);
        const auto koo = KooCliConfigImporter::importFile(QFINDTESTDATA("../../data/accounts/hcloud-config.json"));
        std::optional<QList<ProfileWriteOutcome>> outcomes;
        QVERIFY(writer.write({koo.imported.first()}, false, [&outcomes](const auto &o) { outcomes = o; }));
        QTRY_VERIFY(outcomes.has_value());
        QVERIFY(outcomes->first().profileSaved);
        QVERIFY(!outcomes->first().secretStored);
        QVERIFY(outcomes->first().problem.contains(u"keychain"_s));
        QVERIFY(profiles.contains(u"default"_s));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

QTEST_GUILESS_MAIN(TestCliProfileImport)
#include "tst_cliprofileimport.moc"
