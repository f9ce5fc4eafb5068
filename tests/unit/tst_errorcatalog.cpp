#include "app/errors/errorcatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <tuple>

using namespace Qt::Literals::StringLiterals;
using rdsbm::errors::ErrorCatalog;
using rdsbm::errors::ErrorEntry;

namespace {

// Counts critical messages (and warnings) while a test constructs a catalog, so "logs once" is checked,
// not assumed.
class CriticalMessageCounter
{
public:
    CriticalMessageCounter()
    {
        s_count = 0;
        s_warnings = 0;
        m_previous = qInstallMessageHandler(&CriticalMessageCounter::handle);
    }
    ~CriticalMessageCounter() { qInstallMessageHandler(m_previous); }
    int count() const { return s_count; }
    int warnings() const { return s_warnings; }

private:
    static void handle(QtMsgType type, const QMessageLogContext &, const QString &)
    {
        if (type == QtCriticalMsg)
            ++s_count;
        else if (type == QtWarningMsg)
            ++s_warnings;
    }
    static inline int s_count = 0;
    static inline int s_warnings = 0;
    QtMessageHandler m_previous = nullptr;
};

QByteArray builtInJson()
{
    QFile file(u":/errors/errorcatalog.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray builtInTranslationsJson()
{
    QFile file(u":/errors/errortranslations.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// One wording of a code: an entry's message or one of its alternatives, with what picks it (the operation
// of an operation-specific entry, the service sending that message for an alternative).
struct Wording
{
    QString provider;
    QString code;
    QString operation;
    QString message;
    QHash<QString, QString> descriptions;
    QHash<QString, QString> translations;

    QByteArray where(const QString &language = {}) const
    {
        return (provider + u' ' + code + u" \""_s + message + u"\" "_s + language).toUtf8();
    }
};

QList<Wording> wordings(const ErrorCatalog &catalog)
{
    QList<Wording> all;
    for (const ErrorEntry &entry : catalog.entries()) {
        const QString operation = entry.operationSpecific ? entry.operations.value(0) : QString();
        all.append({entry.provider, entry.code, operation, entry.message, entry.descriptions, entry.translations});
        for (const ErrorEntry::Alternative &alternative : entry.alternatives) {
            all.append({entry.provider, entry.code, operation, alternative.message, alternative.descriptions,
                        alternative.translations});
        }
    }
    return all;
}

const QStringList allLanguages{u"en"_s, u"zh_CN"_s, u"zh_TW"_s, u"ja"_s};
const QStringList translatedLanguages{u"zh_CN"_s, u"zh_TW"_s, u"ja"_s};

// What a translation was made from: the other Chinese seed text for zh_CN / zh_TW when the seed has it,
// the English message otherwise (always for Japanese).
QString basisOf(const Wording &wording, const QString &language)
{
    if (language == u"zh_CN"_s && wording.descriptions.contains(u"zh_TW"_s))
        return wording.descriptions.value(u"zh_TW"_s);
    if (language == u"zh_TW"_s && wording.descriptions.contains(u"zh_CN"_s))
        return wording.descriptions.value(u"zh_CN"_s);
    return wording.message;
}

QStringList matches(const QRegularExpression &expression, const QString &text)
{
    QStringList found;
    for (auto it = expression.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    return found;
}

// printf and Qt placeholders: "%s", "%1", "{name}".
QStringList placeholders(const QString &text)
{
    static const QRegularExpression expression(u"%(?:s|\\d+)|\\{\\w+\\}"_s);
    QStringList found = matches(expression, text);
    found.sort();
    return found;
}

// Parameter and API names in an English message: camel case ("DBInstanceId", "coldDataEnabled",
// "AccessKey") or snake case ("user_id", "character_type").
QStringList parameterNames(const QString &message)
{
    static const QRegularExpression word(u"[A-Za-z][A-Za-z0-9_]*"_s);
    static const QRegularExpression name(u"[a-z][A-Z]|_"_s);
    QStringList found;
    for (const QString &candidate : matches(word, message)) {
        if (candidate.contains(name))
            found.append(candidate);
    }
    return found;
}

// Every word in Latin script or digits in a seed's text ("DescribeDatabases", "Physical", "16").
QStringList latinWords(const QString &text)
{
    static const QRegularExpression word(u"[A-Za-z0-9_]+"_s);
    return matches(word, text);
}

// Rows of a seed's table: entries and alternatives both count, so a dropped or merged-away row shows.
int rowsFromSource(const ErrorCatalog &catalog, const QString &source)
{
    int rows = 0;
    for (const ErrorEntry &entry : catalog.entries()) {
        rows += entry.sources.count(source);
        for (const ErrorEntry::Alternative &alternative : entry.alternatives)
            rows += alternative.sources.count(source);
    }
    return rows;
}

const QString alibaba = u"alibaba"_s;
const QString dbs = u"dbs"_s;
const QString huawei = u"huawei"_s;

} // namespace

class TestErrorCatalog : public QObject
{
    Q_OBJECT

private slots:
    void builtInLoadsFromTheResource()
    {
        QVERIFY(!builtInJson().isEmpty());
        QVERIFY(!ErrorCatalog::builtIn().isEmpty());
        QCOMPARE(&ErrorCatalog::builtIn(), &ErrorCatalog::builtIn());
    }

    void seedWording_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("expected");

        QTest::newRow("000 zh_CN") << alibaba << u"InvalidRestoreType.Format"_s << u"zh_CN"_s << QString()
                                   << u"指定的恢复类型无效。请设置合理的恢复类型。"_s;
        QTest::newRow("000 zh_CN, ASCII comma kept") << alibaba << u"InvalidRestoreTime.Format"_s << u"zh_CN"_s
                                                     << QString()
                                                     << u"操作失败,当前指定的恢复时间无效,请重新设置恢复时间。"_s;
        QTest::newRow("000 zh_CN, last row") << alibaba << u"InvokeProxyFailure"_s << u"zh_CN"_s << QString()
                                             << u"由于rds api服务失败,请求处理失败。"_s;
        QTest::newRow("001 zh_TW") << alibaba << u"BackupJobExists"_s << u"zh_TW"_s << QString()
                                   << u"備份已存在。"_s;
        QTest::newRow("001 zh_TW, starts with ASCII") << alibaba << u"InvalidKmsKey"_s << u"zh_TW"_s << QString()
                                                      << u"Kms key已禁用。"_s;
        QTest::newRow("001 zh_TW, message starts lower case")
            << alibaba << u"BackupType.NotSupport"_s << u"zh_TW"_s << QString() << u"指定的備份類型不受支持。"_s;
        QTest::newRow("001 zh_TW, long") << alibaba << u"InvalidPreferredBackupTime.Format"_s << u"zh_TW"_s
                                         << QString()
                                         << u"期望備份日期的格式不正確。格式要求為標準GMT格式,即YYYY-MM-DDThh:mmZ。例如:2012-06-11T15:00Z"_s;
        QTest::newRow("002 en message") << dbs << u"Request.Forbidden"_s << u"en"_s << QString()
                                        << u"Have no Permissions"_s;
        QTest::newRow("003 en message") << alibaba << u"InvalidPageNumbers.Malformed"_s << u"en"_s << QString()
                                        << u"Specified page number is not valid."_s;
        QTest::newRow("tag with hyphen") << alibaba << u"BackupJobExists"_s << u"zh-TW"_s << QString()
                                         << u"備份已存在。"_s;
    }

    void seedWording()
    {
        QFETCH(QString, provider);
        QFETCH(QString, code);
        QFETCH(QString, language);
        QFETCH(QString, operation);
        QFETCH(QString, expected);
        QCOMPARE(ErrorCatalog::builtIn().displayText(provider, code, language, u"service text"_s, operation),
                 expected);
    }

    void descriptionIsEmptyWhereTheSeedHasNone()
    {
        const ErrorCatalog &catalog = ErrorCatalog::builtIn();
        // Seed 000 writes "-" for these.
        QVERIFY(catalog.find(alibaba, u"InvalidBakHistoryDO"_s).has_value());
        QVERIFY(catalog.description(alibaba, u"InvalidBakHistoryDO"_s, u"zh_CN"_s).isEmpty());
        QCOMPARE(catalog.languagesCovered(alibaba, u"InsufficientResourceCapacity"_s), QStringList{u"en"_s});
        // Seed 000 is Simplified Chinese only: no Traditional text borrowed for a code 001 lacks.
        QVERIFY(catalog.description(alibaba, u"InvalidRestoreType.Format"_s, u"zh_TW"_s).isEmpty());
    }

    void japaneseSeedHasNoDescriptions()
    {
        // Seed 003's 説明 column is empty in every row: no Japanese text passes for the seed's. The Japanese
        // a user sees is the project's own translation, kept apart from the seed descriptions.
        const ErrorCatalog &catalog = ErrorCatalog::builtIn();
        int fromSeed003 = 0;
        for (const ErrorEntry &entry : catalog.entries()) {
            QVERIFY2(!entry.descriptions.contains(u"ja"_s), qPrintable(entry.code));
            if (entry.sources.contains(u"003"_s))
                ++fromSeed003;
        }
        QCOMPARE(fromSeed003, 70);
        QVERIFY(catalog.description(alibaba, u"InvalidStartTime.Format"_s, u"ja"_s).isEmpty());
        QCOMPARE(catalog.translation(alibaba, u"InvalidStartTime.Format"_s, u"ja"_s), u"指定された開始時刻が無効です。"_s);
        QCOMPARE(catalog.displayText(alibaba, u"InvalidStartTime.Format"_s, u"ja"_s, u"開始時刻が無効です。"_s),
                 u"指定された開始時刻が無効です。"_s);
        QCOMPARE(catalog.displayText(alibaba, u"InvalidStartTime.Format"_s, u"en"_s, u"whatever"_s),
                 u"Specified start time is not valid."_s);
    }

    void huaweiCodesComeFromTheReference()
    {
        // Seed 004 only links to a separate error page: its own table has no rows.
        const ErrorCatalog &catalog = ErrorCatalog::builtIn();
        QCOMPARE(rowsFromSource(catalog, u"004"_s), 0);
        const auto parameterError = catalog.find(huawei, u"DBS.200001"_s);
        QVERIFY(parameterError.has_value());
        QCOMPARE(parameterError->httpStatus, 400);
        QCOMPARE(parameterError->sources, QStringList{u"reference"_s});
        QVERIFY(parameterError->descriptions.isEmpty());
        QVERIFY(!parameterError->gateway);
        // No seed text: the project's translation of the English message.
        QCOMPARE(catalog.displayText(huawei, u"DBS.200001"_s, u"zh_CN"_s, u"参数错误。"_s), u"请求参数无效。"_s);
        QCOMPARE(catalog.displayText(huawei, u"DBS.200001"_s, u"zh_TW"_s, u"参数错误。"_s), u"請求參數無效。"_s);
        QCOMPARE(catalog.displayText(huawei, u"DBS.200001"_s, u"ja"_s, u"参数错误。"_s),
                 u"リクエストパラメーターが無効です。"_s);
        const auto signature = catalog.find(huawei, u"APIGW.0301"_s);
        QVERIFY(signature.has_value());
        QCOMPARE(signature->httpStatus, 401);
        QVERIFY(signature->gateway);
    }

    void httpStatuses_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("status");
        QTest::newRow("000 400") << alibaba << u"InvalidBakset.Invalid"_s << 400;
        QTest::newRow("000 403") << alibaba << u"InvalidBackupLogStatus"_s << 403;
        QTest::newRow("000 404") << alibaba << u"RestoreType.NotFound"_s << 404;
        QTest::newRow("000 500") << alibaba << u"ExternalFailure"_s << 500;
        QTest::newRow("001 403") << alibaba << u"Exceeded.BackupTimes"_s << 403;
        QTest::newRow("001 404") << alibaba << u"InvalidDBInstanceName.NotFound"_s << 404;
        QTest::newRow("002 403") << dbs << u"Request.Forbidden"_s << 403;
        QTest::newRow("003 403") << alibaba << u"InvalidMaxRecordsPerPage.Malformed"_s << 403;
        QTest::newRow("gateway 503") << alibaba << u"ServiceUnavailable"_s << 503;
        QTest::newRow("gateway throttling") << alibaba << u"Throttling.User"_s << 400;
        QTest::newRow("gateway 404") << alibaba << u"InvalidAccessKeyId.NotFound"_s << 404;
        QTest::newRow("huawei 409") << huawei << u"DBS.200011"_s << 409;
        QTest::newRow("huawei 500") << huawei << u"DBS.108005"_s << 500;
        QTest::newRow("huawei throttling") << huawei << u"APIGW.0308"_s << 429;
    }

    void httpStatuses()
    {
        QFETCH(QString, provider);
        QFETCH(QString, code);
        QFETCH(int, status);
        const auto entry = ErrorCatalog::builtIn().find(provider, code);
        QVERIFY(entry.has_value());
        QCOMPARE(entry->httpStatus, status);
    }

    void everySeedRowIsPresent_data()
    {
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("rows");
        QTest::newRow("000 RestoreDdrTable") << u"000"_s << 90;
        QTest::newRow("001 CreateBackup") << u"001"_s << 75;
        QTest::newRow("002 CreateRestoreTask") << u"002"_s << 1;
        QTest::newRow("003 DescribeBackups") << u"003"_s << 70;
        QTest::newRow("004 recovery") << u"004"_s << 0;
        QTest::newRow("reference") << u"reference"_s << 41;
    }

    void everySeedRowIsPresent()
    {
        QFETCH(QString, source);
        QFETCH(int, rows);
        QCOMPARE(rowsFromSource(ErrorCatalog::builtIn(), source), rows);
    }

    void mergedCodeCarriesEveryLanguage()
    {
        const ErrorCatalog &catalog = ErrorCatalog::builtIn();
        const auto entry = catalog.find(alibaba, u"Order.ComboInstanceNotAllowOperate"_s);
        QVERIFY(entry.has_value());
        QCOMPARE(entry->descriptions.value(u"zh_CN"_s), u"套餐实例不允许单独操作。"_s);
        QCOMPARE(entry->descriptions.value(u"zh_TW"_s), u"套餐實例不允許單獨操作。"_s);
        QCOMPARE(entry->sources, (QStringList{u"000"_s, u"001"_s, u"003"_s}));
        QCOMPARE(entry->operations, (QStringList{u"CreateBackup"_s, u"DescribeBackups"_s, u"RestoreDdrTable"_s}));
        QCOMPARE(catalog.languagesCovered(alibaba, u"Order.ComboInstanceNotAllowOperate"_s),
                 (QStringList{u"en"_s, u"zh_CN"_s, u"zh_TW"_s}));
        qsizetype copies = 0;
        for (const ErrorEntry &each : catalog.entries())
            copies += (each.provider == alibaba && each.code == u"Order.ComboInstanceNotAllowOperate"_s);
        QCOMPARE(copies, 1);
    }

    void operationSpecificVariants()
    {
        const ErrorCatalog &catalog = ErrorCatalog::builtIn();
        const QString code = u"IncorrectDBInstanceType"_s;
        const auto restore = catalog.find(alibaba, code, u"RestoreDdrTable"_s);
        const auto backup = catalog.find(alibaba, code, u"CreateBackup"_s);
        const auto general = catalog.find(alibaba, code);
        const auto unlisted = catalog.find(alibaba, code, u"DescribeBackups"_s);
        QVERIFY(restore && backup && general && unlisted);
        QCOMPARE(restore->message, u"Current DB instance type does not support this operation."_s);
        QCOMPARE(backup->message, u"Current DB instance engine and type does not support operations."_s);
        QVERIFY(backup->operationSpecific);
        QCOMPARE(general->message, restore->message);
        QCOMPARE(unlisted->message, general->message);
        QCOMPARE(catalog.displayText(alibaba, code, u"zh_TW"_s, u"svc"_s, u"CreateBackup"_s),
                 u"操作失敗,當前數據庫實例引擎和類型不支持。"_s);
        QCOMPARE(catalog.displayText(alibaba, code, u"zh_CN"_s, u"svc"_s, u"RestoreDdrTable"_s),
                 u"操作失败,该实例状态下不支持此操作。"_s);

        const auto described = catalog.find(alibaba, u"InvalidDBInstance.NotFound"_s, u"DescribeBackups"_s);
        QVERIFY(described.has_value());
        QCOMPARE(described->message, u"The specified instance does not exist or is not supported."_s);
        QCOMPARE(catalog.find(alibaba, u"InvalidDB.NotFound"_s, u"CreateBackup"_s)->message,
                 u"Specified db does not exist or DB status does not support this operation."_s);
        QCOMPARE(catalog.find(alibaba, u"InvalidDB.NotFound"_s)->message,
                 u"Specified db does not exist or DB status does not support."_s);
    }

    void serviceMessagePicksAnAlternativeWording()
    {
        // Seeds 000 and 001 list BasicInfoUncompleted twice, worded differently.
        const ErrorCatalog &catalog = ErrorCatalog::builtIn();
        const QString code = u"BasicInfoUncompleted"_s;
        const QString firstWording =
            u"Your information is incomplete. Complete your information before the operation."_s;
        const QString secondWording =
            u"Your information is incomplete, Complete your information before the operation."_s;
        QCOMPARE(catalog.displayText(alibaba, code, u"zh_CN"_s, firstWording),
                 u"您的基本信息未完善,请在操作前先完善您的基本信息。"_s);
        QCOMPARE(catalog.displayText(alibaba, code, u"zh_CN"_s, secondWording),
                 u"您的信息不完整,请在操作前填写您的信息。"_s);
        QCOMPARE(catalog.displayText(alibaba, code, u"zh_TW"_s, secondWording),
                 u"您的信息不完整,請在操作前填寫您的信息。"_s);
        QCOMPARE(catalog.displayText(alibaba, code, u"en"_s, secondWording), secondWording);
        QCOMPARE(catalog.description(alibaba, code, u"zh_CN"_s),
                 u"您的基本信息未完善,请在操作前先完善您的基本信息。"_s);
    }

    void unknownCodeFallsBackToTheServiceMessage()
    {
        const ErrorCatalog &catalog = ErrorCatalog::builtIn();
        for (const QString &language : {u"en"_s, u"zh_CN"_s, u"zh_TW"_s, u"ja"_s}) {
            QCOMPARE(catalog.displayText(alibaba, u"No.Such.Code"_s, language, u"The service said so."_s),
                     u"The service said so."_s);
        }
        QCOMPARE(catalog.displayText(u"nosuchcloud"_s, u"Throttling"_s, u"en"_s, u"busy"_s), u"busy"_s);
        QVERIFY(!catalog.find(alibaba, u"No.Such.Code"_s).has_value());
        QVERIFY(catalog.languagesCovered(alibaba, u"No.Such.Code"_s).isEmpty());
        QVERIFY(catalog.displayText(alibaba, u"No.Such.Code"_s, u"en"_s, QString()).isEmpty());
        // Codes are case-sensitive: both spellings are documented as different codes.
        QCOMPARE(catalog.find(alibaba, u"pay.noCreditCard"_s)->message, u"Account not bound to credit card."_s);
        QCOMPARE(catalog.find(alibaba, u"Pay.NoCreditCard"_s)->message, u"No credit cards."_s);
    }

    void knownCodeInAnUncoveredLanguage()
    {
        // Neither the seeds nor the project's translations know Korean.
        const ErrorCatalog &catalog = ErrorCatalog::builtIn();
        const QString code = u"InvalidRestoreType.Format"_s;
        QCOMPARE(catalog.displayText(alibaba, code, u"ko"_s, u"from the service"_s), u"from the service"_s);
        QCOMPARE(catalog.displayText(alibaba, code, u"ko_KR"_s, u"from the service"_s), u"from the service"_s);
        QCOMPARE(catalog.displayText(alibaba, code, u"en"_s, u"from the service"_s),
                 u"Specified restore type is not valid."_s);
        QCOMPARE(catalog.displayText(alibaba, code, u"en_US"_s, u"from the service"_s),
                 u"Specified restore type is not valid."_s);
        // Nothing from the service: the English message beats an empty line.
        QCOMPARE(catalog.displayText(alibaba, code, u"ko"_s, QString()), u"Specified restore type is not valid."_s);
        // Not even "zh" alone: Simplified and Traditional are told apart, never guessed.
        QCOMPARE(catalog.displayText(alibaba, code, u"zh"_s, u"from the service"_s), u"from the service"_s);
        // A message template shows less than the filled-in text the service sent.
        const QString filledIn = u"sql command execution failed or timed out:Lock wait timeout exceeded."_s;
        QCOMPARE(catalog.displayText(alibaba, u"SqlExecuteFailedOrTimeout"_s, u"en"_s, filledIn), filledIn);
    }

    void dbsSharesOnlyTheGatewayCodes()
    {
        const ErrorCatalog &catalog = ErrorCatalog::builtIn();
        const auto throttling = catalog.find(dbs, u"Throttling.User"_s);
        QVERIFY(throttling.has_value());
        QCOMPARE(throttling->provider, alibaba);
        QVERIFY(throttling->gateway);
        QCOMPARE(catalog.displayText(dbs, u"SignatureDoesNotMatch"_s, u"en"_s, u"x"_s),
                 catalog.find(alibaba, u"SignatureDoesNotMatch"_s)->message);
        // An RDS product code means nothing coming from DBS.
        QVERIFY(!catalog.find(dbs, u"InvalidDBInstanceId.NotFound"_s).has_value());
        QCOMPARE(catalog.displayText(dbs, u"InvalidDBInstanceId.NotFound"_s, u"zh_CN"_s, u"raw"_s), u"raw"_s);
        // And the DBS table stays out of RDS lookups.
        QVERIFY(!catalog.find(alibaba, u"Request.Forbidden"_s).has_value());
        QVERIFY(!catalog.find(huawei, u"Throttling"_s).has_value());
    }

    void malformedCatalogIsEmpty_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray valid = builtInJson();
        QTest::newRow("not json") << QByteArray("this is not json");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << valid.left(valid.size() / 2);
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no entries") << QByteArray(R"({"formatVersion": 1})");
        QTest::newRow("wrong version") << QByteArray(R"({"formatVersion": 2, "entries": []})");
        const QByteArray entry =
            R"({"provider":"alibaba","code":"X","httpStatus":400,"message":"m","sources":["000"]})";
        const auto withEntries = [](const QByteArray &entries) {
            return QByteArray(R"({"formatVersion": 1, "entries": [)") + entries + "]}";
        };
        QTest::newRow("status too low") << withEntries(QByteArray(entry).replace("400", "99"));
        QTest::newRow("status not a number") << withEntries(QByteArray(entry).replace("400", "\"400\""));
        QTest::newRow("status fractional") << withEntries(QByteArray(entry).replace("400", "400.5"));
        QTest::newRow("empty code") << withEntries(QByteArray(entry).replace("\"X\"", "\"\""));
        QTest::newRow("no message") << withEntries(QByteArray(entry).replace(R"("message":"m",)", ""));
        QTest::newRow("no sources") << withEntries(QByteArray(entry).replace(R"(,"sources":["000"])", ""));
        QTest::newRow("description not text")
            << withEntries(QByteArray(entry).replace(R"("m",)", R"("m","descriptions":{"ja":1},)"));
        QTest::newRow("two general entries") << withEntries(entry + "," + entry);
        QTest::newRow("entry not an object") << withEntries("42");
    }

    void malformedCatalogIsEmpty()
    {
        QFETCH(QByteArray, json);
        CriticalMessageCounter criticals;
        const ErrorCatalog catalog(json);
        QCOMPARE(criticals.count(), 1);
        QVERIFY(catalog.isEmpty());
        QVERIFY(!catalog.find(alibaba, u"X"_s).has_value());
        QCOMPARE(catalog.displayText(alibaba, u"BackupJobExists"_s, u"zh_TW"_s, u"svc"_s), u"svc"_s);
    }

    void smallCatalogFromJson()
    {
        const QByteArray json = R"({"formatVersion": 1, "entries": [
            {"provider":"p","code":"C","httpStatus":418,"message":"general","descriptions":{"ja":"一般"},
             "operations":["A"],"sources":["000"]},
            {"provider":"p","code":"C","httpStatus":418,"message":"special","operations":["B"],
             "sources":["001"],"operationSpecific":true}]})";
        CriticalMessageCounter criticals;
        const ErrorCatalog catalog(json);
        QCOMPARE(criticals.count(), 0);
        QCOMPARE(catalog.entries().size(), 2);
        QCOMPARE(catalog.find(u"p"_s, u"C"_s)->message, u"general"_s);
        QCOMPARE(catalog.find(u"p"_s, u"C"_s, u"B"_s)->message, u"special"_s);
        QCOMPARE(catalog.find(u"p"_s, u"C"_s, u"Z"_s)->message, u"general"_s);
        QCOMPARE(catalog.description(u"p"_s, u"C"_s, u"ja_JP"_s), u"一般"_s);
        QVERIFY(catalog.description(u"p"_s, u"C"_s, u"ja"_s, u"B"_s).isEmpty());
        QCOMPARE(catalog.displayText(u"p"_s, u"C"_s, u"ja"_s, u"svc"_s, u"B"_s), u"svc"_s);
    }

    void everyEntryIsWellFormed()
    {
        const QStringList providers{alibaba, dbs, huawei};
        const QStringList languages{u"en"_s, u"ja"_s, u"zh_CN"_s, u"zh_TW"_s};
        const QStringList sources{u"000"_s, u"001"_s, u"002"_s, u"003"_s, u"004"_s, u"reference"_s};
        const ErrorCatalog &catalog = ErrorCatalog::builtIn();
        QVERIFY(catalog.entries().size() > 100);
        for (const ErrorEntry &entry : catalog.entries()) {
            const QByteArray where = (entry.provider + u' ' + entry.code).toUtf8();
            QVERIFY2(providers.contains(entry.provider), where.constData());
            QVERIFY2(!entry.code.isEmpty() && entry.code.trimmed() == entry.code, where.constData());
            QVERIFY2(entry.httpStatus >= 100 && entry.httpStatus <= 599, where.constData());
            QVERIFY2(!entry.message.isEmpty() && entry.message.trimmed() == entry.message, where.constData());
            QVERIFY2(!entry.sources.isEmpty(), where.constData());
            for (const QString &source : entry.sources)
                QVERIFY2(sources.contains(source), where.constData());
            for (auto it = entry.descriptions.constBegin(); it != entry.descriptions.constEnd(); ++it) {
                QVERIFY2(languages.contains(it.key()), where.constData());
                QVERIFY2(!it.value().isEmpty() && it.value() != u"-"_s, where.constData());
            }
            // The project's translations never sit where the seed has text, and never stand for English.
            for (auto it = entry.translations.constBegin(); it != entry.translations.constEnd(); ++it) {
                QVERIFY2(translatedLanguages.contains(it.key()), where.constData());
                QVERIFY2(!entry.descriptions.contains(it.key()), where.constData());
                QVERIFY2(!it.value().isEmpty() && it.value().trimmed() == it.value(), where.constData());
            }
            // Operations come only with seed rows, and reference codes carry no seed text.
            QCOMPARE(entry.operations.isEmpty(), entry.sources == QStringList{u"reference"_s});
            if (entry.sources.contains(u"reference"_s))
                QVERIFY2(entry.descriptions.isEmpty(), where.constData());
            QVERIFY2(catalog.find(entry.provider, entry.code).has_value(), where.constData());
        }
    }

    void everyWordingIsDescribedInEveryLanguage()
    {
        // en is the message; zh_CN, zh_TW and ja the seed's text where it has one, the project's otherwise.
        const ErrorCatalog &catalog = ErrorCatalog::builtIn();
        QHash<QString, int> fromSeed;
        QHash<QString, int> fromProject;
        const QList<Wording> all = wordings(catalog);
        for (const Wording &wording : all) {
            for (const QString &language : allLanguages) {
                // The service sends the documented message (a template as it is, "%s" included).
                const QString text = catalog.displayText(wording.provider, wording.code, language, wording.message,
                                                         wording.operation);
                QVERIFY2(!text.isEmpty(), wording.where(language).constData());
                if (language == u"en"_s) {
                    QCOMPARE(text, wording.message);
                    continue;
                }
                QVERIFY2(text != wording.message, wording.where(language).constData());
                if (wording.descriptions.contains(language)) {
                    QCOMPARE(text, wording.descriptions.value(language));
                    ++fromSeed[language];
                } else {
                    QCOMPARE(text, wording.translations.value(language));
                    ++fromProject[language];
                }
            }
        }
        QCOMPARE(all.size(), 155); // 154 entries and one alternative wording
        QCOMPARE(fromSeed.value(u"zh_CN"_s), 87);
        QCOMPARE(fromSeed.value(u"zh_TW"_s), 75);
        QCOMPARE(fromSeed.value(u"ja"_s), 0);
        QCOMPARE(fromProject.value(u"zh_CN"_s), 68);
        QCOMPARE(fromProject.value(u"zh_TW"_s), 80);
        QCOMPARE(fromProject.value(u"ja"_s), 155);
        // The general entry answers without an operation, also for hyphenated and regional tags.
        QCOMPARE(catalog.displayText(alibaba, u"BackupJobExists"_s, u"ja_JP"_s, u"svc"_s),
                 u"指定されたインスタンスにはバックアップタスクがすでに存在します。"_s);
        QCOMPARE(catalog.displayText(alibaba, u"InvalidRestoreType.Format"_s, u"zh-TW"_s, u"svc"_s),
                 u"指定的恢復類型無效。請設定合理的恢復類型。"_s);
    }

    void seedTextIsNeverOverridden()
    {
        const ErrorCatalog &catalog = ErrorCatalog::builtIn();
        int checked = 0;
        for (const Wording &wording : wordings(catalog)) {
            for (auto it = wording.descriptions.constBegin(); it != wording.descriptions.constEnd(); ++it) {
                QVERIFY2(!wording.translations.contains(it.key()), wording.where(it.key()).constData());
                QCOMPARE(catalog.displayText(wording.provider, wording.code, it.key(), wording.message,
                                             wording.operation),
                         it.value());
                ++checked;
            }
        }
        QCOMPARE(checked, 87 + 75);
        // description() stays the seed's alone, translation() the project's alone.
        QVERIFY(catalog.description(alibaba, u"BackupJobExists"_s, u"zh_CN"_s).isEmpty());
        QCOMPARE(catalog.translation(alibaba, u"BackupJobExists"_s, u"zh_CN"_s), u"备份已存在。"_s);
        QCOMPARE(catalog.description(alibaba, u"BackupJobExists"_s, u"zh_TW"_s), u"備份已存在。"_s);
        QVERIFY(catalog.translation(alibaba, u"BackupJobExists"_s, u"zh_TW"_s).isEmpty());
        QVERIFY(catalog.translation(alibaba, u"BackupJobExists"_s, u"en"_s).isEmpty());
        QCOMPARE(catalog.languagesCovered(alibaba, u"BackupJobExists"_s), (QStringList{u"en"_s, u"zh_TW"_s}));
        QCOMPARE(catalog.languagesTranslated(alibaba, u"BackupJobExists"_s), (QStringList{u"ja"_s, u"zh_CN"_s}));
        QCOMPARE(catalog.languagesTranslated(alibaba, u"Order.ComboInstanceNotAllowOperate"_s), QStringList{u"ja"_s});
        QCOMPARE(catalog.languagesTranslated(alibaba, u"InsufficientResourceCapacity"_s),
                 (QStringList{u"ja"_s, u"zh_CN"_s, u"zh_TW"_s}));
        QVERIFY(catalog.languagesTranslated(alibaba, u"No.Such.Code"_s).isEmpty());
    }

    void projectTranslations_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("serviceMessage");
        QTest::addColumn<QString>("expected");
        const QString svc = u"service text"_s;

        QTest::newRow("ja, no seed has it") << alibaba << u"InvalidRestoreType.Format"_s << u"ja"_s << QString()
                                            << svc << u"指定された復元タイプが無効です。"_s;
        QTest::newRow("ja, seed 003 row") << alibaba << u"InvalidBackupSetLocation.Format"_s << u"ja"_s << QString()
                                          << svc << u"指定されたバックアップセットの場所が無効です。"_s;
        QTest::newRow("ja keeps the parameter name") << alibaba << u"InvalidDBInstanceId.NotFound"_s << u"ja"_s
                                                     << QString() << svc << u"指定された DBInstanceId は存在しません。"_s;
        QTest::newRow("zh_TW from the zh_CN seed, Taiwan terms")
            << alibaba << u"InvalidDBName.Duplicate"_s << u"zh_TW"_s << QString() << svc
            << u"當前實例中已存在相同的資料庫名稱。請更換名稱。"_s;
        QTest::newRow("zh_TW from the zh_CN seed, read-only") << alibaba << u"ChildDBInstanceExists"_s << u"zh_TW"_s
                                                              << QString() << svc << u"操作失敗,唯讀實例已存在。"_s;
        QTest::newRow("zh_CN from the zh_TW seed") << alibaba << u"BackupJobExists"_s << u"zh_CN"_s << QString()
                                                   << svc << u"备份已存在。"_s;
        QTest::newRow("zh_CN, operation-specific wording")
            << alibaba << u"IncorrectDBInstanceType"_s << u"zh_CN"_s << u"CreateBackup"_s << svc
            << u"操作失败,当前数据库实例引擎和类型不支持。"_s;
        QTest::newRow("zh_TW, general wording") << alibaba << u"IncorrectDBInstanceType"_s << u"zh_TW"_s
                                                << u"RestoreDdrTable"_s << svc
                                                << u"操作失敗,該實例狀態下不支援此操作。"_s;
        QTest::newRow("ja, alternative wording")
            << alibaba << u"BasicInfoUncompleted"_s << u"ja"_s << QString()
            << u"Your information is incomplete, Complete your information before the operation."_s
            << u"情報が不完全です。操作の前に情報を入力してください。"_s;
        QTest::newRow("ja, first wording") << alibaba << u"BasicInfoUncompleted"_s << u"ja"_s << QString() << svc
                                           << u"基本情報が不完全です。操作の前に基本情報を入力してください。"_s;
        QTest::newRow("gateway, zh_CN") << alibaba << u"Throttling.User"_s << u"zh_CN"_s << QString() << svc
                                        << u"该账号发送的请求过多。请稍后重试。"_s;
        QTest::newRow("gateway shared by DBS, ja") << dbs << u"SignatureDoesNotMatch"_s << u"ja"_s << QString() << svc
                                                   << u"リクエストの署名がサーバーで計算された署名と一致しません。AccessKey Secret を確認してください。"_s;
        QTest::newRow("DBS, zh_TW") << dbs << u"Request.Forbidden"_s << u"zh_TW"_s << u"CreateRestoreTask"_s << svc
                                    << u"沒有權限。"_s;
        QTest::newRow("Huawei, ja") << huawei << u"DBS.200011"_s << u"ja"_s << QString() << svc
                                    << u"インスタンスで別の操作が実行中か、インスタンスに障害が発生しています。しばらくしてから再試行してください。"_s;
        QTest::newRow("Huawei gateway, zh_TW") << huawei << u"APIGW.0308"_s << u"zh_TW"_s << QString() << svc
                                               << u"已達到請求頻率上限。請等候幾秒後再試。"_s;
    }

    void projectTranslations()
    {
        QFETCH(QString, provider);
        QFETCH(QString, code);
        QFETCH(QString, language);
        QFETCH(QString, operation);
        QFETCH(QString, serviceMessage);
        QFETCH(QString, expected);
        QCOMPARE(ErrorCatalog::builtIn().displayText(provider, code, language, serviceMessage, operation), expected);
    }

    void translatedTemplateGetsTheServiceDetail()
    {
        const ErrorCatalog &catalog = ErrorCatalog::builtIn();
        const QString code = u"SqlExecuteFailedOrTimeout"_s;
        const QString filledIn = u"sql command execution failed or timed out:Lock wait timeout exceeded."_s;
        QCOMPARE(catalog.translation(alibaba, code, u"ja"_s), u"SQL コマンドの実行に失敗したか、タイムアウトしました：%s。"_s);
        QCOMPARE(catalog.displayText(alibaba, code, u"ja"_s, filledIn),
                 u"SQL コマンドの実行に失敗したか、タイムアウトしました：Lock wait timeout exceeded。"_s);
        // A message that does not follow the template: the service's own text rather than a "%s".
        QCOMPARE(catalog.displayText(alibaba, code, u"ja"_s, u"something else"_s), u"something else"_s);
        // The seeds' Chinese has no placeholder and stays as it is.
        QCOMPARE(catalog.displayText(alibaba, code, u"zh_CN"_s, filledIn), u"sql命令执行失败或执行超时"_s);
    }

    void translationDataMatchesTheCatalog()
    {
        // No orphans: every translation names a code and one of its wordings the catalog has, in a language the
        // seed leaves without text, and it is loaded as written. One translation per wording.
        const ErrorCatalog &catalog = ErrorCatalog::builtIn();
        const QJsonObject root = QJsonDocument::fromJson(builtInTranslationsJson()).object();
        QCOMPARE(root.value(u"formatVersion"_s).toInt(), 1);
        QVERIFY(!root.value(u"about"_s).toArray().isEmpty());
        const QJsonArray entries = root.value(u"entries"_s).toArray();
        const QList<Wording> all = wordings(catalog);
        QSet<QString> seen;
        for (const QJsonValue &value : entries) {
            const QJsonObject item = value.toObject();
            const QString provider = item.value(u"provider"_s).toString();
            const QString code = item.value(u"code"_s).toString();
            const QString message = item.value(u"message"_s).toString();
            const QJsonObject texts = item.value(u"translations"_s).toObject();
            const QByteArray where = (provider + u' ' + code + u" \""_s + message + u'"').toUtf8();
            QVERIFY2(!texts.isEmpty(), where.constData());
            const QString key = provider + u'\x1f' + code + u'\x1f' + message;
            QVERIFY2(!seen.contains(key), where.constData());
            seen.insert(key);
            int matched = 0;
            for (const Wording &wording : all) {
                if (wording.provider != provider || wording.code != code || wording.message != message)
                    continue;
                ++matched;
                for (auto it = texts.constBegin(); it != texts.constEnd(); ++it) {
                    QVERIFY2(translatedLanguages.contains(it.key()), where.constData());
                    QVERIFY2(!wording.descriptions.contains(it.key()), where.constData());
                    QCOMPARE(wording.translations.value(it.key()), it.value().toString());
                }
            }
            QVERIFY2(matched > 0, ("orphan translation: " + where).constData());
        }
        QCOMPARE(seen.size(), all.size());
    }

    void translationsKeepPlaceholdersAndNames()
    {
        // A translation of the English message keeps its placeholders and parameter names; one made from the
        // other Chinese seed keeps that seed's placeholders and Latin words.
        int fromEnglish = 0;
        int fromSeed = 0;
        for (const Wording &wording : wordings(ErrorCatalog::builtIn())) {
            for (auto it = wording.translations.constBegin(); it != wording.translations.constEnd(); ++it) {
                const QString basis = basisOf(wording, it.key());
                const QByteArray where = wording.where(it.key());
                QCOMPARE(placeholders(it.value()), placeholders(basis));
                const QStringList kept = basis == wording.message ? parameterNames(basis) : latinWords(basis);
                for (const QString &name : kept)
                    QVERIFY2(it.value().contains(name), (where + " lost " + name.toUtf8()).constData());
                ++(basis == wording.message ? fromEnglish : fromSeed);
                // Japanese and Chinese prose, not English left behind.
                QVERIFY2(it.value().contains(QRegularExpression(u"[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"_s)),
                         where.constData());
            }
        }
        QCOMPARE(fromSeed, 14 + 26); // zh_CN from seed 001's zh_TW, zh_TW from seed 000's zh_CN
        QCOMPARE(fromEnglish, 155 + 54 + 54);
        QCOMPARE(parameterNames(u"The specified parameter \"BackupMethod\" is not valid, see user_id."_s),
                 (QStringList{u"BackupMethod"_s, u"user_id"_s}));
        QCOMPARE(placeholders(u"timed out:%s."_s), QStringList{u"%s"_s});
    }

    void sameEnglishSameTranslation()
    {
        // Codes that share an English message (Huawei's internal errors, the gateways' throttling) read the same.
        QHash<QString, QString> seen;
        int shared = 0;
        for (const Wording &wording : wordings(ErrorCatalog::builtIn())) {
            for (auto it = wording.translations.constBegin(); it != wording.translations.constEnd(); ++it) {
                if (basisOf(wording, it.key()) != wording.message)
                    continue;
                const QString key = it.key() + u'\x1f' + wording.message;
                if (seen.contains(key)) {
                    QCOMPARE(it.value(), seen.value(key));
                    ++shared;
                }
                seen.insert(key, it.value());
            }
        }
        QVERIFY(shared >= 3 * 6);
    }

    void translationsJsonIsSortedByProviderThenCode()
    {
        const QJsonArray entries =
            QJsonDocument::fromJson(builtInTranslationsJson()).object().value(u"entries"_s).toArray();
        QVERIFY(!entries.isEmpty());
        const auto key = [](const QJsonValue &value) {
            const QJsonObject entry = value.toObject();
            return std::tuple(entry.value(u"provider"_s).toString(), entry.value(u"code"_s).toString());
        };
        for (qsizetype i = 1; i < entries.size(); ++i)
            QVERIFY2(!(key(entries.at(i)) < key(entries.at(i - 1))),
                     qPrintable(entries.at(i).toObject().value(u"code"_s).toString()));
    }

    void smallCatalogWithTranslations()
    {
        const QByteArray json = R"({"formatVersion": 1, "entries": [
            {"provider":"p","code":"C","httpStatus":418,"message":"general","descriptions":{"zh_CN":"一般"},
             "operations":["A"],"sources":["000"],
             "alternatives":[{"message":"general, again","sources":["000"]}]},
            {"provider":"p","code":"C","httpStatus":418,"message":"special","operations":["B"],
             "sources":["001"],"operationSpecific":true}]})";
        const QByteArray translations = R"({"formatVersion": 1, "entries": [
            {"provider":"p","code":"C","message":"general","translations":{"ja":"一般です","zh_CN":"别的"}},
            {"provider":"p","code":"C","message":"general, again","translations":{"ja":"もう一度"}},
            {"provider":"p","code":"C","message":"special","translations":{"ja":"特別です","zh_TW":"特別"}},
            {"provider":"p","code":"C","message":"no longer sent","translations":{"ja":"孤児"}},
            {"provider":"p","code":"Gone","message":"general","translations":{"ja":"孤児"}}]})";
        CriticalMessageCounter criticals;
        const ErrorCatalog catalog(json, translations);
        QCOMPARE(criticals.count(), 0);
        QCOMPARE(criticals.warnings(), 3); // a seed language and two orphans, each skipped
        QCOMPARE(catalog.displayText(u"p"_s, u"C"_s, u"zh_CN"_s, u"svc"_s), u"一般"_s);
        QCOMPARE(catalog.displayText(u"p"_s, u"C"_s, u"ja"_s, u"svc"_s), u"一般です"_s);
        QCOMPARE(catalog.displayText(u"p"_s, u"C"_s, u"ja"_s, u"general, again"_s), u"もう一度"_s);
        QCOMPARE(catalog.displayText(u"p"_s, u"C"_s, u"ja"_s, u"svc"_s, u"B"_s), u"特別です"_s);
        QCOMPARE(catalog.displayText(u"p"_s, u"C"_s, u"zh_TW"_s, u"svc"_s, u"B"_s), u"特別"_s);
        QCOMPARE(catalog.displayText(u"p"_s, u"C"_s, u"zh_TW"_s, u"svc"_s), u"svc"_s);
        QVERIFY(catalog.translation(u"p"_s, u"C"_s, u"zh_CN"_s).isEmpty());
        QVERIFY(catalog.description(u"p"_s, u"C"_s, u"ja"_s).isEmpty());
        QCOMPARE(catalog.languagesCovered(u"p"_s, u"C"_s), (QStringList{u"en"_s, u"zh_CN"_s}));
        QCOMPARE(catalog.languagesTranslated(u"p"_s, u"C"_s), QStringList{u"ja"_s});
        QVERIFY(!catalog.find(u"p"_s, u"Gone"_s).has_value());
    }

    void malformedTranslationsAreLeftOut_data()
    {
        QTest::addColumn<QByteArray>("translations");
        const QByteArray row = R"({"provider":"alibaba","code":"BackupJobExists",)"
                               R"("message":"A backup job already exists in the specified DB instance.",)"
                               R"("translations":{"ja":"ある"}})";
        const auto withEntries = [](const QByteArray &entries) {
            return QByteArray(R"({"formatVersion": 1, "entries": [)") + entries + "]}";
        };
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("wrong version") << QByteArray(R"({"formatVersion": 2, "entries": []})");
        QTest::newRow("no entries") << QByteArray(R"({"formatVersion": 1})");
        QTest::newRow("entry not an object") << withEntries("42");
        QTest::newRow("no message") << withEntries(QByteArray(row).replace("\"message\"", "\"text\""));
        QTest::newRow("no translations") << withEntries(QByteArray(row).replace("\"translations\"", "\"x\""));
        QTest::newRow("empty translations") << withEntries(QByteArray(row).replace(R"({"ja":"ある"})", "{}"));
        QTest::newRow("english") << withEntries(QByteArray(row).replace("\"ja\"", "\"en\""));
        QTest::newRow("text not a string") << withEntries(QByteArray(row).replace("\"ある\"", "1"));
        QTest::newRow("blank text") << withEntries(QByteArray(row).replace("\"ある\"", "\" \""));
        QTest::newRow("twice") << withEntries(row + "," + row);
    }

    void malformedTranslationsAreLeftOut()
    {
        // A bad translation file costs the project's translations, never the seeds' text.
        QFETCH(QByteArray, translations);
        CriticalMessageCounter criticals;
        const ErrorCatalog catalog(builtInJson(), translations);
        QCOMPARE(criticals.count(), 1);
        QVERIFY(!catalog.isEmpty());
        QCOMPARE(catalog.displayText(alibaba, u"BackupJobExists"_s, u"ja"_s, u"svc"_s), u"svc"_s);
        QCOMPARE(catalog.displayText(alibaba, u"BackupJobExists"_s, u"zh_TW"_s, u"svc"_s), u"備份已存在。"_s);
        for (const ErrorEntry &entry : catalog.entries())
            QVERIFY(entry.translations.isEmpty());
    }

    void jsonIsSortedByProviderThenCode()
    {
        const QJsonArray entries = QJsonDocument::fromJson(builtInJson()).object().value(u"entries"_s).toArray();
        QCOMPARE(entries.size(), ErrorCatalog::builtIn().entries().size());
        const auto key = [](const QJsonValue &value) {
            const QJsonObject entry = value.toObject();
            return std::tuple(entry.value(u"provider"_s).toString(), entry.value(u"code"_s).toString(),
                              entry.value(u"operationSpecific"_s).toBool());
        };
        for (qsizetype i = 1; i < entries.size(); ++i)
            QVERIFY2(!(key(entries.at(i)) < key(entries.at(i - 1))),
                     qPrintable(entries.at(i).toObject().value(u"code"_s).toString()));
    }
};

QTEST_GUILESS_MAIN(TestErrorCatalog)
#include "tst_errorcatalog.moc"
