// Proof under faults: halldesk-central and three counters (counter_sim processes, each with its
// own store and the real sync engine) on loopback through FaultProxy, which drops, delays,
// duplicates requests and cuts responses midway; counters and the centre are killed with
// SIGKILL at random moments and restarted, while counters take payments and reversals and
// the centre takes online payments. When the faults stop and every outbox drains, the
// centre's payments are exactly what the counters committed plus the online ones, to the fen,
// and every counter's accounts equal the centre's.
//
// Each round prints its seed. HALLDESK_FAULT_SEED=<seed> replays one round (then drains and
// checks); HALLDESK_FAULT_ROUNDS=<n> sets the number of rounds (default 200). The seed fixes
// every random choice (faults, operations, kill moments); process timing can still differ.

#include "centralfixture.h"
#include "demodata.h"
#include "faultproxy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <csignal>

using namespace hd;
using namespace hd::testing;

// The harness hammers the centre far beyond a hall's request rate on purpose.
const QStringList kServeOptions = {QStringLiteral("--rate"), QStringLiteral("1000000")};

class TestSyncFault final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CentralProcess> m_central;
    std::unique_ptr<FaultProxy> m_proxy;
    quint16 m_centralPort = 0;
    QUrl m_proxyUrl;
    QStringList m_stores;
    std::unique_ptr<sync::SyncClient> m_online;
    QHash<QString, qint64> m_onlineDone; // uuid → amount, answered applied/duplicate
    QList<QJsonObject> m_onlineWaiting;  // outcome not known yet: retried with the same uuid
    QStringList m_accounts;
    int m_centreKills = 0, m_counterKills = 0;

    bool restartCentre()
    {
        m_central->kill();
        for (int i = 0; i < 50; ++i) {
            if (m_central->start(kServeOptions, m_centralPort))
                return true;
            QTest::qWait(100);
        }
        return false;
    }

    void postOnline(QRandomGenerator &rng, int tries)
    {
        if (m_accounts.isEmpty())
            return;
        if (rng.bounded(2) == 0)
            m_onlineWaiting.append(onlinePayment(m_accounts[rng.bounded(int(m_accounts.size()))],
                                                 1 + rng.bounded(60000)));
        for (int t = 0; t < tries && !m_onlineWaiting.isEmpty(); ++t) {
            const QJsonObject p = m_onlineWaiting.first();
            auto r = m_online->post(QStringLiteral("/api/v1/channel/payments"),
                                    {{QStringLiteral("payments"), QJsonArray{p}}});
            if (!r.ok())
                continue; // no answer, or refused before processing: same uuid again
            const QJsonObject result =
                r.body.value(QStringLiteral("results")).toArray().first().toObject();
            const QString status = result.value(QStringLiteral("status")).toString();
            // The whole answer on failure: which of the centre's refusals it was, and for what.
            QVERIFY2(
                status == QLatin1String("applied") || status == QLatin1String("duplicate"),
                qPrintable(QString::fromUtf8(QJsonDocument(r.body).toJson(QJsonDocument::Compact)) +
                           QStringLiteral(" for ") +
                           QString::fromUtf8(QJsonDocument(p).toJson(QJsonDocument::Compact))));
            m_onlineDone.insert(p.value(QStringLiteral("uuid")).toString(),
                                p.value(QStringLiteral("amount_fen")).toInteger());
            m_onlineWaiting.removeFirst();
        }
    }

    void round(quint32 seed)
    {
        QRandomGenerator rng(seed);
        FaultProxy::Faults f;
        f.drop = rng.generateDouble() * 0.15;
        f.delay = rng.generateDouble() * 0.3;
        f.cut = rng.generateDouble() * 0.2;
        f.duplicate = rng.generateDouble() * 0.15;
        f.maxDelayMs = 150;
        m_proxy->setFaults(f, seed);
        std::vector<std::unique_ptr<QProcess>> counters;
        for (int i = 0; i < m_stores.size(); ++i) {
            auto p = std::make_unique<QProcess>();
            p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p->start(QStringLiteral(COUNTER_SIM),
                     {QStringLiteral("--store"), m_stores[i], QStringLiteral("--central"),
                      m_proxyUrl.toString(), QStringLiteral("--seed"),
                      QString::number(rng.generate()), QStringLiteral("--ops"),
                      QString::number(1 + rng.bounded(4))});
            counters.push_back(std::move(p));
        }
        const int killCounter = rng.bounded(100) < 30 ? rng.bounded(int(counters.size())) : -1;
        const int killCounterAfter = rng.bounded(400);
        const bool killCentre = rng.bounded(100) < 8;
        const int killCentreAfter = rng.bounded(400);
        QElapsedTimer t;
        t.start();
        bool counterKilled = false, centreKilled = false;
        postOnline(rng, 2);
        for (;;) {
            const qint64 ms = t.elapsed();
            if (killCounter >= 0 && !counterKilled && ms >= killCounterAfter) {
                counterKilled = true;
                if (counters[killCounter]->state() != QProcess::NotRunning) {
                    ::kill(pid_t(counters[killCounter]->processId()), SIGKILL);
                    ++m_counterKills;
                }
            }
            if (killCentre && !centreKilled && ms >= killCentreAfter) {
                centreKilled = true;
                m_central->kill();
                ++m_centreKills;
            }
            bool running = false;
            for (auto &p : counters)
                if (p->state() != QProcess::NotRunning)
                    running |= !p->waitForFinished(10);
            if (!running && (!killCentre || centreKilled) && (killCounter < 0 || counterKilled))
                break;
            QVERIFY2(ms < 60000, "a counter hangs");
        }
        for (auto &p : counters)
            QVERIFY(p->exitStatus() == QProcess::CrashExit || p->exitCode() == 0);
        if (centreKilled)
            QVERIFY(restartCentre());
    }

    // Counter stores are read in this process only between rounds, when no counter runs.
    void counterPayments(int index, QString *accountsState, QHash<QString, qint64> *payments)
    {
        QHash<QString, qint64> &out = *payments;
        auto store = Store::open(m_stores[index]);
        QVERIFY(store);
        QSqlQuery q(store.value()->db());
        q.exec(QStringLiteral("SELECT uuid, amount_fen FROM payments WHERE channel = 'counter'"));
        while (q.next())
            out.insert(q.value(0).toString(), q.value(1).toLongLong());
        QSqlQuery a(store.value()->db());
        a.exec(QStringLiteral(
            "SELECT a.account_no, a.balance_fen, a.refund_due_fen, a.status, b.period, b.paid_fen, "
            "b.status FROM accounts a LEFT JOIN bills b ON b.account_id = a.id ORDER BY "
            "a.account_no, b.period"));
        QJsonObject dump;
        QString current, head;
        QStringList bills;
        auto flush = [&] {
            if (!current.isEmpty())
                dump.insert(current, QString(head + bills.join(u';')));
        };
        while (a.next()) {
            if (a.value(0).toString() != current) {
                flush();
                current = a.value(0).toString();
                head = QStringLiteral("%1|%2|%3|")
                           .arg(a.value(1).toLongLong())
                           .arg(a.value(2).toLongLong())
                           .arg(a.value(3).toString());
                bills.clear();
            }
            if (!a.value(4).isNull())
                bills << QStringLiteral("%1:%2:%3")
                             .arg(a.value(4).toInt())
                             .arg(a.value(5).toLongLong())
                             .arg(a.value(6).toInt());
        }
        flush();
        *accountsState = QString::fromUtf8(QJsonDocument(dump).toJson(QJsonDocument::Compact));
        QCOMPARE(sync::SyncEngine::status(*store.value()).pending, 0);
        QCOMPARE(sync::SyncEngine::rejectedOps(*store.value()).size(), 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString master = m_dir->filePath(QStringLiteral("master.sqlite"));
        {
            auto store = openStore(master);
            QVERIFY(store);
            QVERIFY(store->setIdentity(
                {QStringLiteral("4401"), QStringLiteral("00"), QStringLiteral("越秀供电营业厅")}));
            DemoDataGenerator::Options o;
            o.accounts = 24;
            o.seed = 7;
            QVERIFY(DemoDataGenerator::generate(*store, o));
        }
        m_central = std::make_unique<CentralProcess>(freshDatabase(m_dir->path()));
        QCOMPARE(m_central->admin({QStringLiteral("import"), master}), 0);
        QVERIFY(m_central->start(kServeOptions));
        m_centralPort = m_central->port();
        m_proxy = std::make_unique<FaultProxy>(m_centralPort);
        const quint16 proxyPort = m_proxy->start();
        QVERIFY(proxyPort);
        m_proxyUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxyPort));
        for (int i = 1; i <= 3; ++i) {
            const QString path = m_dir->filePath(QStringLiteral("counter%1.sqlite").arg(i));
            Counter c(path, QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0')));
            QVERIFY(c.enroll(m_central->url(), m_central->enrollCode()));
            QVERIFY(c.sync());
            m_stores << path;
            if (m_accounts.isEmpty()) {
                QSqlQuery q(c.store->db());
                q.exec(QStringLiteral("SELECT account_no FROM accounts"));
                while (q.next())
                    m_accounts << q.value(0).toString();
            }
        }
        auto online = channelClient(*m_central, QStringLiteral("onlineapp"), m_dir->path());
        QVERIFY(online);
        auto options = sync::SyncClient::Options{};
        options.central = m_proxyUrl;
        options.keyId = QStringLiteral("c-onlineapp");
        QFile key(m_dir->filePath(QStringLiteral("channel-onlineapp.key")));
        QVERIFY(key.open(QIODevice::ReadOnly));
        options.secretKey = QByteArray::fromBase64(key.readAll().trimmed().split(' ').value(1));
        options.timeoutMs = 5000;
        m_online = std::make_unique<sync::SyncClient>(options);
    }

    void randomisedRounds_thenEverythingAddsUp()
    {
        const bool replay = qEnvironmentVariableIsSet("HALLDESK_FAULT_SEED");
        const int rounds = replay ? 1
                                  : (qEnvironmentVariableIsSet("HALLDESK_FAULT_ROUNDS")
                                         ? qEnvironmentVariable("HALLDESK_FAULT_ROUNDS").toInt()
                                         : 200);
        QRandomGenerator seeds(quint32(QDateTime::currentMSecsSinceEpoch()));
        QElapsedTimer total;
        total.start();
        for (int r = 0; r < rounds; ++r) {
            const quint32 seed =
                replay ? quint32(qEnvironmentVariable("HALLDESK_FAULT_SEED").toUInt(nullptr, 0))
                       : seeds.generate();
            std::printf("round %d seed 0x%08x (replay: HALLDESK_FAULT_SEED=0x%08x)\n", r, seed,
                        seed);
            std::fflush(stdout);
            round(seed);
            if (QTest::currentTestFailed())
                return;
        }
        // The faults stop; every outbox drains.
        m_proxy->setFaults({}, 0);
        QRandomGenerator rng(1);
        while (!m_onlineWaiting.isEmpty()) {
            postOnline(rng, 5);
            if (QTest::currentTestFailed())
                return;
        }
        for (int pass = 0; pass < 2; ++pass)
            for (const QString &store : m_stores)
                QCOMPARE(QProcess::execute(QStringLiteral(COUNTER_SIM),
                                           {QStringLiteral("--store"), store,
                                            QStringLiteral("--central"), m_proxyUrl.toString(),
                                            QStringLiteral("--drain")}),
                         0);
        const FaultProxy::Counts c = m_proxy->counts();
        std::printf("%d rounds in %.1f s: %d requests through the proxy, %d dropped, %d delayed, "
                    "%d cut, %d duplicated; counters killed %d times, the centre %d times\n",
                    rounds, total.elapsed() / 1000.0, c.requests, c.dropped, c.delayed, c.cut,
                    c.duplicated, m_counterKills, m_centreKills);

        // What the centre holds …
        QByteArray out;
        QCOMPARE(m_central->admin({QStringLiteral("payments")}, &out), 0);
        const QJsonArray held =
            QJsonDocument::fromJson(out).object().value(QStringLiteral("payments")).toArray();
        QHash<QString, qint64> centreCounter, centreChannel;
        qint64 centreTotal = 0;
        for (const QJsonValue &v : held) {
            const QJsonObject p = v.toObject();
            auto &into = p.value(QStringLiteral("source")).toString() == QLatin1String("channel")
                             ? centreChannel
                             : centreCounter;
            QVERIFY2(!into.contains(p.value(QStringLiteral("uuid")).toString()),
                     "duplicate payment");
            into.insert(p.value(QStringLiteral("uuid")).toString(),
                        p.value(QStringLiteral("amount_fen")).toInteger());
            centreTotal += p.value(QStringLiteral("amount_fen")).toInteger();
        }
        QCOMPARE(m_central->admin({QStringLiteral("accounts")}, &out), 0);
        const QString centreAccounts = QString::fromUtf8(
            QJsonDocument(QJsonDocument::fromJson(out).object()).toJson(QJsonDocument::Compact));

        // … is exactly what the counters committed plus the online payments.
        QHash<QString, qint64> committed;
        qint64 committedTotal = 0;
        for (int i = 0; i < m_stores.size(); ++i) {
            QString accounts;
            QHash<QString, qint64> mine;
            counterPayments(i, &accounts, &mine);
            if (QTest::currentTestFailed())
                return;
            for (auto it = mine.constBegin(); it != mine.constEnd(); ++it) {
                QVERIFY2(!committed.contains(it.key()), "one uuid at two counters");
                committed.insert(it.key(), it.value());
                committedTotal += it.value();
            }
            QCOMPARE(accounts, centreAccounts); // every counter's balances and bills
        }
        QVERIFY(committed.size() > rounds); // the rounds did take payments
        QCOMPARE(centreCounter, committed);
        QCOMPARE(centreChannel, m_onlineDone);
        qint64 onlineTotal = 0;
        for (qint64 v : std::as_const(m_onlineDone))
            onlineTotal += v;
        QCOMPARE(centreTotal, committedTotal + onlineTotal);
        std::printf("centre holds %lld counter payments and reversals (%lld fen) and %lld online "
                    "payments (%lld fen)\n",
                    qlonglong(committed.size()), qlonglong(committedTotal),
                    qlonglong(m_onlineDone.size()), qlonglong(onlineTotal));
    }

    void cleanupTestCase()
    {
        m_proxy.reset();
        m_central.reset();
    }
};

QTEST_GUILESS_MAIN(TestSyncFault)
#include "tst_syncfault.moc"
