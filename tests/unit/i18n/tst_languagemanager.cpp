#include "app/i18n/languagemanager.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using rdsbm::i18n::LanguageManager;

class TestLanguageManager : public QObject
{
    Q_OBJECT

private slots:
    void mapsLocales_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("mainland") << u"zh_CN"_s << u"zh_CN"_s;
        QTest::newRow("singapore") << u"zh_SG"_s << u"zh_CN"_s;
        QTest::newRow("taiwan") << u"zh_TW"_s << u"zh_TW"_s;
        QTest::newRow("hong kong") << u"zh_HK"_s << u"zh_TW"_s;
        QTest::newRow("japan") << u"ja_JP"_s << u"ja"_s;
        QTest::newRow("us") << u"en_US"_s << u"en"_s;
        QTest::newRow("german falls back") << u"de_DE"_s << u"en"_s;
    }

    void mapsLocales()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        QCOMPARE(LanguageManager::languageForLocale(QLocale(locale)), language);
    }

    void embeddedTranslationsAreFound()
    {
        for (const QString &language : {u"en"_s, u"zh_CN"_s, u"zh_TW"_s, u"ja"_s})
            QVERIFY2(QFile::exists(u":/i18n/rdsbm_"_s + language + u".qm"_s), qPrintable(language));
    }

    void switchesAndSignals()
    {
        LanguageManager manager;
        QSignalSpy spy(&manager, &LanguageManager::languageChanged);
        QVERIFY(spy.isValid());
        QVERIFY(manager.setLanguage(u"ja"_s));
        QCOMPARE(manager.language(), u"ja"_s);
        QCOMPARE(manager.locale().language(), QLocale::Japanese);
        QCOMPARE(QLocale().language(), QLocale::Japanese);
        QVERIFY(manager.setLanguage(u"en"_s));
        QCOMPARE(spy.size(), 2);
        QVERIFY(!manager.setLanguage(u"fr"_s));
        QCOMPARE(manager.language(), u"en"_s);
        QCOMPARE(spy.size(), 2);
    }

    void englishPluralsReadNaturally()
    {
        LanguageManager manager;
        QVERIFY(manager.setLanguage(u"en"_s));
        const char *context = "rdsbm::ui::ProfileImportDialog";
        QCOMPARE(QCoreApplication::translate(context, "%n profile(s) saved.", nullptr, 1), u"1 profile saved."_s);
        QCOMPARE(QCoreApplication::translate(context, "%n profile(s) saved.", nullptr, 3), u"3 profiles saved."_s);
    }

    void nativeNames()
    {
        QCOMPARE(LanguageManager::nativeName(u"zh_CN"_s), u"简体中文"_s);
        QCOMPARE(LanguageManager::nativeName(u"zh_TW"_s), u"繁體中文"_s);
        QCOMPARE(LanguageManager::nativeName(u"ja"_s), u"日本語"_s);
        QCOMPARE(LanguageManager::nativeName(u"en"_s), u"English"_s);
    }
};

QTEST_GUILESS_MAIN(TestLanguageManager)
#include "tst_languagemanager.moc"
