#include "../support/paymentfixture.h"
#include "auditlog.h"
#include "outbox.h"
#include "paymentservice.h"
#include "sandboxacquirer.h"
#include "shiftledger.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace hd;
using namespace hd::testing;

class TestPaymentService : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    SandboxAcquirer m_acquirer;
    std::unique_ptr<PaymentService> m_service;
    QDateTime m_now;

    static Money yuan(const char *text) { return Money::parse(QString::fromLatin1(text)).value(); }
    static QString uuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    PaymentRequest cash(const QString &accountNo, const char *amount, const char *tendered = "0")
    {
        PaymentRequest r;
        r.uuid = uuid();
        r.accountNo = accountNo;
        r.amount = yuan(amount);
        Tender t;
        t.amount = r.amount;
        t.tendered = yuan(tendered);
        r.tenders = {t};
        r.operatorLogin = kClerk;
        return r;
    }
    PaymentRequest qr(const QString &accountNo, const char *amount, const QString &code)
    {
        PaymentRequest r = cash(accountNo, amount);
        r.tenders[0].method = PaymentMethod::Qr;
        r.tenders[0].qrCode = code;
        return r;
    }
    qint64 count(const QString &sql, const QVariantList &binds = {})
    {
        return scalar(*m_store, sql, binds).toLongLong();
    }
    void setDay(QDate day) { m_now = QDateTime(day, QTime(12, 0), QTimeZone::utc()); }

