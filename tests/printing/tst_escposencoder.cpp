#include "../support/receiptfixture.h"
#include "documentbuilder.h"
#include "escposencoder.h"
#include "receiptstatement.h"
#include "textcolumns.h"

#include <QFile>
#include <QTest>

#include <ctime>

using namespace hd;
using namespace hd::testing;

// The ESC/POS bytes of receipts: stable (golden files), complete, within the paper's width,
// in the order a printer needs them.
class TestEscPosEncoder : public QObject
{
    Q_OBJECT

    static QString terminal() { return QStringLiteral("4401-03"); }

    PrintDocument document(const ReceiptRecord &record, const ReceiptCopy &copy,
                           ReceiptSettings settings = {})
    {
        const QString qr = DocumentBuilder::signedStatement(record, fixedKey(), terminal()).value();
        return DocumentBuilder::receiptDocument(record, settings, qr, copy);
    }
    static QByteArray encode(const PrintDocument &d, int paper)
    {
        EscPosEncoder::Options o;
        o.paper = paper == 58 ? EscPosEncoder::Paper::Roll58 : EscPosEncoder::Paper::Roll80;
        return EscPosEncoder::encode(d, o);
    }
    static QString joined(const EscPosPrintout &p) { return p.lines.join(QLatin1Char('\n')); }

private slots:
    void initTestCase()
    {
        // Receipts print the local time: the golden files are in Beijing time.
        qputenv("TZ", "Asia/Shanghai");
        tzset();
    }

