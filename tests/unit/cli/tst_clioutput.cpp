#include "app/cli/clierror.h"
#include "app/cli/output.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm::cli;
using rdsbm::transport::ApiResult;
using rdsbm::transport::Outcome;

class TestCliOutput : public QObject
{
    Q_OBJECT

private slots:
    void tableAlignsColumnsIncludingWideCharacters()
    {
        const QJsonArray rows{QJsonObject{{u"BackupId"_s, u"1"_s}, {u"BackupStatus"_s, u"Success"_s}, {u"BackupSize"_s, 2167808}},
                              QJsonObject{{u"BackupId"_s, u"22"_s}, {u"BackupStatus"_s, u"失败"_s}}};
        const QString text = tableText(rows, {u"BackupId"_s, u"BackupStatus"_s, u"BackupSize"_s});
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), u"BackupId  BackupStatus  BackupSize"_s);
        QCOMPARE(lines.at(1), u"1         Success       2167808"_s);
        QCOMPARE(lines.at(2), u"22        失败          "_s);
        QCOMPARE(displayWidth(u"失败"_s), 4);
    }

    void jsonIsOneDocument()
    {
        const QJsonArray rows{QJsonObject{{u"Checksum"_s, u"18358304393468701857"_s}}};
        const QJsonDocument parsed = QJsonDocument::fromJson(jsonText(rows).toUtf8());
        QVERIFY(parsed.isArray());
        QCOMPARE(parsed.array().first().toObject().value(u"Checksum"_s).toString(), u"18358304393468701857"_s);
    }

    void keyValueLinesFlattenNestedObjects()
    {
        const QJsonObject object{{u"RequestId"_s, u"R"_s},
                                 {u"CreateRestoreTask"_s, QJsonObject{{u"RestoreTaskId"_s, u"t-1"_s}}}};
        QCOMPARE(keyValueText(object), u"CreateRestoreTask.RestoreTaskId: t-1\nRequestId: R\n"_s);
    }

    void serviceErrorUsesTheSeedWording()
    {
        ApiResult result;
        result.outcome = Outcome::ServiceError;
        result.httpStatus = 400;
        result.errorCode = u"InvalidRestoreType.Format"_s;
        result.errorMessage = u"Specified restore type is not valid."_s;
        result.requestId = u"75BBF1EF"_s;
        const CliError zh = errorFromResult(result, u"alibaba"_s, u"RestoreDdrTable"_s, u"zh_CN"_s);
        QCOMPARE(zh.exitCode, ExitCode::ServiceError);
        QCOMPARE(zh.format(), u"error: InvalidRestoreType.Format: 指定的恢复类型无效。请设置合理的恢复类型。\n"
                              "  Specified restore type is not valid.\n  request id: 75BBF1EF\n"_s);
        const CliError en = errorFromResult(result, u"alibaba"_s, u"RestoreDdrTable"_s, u"en"_s);
        QVERIFY(en.format().startsWith(u"error: InvalidRestoreType.Format: Specified restore type is not valid.\n"_s));
    }

    void unknownCodeFallsBackToTheServiceMessage()
    {
        ApiResult result;
        result.outcome = Outcome::ServiceError;
        result.errorCode = u"Brand.NewCode"_s;
        result.errorMessage = u"Something new happened."_s;
        const CliError error = errorFromResult(result, u"alibaba"_s, {}, u"ja"_s);
        QCOMPARE(error.description, u"Something new happened."_s);
    }

    void exitCodesFollowTheContract()
    {
        ApiResult result;
        result.outcome = Outcome::NetworkError;
        QCOMPARE(errorFromResult(result, u"huawei"_s, {}, u"en"_s).exitCode, ExitCode::NetworkError);
        result.outcome = Outcome::TimedOut;
        QCOMPARE(errorFromResult(result, u"huawei"_s, {}, u"en"_s).exitCode, ExitCode::NetworkError);
        result.outcome = Outcome::HttpError;
        result.httpStatus = 502;
        QCOMPARE(errorFromResult(result, u"huawei"_s, {}, u"en"_s).code, u"HTTP502"_s);
        result.outcome = Outcome::ParseError;
        QCOMPARE(errorFromResult(result, u"huawei"_s, {}, u"en"_s).exitCode, ExitCode::ServiceError);
        QCOMPARE(usageError(u"x"_s).exitCode, ExitCode::InvalidInput);
    }
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
