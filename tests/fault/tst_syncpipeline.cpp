// The push keeps two requests in flight: the next batch goes out, with `after_seq`, while the
// centre still works on the one before it. The centre applies such a batch only once it has
// applied its predecessor, so a terminal's ops are applied in their order however the requests
// arrive: it holds the batch until then (at most --push-hold), and refuses it after that (409
// push.order, nothing changed). Proved here through FaultProxy holding the first request back,
// so that its follower arrives first, and through raw requests. The same suite runs on
// PostgreSQL with HALLDESK_TEST_DB=pg under pg_virtualenv.

#include "proxiedcentral.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTest>

using namespace hd;
using namespace hd::testing;

namespace {
const QString kAcc1 = QStringLiteral("1000000001");
const QString kAcc2 = QStringLiteral("1000000002");
} // namespace

class TestSyncPipeline final : public QObject
{
    Q_OBJECT

    std::unique_ptr<ProxiedCentral> m_hall;

    std::unique_ptr<Counter> counter(const QString &terminal) { return m_hall->counter(terminal); }
    qint64 centre(const char *key) { return m_hall->centreCount(key); }
    static int outbox(Counter &c, const QString &state)
    {
        return scalar(*c.store, QStringLiteral("SELECT count(*) FROM outbox WHERE state = ?"),
                      {state})
            .toInt();
    }
    // Payments each reversed in the batch after their own (batches of two ops: the shift's
    // opening and the first payment, then its reversal and the next payment, …).
    static bool paymentsEachReversedLater(Counter &c, int payments)
    {
        if (!c.openShift())
            return false;
        QString previous;
        for (int i = 0; i < payments; ++i) {
            auto paid = c.pay(i % 2 ? kAcc2 : kAcc1, 1000 + i);
            if (!paid)
                return false;
            if (!previous.isEmpty() && !c.reverse(previous))
                return false;
            previous = paid->receiptNo;
        }
        return bool(c.reverse(previous));
    }
    // One op of the outbox as the push sends it.
    static QByteArray op(Counter &c, qint64 seq)
    {
        QSqlQuery q(c.store->db());
        q.prepare(QStringLiteral("SELECT op_uuid, kind, payload, created_at FROM outbox WHERE "
                                 "seq = ?"));
        q.addBindValue(seq);
        if (!q.exec() || !q.next())
            return {};
        QJsonObject o{{QStringLiteral("op_uuid"), q.value(0).toString()},
                      {QStringLiteral("seq"), seq},
                      {QStringLiteral("kind"), q.value(1).toString()},
                      {QStringLiteral("schema_version"), 2},
                      {QStringLiteral("created_at"), q.value(3).toString()},
                      {QStringLiteral("payload"),
                       QJsonDocument::fromJson(q.value(2).toByteArray()).object()}};
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

    // The ops before seq `last`, as a push's "ops" array's contents.
    static QByteArray opsBefore(Counter &c, qint64 last)
    {
        QSqlQuery q(c.store->db());
        q.prepare(QStringLiteral("SELECT seq FROM outbox WHERE seq < ? ORDER BY seq"));
        q.addBindValue(last);
        QByteArrayList ops;
        if (q.exec())
            while (q.next())
                ops << op(c, q.value(0).toLongLong());
        return ops.join(',');
    }

    // A payment and its reversal taken; the reversal's push (after_seq: the payment's seq)
    // sent first, on its own connection, and left 300 ms to reach the centre and wait there.
    // *last: the reversal's seq. Null if the counter failed.
    QNetworkReply *reversalSentFirst(Counter &c, qint64 *last)
    {
        if (!c.openShift())
            return nullptr;
        auto paid = c.pay(kAcc1, 5000);
        if (!paid || !c.reverse(paid->receiptNo))
            return nullptr;
        *last = scalar(*c.store, QStringLiteral("SELECT max(seq) FROM outbox")).toLongLong();
        QNetworkReply *follower = c.client->startPost(
            QStringLiteral("/api/v1/ops"),
            "{\"after_seq\":" + QByteArray::number(*last - 1) + ",\"ops\":[" + op(c, *last) + "]}");
        c.client->waitUntilSent(follower);
        QTest::qWait(300);
        return follower;
    }

private Q_SLOTS:
    void init()
    {
        m_hall = std::make_unique<ProxiedCentral>();
        const QString failed = m_hall->start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
    void cleanup() { m_hall.reset(); }

    void push_manyBatches_reversalsAfterTheirPaymentsAllApplied()
    {
        auto c = counter(QStringLiteral("11"));
        QVERIFY(c);
        const qint64 start1 = c->balance(kAcc1), start2 = c->balance(kAcc2);
        QVERIFY(paymentsEachReversedLater(*c, 6)); // 13 ops: 7 batches of 2
        const qint64 before = centre("payments");
        sync::SyncEngine engine(*c->store, *c->client);
        engine.setBatchSize(2);
        const auto r = engine.push();
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->applied, 13);
        QCOMPARE(r->rejected, 0);
        QCOMPARE(outbox(*c, QStringLiteral("applied")), 13);
        QCOMPARE(centre("payments"), before + 12);
        // Every payment reversed: the centre's balances, pulled back, are where they began.
        QVERIFY(c->pullOnly());
        QCOMPARE(c->balance(kAcc1), start1);
        QCOMPARE(c->balance(kAcc2), start2);
    }

    // The second batch (the second payment, the first one's reversal) is held back by the
    // proxy; the third (the third payment, the second one's reversal), sent while the second
    // is on its way, reaches the centre first. (The first batch goes alone.) Answers a push of
    // 7 ops in batches of 2.
    Result<sync::SyncReport> pushWithSecondBatchHeldBack(Counter &c)
    {
        if (!paymentsEachReversedLater(c, 3)) // 7 ops: 4 batches of 2
            return Error{QStringLiteral("test"), QStringLiteral("payments failed")};
        FaultProxy::Faults hold;
        hold.holdMs = 600;
        hold.holdAfter = 1;
        m_hall->proxy->setFaults(hold, 1);
        sync::SyncEngine engine(*c.store, *c.client);
        engine.setBatchSize(2);
        auto r = engine.push();
        m_hall->proxy->setFaults({}, 0);
        return r;
    }

    void push_batchArrivingBeforeItsPredecessor_heldUntilItIsAppliedAndSentOnce()
    {
        auto c = counter(QStringLiteral("12"));
        QVERIFY(c);
        const qint64 before = centre("payments");
        const auto r = pushWithSecondBatchHeldBack(*c);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->rejected, 0); // no reversal found its payment missing
        QCOMPARE(r->resent, 0);   // the centre waited for its predecessor: nothing went twice
        QCOMPARE(r->applied, 7);
        QCOMPARE(outbox(*c, QStringLiteral("applied")), 7);
        QCOMPARE(centre("payments"), before + 6);
    }

