// hallctl import as a hall's IT department uses it: a good extract is loaded and searchable;
// a file with one bad row is refused with its line number and nothing of it is kept.

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run hallctl(const QString &store, const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(HALLCTL_PATH), QStringList{QStringLiteral("--store"), store} + args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(p.readAllStandardError()).trimmed()};
}

void write(const QString &path, const QByteArray &content)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

const QByteArray kAccounts =
    "\xEF\xBB\xBF" // a BOM, as spreadsheet programs write it
    "account_no,name,class,address,phone,id_number,tariff,meter_no,prepaid,balance,status,"
    "blocked,blocked_reason\r\n"
    "5500000001,李小龙,居民,广州市越秀区中山路12号翠苑小区3栋2单元502室,13912345678,"
    "11010519491231002X,RES-T3,3300000000001,0,12.50,active,0,\r\n"
    "5500000002,\"广州市测试贸易有限公司, 总店\",non_residential,广州市天河区体育路8号"
    "华景大厦1栋1单元101号铺,13800001111,91350100M000100Y43,COM-GEN,3300000000002,0,0,"
    "active,1,\"列入电费回收黑名单\"\r\n";
const QByteArray kBills = "account_no,period,kwh_tier1,kwh_tier2,kwh_tier3,amount,due_date,paid\n"
                          "5500000001,2026-09,300,0,0,161.40,2026-10-25,161.40\n"
                          "5500000001,2026-10,250,0,0,134.50,2026-11-25,0\n";
} // namespace

class TestHallctlImport : public QObject
{
    Q_OBJECT
private slots:
    void import_goodFilesAreLoadedAndSearchable()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("s.sqlite"));
        QCOMPARE(hallctl(store, {QStringLiteral("init")}).exitCode, 0);
        write(dir.filePath(QStringLiteral("a.csv")), kAccounts);
        write(dir.filePath(QStringLiteral("b.csv")), kBills);
        const Run r =
            hallctl(store, {QStringLiteral("--json"), QStringLiteral("import"),
                            QStringLiteral("--accounts"), dir.filePath(QStringLiteral("a.csv")),
                            QStringLiteral("--bills"), dir.filePath(QStringLiteral("b.csv"))});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("accounts")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("bills")).toInt(), 2);

        // Searchable by every kind the counter uses.
        for (const QString &query :
             {QStringLiteral("李小龙"), QStringLiteral("小龙"), QStringLiteral("13912345678"),
              QStringLiteral("5678"), QStringLiteral("翠苑小区 3栋502"),
              QStringLiteral("110105491231002")}) {
            const Run s = hallctl(store, {QStringLiteral("search"), query});
            QVERIFY2(s.out.startsWith(QStringLiteral("5500000001")), qPrintable(query + s.out));
        }
        const Run org =
            hallctl(store, {QStringLiteral("search"), QStringLiteral("91350100M000100Y43")});
        QVERIFY(org.out.startsWith(QStringLiteral("5500000002")));
        const Run account = hallctl(store, {QStringLiteral("--json"), QStringLiteral("account"),
                                            QStringLiteral("5500000002")});
        const QJsonObject a = QJsonDocument::fromJson(account.out.toUtf8()).object();
        QCOMPARE(a.value(QStringLiteral("name")).toString(),
                 QStringLiteral("广州市测试贸易有限公司, 总店"));
        QCOMPARE(a.value(QStringLiteral("blocked")).toBool(), true);
    }

    void import_badRowNamesItsLineAndKeepsNothing_data()
    {
        QTest::addColumn<QByteArray>("accounts");
        QTest::addColumn<QString>("expected");
        const QByteArray header =
            "account_no,name,class,address,phone,id_number,tariff\n"
            "5500000001,王一,居民,广州市越秀区中山路1号翠苑小区1栋1单元101室,13912345678,"
            "11010519491231002X,RES-T3\n";
        QTest::newRow("bad ID check")
            << QByteArray(header + "5500000002,王二,居民,某地,13912345679,110105194912310021,"
                                   "RES-T3\n")
            << QStringLiteral("第 3 行");
        QTest::newRow("bad phone")
            << QByteArray(header + "5500000002,王二,居民,某地,12345,,RES-T3\n")
            << QStringLiteral("第 3 行");
        QTest::newRow("unknown tariff")
            << QByteArray(header + "5500000002,王二,居民,某地,,,NOPE\n") << QStringLiteral("NOPE");
        QTest::newRow("duplicate account")
            << QByteArray(header + "5500000001,王二,居民,某地,,,RES-T3\n")
            << QStringLiteral("已存在");
        QTest::newRow("wrong column count")
            << QByteArray(header + "5500000002,王二\n") << QStringLiteral("第 3 行");
        QTest::newRow("unknown column")
            << QByteArray("account_no,name,class,address,tariff,colour\n")
            << QStringLiteral("colour");
        QTest::newRow("unclosed quote")
            << QByteArray(header + "5500000002,\"王二,居民,某地,,,RES-T3\n")
            << QStringLiteral("引号");
        QTest::newRow("not UTF-8")
            << QByteArray(header + "5500000002,\xcd\xf5\xb6\xfe,居民,某地,,,RES-T3\n")
            << QStringLiteral("UTF-8");
    }
    void import_badRowNamesItsLineAndKeepsNothing()
    {
        QFETCH(QByteArray, accounts);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("s.sqlite"));
        QCOMPARE(hallctl(store, {QStringLiteral("init")}).exitCode, 0);
        write(dir.filePath(QStringLiteral("a.csv")), accounts);
        const Run r = hallctl(store, {QStringLiteral("import"), QStringLiteral("--accounts"),
                                      dir.filePath(QStringLiteral("a.csv"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("未导入任何数据")));
        // Nothing of the file was kept: the good first row is not there either.
        QCOMPARE(hallctl(store, {QStringLiteral("account"), QStringLiteral("5500000001")}).exitCode,
                 1);
    }

    void import_withoutFilesIsAUsageError()
    {
        QTemporaryDir dir;
        const QString store = dir.filePath(QStringLiteral("s.sqlite"));
        QCOMPARE(hallctl(store, {QStringLiteral("init")}).exitCode, 0);
        QCOMPARE(hallctl(store, {QStringLiteral("import")}).exitCode, 2);
        QCOMPARE(hallctl(store, {QStringLiteral("import"), QStringLiteral("--accounts"),
                                 dir.filePath(QStringLiteral("missing.csv"))})
                     .exitCode,
                 1);
    }
};

QTEST_GUILESS_MAIN(TestHallctlImport)
#include "tst_hallctl_import.moc"
