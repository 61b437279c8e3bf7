// The wire protocol's rules, without a network: the ledger both sides apply, the payload
// migration from the store's v1 format, strict field reading, request signatures, backoff.

#include "language.h"
#include "ledger.h"
#include "payloadmigration.h"
#include "protocol.h"
#include "syncservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <array>
#include <random>

using namespace hd::sync;

namespace {
AccountState account(const QString &status = QStringLiteral("active"))
{
    AccountState a;
    a.accountNo = QStringLiteral("1000000001");
    a.status = status;
    a.bills = {{202402, 20000, 0, 0, {}}, {202403, 15000, 0, 0, {}}};
    return a;
}
PaymentFacts payment(qint64 principal1, qint64 principal2, qint64 lateFee1, qint64 credit)
{
    PaymentFacts p;
    p.amountFen = principal1 + principal2 + lateFee1 + credit;
    if (principal1 || lateFee1)
        p.lines.append({202402, lateFee1, principal1});
    if (principal2)
        p.lines.append({202403, 0, principal2});
    p.creditFen = credit;
    p.on = QDate(2024, 6, 1);
    return p;
}
} // namespace

class TestSyncProtocol final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void applyPayment_rules_data()
    {
        QTest::addColumn<qint64>("alreadyPaid1"); // paid elsewhere before the counter's payment
        QTest::addColumn<QString>("status");
        QTest::addColumn<qint64>("principal1");
        QTest::addColumn<qint64>("lateFee1");
        QTest::addColumn<qint64>("credit");
        QTest::addColumn<qint64>("balance");
        QTest::addColumn<qint64>("paid1");
        QTest::addColumn<int>("status1");
        QTest::addColumn<qint64>("toCredit");
        QTest::addColumn<qint64>("refundDue");
        QTest::addColumn<QString>("conflict");
        QTest::newRow("pays the bill")
            << qint64(0) << QStringLiteral("active") << qint64(20000) << qint64(300) << qint64(0)
            << qint64(0) << qint64(20000) << 1 << qint64(0) << qint64(0) << QString();
        QTest::newRow("part of the bill")
            << qint64(0) << QStringLiteral("active") << qint64(5000) << qint64(300) << qint64(0)
            << qint64(0) << qint64(5000) << 0 << qint64(0) << qint64(0) << QString();
        QTest::newRow("surplus to credit")
            << qint64(0) << QStringLiteral("active") << qint64(20000) << qint64(0) << qint64(700)
            << qint64(700) << qint64(20000) << 1 << qint64(0) << qint64(0) << QString();
        QTest::newRow("paid online before: all to credit")
            << qint64(20000) << QStringLiteral("active") << qint64(20000) << qint64(300)
            << qint64(0) << qint64(20300) << qint64(20000) << 1 << qint64(20300) << qint64(0)
            << QStringLiteral("bill.already-paid");
        QTest::newRow("partly paid online: the rest to credit")
            << qint64(15000) << QStringLiteral("active") << qint64(20000) << qint64(300)
            << qint64(0) << qint64(15000) << qint64(20000) << 1 << qint64(15000) << qint64(0)
            << QStringLiteral("bill.already-paid");
        QTest::newRow("closed account: kept for refund")
            << qint64(0) << QStringLiteral("closed") << qint64(20000) << qint64(300) << qint64(0)
            << qint64(0) << qint64(0) << 0 << qint64(0) << qint64(20300)
            << QStringLiteral("account.closed");
    }
    void applyPayment_rules()
    {
        QFETCH(qint64, alreadyPaid1);
        QFETCH(QString, status);
        QFETCH(qint64, principal1);
        QFETCH(qint64, lateFee1);
        QFETCH(qint64, credit);
        AccountState a = account(status);
        if (alreadyPaid1) {
            a.bills[0].paidFen = alreadyPaid1;
            a.bills[0].status = alreadyPaid1 >= 20000 ? 1 : 0;
        }
        const AccountState before = a;
        const Effect e = applyPayment(a, payment(principal1, 0, lateFee1, credit));
        QTEST(a.balanceFen, "balance");
        QTEST(a.bills[0].paidFen, "paid1");
        QTEST(a.bills[0].status, "status1");
        QTEST(e.toCreditFen, "toCredit");
        QTEST(e.refundDueFen, "refundDue");
        QTEST(e.conflict, "conflict");
        QCOMPARE(a.refundDueFen, e.refundDueFen);
        // Undoing the effect (a reversal) restores the account exactly.
        const Effect roundTrip = Effect::fromJson(e.toJson());
        undo(a, roundTrip);
        QCOMPARE(a.balanceFen, before.balanceFen);
        QCOMPARE(a.refundDueFen, before.refundDueFen);
        QCOMPARE(a.bills[0].paidFen, before.bills[0].paidFen);
        QCOMPARE(a.bills[0].status, before.bills[0].status);
        QCOMPARE(a.bills[0].penaltyFrom, before.bills[0].penaltyFrom);
    }

    // The centre reads only an account's payable bills for a payment (PushBatch): the ledger
    // must reach the same effect and the same payable bills as with every bill given.
    void applyPayment_onlyPayableBillsGiven_sameEffect()
    {
        std::mt19937 random(20261202);
        auto pick = [&random](int n) { return int(random() % unsigned(n)); };
        int skipped = 0;
        for (int round = 0; round < 2000; ++round) {
            AccountState all;
            all.accountNo = QStringLiteral("1000000001");
            all.status = pick(10) == 0 ? QStringLiteral("closed") : QStringLiteral("active");
            all.balanceFen = pick(5000);
            for (int m = 1; m <= 12; ++m) {
                BillState b;
                b.period = 202400 + m;
                b.amountFen = pick(4) == 0 ? 0 : 1000 + pick(30000);
                b.status = pick(3); // open, settled, cancelled
                // Paid in full, in part or not at all; settled also with less than the amount
                // (written off centrally), open also with all of it.
                b.paidFen = std::array<qint64, 3>{0, b.amountFen, b.amountFen / 2}[pick(3)];
                if (pick(3) == 0)
                    b.penaltyFrom = QStringLiteral("2024-0%1-15").arg(1 + pick(9));
                all.bills.append(b);
            }
            AccountState payable = all;
            payable.bills.removeIf([](const BillState &b) { return !b.payable(); });
            skipped += int(all.bills.size() - payable.bills.size());
            PaymentFacts pay;
            pay.on = QDate(2024, 6, 1 + pick(28));
            pay.creditFen = pick(3) == 0 ? pick(2000) : 0;
            for (int l = 0, n = 1 + pick(4); l < n; ++l)
                pay.lines.append({202400 + 1 + pick(14), pick(3) == 0 ? pick(500) : 0,
                                  qint64(pick(32000))}); // periods 13 and 14: no such bill
            const Effect fromAll = applyPayment(all, pay);
            const Effect fromPayable = applyPayment(payable, pay);
            QCOMPARE(QJsonDocument(fromPayable.toJson()).toJson(),
                     QJsonDocument(fromAll.toJson()).toJson());
            QCOMPARE(payable.balanceFen, all.balanceFen);
            QCOMPARE(payable.refundDueFen, all.refundDueFen);
            for (const BillState &b : std::as_const(payable.bills)) {
                const BillState *same = all.bill(b.period);
                QVERIFY(same);
                QCOMPARE(b.paidFen, same->paidFen);
                QCOMPARE(b.status, same->status);
                QCOMPARE(b.penaltyFrom, same->penaltyFrom);
            }
        }
        QVERIFY(skipped > 5000); // the rounds did leave bills out
    }

    void payableBillSql_sameAsPayable()
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("payable"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        int payable = 0;
        for (int status : {0, 1, 2, 3})
            for (qint64 amount : {0, 100})
                for (qint64 paid : {qint64(0), amount / 2, amount, amount + 1}) {
                    const BillState b{202401, amount, paid, status, {}};
                    QVERIFY(
                        q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT ? AS amount_fen, "
                                                 "? AS paid_fen, ? AS status) WHERE ") +
                                  QLatin1String(kPayableBillSql)));
                    q.addBindValue(amount);
                    q.addBindValue(paid);
                    q.addBindValue(status);
                    QVERIFY(q.exec() && q.next());
                    QCOMPARE(q.value(0).toInt() == 1, b.payable());
                    payable += b.payable() ? 1 : 0;
                }
        QVERIFY(payable > 0 && payable < 32);
        q = QSqlQuery();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("payable"));
    }

    void channelPayment_oldestBillFirstThenCredit()
    {
        AccountState a = account();
        const Effect e = applyChannelPayment(a, 25000, QDate(2024, 6, 1));
        QCOMPARE(a.bills[0].paidFen, 20000);
        QCOMPARE(a.bills[0].status, 1);
        QCOMPARE(a.bills[1].paidFen, 5000);
        QCOMPARE(a.bills[1].status, 0);
        QCOMPARE(a.bills[1].penaltyFrom, QStringLiteral("2024-06-01"));
        QCOMPARE(a.balanceFen, 0);
        QVERIFY(e.conflict.isEmpty());
        const Effect more = applyChannelPayment(a, 12000, QDate(2024, 6, 2));
        QCOMPARE(a.bills[1].status, 1);
        QCOMPARE(more.creditFen, 2000);
        QCOMPARE(a.balanceFen, 2000);
    }

    void migratePayload_v1PaymentWrittenByHand_becomesV2()
    {
        // As PaymentService wrote it in schema 2 stores (amounts as decimal strings).
        const QJsonObject v1 = QJsonDocument::fromJson(R"({
            "uuid":"6f1d1c1e-0000-4000-8000-000000000001","receipt_no":"4401-03-00000007",
            "account_no":"1000000001","kind":"bill","amount":"353.05","method":"split",
            "tenders":[{"method":"cash","amount":"100.00","tendered":"200.00","change":"100.00",
                        "card_ref":"","card_last4":"","qr_code":"","acquirer_ref":""},
                       {"method":"card","amount":"253.05","tendered":"253.05","change":"0.00",
                        "card_ref":"123456","card_last4":"4321","qr_code":"","acquirer_ref":""}],
            "allocation":{"amount":"353.05","late_fee":"3.05","minimum_fee":"0.00","bills":"350.00",
                          "credit":"0.00","lines":[{"period":202402,"late_fee":"3.05",
                          "principal":"200.00","settled":true},{"period":202403,"late_fee":"0",
                          "principal":"150","settled":true}]},
            "operator":"clerk1","shift_uuid":"6f1d1c1e-0000-4000-8000-000000000002",
            "on":"2024-06-01","created_at":"2024-06-01T02:03:04.005Z"})")
                                   .object();
        auto v2 = migratePayload(QStringLiteral("payment"), 1, v1);
        QVERIFY(v2);
        QCOMPARE(v2->value(QStringLiteral("amount_fen")).toInteger(), 35305);
        const QJsonArray tenders = v2->value(QStringLiteral("tenders")).toArray();
        QCOMPARE(tenders[0].toObject().value(QStringLiteral("change_fen")).toInteger(), 10000);
        QVERIFY(!tenders[0].toObject().contains(QStringLiteral("card_ref")));
        QCOMPARE(tenders[1].toObject().value(QStringLiteral("card_ref")).toString(),
                 QStringLiteral("123456"));
        const QJsonObject alloc = v2->value(QStringLiteral("allocation")).toObject();
        QCOMPARE(alloc.value(QStringLiteral("late_fee_fen")).toInteger(), 305);
        QCOMPARE(alloc.value(QStringLiteral("lines"))
                     .toArray()[1]
                     .toObject()
                     .value(QStringLiteral("principal_fen"))
                     .toInteger(),
                 15000);
        // What the centre accepts for a payment of the current version.
        QString field;
        const auto error = validatePayload(QStringLiteral("payment"), v2.value(),
                                           QStringLiteral("payload"), &field);
        QVERIFY2(!error, error ? qPrintable(error->message) : "");
        const PaymentFacts facts = PaymentFacts::fromPayload(v2.value());
        QCOMPARE(facts.lines.size(), 2);
        QCOMPARE(facts.on, QDate(2024, 6, 1));
    }

    void migratePayload_unknownVersionOrBadAmount_isAnErrorNotADrop()
    {
        QCOMPARE(migratePayload(QStringLiteral("payment"), 7, {}).error().code,
                 QStringLiteral("payload.version"));
        QCOMPARE(migratePayload(QStringLiteral("cash.movement"), 1,
                                {{QStringLiteral("amount"), QStringLiteral("1e3")}})
                     .error()
                     .code,
                 QStringLiteral("payload.migration"));
    }

    void fenFromDecimal_exact_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<bool>("ok");
        QTest::newRow("whole") << QStringLiteral("12") << qint64(1200) << true;
        QTest::newRow("one decimal") << QStringLiteral("12.3") << qint64(1230) << true;
        QTest::newRow("negative") << QStringLiteral("-0.05") << qint64(-5) << true;
        QTest::newRow("three decimals") << QStringLiteral("1.234") << qint64(0) << false;
        QTest::newRow("exponent") << QStringLiteral("1e3") << qint64(0) << false;
        QTest::newRow("empty") << QStringLiteral("") << qint64(0) << false;
        QTest::newRow("overflow") << QStringLiteral("9999999999999999") << qint64(0) << false;
    }
    void fenFromDecimal_exact()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        const auto fen = fenFromDecimal(text);
        QCOMPARE(fen.has_value(), ok);
        if (ok)
            QTEST(*fen, "fen");
    }

    void isUuid_lowerCaseHyphenatedOnly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("uuid");
        QTest::newRow("v4") << QStringLiteral("3f2b8c1e-9d4a-4e7b-8a6f-0c1d2e3f4a5b") << true;
        QTest::newRow("all digits")
            << QStringLiteral("00000000-0000-0000-0000-000000000000") << true;
        QTest::newRow("upper case")
            << QStringLiteral("3F2B8C1E-9D4A-4E7B-8A6F-0C1D2E3F4A5B") << false;
        QTest::newRow("braces") << QStringLiteral("{3f2b8c1e-9d4a-4e7b-8a6f-0c1d2e3f4a5b}")
                                << false;
        QTest::newRow("no hyphens") << QStringLiteral("3f2b8c1e9d4a4e7b8a6f0c1d2e3f4a5b") << false;
        QTest::newRow("hyphen moved")
            << QStringLiteral("3f2b8c1e9-d4a-4e7b-8a6f-0c1d2e3f4a5b") << false;
        QTest::newRow("not hex") << QStringLiteral("3f2b8c1e-9d4a-4e7b-8a6f-0c1d2e3f4a5g") << false;
        QTest::newRow("one short")
            << QStringLiteral("3f2b8c1e-9d4a-4e7b-8a6f-0c1d2e3f4a5") << false;
        QTest::newRow("one long") << QStringLiteral("3f2b8c1e-9d4a-4e7b-8a6f-0c1d2e3f4a5b0")
                                  << false;
        QTest::newRow("full-width digit")
            << QStringLiteral("3f2b8c1e-9d4a-4e7b-8a6f-0c1d2e3f4a5\uff11") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void isUuid_lowerCaseHyphenatedOnly()
    {
        QFETCH(QString, text);
        QFETCH(bool, uuid);
        QCOMPARE(isUuid(text), uuid);
    }

    void fieldReader_wrongTypeMissingUnknown_namesTheField()
    {
        const QJsonObject o{{QStringLiteral("a"), QStringLiteral("x")},
                            {QStringLiteral("b"), 1.5},
                            {QStringLiteral("z"), 1}};
        FieldReader r(o, QStringLiteral("ops[3]"));
        QCOMPARE(r.string("a", 10), QStringLiteral("x"));
        r.integer("b", 0, 10);
        auto e = r.finish();
        QVERIFY(e);
        QCOMPARE(e->code, QStringLiteral("request.type"));
        QCOMPARE(r.errorField(), QStringLiteral("ops[3].b"));
        FieldReader unknown(
            QJsonObject{{QStringLiteral("a"), QStringLiteral("x")}, {QStringLiteral("z"), 1}}, {});
        unknown.string("a", 10);
        QCOMPARE(unknown.finish()->code, QStringLiteral("request.unknown-field"));
        FieldReader missing(QJsonObject{}, {});
        missing.string("a", 10);
        QCOMPARE(missing.finish()->code, QStringLiteral("request.missing"));
        QCOMPARE(parseJsonObject("{\"a\":\"\xc3\x28\"}").error().code,
                 QStringLiteral("request.json"));
    }

    // The counter shows these refusals in its language: FieldReader and the free functions look
    // their text up in the contexts lupdate extracts it in.
    void errors_followTheInstalledLanguage()
    {
        QCoreApplication &app = *QCoreApplication::instance();
        hd::installTranslations(app, QStringLiteral("en"));
        FieldReader missing(QJsonObject{}, {});
        missing.string("a", 10);
        const QString field = missing.finish()->message;
        const QString json = parseJsonObject("{").error().message;
        hd::installTranslations(app, QStringLiteral("zh_CN"));
        QVERIFY2(field.startsWith(QStringLiteral("Missing field")), qPrintable(field));
        QVERIFY2(json.startsWith(QStringLiteral("The request is not valid JSON")),
                 qPrintable(json));
        FieldReader again(QJsonObject{}, {});
        again.string("a", 10);
        QVERIFY(again.finish()->message.startsWith(QStringLiteral("缺少字段")));
        QVERIFY(parseJsonObject("{").error().message.startsWith(QStringLiteral("请求不是有效的")));
    }

    void signature_verifiesOnlyTheSignedRequest()
    {
        const KeyPair k = KeyPair::generate();
        const QByteArray c =
            canonicalRequest("POST", "/api/v1/ops", "1700000000", newNonce(), "{\"ops\":[]}");
        const QByteArray sig = sign(k.secretKey, c);
        QVERIFY(verify(k.publicKey, c, sig));
        QVERIFY(!verify(k.publicKey, QByteArray(c).replace("/api/v1/ops", "/api/v1/changes"), sig));
        QVERIFY(!verify(KeyPair::generate().publicKey, c, sig));
        QVERIFY(!verify(k.publicKey, c, sig.left(10)));
    }

    void backoff_growsCappedWithJitter_data()
    {
        QTest::addColumn<int>("failures");
        QTest::addColumn<double>("random");
        QTest::addColumn<int>("ms");
        QTest::newRow("first, no jitter") << 1 << 1.0 << 1000;
        QTest::newRow("first, most jitter") << 1 << 0.0 << 500;
        QTest::newRow("third") << 3 << 1.0 << 4000;
        QTest::newRow("capped") << 12 << 1.0 << 30000;
        QTest::newRow("capped with jitter") << 40 << 0.5 << 22500;
    }
    void backoff_growsCappedWithJitter()
    {
        QFETCH(int, failures);
        QFETCH(double, random);
        QTEST(hd::sync::SyncService::backoffMs(failures, 1000, 30000, random), "ms");
    }
};

QTEST_GUILESS_MAIN(TestSyncProtocol)
#include "tst_syncprotocol.moc"
