#include "app/models/backupfilterproxymodel.h"
#include "app/models/backuptablemodel.h"
#include "app/models/modelroles.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace rdsbm;
using namespace rdsbm::models;

namespace {

BackupSet backup(int n, const QString &status = u"Success"_s, const QString &method = u"Physical"_s)
{
    BackupSet b;
    b.id = QString::number(1000 + n);
    b.instanceId = u"rm-1"_s;
    b.status = status;
    b.method = method;
    b.type = n % 3 == 0 ? u"IncrementalBackup"_s : u"FullBackup"_s;
    b.mode = n % 2 ? u"Manual"_s : u"Automated"_s;
    b.startTime = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).addSecs(3600LL * n);
    b.endTime = b.startTime.addSecs(600);
    b.sizeBytes = (n * 7919LL) % 100000 * 1024;
    b.checksum = 0x995DC9BBDF1939FAULL + quint64(n);
    b.engine = u"MySQL"_s;
    b.engineVersion = u"8.0"_s;
    b.downloadUrl = QUrl(u"http://127.0.0.1/files/"_s + b.id);
    return b;
}

QList<BackupSet> backups(int count)
{
    QList<BackupSet> list;
    for (int i = 0; i < count; ++i)
        list.append(backup(i, i % 5 == 0 ? u"Failed"_s : u"Success"_s, i % 4 == 0 ? u"Logical"_s : u"Physical"_s));
    return list;
}

} // namespace

class TestBackupModels : public QObject
{
    Q_OBJECT

private slots:
    void passesTheModelTester()
    {
        BackupTableModel model;
        BackupFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setBackups(backups(50));
        model.appendBackups({backup(60), backup(61)});
        model.mergeBackups(backups(40));
        proxy.sort(BackupTableModel::SizeColumn);
        proxy.setStatuses({u"Success"_s});
        proxy.setSearchText(u"10"_s);
        QCOMPARE(model.rowCount(), 40);
    }

    void displayAndRawValues()
    {
        BackupTableModel model;
        model.setBackups({backup(1)});
        QCOMPARE(model.columnCount(), int(BackupTableModel::ColumnCount));
        QCOMPARE(model.index(0, BackupTableModel::BackupIdColumn).data().toString(), u"1001"_s);
        QCOMPARE(model.index(0, BackupTableModel::SizeColumn).data(RawValueRole).toLongLong(), 7919LL * 1024);
        QVERIFY(!model.index(0, BackupTableModel::SizeColumn).data().toString().isEmpty());
        QCOMPARE(model.index(0, BackupTableModel::StartTimeColumn).data(RawValueRole).toDateTime(),
                 backup(1).startTime);
        QCOMPARE(model.index(0, BackupTableModel::ChecksumColumn).data().toString(), u"995DC9BBDF1939FB"_s);
        QCOMPARE(model.index(0, BackupTableModel::StatusColumn).data(StatusRole).toString(), u"Success"_s);
        QCOMPARE(model.headerData(BackupTableModel::StatusColumn, Qt::Horizontal).toString(), u"Status"_s);
    }

    void appendSkipsDuplicates()
    {
        BackupTableModel model;
        model.setBackups({backup(1), backup(2)});
        model.appendBackups({backup(2), backup(3), backup(3)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOfBackup(u"1003"_s), 2);
    }

    void mergeKeepsSelectionAndDoesNotReset()
    {
        BackupTableModel model;
        model.setBackups({backup(1), backup(2), backup(3), backup(4)});
        QPersistentModelIndex selected(model.index(2, 0)); // backup 3
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(resets.isValid() && changes.isValid());

        BackupSet updated = backup(3);
        updated.status = u"Failed"_s;
        model.mergeBackups({backup(2), updated, backup(5)}); // 1 and 4 vanish, 5 arrives

        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 1);
        QVERIFY(selected.isValid());
        QCOMPARE(selected.data().toString(), u"1003"_s);
        QCOMPARE(model.backupAt(selected.row()).status, u"Failed"_s);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOfBackup(u"1001"_s), -1);
        QCOMPARE(model.rowOfBackup(u"1005"_s), 2);
    }

    void filters()
    {
        BackupTableModel model;
        model.setBackups(backups(100));
        BackupFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), 100);

        proxy.setStatuses({u"Failed"_s});
        QCOMPARE(proxy.rowCount(), 20);
        for (int row = 0; row < proxy.rowCount(); ++row)
            QCOMPARE(proxy.backupAt(proxy.index(row, 0)).status, u"Failed"_s);

        proxy.setStatuses({});
        proxy.setMethods({u"Logical"_s});
        QCOMPARE(proxy.rowCount(), 25);
        proxy.setMethods({});

        proxy.setTimeRange(backup(10).startTime, backup(19).startTime);
        QCOMPARE(proxy.rowCount(), 10);
        proxy.setTimeRange({}, backup(4).startTime);
        QCOMPARE(proxy.rowCount(), 5);
        proxy.setTimeRange({}, {});

        proxy.setSearchText(u"1042"_s);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(u"increm"_s);
        QCOMPARE(proxy.rowCount(), 34);
        proxy.setSearchText(u"995dc9bbdf1939fa"_s); // the checksum of backup 0, in hex
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QString());
        QCOMPARE(proxy.rowCount(), 100);
    }

    void sortsOnTypedValues()
    {
        BackupTableModel model;
        model.setBackups(backups(300));
        BackupFilterProxyModel proxy;
        proxy.setSourceModel(&model);

        proxy.sort(BackupTableModel::SizeColumn, Qt::AscendingOrder);
        for (int row = 1; row < proxy.rowCount(); ++row)
            QVERIFY(proxy.backupAt(proxy.index(row - 1, 0)).sizeBytes <= proxy.backupAt(proxy.index(row, 0)).sizeBytes);

        proxy.sort(BackupTableModel::StartTimeColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.backupAt(proxy.index(0, 0)).id, u"1299"_s);

        // Ids sort as numbers: "999" before "1000".
        model.setBackups({backup(-1), backup(0)});
        BackupSet short1 = backup(5);
        short1.id = u"999"_s;
        model.appendBackups({short1});
        proxy.sort(BackupTableModel::BackupIdColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.backupAt(proxy.index(0, 0)).id, u"999"_s);
    }

    void retranslateSignalsHeaders()
    {
        BackupTableModel model;
        model.setBackups(backups(3));
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QVERIFY(headers.isValid());
        model.retranslate();
        QCOMPARE(headers.size(), 1);
        QCOMPARE(headers.first().at(2).toInt(), BackupTableModel::ColumnCount - 1);
    }
};

QTEST_GUILESS_MAIN(TestBackupModels)
#include "tst_backupmodels.moc"
