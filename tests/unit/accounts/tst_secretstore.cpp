#include "app/accounts/inmemorysecretstore.h"
#include "app/accounts/profilesecret.h"

#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm::accounts;

// The keychain itself (KeychainSecretStore) needs a running Secret Service or KWallet, which CI
// does not have; it is a thin adapter and everything above it runs against this fake.
class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersLaterNeverInsideTheCall()
    {
        InMemorySecretStore store;
        QObject context;
        std::optional<SecretResult> answer;
        store.writeSecret(u"profile/a"_s, u"s3cret"_s, &context, [&answer](const SecretResult &r) { answer = r; });
        QVERIFY(!answer);
        QTRY_VERIFY(answer.has_value());
        QVERIFY(answer->ok());

        answer.reset();
        store.readSecret(u"profile/a"_s, &context, [&answer](const SecretResult &r) { answer = r; });
        QVERIFY(!answer);
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(answer->status, SecretStatus::Ok);
        QCOMPARE(answer->secret, u"s3cret"_s);
    }

    void missingEntriesAndDeletes()
    {
        InMemorySecretStore store;
        QObject context;
        std::optional<SecretResult> answer;
        store.readSecret(u"profile/none"_s, &context, [&answer](const SecretResult &r) { answer = r; });
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(answer->status, SecretStatus::NotFound);

        answer.reset();
        store.writeSecret(u"profile/b"_s, u"x"_s, &context, [](const SecretResult &) {});
        store.deleteSecret(u"profile/b"_s, &context, [&answer](const SecretResult &r) { answer = r; });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(answer->ok());
        QVERIFY(!store.contains(u"profile/b"_s));
    }

    void aGoneContextIsNeverCalled()
    {
        InMemorySecretStore store;
        bool called = false;
        auto context = std::make_unique<QObject>();
        store.writeSecret(u"profile/c"_s, u"x"_s, context.get(), [&called](const SecretResult &) { called = true; });
        context.reset();
        // A second request on a live context answers after the first would have.
        QObject live;
        bool second = false;
        store.readSecret(u"profile/c"_s, &live, [&second](const SecretResult &) { second = true; });
        QTRY_VERIFY(second);
        QVERIFY(!called);
    }

    void failuresAreReported()
    {
        InMemorySecretStore store;
        store.setFailure(SecretStatus::Unavailable);
        QObject context;
        std::optional<SecretResult> answer;
        store.writeSecret(u"profile/d"_s, u"x"_s, &context, [&answer](const SecretResult &r) { answer = r; });
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(answer->status, SecretStatus::Unavailable);
        QVERIFY(!answer->errorMessage.isEmpty());
        QVERIFY(!store.contains(u"profile/d"_s));
    }

    void profileSecretRoundTrip()
    {
        const ProfileSecret plain{u"abc"_s, {}};
        const ProfileSecret temporary{u"abc"_s, u"tok\"en"_s};
        QCOMPARE(ProfileSecret::fromStoredText(plain.toStoredText()), std::optional<ProfileSecret>(plain));
        QCOMPARE(ProfileSecret::fromStoredText(temporary.toStoredText()), std::optional<ProfileSecret>(temporary));
        QVERIFY(!plain.toStoredText().contains(u"securityToken"_s));
        // A bare secret typed into the keychain by hand is accepted too.
        QCOMPARE(ProfileSecret::fromStoredText(u"bare-secret"_s), std::optional<ProfileSecret>(ProfileSecret{u"bare-secret"_s, {}}));
        QVERIFY(!ProfileSecret::fromStoredText(QString()));
        QVERIFY(!ProfileSecret::fromStoredText(u"{\"secret\": 5}"_s));
        QVERIFY(!ProfileSecret::fromStoredText(u"{\"secret\": \"a\", \"securityToken\": []}"_s));
        QCOMPARE(SecretStore::keyForProfile(u"prod"_s), u"profile/prod"_s);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
