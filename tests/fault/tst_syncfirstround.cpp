// The push's first round (POST /api/v1/ops/known: uuids and content hashes only), counted
// request by request through FaultProxy: asked where an op may have reached the centre before
// (a push whose answer was cut on the way back, a store enrolled again, a store whose pushes
// predate the mark), not for ops that have never left the counter. Either way each op is
// applied once. The same suite runs on PostgreSQL with HALLDESK_TEST_DB=pg under pg_virtualenv.

#include "proxiedcentral.h"

#include <QTest>

using namespace hd;
using namespace hd::testing;

namespace {
const QString kAcc1 = QStringLiteral("1000000001");
const QString kAcc2 = QStringLiteral("1000000002");
} // namespace

class TestSyncFirstRound final : public QObject
{
    Q_OBJECT

    std::unique_ptr<ProxiedCentral> m_hall;

    QString path(const QString &name) const { return m_hall->path(name); }
    std::unique_ptr<Counter> counter(const QString &terminal, bool firstSync = true)
    {
        return m_hall->counter(terminal, firstSync);
    }
    int requests() { return m_hall->proxy->counts().requests; }
    qint64 centrePayments() { return m_hall->centreCount("payments"); }
    static qint64 payloadBytes(Counter &c)
    {
        return scalar(*c.store, QStringLiteral("SELECT sum(length(payload)) FROM outbox"))
            .toLongLong();
    }
    // A push whose request reaches the centre and whose answer is cut midway.
    void pushWithAnswerCut(Counter &c)
    {
        FaultProxy::Faults cut;
        cut.cut = 1.0;
        m_hall->proxy->setFaults(cut, 1);
        sync::SyncEngine engine(*c.store, *c.client);
        const auto r = engine.push();
        m_hall->proxy->setFaults({}, 0);
        QVERIFY(!r); // no answer, or half of one: either way nothing is recorded
    }

    // A counter that opened its shift, took one payment and pushed both, the answer cut.
    std::unique_ptr<Counter> paidWithAnswerCut(const QString &terminal)
    {
        auto c = counter(terminal);
        if (!c || !c->openShift() || !c->pay(kAcc1, 10000))
            return nullptr;
        pushWithAnswerCut(*c);
        return c;
    }

private Q_SLOTS:
    void init()
    {
        m_hall = std::make_unique<ProxiedCentral>();
        const QString failed = m_hall->start();
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }
    void cleanup() { m_hall.reset(); }

    void answerCutAfterItsStatusLine_isNoAnswer()
    {
        auto c = counter(QStringLiteral("04"));
        QVERIFY(c);
        const QString page = QStringLiteral("/api/v1/changes?after=0&limit=100");
        const auto whole = c->client->get(page);
        QCOMPARE(whole.status, 200);
        QVERIFY(whole.raw.size() > 2000); // the cut leaves the status line and headers in
        FaultProxy::Faults cut;
        cut.cut = 1.0;
        m_hall->proxy->setFaults(cut, 1);
        const auto half = c->client->get(page);
        m_hall->proxy->setFaults({}, 0);
        QCOMPARE(half.status, 0);
        QVERIFY(!half.ok());
        QVERIFY(!half.networkError.isEmpty());
    }

    void push_neverSentOps_goInFullWithoutFirstRound()
    {
        auto c = counter(QStringLiteral("05"));
        QVERIFY(c);
        QVERIFY(c->openShift());
        QVERIFY(c->pay(kAcc1, 10000));
        QVERIFY(c->pay(kAcc2, 20000));
        const qint64 before = centrePayments();
        const int asked = requests();
        sync::SyncEngine engine(*c->store, *c->client);
        const auto r = engine.push();
        QVERIFY(r);
        QCOMPARE(r->applied, 3);
        QCOMPARE(requests() - asked, 1); // the push itself, no question before it
        QCOMPARE(centrePayments(), before + 2);
        // Taken after that push: never sent either.
        QVERIFY(c->pay(kAcc1, 500));
        const int asked2 = requests();
        const auto r2 = engine.push();
        QVERIFY(r2);
        QCOMPARE(r2->applied, 1);
        QCOMPARE(requests() - asked2, 1);
    }

