#include "../support/receiptfixture.h"
#include "receiptstatement.h"
#include "trustedkeys.h"

#include <QTemporaryDir>
#include <QTest>

using namespace hd;
using namespace hd::testing;

// The signed statement in a receipt's QR code and its verification against the hall's keys.
class TestReceiptStatement : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    TerminalKey m_key;

    ReceiptStatement statement(const TerminalKey &key, qint64 fen = 40000)
    {
        ReceiptStatement s;
        s.receiptNo = QStringLiteral("4401-03-00001234");
        s.accountNo = QStringLiteral("1000000001");
        s.amountFen = fen;
        s.issuedAt = QDateTime::fromSecsSinceEpoch(1711332930, Qt::UTC);
        s.terminal = QStringLiteral("4401-03");
        if (!s.sign(key))
            qWarning("sign failed");
        return s;
    }

private slots:
    void init()
    {
        static int n = 0;
        m_store = seededStore(m_dir.filePath(QStringLiteral("v%1.sqlite").arg(++n)));
        QVERIFY(m_store);
        auto key = TerminalKey::loadOrCreate(*m_store);
        QVERIFY2(key.ok(), qPrintable(key.error().message));
        m_key = key.value();
    }

    void base32_roundTrips_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one byte") << QByteArray("\xff", 1);
        QTest::newRow("five bytes") << QByteArray("hello");
        QTest::newRow("signature size") << QByteArray(64, '\x5a');
    }
    void base32_roundTrips()
    {
        QFETCH(QByteArray, data);
        const QString text = base32Encode(data);
        QCOMPARE(base32Decode(text).value(), data);
    }
    void base32_rfc4648Vector()
    {
        QCOMPARE(base32Encode("foobar"), QStringLiteral("MZXW6YTBOI"));
        QVERIFY(!base32Decode(u"MZXW6YTBO1").has_value()); // '1' is not in the alphabet
        QVERIFY(!base32Decode(u"mzxw6ytboi").has_value()); // lower case is not written
    }

    void text_isQrAlphanumericAndShort()
    {
        const QString text = statement(m_key).toText();
        // Upper case, digits and ":" / "-" only: the QR's compact alphanumeric mode.
        for (const QChar c : text)
            QVERIFY2(c.isDigit() || (c >= u'A' && c <= u'Z') || c == u':' || c == u'-',
                     qPrintable(text));
        QVERIFY2(text.size() < 200, qPrintable(QString::number(text.size())));
    }

    void verify_ownSignature_genuine()
    {
        const ReceiptVerification v = verifyReceiptStatement(*m_store, statement(m_key).toText());
        QVERIFY2(v.genuine, qPrintable(v.reason));
        QCOMPARE(v.code, QStringLiteral("receipt.genuine"));
        QVERIFY(!v.inStore); // no such payment in this store
    }

    void verify_changedField_refused_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("amount") << QStringLiteral(":40000:") << QStringLiteral(":90000:");
        QTest::newRow("account") << QStringLiteral(":1000000001:")
                                 << QStringLiteral(":1000000002:");
        QTest::newRow("receipt") << QStringLiteral("00001234") << QStringLiteral("00001235");
        QTest::newRow("time") << QStringLiteral(":1711332930:") << QStringLiteral(":1711332931:");
    }
    void verify_changedField_refused()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QString text = statement(m_key).toText();
        QVERIFY(text.contains(from));
        text.replace(from, to);
        const ReceiptVerification v = verifyReceiptStatement(*m_store, text);
        QVERIFY(!v.genuine);
        QCOMPARE(v.code, QStringLiteral("receipt.bad-signature"));
    }

    void verify_keyNotTheHalls_refused()
    {
        // A valid signature, by a key no terminal of this hall has.
        const ReceiptVerification v =
            verifyReceiptStatement(*m_store, statement(fixedKey(42)).toText());
        QVERIFY(!v.genuine);
        QCOMPARE(v.code, QStringLiteral("receipt.untrusted-key"));
        QVERIFY(v.reason.contains(fixedKey(42).keyId()));
    }

    void verify_keyOfAnotherTerminal_refused()
    {
        // The key is trusted for 4401-05, but the statement claims 4401-03.
        const TerminalKey other = fixedKey(5);
        QVERIFY(TrustedKeys(*m_store).add(QStringLiteral("4401-05"), other.publicKey(),
                                          TrustedKeys::Source::Manual, {}, {}));
        const ReceiptVerification v = verifyReceiptStatement(*m_store, statement(other).toText());
        QVERIFY(!v.genuine);
        QCOMPARE(v.code, QStringLiteral("receipt.key-terminal"));
    }

    void verify_trustedOtherTerminal_genuine()
    {
        const TerminalKey other = fixedKey(5);
        QVERIFY(TrustedKeys(*m_store).add(QStringLiteral("4401-05"), other.publicKey(),
                                          TrustedKeys::Source::Central, {}, {}));
        ReceiptStatement s;
        s.receiptNo = QStringLiteral("4401-05-00000009");
        s.accountNo = QStringLiteral("1000000002");
        s.amountFen = 12345;
        s.issuedAt = QDateTime::fromSecsSinceEpoch(1711332930, Qt::UTC);
        s.terminal = QStringLiteral("4401-05");
        QVERIFY(s.sign(other));
        QVERIFY(verifyReceiptStatement(*m_store, s.toText()).genuine);
    }

    void verify_malformed_refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("a web address") << QStringLiteral("https://example.com/pay");
        QTest::newRow("missing field") << QStringLiteral("HD1:4401-03-00001234:1000000001:400");
        QTest::newRow("amount not integer")
            << QStringLiteral("HD1:4401-03-1:1:4.00:1711332930:4401-03:ABCDEF01:AAAA");
        QTest::newRow("short signature")
            << QStringLiteral("HD1:4401-03-1:1:400:1711332930:4401-03:ABCDEF01:AAAA");
    }
    void verify_malformed_refused()
    {
        QFETCH(QString, text);
        const ReceiptVerification v = verifyReceiptStatement(*m_store, text);
        QVERIFY(!v.genuine);
        QCOMPARE(v.code, QStringLiteral("receipt.malformed"));
        QVERIFY(!v.reason.isEmpty());
    }

    void verify_paymentInStore_mustAgreeWithRecord()
    {
        const QString receiptNo =
            payIn(*m_store, QStringLiteral("1000000001"), 20000, PaymentMethod::Cash);
        QVERIFY(!receiptNo.isEmpty());
        const ReceiptRecord record = ReceiptRecord::load(*m_store, receiptNo).value();
        ReceiptStatement s;
        s.receiptNo = receiptNo;
        s.accountNo = record.accountNo;
        s.amountFen = record.amount.fen();
        s.issuedAt = QDateTime::fromSecsSinceEpoch(record.createdAt.toSecsSinceEpoch(), Qt::UTC);
        s.terminal = QStringLiteral("4401-03");
        QVERIFY(s.sign(m_key));
        const ReceiptVerification good = verifyReceiptStatement(*m_store, s.toText());
        QVERIFY2(good.genuine, qPrintable(good.reason));
        QVERIFY(good.inStore);
        // Signed with the real key but not what the store recorded: a leaked key.
        s.amountFen += 100;
        QVERIFY(s.sign(m_key));
        const ReceiptVerification bad = verifyReceiptStatement(*m_store, s.toText());
        QVERIFY(!bad.genuine);
        QCOMPARE(bad.code, QStringLiteral("receipt.record-mismatch"));
    }
};

QTEST_GUILESS_MAIN(TestReceiptStatement)
#include "tst_receiptstatement.moc"