    void push_batchArrivingBeforeItsPredecessorCentreNotWaiting_refusedAndSentAgain()
    {
        // A centre that does not wait (--push-hold 0; or its predecessor took longer than the
        // hold) refuses the batch; the counter sends it again after its predecessor's answer.
        m_hall.reset();
        m_hall = std::make_unique<ProxiedCentral>();
        const QString failed = m_hall->start({QStringLiteral("--push-hold"), QStringLiteral("0")});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        auto c = counter(QStringLiteral("15"));
        QVERIFY(c);
        const qint64 before = centre("payments");
        const auto r = pushWithSecondBatchHeldBack(*c);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->rejected, 0);
        QVERIFY(r->resent >= 1); // it did arrive first, was refused, and went again
        QCOMPARE(r->applied, 7);
        QCOMPARE(outbox(*c, QStringLiteral("applied")), 7);
        QCOMPARE(centre("payments"), before + 6);
    }

    void push_olderCentreRefusingAfterSeq_oneRequestAtATimeAllApplied()
    {
        auto c = counter(QStringLiteral("18"));
        QVERIFY(c);
        QVERIFY(paymentsEachReversedLater(*c, 4)); // 9 ops: 5 batches of 2
        const qint64 before = centre("payments");
        FaultProxy::Faults older;
        older.olderCentre = true;
        m_hall->proxy->setFaults(older, 1);
        sync::SyncEngine engine(*c->store, *c->client);
        engine.setBatchSize(2);
        const auto r = engine.push();
        // Refused once as an unknown field; after that the push sends no after_seq.
        QCOMPARE(m_hall->proxy->counts().olderRefused, 1);
        m_hall->proxy->setFaults({}, 0);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->resent, 1);
        QCOMPARE(r->rejected, 0);
        QCOMPARE(r->applied, 9);
        QCOMPARE(centre("payments"), before + 8);
    }

    void push_followerSentFirst_heldAndAppliedAfterItsPredecessor()
    {
        auto c = counter(QStringLiteral("16"));
        QVERIFY(c);
        qint64 last = 0;
        const qint64 before = centre("payments");
        QNetworkReply *follower = reversalSentFirst(*c, &last);
        QVERIFY(follower);
        QCOMPARE(centre("payments"), before);
        const auto first = c->client->send("POST", QStringLiteral("/api/v1/ops"),
                                           "{\"ops\":[" + opsBefore(*c, last) + "]}", true);
        QCOMPARE(first.status, 200);
        const auto second = c->client->finish(follower);
        QCOMPARE(second.status, 200);
        const QJsonObject result =
            second.body.value(QStringLiteral("results")).toArray().first().toObject();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QCOMPARE(second.body.value(QStringLiteral("acked_seq")).toInteger(), last);
        QCOMPARE(centre("payments"), before + 2); // the payment and its reversal
    }

    void push_clientGoneWhileHeld_nothingAppliedForIt()
    {
        auto c = counter(QStringLiteral("17"));
        QVERIFY(c);
        qint64 last = 0;
        const qint64 before = centre("payments");
        QNetworkReply *follower = reversalSentFirst(*c, &last);
        QVERIFY(follower);
        c->client->discard(follower); // the counter gives up on it: the connection closes
        QTest::qWait(300);
        const auto first = c->client->send("POST", QStringLiteral("/api/v1/ops"),
                                           "{\"ops\":[" + opsBefore(*c, last) + "]}", true);
        QCOMPARE(first.status, 200);
        QTest::qWait(300);
        QCOMPARE(centre("payments"), before + 1); // the payment; its reversal was not applied
        // The counter's next push brings it, once.
        sync::SyncEngine engine(*c->store, *c->client);
        const auto r = engine.push();
        QVERIFY(r);
        QCOMPARE(centre("payments"), before + 2);
        QCOMPARE(outbox(*c, QStringLiteral("pending")), 0);
        QCOMPARE(r->rejected, 0);
    }

    void push_afterSeqNeverApplied_refused409AfterTheHoldAndNothingChanged()
    {
        auto c = counter(QStringLiteral("13"));
        QVERIFY(c);
        QVERIFY(c->openShift());
        QVERIFY(c->pay(kAcc1, 5000));
        const qint64 last =
            scalar(*c->store, QStringLiteral("SELECT max(seq) FROM outbox")).toLongLong();
        const qint64 before = centre("payments");
        const QByteArray body =
            "{\"after_seq\":" + QByteArray::number(last - 1) + ",\"ops\":[" + op(*c, last) + "]}";
        const auto refused = c->client->send("POST", QStringLiteral("/api/v1/ops"), body, true);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), QStringLiteral("push.order"));
        QCOMPARE(centre("payments"), before);
        // Sent in order, both go; the refused batch then passes its check.
        sync::SyncEngine engine(*c->store, *c->client);
        const auto r = engine.push();
        QVERIFY(r);
        QCOMPARE(r->applied, 2);
        QCOMPARE(centre("payments"), before + 1);
        const auto again = c->client->send("POST", QStringLiteral("/api/v1/ops"), body, true);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body.value(QStringLiteral("results"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("duplicate"));
    }

    void push_afterSeqNotANumber_refused400NamingTheField()
    {
        auto c = counter(QStringLiteral("14"));
        QVERIFY(c);
        const auto r = c->client->send("POST", QStringLiteral("/api/v1/ops"),
                                       "{\"after_seq\":\"7\",\"ops\":[]}", true);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.body.value(QStringLiteral("field")).toString(), QStringLiteral("after_seq"));
    }
};

QTEST_GUILESS_MAIN(TestSyncPipeline)
#include "tst_syncpipeline.moc"