    void encode_matchesGoldenFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("paper");
        QTest::addColumn<int>("copy");
        QTest::addColumn<bool>("reversal");
        QTest::newRow("receipt 80 mm") << QStringLiteral("receipt-80") << 80 << 0 << false;
        QTest::newRow("receipt 58 mm") << QStringLiteral("receipt-58") << 58 << 0 << false;
        QTest::newRow("reprint 80 mm") << QStringLiteral("reprint-80") << 80 << 2 << false;
        QTest::newRow("reversal slip 58 mm") << QStringLiteral("reversal-58") << 58 << 0 << true;
    }
    void encode_matchesGoldenFile()
    {
        QFETCH(QString, name);
        QFETCH(int, paper);
        QFETCH(int, copy);
        QFETCH(bool, reversal);
        ReceiptRecord r = sampleRecord();
        if (reversal) {
            r.kind = QStringLiteral("reversal");
            r.receiptNo = QStringLiteral("4401-03-00001240");
            r.reversesReceiptNo = QStringLiteral("4401-03-00001234");
            r.amount = -r.amount;
            r.reason = QStringLiteral("户号输错");
            r.approvedBy = QStringLiteral("super1");
            r.tenders[0].amount = -r.tenders[0].amount;
        }
        const QByteArray bytes =
            encode(document(r, copy ? reprintCopy(copy) : originalCopy()), paper);
        const QString path = QStringLiteral(HALLDESK_SOURCE_DIR "/tests/data/printing/") + name +
                             QStringLiteral(".bin");
        if (qEnvironmentVariableIsSet("HALLDESK_UPDATE_GOLDEN")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
        }
        QFile golden(path);
        QVERIFY2(golden.open(QIODevice::ReadOnly),
                 qPrintable(path + QStringLiteral(" missing: run with HALLDESK_UPDATE_GOLDEN=1")));
        const QByteArray expected = golden.readAll();
        if (bytes != expected) {
            qsizetype at = 0;
            while (at < bytes.size() && at < expected.size() && bytes[at] == expected[at])
                ++at;
            QFile actual(QStringLiteral(HALLDESK_BINARY_DIR "/") + name + QStringLiteral(".bin"));
            if (actual.open(QIODevice::WriteOnly))
                actual.write(bytes);
            QFAIL(
                qPrintable(QStringLiteral("bytes differ from %1 at offset %2 (actual saved as %3)")
                               .arg(path)
                               .arg(at)
                               .arg(actual.fileName())));
        }
    }

    void encode_printsWhatTheCustomerNeeds()
    {
        const PrintDocument d = document(sampleRecord(), originalCopy());
        const EscPosPrintout p = decodeEscPos(encode(d, 80));
        const QString text = joined(p);
        for (const QString &expected : {QStringLiteral("越秀供电营业厅"),
                                        QStringLiteral("电费收据"),
                                        QStringLiteral("收据号：4401-03-00001234"),
                                        QStringLiteral("日期：2024-03-25 10:15:30"),
                                        QStringLiteral("营业厅：4401"),
                                        QStringLiteral("终端：03"),
                                        QStringLiteral("收费员：王芳(clerk1)"),
                                        QStringLiteral("户号：1000000001"),
                                        QStringLiteral("户名：张三"),
                                        QStringLiteral("示范路1号"),
                                        QStringLiteral("2024-02"),
                                        QStringLiteral("372"),
                                        QStringLiteral("200.00"),
                                        QStringLiteral("2024-03"),
                                        QStringLiteral("150.00"),
                                        QStringLiteral("违约金"),
                                        QStringLiteral("2.00"),
                                        QStringLiteral("预存电费"),
                                        QStringLiteral("48.00"),
                                        QStringLiteral("人民币大写：肆佰元整"),
                                        QStringLiteral("现金"),
                                        QStringLiteral("实收"),
                                        QStringLiteral("500.00"),
                                        QStringLiteral("找零"),
                                        QStringLiteral("100.00")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        QVERIFY(!text.contains(QStringLiteral("重打")));
        // The total is bold and double size.
        QCOMPARE(p.bigLines.filter(QStringLiteral("￥400.00")).size(), 1);
        QCOMPARE(p.boldLines.filter(QStringLiteral("￥400.00")).size(), 1);
        // The QR is the signed statement, and it verifies with the terminal's public key.
        QCOMPARE(p.qrPayloads.size(), 1);
        auto statement = ReceiptStatement::parse(p.qrPayloads.first());
        QVERIFY(statement.ok());
        QCOMPARE(statement->receiptNo, QStringLiteral("4401-03-00001234"));
        QCOMPARE(statement->accountNo, QStringLiteral("1000000001"));
        QCOMPARE(statement->amountFen, 40000);
        QVERIFY(TerminalKey::verify(fixedKey().publicKey(), statement->signedPart().toUtf8(),
                                    statement->signature));
    }

    void encode_oneInitialiseThenQrThenCutLast()
    {
        const EscPosPrintout p = decodeEscPos(encode(document(sampleRecord(), originalCopy()), 80));
        QCOMPARE(p.initialisations, 1);
        QVERIFY(p.chineseMode);
        QVERIFY(p.firstQrAt > p.lastInitAt);
        QVERIFY(p.cut);
        QVERIFY(p.cutIsLast);
        QVERIFY2(p.unknown.isEmpty(), qPrintable(p.unknown.join(QLatin1Char(','))));
    }

    void encode_kicksDrawerOnlyForCashTaken_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("copy");
        QTest::addColumn<bool>("reversal");
        QTest::addColumn<bool>("kick");
        QTest::newRow("cash, original") << QStringLiteral("cash") << 0 << false << true;
        QTest::newRow("cash, reprint") << QStringLiteral("cash") << 1 << false << false;
        QTest::newRow("card") << QStringLiteral("card") << 0 << false << false;
        QTest::newRow("qr") << QStringLiteral("qr") << 0 << false << false;
        QTest::newRow("cash reversal") << QStringLiteral("cash") << 0 << true << false;
    }
    void encode_kicksDrawerOnlyForCashTaken()
    {
        QFETCH(QString, method);
        QFETCH(int, copy);
        QFETCH(bool, reversal);
        QFETCH(bool, kick);
        ReceiptRecord r = sampleRecord();
        r.tenders[0].method = method;
        if (reversal) {
            r.kind = QStringLiteral("reversal");
            r.amount = -r.amount;
            r.tenders[0].amount = -r.tenders[0].amount;
        }
        const EscPosPrintout p =
            decodeEscPos(encode(document(r, copy ? reprintCopy(copy) : originalCopy()), 80));
        QCOMPARE(p.drawerKick, kick);
    }

    void encode_reprintSaysSoWithCountAndWho()
    {
        const EscPosPrintout p = decodeEscPos(encode(document(sampleRecord(), reprintCopy(2)), 80));
        QCOMPARE(p.inverseLines.size(), 1);
        QVERIFY(p.inverseLines.first().contains(QStringLiteral("重打 REPRINT 第 2 次")));
        QVERIFY(joined(p).contains(QStringLiteral("李强(super1)")));
        QVERIFY(joined(p).contains(QStringLiteral("2024-03-26 09:00:00")));
    }

    void encode_masksNameWhenTheHallAsks()
    {
        ReceiptSettings masked;
        masked.maskAccountName = true;
        const QString text =
            joined(decodeEscPos(encode(document(sampleRecord(), originalCopy(), masked), 80)));
        QVERIFY(text.contains(QStringLiteral("户名：张*")));
        QVERIFY(!text.contains(QStringLiteral("张三")));
    }

    void encode_everyLineFitsThePaper_data()
    {
        QTest::addColumn<int>("paper");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("address");
        QTest::addColumn<qint64>("amountFen");
        const QString longOrg =
            QStringLiteral("广州市越秀区某某某某某某机械设备制造有限责任公司第二分公司");
        const QString longAddress = QStringLiteral(
            "广东省广州市越秀区东风中路某某大道与某某路交叉口东北角Wanda Plaza 写字楼B座"
            "1234室（近地铁5号线小北站C出口）");
        for (int paper : {80, 58}) {
            QTest::addRow("%d mm, plain", paper)
                << paper << QStringLiteral("张三") << QStringLiteral("越秀区示范路1号")
                << qint64(40000);
            QTest::addRow("%d mm, long names", paper)
                << paper << longOrg << longAddress << qint64(40000);
            QTest::addRow("%d mm, huge amount", paper)
                << paper << longOrg << longAddress << qint64(9999999999);
        }
    }
    void encode_everyLineFitsThePaper()
    {
        QFETCH(int, paper);
        QFETCH(QString, name);
        QFETCH(QString, address);
        QFETCH(qint64, amountFen);
        ReceiptRecord r = sampleRecord();
        r.accountName = name;
        r.address = address;
        r.amount = Money::fromFen(amountFen);
        r.tenders[0].amount = r.amount;
        r.tenders[0].tendered = r.amount;
        const EscPosPrintout p = decodeEscPos(encode(document(r, reprintCopy(12)), paper));
        const int columns = paper == 58 ? 32 : 48;
        for (const QString &line : p.lines) {
            const int limit = p.bigLines.contains(line) ? columns / 2 : columns;
            QVERIFY2(textcolumns::width(line) <= limit,
                     qPrintable(QStringLiteral("%1 > %2: %3")
                                    .arg(textcolumns::width(line))
                                    .arg(limit)
                                    .arg(line)));
        }
        // Nothing is cut off: wrapped, the name and address are all there.
        QString all = p.lines.join(QString());
        all.remove(QLatin1Char(' '));
        QVERIFY(all.contains(QString(name).remove(QLatin1Char(' '))));
        QVERIFY(all.contains(QString(address).remove(QLatin1Char(' '))) ||
                all.contains(QString(address).remove(QLatin1Char(' ')).left(20)));
        QVERIFY(all.contains(printAmount(r.amount)));
    }
};

QTEST_GUILESS_MAIN(TestEscPosEncoder)
#include "tst_escposencoder.moc"