private slots:
    void init()
    {
        static int n = 0;
        m_store = seededStore(m_dir.filePath(QStringLiteral("p%1.sqlite").arg(++n)));
        QVERIFY(m_store);
        m_service = std::make_unique<PaymentService>(*m_store, &m_acquirer);
        setDay(QDate(2024, 4, 25));
        m_service->setClock([this] { return m_now; });
        ShiftLedger shifts(*m_store);
        shifts.setClock([this] { return m_now; });
        QVERIFY(shifts.open(kClerk, CashCount::parse(u"100=2,10=5,1=10").value()).ok());
    }
    void cleanup()
    {
        m_service.reset();
        m_store.reset();
    }

    void pay_cashWithChange_commitsWithOutboxAndAudit()
    {
        // 359.70 due on 2024-04-25 (see tst_paymentquote); the customer hands over 400.
        auto r = m_service->pay(cash(QStringLiteral("1000000001"), "359.70", "400"));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->receiptNo, QStringLiteral("4401-03-00000001"));
        QCOMPARE(r->change, yuan("40.30"));
        QCOMPARE(r->lateFee, yuan("9.70"));
        QCOMPARE(r->credit, Money());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM bills WHERE account_id = 1 AND "
                                      "status = 1")),
                 2);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE op_uuid = ?"), {r->uuid}),
                 1);
        // Written in the wire's form (v2: integer fen, the cash tendered stays at the hall), as
        // the canonical JSON the centre hashes, so that a push sends the stored bytes.
        QCOMPARE(
            count(QStringLiteral("SELECT schema_version FROM outbox WHERE op_uuid = ?"), {r->uuid}),
            Outbox::kPayloadVersion);
        QSqlQuery p(m_store->db());
        QVERIFY(p.exec(QStringLiteral("SELECT payload FROM outbox WHERE kind = 'payment'")));
        QVERIFY(p.next());
        const QByteArray stored = p.value(0).toString().toUtf8();
        const QJsonObject payload = QJsonDocument::fromJson(stored).object();
        QCOMPARE(payload.value(QStringLiteral("amount_fen")).toInteger(), 35970);
        QVERIFY(!payload.contains(QStringLiteral("amount")));
        const QJsonObject tender =
            payload.value(QStringLiteral("tenders")).toArray().first().toObject();
        QCOMPARE(tender.value(QStringLiteral("amount_fen")).toInteger(), 35970);
        QVERIFY(!tender.contains(QStringLiteral("tendered")));
        QCOMPARE(QJsonDocument(payload).toJson(QJsonDocument::Compact), stored);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                      "'payment.commit'")),
                 1);
        QVERIFY(AuditLog(*m_store).verify().intact);
        // The drawer now holds the float (260.00) plus the payment.
        QCOMPARE(m_service->drawerCash(), yuan("619.70"));
        auto again = m_service->quote(QStringLiteral("1000000001"), QDate(2024, 4, 25));
        QCOMPARE(again->totalDue(), Money());
    }

    void pay_sameUuidTwice_chargesOnce()
    {
        const PaymentRequest req = cash(QStringLiteral("1000000001"), "100.00");
        auto first = m_service->pay(req);
        QVERIFY(first.ok());
        auto second = m_service->pay(req);
        QVERIFY(second.ok());
        QVERIFY(second->existing);
        QCOMPARE(second->receiptNo, first->receiptNo);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments")), 1);
        QCOMPARE(count(QStringLiteral("SELECT paid_fen FROM bills WHERE period = 202402 AND "
                                      "account_id = 1")),
                 10000 - 970); // 9.70 penalties first, then 90.30 of the oldest bill
    }

    void pay_sameUuidOtherAmount_refused()
    {
        PaymentRequest req = cash(QStringLiteral("1000000001"), "100.00");
        QVERIFY(m_service->pay(req).ok());
        req.amount = req.tenders[0].amount = yuan("5.00");
        QCOMPARE(m_service->pay(req).error().code, QStringLiteral("payment.uuid-reused"));
    }

    void pay_badInput_refusedWithoutChange_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("tendered");
        QTest::addColumn<QString>("code");
        QTest::newRow("zero") << "1000000001"
                              << "0"
                              << "0"
                              << "payment.amount";
        QTest::newRow("tendered below amount") << "1000000001"
                                               << "10"
                                               << "5"
                                               << "payment.tendered";
        QTest::newRow("unknown account") << "9999999999"
                                         << "10"
                                         << "0"
                                         << "account.unknown";
    }
    void pay_badInput_refusedWithoutChange()
    {
        QFETCH(QString, account);
        QFETCH(QString, amount);
        QFETCH(QString, tendered);
        QFETCH(QString, code);
        auto r = m_service->pay(
            cash(account, amount.toLatin1().constData(), tendered.toLatin1().constData()));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, code);
        QVERIFY(!r.error().message.isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'payment'")), 0);
    }

    void pay_cardNeedsReferenceAndLastFour()
    {
        PaymentRequest r = cash(QStringLiteral("1000000001"), "10.00");
        r.tenders[0].method = PaymentMethod::Card;
        r.tenders[0].cardRef = QStringLiteral("123456789012");
        r.tenders[0].cardLast4 = QStringLiteral("12a4");
        QCOMPARE(m_service->pay(r).error().code, QStringLiteral("payment.card-last4"));
        r.tenders[0].cardLast4 = QStringLiteral("1234");
        auto ok = m_service->pay(r);
        QVERIFY2(ok.ok(), qPrintable(ok.error().message));
        QCOMPARE(ok->method, QStringLiteral("card"));
    }

    void pay_withoutOpenShift_refused()
    {
        ShiftLedger shifts(*m_store);
        QVERIFY(shifts.close(kClerk, CashCount::parse(u"100=2,10=5,1=10").value(), {}, {}).ok());
        auto r = m_service->pay(cash(QStringLiteral("1000000001"), "10.00"));
        QCOMPARE(r.error().code, QStringLiteral("shift.closed"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments")), 0);
    }

    void pay_partialPayment_laterPenaltyRunsFromDayAfter()
    {
        // Non-residential 10,000.00 due 2024-05-15. On 2024-06-04: 400.00 penalty (DOMAIN.md).
        setDay(QDate(2024, 6, 4));
        auto q = m_service->quote(QStringLiteral("1000000002"), QDate(2024, 6, 4));
        QCOMPARE(q->lateFeeCharged, yuan("400.00"));
        auto r = m_service->pay(cash(QStringLiteral("1000000002"), "5400.00"));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->lateFee, yuan("400.00"));
        QCOMPARE(r->bills, yuan("5000.00"));
        // Ten days later: 5,000.00 × 2‰ × 10 = 100.00, from 2024-06-05.
        auto later = m_service->quote(QStringLiteral("1000000002"), QDate(2024, 6, 14));
        QCOMPARE(later->lines.size(), 1);
        QCOMPARE(later->lines[0].outstanding, yuan("5000.00"));
        QCOMPARE(later->lines[0].accrued.days, 10);
        QCOMPARE(later->lateFeeCharged, yuan("100.00"));
        // The same day as the partial payment: nothing more.
        QCOMPARE(m_service->quote(QStringLiteral("1000000002"), QDate(2024, 6, 4))->lateFeeCharged,
                 Money());
    }

    void pay_lessThanPenalty_carriesTheRest()
    {
        setDay(QDate(2024, 6, 4));
        auto r = m_service->pay(cash(QStringLiteral("1000000002"), "300.00"));
        QVERIFY(r.ok());
        QCOMPARE(r->lateFee, yuan("300.00"));
        auto later = m_service->quote(QStringLiteral("1000000002"), QDate(2024, 6, 5));
        // 100.00 carried + 10,000 × 2‰ × 1 day = 20.00.
        QCOMPARE(later->lateFeeCharged, yuan("120.00"));
    }

    void pay_surplusBecomesCredit()
    {
        auto r = m_service->pay(cash(QStringLiteral("1000000001"), "400.00"));
        QVERIFY(r.ok());
        QCOMPARE(r->credit, yuan("40.30"));
        QCOMPARE(count(QStringLiteral("SELECT balance_fen FROM accounts WHERE id = 1")), 4030);
        QVERIFY(!r->warnings.isEmpty());
    }

    void pay_prepaidAccount_topsUp()
    {
        auto r = m_service->pay(cash(QStringLiteral("1000000003"), "50.00"));
        QVERIFY(r.ok());
        QCOMPARE(r->kind, QStringLiteral("topup"));
        QCOMPARE(count(QStringLiteral("SELECT balance_fen FROM accounts WHERE account_no = "
                                      "'1000000003'")),
                 5000);
    }

    void pay_blockedAccount_acceptedWithReason()
    {
        auto r = m_service->pay(cash(QStringLiteral("1000000004"), "10.00"));
        QVERIFY(r.ok());
        QVERIFY(r->warnings.join(QString()).contains(QStringLiteral("欠费超过30天")));
    }

    void pay_changeAboveDrawer_warns()
    {
        auto r = m_service->pay(cash(QStringLiteral("1000000001"), "10.00", "300"));
        QVERIFY(r.ok());
        QCOMPARE(r->change, yuan("290.00")); // the drawer held 260.00
        QVERIFY(r->warnings.join(QString()).contains(QStringLiteral("超过钱箱现金")));
    }

    void pay_splitTender_sumsPerMethod()
    {
        PaymentRequest r = cash(QStringLiteral("1000000001"), "100.00", "50.00");
        r.tenders[0].amount = yuan("50.00");
        Tender card;
        card.method = PaymentMethod::Card;
        card.amount = yuan("50.00");
        card.cardRef = QStringLiteral("000123");
        card.cardLast4 = QStringLiteral("8888");
        r.tenders.append(card);
        auto ok = m_service->pay(r);
        QVERIFY2(ok.ok(), qPrintable(ok.error().message));
        QCOMPARE(ok->method, QStringLiteral("split"));
        const ShiftTotals t = ShiftLedger(*m_store).totals(1);
        QCOMPARE(t.cash, yuan("50.00"));
        QCOMPARE(t.card, yuan("50.00"));
        r.uuid = uuid();
        r.tenders[1].amount = yuan("40.00");
        QCOMPARE(m_service->pay(r).error().code, QStringLiteral("payment.tender"));
    }

    void pay_qrApproved_commits()
    {
        auto r = m_service->pay(
            qr(QStringLiteral("1000000001"), "20.00", QStringLiteral("134567890123456789")));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->state, PaymentOutcome::State::Committed);
        QCOMPARE(ShiftLedger(*m_store).totals(1).qr, yuan("20.00"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payment_tenders WHERE "
                                      "qr_code_masked = '1345**********6789'")),
                 1);
    }

    void pay_qrRefused_notPaid()
    {
        auto r = m_service->pay(
            qr(QStringLiteral("1000000001"), "20.00", QStringLiteral("134567890123456781")));
        QCOMPARE(r.error().code, QStringLiteral("payment.refused"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments")), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM pending_payments WHERE state = "
                                      "'refused'")),
                 1);
    }

    void pay_qrTimeout_staysPendingThenResolves()
    {
        const PaymentRequest req =
            qr(QStringLiteral("1000000001"), "20.00", QStringLiteral("134567890123456782"));
        auto r = m_service->pay(req);
        QVERIFY(r.ok());
        QCOMPARE(r->state, PaymentOutcome::State::Pending);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments")), 0);
        QCOMPARE(ShiftLedger(*m_store).totals(1).qr, Money()); // never counted as paid
        QCOMPARE(m_service->pendingPayments().size(), 1);
        // A retry with the same uuid asks the acquirer again instead of charging again.
        const int charges = m_acquirer.charges();
        auto resolved = m_service->pay(req);
        QVERIFY2(resolved.ok(), qPrintable(resolved.error().message));
        QCOMPARE(resolved->state, PaymentOutcome::State::Committed);
        QCOMPARE(m_acquirer.charges(), charges);
        QCOMPARE(m_service->pendingPayments().size(), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments")), 1);
    }

    void pay_qrUnknownTwice_staysPending()
    {
        m_acquirer.setNextCharge(AcquirerResult::Outcome::Unknown);
        const PaymentRequest req =
            qr(QStringLiteral("1000000001"), "20.00", QStringLiteral("134567890123456789"));
        QCOMPARE(m_service->pay(req)->state, PaymentOutcome::State::Pending);
        m_acquirer.setNextQuery(AcquirerResult::Outcome::Unknown);
        QCOMPARE(m_service->resolvePending(req.uuid)->state, PaymentOutcome::State::Pending);
        m_acquirer.setNextQuery(AcquirerResult::Outcome::Refused);
        QCOMPARE(m_service->resolvePending(req.uuid).error().code,
                 QStringLiteral("payment.refused"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments")), 0);
    }

    void receiptNumbers_areSequentialAndGapFree()
    {
        QStringList receipts;
        for (int i = 0; i < 3; ++i)
            receipts << m_service->pay(cash(QStringLiteral("1000000003"), "1.00"))->receiptNo;
        (void)m_service->pay(cash(QStringLiteral("1000000003"), "0")); // refused: no number used
        receipts << m_service->pay(cash(QStringLiteral("1000000003"), "1.00"))->receiptNo;
        QCOMPARE(
            receipts,
            (QStringList{QStringLiteral("4401-03-00000001"), QStringLiteral("4401-03-00000002"),
                         QStringLiteral("4401-03-00000003"), QStringLiteral("4401-03-00000004")}));
    }

    void reverse_restoresBillsAndCredit()
    {
        const QString before = QString::fromUtf8(
            QJsonDocument(
                m_service->quote(QStringLiteral("1000000001"), QDate(2024, 4, 25))->toJson())
                .toJson());
        auto paid = m_service->pay(cash(QStringLiteral("1000000001"), "400.00"));
        QVERIFY(paid.ok());
        QVERIFY(m_service->checkReversible(paid->receiptNo).ok());
        auto rev = m_service->reverse(paid->receiptNo, QStringLiteral("金额输错"), kClerk,
                                      kSupervisor, kSupervisorPassword);
        QVERIFY2(rev.ok(), qPrintable(rev.error().message));
        QCOMPARE(rev->amount, -yuan("400.00"));
        QCOMPARE(rev->reversesUuid, paid->uuid);
        const QString after = QString::fromUtf8(
            QJsonDocument(
                m_service->quote(QStringLiteral("1000000001"), QDate(2024, 4, 25))->toJson())
                .toJson());
        QCOMPARE(after, before);
        QCOMPARE(count(QStringLiteral("SELECT balance_fen FROM accounts WHERE id = 1")), 0);
        // The original stays as it was.
        QCOMPARE(
            count(QStringLiteral("SELECT amount_fen FROM payments WHERE uuid = ?"), {paid->uuid}),
            40000);
        QCOMPARE(ShiftLedger(*m_store).totals(1).cash, Money());
        QCOMPARE(m_service->drawerCash(), ShiftLedger(*m_store).totals(1).expectedCash());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action IN "
                                      "('payment.reverse', 'supervisor.approve')")),
                 2);
        QVERIFY(AuditLog(*m_store).verify().intact);
        QCOMPARE(m_service->checkReversible(paid->receiptNo).error().code,
                 QStringLiteral("reversal.done"));
        QCOMPARE(m_service->checkReversible(rev->receiptNo).error().code,
                 QStringLiteral("reversal.of-reversal"));
        // Twice: refused.
        QCOMPARE(m_service
                     ->reverse(paid->receiptNo, QStringLiteral("再次"), kClerk, kSupervisor,
                               kSupervisorPassword)
                     .error()
                     .code,
                 QStringLiteral("reversal.done"));
    }

    void reverse_wrongSupervisorPassword_refused()
    {
        auto paid = m_service->pay(cash(QStringLiteral("1000000001"), "10.00"));
        auto rev = m_service->reverse(paid->receiptNo, QStringLiteral("错收"), kClerk, kSupervisor,
                                      QStringLiteral("wrong"));
        QVERIFY(!rev.ok());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM payments WHERE kind = 'reversal'")), 0);
    }

    void reverse_afterShiftClosed_namesRefundRoute()
    {
        auto paid = m_service->pay(cash(QStringLiteral("1000000001"), "10.00"));
        ShiftLedger shifts(*m_store);
        QVERIFY(shifts.close(kClerk, CashCount::parse(u"100=2,10=7").value(), {}, {}).ok());
        auto reopened = shifts.open(kClerk, {});
        QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
        const Status check = m_service->checkReversible(paid->receiptNo);
        QCOMPARE(check.error().code, QStringLiteral("reversal.shift-closed"));
        QVERIFY(check.error().message.contains(QStringLiteral("退费")));
        auto rev = m_service->reverse(paid->receiptNo, QStringLiteral("错收"), kClerk, kSupervisor,
                                      kSupervisorPassword);
        QCOMPARE(rev.error().code, QStringLiteral("reversal.shift-closed"));
        QVERIFY(rev.error().message.contains(QStringLiteral("退费")));
    }

    void reverse_olderPaymentWithLaterOne_refused()
    {
        auto first = m_service->pay(cash(QStringLiteral("1000000001"), "10.00"));
        auto second = m_service->pay(cash(QStringLiteral("1000000001"), "10.00"));
        QCOMPARE(m_service->checkReversible(first->receiptNo).error().code,
                 QStringLiteral("reversal.later-payment"));
        QCOMPARE(m_service->checkReversible(QStringLiteral("4401-03-99999999")).error().code,
                 QStringLiteral("payment.unknown"));
        QCOMPARE(m_service
                     ->reverse(first->receiptNo, QStringLiteral("错收"), kClerk, kSupervisor,
                               kSupervisorPassword)
                     .error()
                     .code,
                 QStringLiteral("reversal.later-payment"));
        QVERIFY(m_service
                    ->reverse(second->receiptNo, QStringLiteral("错收"), kClerk, kSupervisor,
                              kSupervisorPassword)
                    .ok());
        QVERIFY(m_service
                    ->reverse(first->receiptNo, QStringLiteral("错收"), kClerk, kSupervisor,
                              kSupervisorPassword)
                    .ok());
    }
};

QTEST_GUILESS_MAIN(TestPaymentService)
#include "tst_paymentservice.moc"