    void push_answerCutOnTheWay_askedFirstAndAppliedOnce()
    {
        const qint64 before = centrePayments();
        auto c = paidWithAnswerCut(QStringLiteral("06"));
        QVERIFY(c);
        QCOMPARE(centrePayments(), before + 1); // applied; the counter does not know it

        const int asked = requests();
        sync::SyncEngine engine(*c->store, *c->client);
        const auto r = engine.push();
        QVERIFY(r);
        QCOMPARE(r->duplicate, 2);
        QCOMPARE(r->applied, 0);
        // One question by uuid and hash answered everything: no payload went again.
        QCOMPARE(requests() - asked, 1);
        QVERIFY(r->bytesUp < payloadBytes(*c));
        QCOMPARE(centrePayments(), before + 1);
        QCOMPARE(scalar(*c->store, QStringLiteral("SELECT count(*) FROM outbox WHERE state IN "
                                                  "('pending', 'sent')"))
                     .toInt(),
                 0);
    }

    void push_answerCutThenOlderCentreWithoutFirstRound_sentInFullAnsweredDuplicate()
    {
        const qint64 before = centrePayments();
        auto c = paidWithAnswerCut(QStringLiteral("09"));
        QVERIFY(c);
        QCOMPARE(centrePayments(), before + 1);
        // A centre that does not know the first round answers 404 to it: the ops go in full.
        FaultProxy::Faults older;
        older.olderCentre = true;
        m_hall->proxy->setFaults(older, 1);
        sync::SyncEngine engine(*c->store, *c->client);
        const auto r = engine.push();
        QCOMPARE(m_hall->proxy->counts().olderRefused, 1);
        m_hall->proxy->setFaults({}, 0);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->duplicate, 2);
        QCOMPARE(r->applied, 0);
        QVERIFY(r->bytesUp > payloadBytes(*c)); // the payloads went again
        QCOMPARE(centrePayments(), before + 1);
    }

    void push_storeCopiedThenEnrolled_opsPushedMeanwhileAskedFirst()
    {
        auto a = counter(QStringLiteral("07"));
        QVERIFY(a);
        QVERIFY(a->openShift());
        QVERIFY(a->pay(kAcc2, 30000));
        // A copy of the store is taken, then the original pushes: the copy's own record of
        // what it sent says nothing about these two ops.
        QVERIFY(exec(*a->store, QStringLiteral("VACUUM INTO ?"),
                     {path(QStringLiteral("counter-08.sqlite"))}));
        QVERIFY(QFile::copy(a->store->path() + QStringLiteral(".key"),
                            path(QStringLiteral("counter-08.sqlite.key"))));
        QVERIFY(a->sync());
        const qint64 before = centrePayments();
        // The copy is enrolled on a new terminal, which then takes a payment of its own.
        auto b = counter(QStringLiteral("08"), false);
        QVERIFY(b);
        QVERIFY(b->pay(kAcc1, 700));
        const int asked = requests();
        sync::SyncEngine engine(*b->store, *b->client);
        const auto r = engine.push();
        QVERIFY(r);
        QCOMPARE(r->duplicate, 2);
        QCOMPARE(r->applied, 1);
        QCOMPARE(requests() - asked, 2); // the question, then only the new op in full
        QCOMPARE(centrePayments(), before + 1);
    }

    void push_storeWithoutMark_askedFirstAndAppliedOnce()
    {
        // A store enrolled and pushed by a release that kept no mark of what it sent.
        auto c = counter(QStringLiteral("09"));
        QVERIFY(c);
        QVERIFY(c->openShift());
        QVERIFY(c->pay(kAcc1, 10000));
        const qint64 before = centrePayments();
        pushWithAnswerCut(*c);
        QVERIFY(exec(*c->store, QStringLiteral("DELETE FROM sync_state WHERE key = 'sent_seq'")));
        const int asked = requests();
        sync::SyncEngine engine(*c->store, *c->client);
        const auto r = engine.push();
        QVERIFY(r);
        QCOMPARE(r->duplicate, 2);
        QCOMPARE(requests() - asked, 1);
        QCOMPARE(centrePayments(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncFirstRound)
#include "tst_syncfirstround.moc"
