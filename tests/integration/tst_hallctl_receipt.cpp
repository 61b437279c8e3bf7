#include "../support/receiptfixture.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace hd;
using namespace hd::testing;

// hallctl receipt, verify-receipt, terminal-key and trust-key as real processes: what the
// hall's IT runs, with the exit statuses scripts rely on.
class TestHallctlReceipt : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_store;
    QString m_receipt;

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Run hallctl(const QString &store, const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HALLDESK_NO_KEYCHAIN"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(HALLCTL), QStringList{QStringLiteral("--store"), store} + args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitCode(), p.readAllStandardOutput(),
                QString::fromUtf8(p.readAllStandardError())};
    }
    QString makeStore(const QString &name, QString *receipt,
                      const QString &terminal = QStringLiteral("03"))
    {
        const QString path = m_dir.filePath(name);
        auto store = seededStore(path);
        if (!store || !store->setIdentity(
                          {QStringLiteral("4401"), terminal, QStringLiteral("越秀供电营业厅")}))
            return {};
        *receipt = payIn(*store, QStringLiteral("1000000001"), 40000, PaymentMethod::Cash, 50000);
        return path;
    }

private slots:
    void initTestCase()
    {
        m_store = makeStore(QStringLiteral("a.sqlite"), &m_receipt);
        QVERIFY(!m_store.isEmpty() && !m_receipt.isEmpty());
    }

    void escpos_isAReprintThatVerifies()
    {
        const QString file = m_dir.filePath(QStringLiteral("r.bin"));
        const Run r = hallctl(m_store, {QStringLiteral("--json"), QStringLiteral("receipt"),
                                        m_receipt, QStringLiteral("--escpos"), file,
                                        QStringLiteral("--paper"), QStringLiteral("58")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject json = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(json.value(QStringLiteral("copy")).toInt(), 1);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const EscPosPrintout p = decodeEscPos(f.readAll());
        QVERIFY(p.inverseLines.value(0).contains(QStringLiteral("重打 REPRINT 第 1 次")));
        QVERIFY(p.lines.join(QString()).contains(QStringLiteral("hallctl:")));
        for (const QString &line : p.lines)
            QVERIFY(line.size() <= 32);
        QCOMPARE(p.qrPayloads.size(), 1);
        QCOMPARE(json.value(QStringLiteral("qr")).toString(), p.qrPayloads.first());
        const Run v = hallctl(m_store, {QStringLiteral("verify-receipt"), p.qrPayloads.first()});
        QVERIFY2(v.exitCode == 0, qPrintable(v.err));
        // The next copy counts on.
        const Run again =
            hallctl(m_store, {QStringLiteral("--json"), QStringLiteral("receipt"), m_receipt,
                              QStringLiteral("--pdf"), m_dir.filePath(QStringLiteral("r.pdf"))});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(QJsonDocument::fromJson(again.out).object().value(QStringLiteral("copy")).toInt(),
                 2);
        QFile pdf(m_dir.filePath(QStringLiteral("r.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.read(5) == "%PDF-");
    }

    void unknownReceipt_rejectedNothingWritten()
    {
        const QString file = m_dir.filePath(QStringLiteral("none.bin"));
        const Run r =
            hallctl(m_store, {QStringLiteral("receipt"), QStringLiteral("4401-03-99999999"),
                              QStringLiteral("--escpos"), file});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("已入账")));
        QVERIFY(!QFile::exists(file));
    }

    void badUsage_exitsTwo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no output") << QStringList{QStringLiteral("receipt"), QStringLiteral("x")};
        QTest::newRow("two outputs") << QStringList{
            QStringLiteral("receipt"), QStringLiteral("x"),        QStringLiteral("--pdf"),
            QStringLiteral("a"),       QStringLiteral("--escpos"), QStringLiteral("b")};
        QTest::newRow("bad paper") << QStringList{QStringLiteral("receipt"), QStringLiteral("x"),
                                                  QStringLiteral("--pdf"),   QStringLiteral("a"),
                                                  QStringLiteral("--paper"), QStringLiteral("76")};
        QTest::newRow("escpos on A4") << QStringList{
            QStringLiteral("receipt"), QStringLiteral("x"),       QStringLiteral("--escpos"),
            QStringLiteral("a"),       QStringLiteral("--paper"), QStringLiteral("a4")};
        QTest::newRow("verify nothing") << QStringList{QStringLiteral("verify-receipt")};
        QTest::newRow("verify neither text nor file")
            << QStringList{QStringLiteral("verify-receipt"), QStringLiteral("no-such-file.png")};
    }
    void badUsage_exitsTwo()
    {
        QFETCH(QStringList, args);
        QCOMPARE(hallctl(m_store, args).exitCode, 2);
    }

    void otherTerminalsKey_refusedUntilTrusted()
    {
        // A second terminal of the hall (its own store, its own key, terminal 05).
        QString otherReceipt;
        const QString other =
            makeStore(QStringLiteral("b.sqlite"), &otherReceipt, QStringLiteral("05"));
        QVERIFY(!other.isEmpty());
        QVERIFY(otherReceipt.startsWith(QStringLiteral("4401-05-")));
        const Run printed =
            hallctl(other, {QStringLiteral("--json"), QStringLiteral("receipt"), otherReceipt,
                            QStringLiteral("--escpos"), m_dir.filePath(QStringLiteral("b.bin"))});
        QVERIFY2(printed.exitCode == 0, qPrintable(printed.err));
        const QString qr =
            QJsonDocument::fromJson(printed.out).object().value(QStringLiteral("qr")).toString();
        QVERIFY(qr.contains(QStringLiteral(":4401-05:")));

        const Run untrusted =
            hallctl(m_store, {QStringLiteral("--json"), QStringLiteral("verify-receipt"), qr});
        QCOMPARE(untrusted.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(untrusted.out)
                     .object()
                     .value(QStringLiteral("code"))
                     .toString(),
                 QStringLiteral("receipt.untrusted-key"));

        const Run key = hallctl(other, {QStringLiteral("--json"), QStringLiteral("terminal-key")});
        QVERIFY2(key.exitCode == 0, qPrintable(key.err));
        const QJsonObject k = QJsonDocument::fromJson(key.out).object();
        QCOMPARE(k.value(QStringLiteral("storage")).toString(), QStringLiteral("file"));
        const Run trust = hallctl(m_store, {QStringLiteral("trust-key"), QStringLiteral("4401-05"),
                                            k.value(QStringLiteral("public_key")).toString()});
        QVERIFY2(trust.exitCode == 0, qPrintable(trust.err));
        const Run trusted = hallctl(m_store, {QStringLiteral("verify-receipt"), qr});
        QVERIFY2(trusted.exitCode == 0, qPrintable(trusted.err));
        // A second time is refused, nothing changes.
        QCOMPARE(hallctl(m_store, {QStringLiteral("trust-key"), QStringLiteral("4401-05"),
                                   k.value(QStringLiteral("public_key")).toString()})
                     .exitCode,
                 1);
        QCOMPARE(hallctl(m_store, {QStringLiteral("trust-key"), QStringLiteral("4401-05"),
                                   QStringLiteral("not-base64!")})
                     .exitCode,
                 1);
    }

    void maskName_setting()
    {
        QCOMPARE(hallctl(m_store, {QStringLiteral("receipt-settings"),
                                   QStringLiteral("--mask-name"), QStringLiteral("on")})
                     .exitCode,
                 0);
        const QString file = m_dir.filePath(QStringLiteral("m.bin"));
        QCOMPARE(hallctl(m_store,
                         {QStringLiteral("receipt"), m_receipt, QStringLiteral("--escpos"), file})
                     .exitCode,
                 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = decodeEscPos(f.readAll()).lines.join(QLatin1Char('\n'));
        QVERIFY(text.contains(QStringLiteral("户名：张*")));
        QCOMPARE(hallctl(m_store, {QStringLiteral("receipt-settings"),
                                   QStringLiteral("--mask-name"), QStringLiteral("maybe")})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestHallctlReceipt)
#include "tst_hallctl_receipt.moc"
