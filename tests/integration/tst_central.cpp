// halldesk-central and the sync engine together, over loopback: enrollment, authentication,
// malformed requests, each op at most once, the business conflicts, pull with local ops on top,
// reconciliation, two workers, TLS. The same suite runs on SQLite and, with HALLDESK_TEST_DB=pg
// under pg_virtualenv, on PostgreSQL.

#include "accountsearch.h"
#include "centraldb.h"
#include "centralfixture.h"
#include "operators.h"
#include "payloadmigration.h"
#include "paymentservice.h"
#include "protocol.h"
#include "shiftledger.h"
#include "syncservice.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace hd;
using namespace hd::testing;

namespace {
const QString kAcc1 = QStringLiteral("1000000001"); // residential, two open bills
const QString kAcc2 = QStringLiteral("1000000002"); // non-residential, one open bill
} // namespace

class TestCentral final : public QObject
{
    Q_OBJECT

private:
    using SyncClientResponse = sync::SyncClient::Response;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CentralProcess> m_central;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    std::unique_ptr<Counter> enrolledCounter(const QString &terminal)
    {
        auto c = std::make_unique<Counter>(
            path(QStringLiteral("counter-") + terminal + QStringLiteral(".sqlite")), terminal);
        if (!c->store || !c->enroll(m_central->url(), m_central->enrollCode()))
            return nullptr;
        auto r = c->sync();
        if (!r) {
            qWarning("first sync: %s", qPrintable(r.error().message));
            return nullptr;
        }
        return c;
    }
    QJsonObject centreAccount(const QString &no)
    {
        QByteArray out;
        m_central->admin({QStringLiteral("account"), QStringLiteral("show"), no}, &out);
        return QJsonDocument::fromJson(out).object();
    }
    qint64 totalDue(Counter &c, const QString &no)
    {
        PaymentService s(*c.store);
        auto q = s.quote(no, s.today());
        return q ? q->totalDue().fen() : -1;
    }
    void expectSameAsCentre(Counter &c, const QString &no)
    {
        const QJsonObject centre = centreAccount(no);
        QCOMPARE(c.balance(no), centre.value(QStringLiteral("balance_fen")).toInteger());
        QCOMPARE(c.bills(no), centre.value(QStringLiteral("bills")).toString());
    }
    // The centre's bills and balance of the account are as `before`, and the counter's too.
    void expectAsBefore(Counter &c, const QString &no, const QJsonObject &before)
    {
        const QJsonObject after = centreAccount(no);
        QCOMPARE(after.value(QStringLiteral("bills")), before.value(QStringLiteral("bills")));
        QCOMPARE(after.value(QStringLiteral("balance_fen")),
                 before.value(QStringLiteral("balance_fen")));
        expectSameAsCentre(c, no);
    }
    // `to` holds the same outbox rows as `from`.
    static bool copyOutbox(Counter &from, Counter &to)
    {
        return exec(*to.store, QStringLiteral("ATTACH DATABASE ? AS first"),
                    {from.store->path()}) &&
               exec(*to.store,
                    QStringLiteral("INSERT INTO outbox (seq, op_uuid, kind, schema_version, "
                                   "payload, created_at) SELECT seq, op_uuid, kind, "
                                   "schema_version, payload, created_at FROM first.outbox")) &&
               exec(*to.store, QStringLiteral("DETACH DATABASE first"));
    }
    // A store copied to a new counter, then enrolled there: it holds the same outbox rows as
    // `from` (ops the centre may hold already, so asked about first) and the centre's data.
    std::unique_ptr<Counter> copiedCounter(Counter &from, const QString &terminal)
    {
        auto c = std::make_unique<Counter>(
            path(QStringLiteral("counter-") + terminal + QStringLiteral(".sqlite")), terminal);
        if (!c->store || !copyOutbox(from, *c) ||
            !c->enroll(m_central->url(), m_central->enrollCode()))
            return nullptr;
        auto r = c->pullOnly();
        if (!r) {
            qWarning("first pull: %s", qPrintable(r.error().message));
            return nullptr;
        }
        return c;
    }
    SyncClientResponse raw(Counter &c, const QByteArray &method, const QString &pathWithQuery,
                           const QByteArray &body,
                           const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return c.client->send(method, pathWithQuery, body, true, headers);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        { // the centre's master data: the payment fixture's accounts, clerk1 and super1
            auto master = seededStore(path(QStringLiteral("master.sqlite")));
            QVERIFY(master);
        }
        m_central = std::make_unique<CentralProcess>(freshDatabase(m_dir->path()));
        QCOMPARE(
            m_central->admin({QStringLiteral("import"), path(QStringLiteral("master.sqlite"))}), 0);
        QVERIFY(m_central->start());
    }
    void cleanup()
    {
        m_central.reset();
        m_dir.reset();
    }

    void enroll_oneTimeCode_secondUseRefused()
    {
        const QString code = m_central->enrollCode();
        Counter a(path(QStringLiteral("a.sqlite")), QStringLiteral("01"));
        QVERIFY(a.enroll(m_central->url(), code));
        QVERIFY(a.config.keyId.startsWith(QLatin1String("t-4401-01-")));
        QCOMPARE(a.config.region, QStringLiteral("GZ"));
        Counter b(path(QStringLiteral("b.sqlite")), QStringLiteral("02"));
        auto again = sync::SyncEngine::enroll(*b.store, m_central->url(), code, {});
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("enroll.code"));
        auto unknown = sync::SyncEngine::enroll(*b.store, m_central->url(),
                                                QStringLiteral("AAAA-BBBB-CCCC"), {});
        QCOMPARE(unknown.error().code, QStringLiteral("enroll.code"));
        // The secret key file is private to the store's owner.
        QCOMPARE(QFile::permissions(sync::SyncConfig::keyFile(*a.store)) & 0x0077,
                 QFileDevice::Permissions());
    }

    void firstSync_pullsAccountsOperatorsAndTariffs()
    {
        auto c = enrolledCounter(QStringLiteral("03"));
        QVERIFY(c);
        QCOMPARE(scalar(*c->store, QStringLiteral("SELECT count(*) FROM accounts")).toInt(), 4);
        QCOMPARE(scalar(*c->store, QStringLiteral("SELECT count(*) FROM bills")).toInt(), 4);
        // The indexes set aside for the first pull are all back, and used by search.
        auto fresh = openStore(path(QStringLiteral("fresh.sqlite")));
        QVERIFY(fresh);
        const QString indexes = QStringLiteral(
            "SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master WHERE type = "
            "'index' ORDER BY name)");
        QCOMPARE(scalar(*c->store, indexes).toString(), scalar(*fresh, indexes).toString());
        QVERIFY(sync::syncState(*c->store, QStringLiteral("deferred_indexes")).isEmpty());
        QVERIFY(!AccountSearch(*c->store).search(QStringLiteral("张三"), 10).isEmpty());
        OperatorDirectory ops(*c->store);
        QVERIFY(ops.authenticate(kClerk, kClerkPassword).ok());
        expectSameAsCentre(*c, kAcc1);
        const auto status = sync::SyncEngine::status(*c->store);
        QVERIFY(status.dataAsOf.isValid());
        QCOMPARE(status.pending, 0);
    }

    void requests_unknownForgedReplayedSkewedOrRevoked_refused()
    {
        auto c = enrolledCounter(QStringLiteral("03"));
        QVERIFY(c);
        const QString path = QStringLiteral("/api/v1/status");
        QCOMPARE(c->client->get(path).status, 200);

        // Replay: the very same signed request twice (same nonce, timestamp, body).
        const QByteArray nonce = sync::newNonce();
        const QByteArray ts = QByteArray::number(QDateTime::currentSecsSinceEpoch());
        const QList<QPair<QByteArray, QByteArray>> fixed = {{sync::kHeaderNonce, nonce},
                                                            {sync::kHeaderTimestamp, ts}};
        QCOMPARE(raw(*c, "GET", path, {}, fixed).status, 200);
        auto replay = raw(*c, "GET", path, {}, fixed);
        QCOMPARE(replay.status, 401);
        QCOMPARE(replay.errorCode(), QStringLiteral("auth.replay"));

        auto skewed = raw(*c, "GET", path, {},
                          {{sync::kHeaderTimestamp,
                            QByteArray::number(QDateTime::currentSecsSinceEpoch() - 3600)}});
        QCOMPARE(skewed.status, 401);
        QCOMPARE(skewed.errorCode(), QStringLiteral("auth.clock"));

        // Forged: signed with another key.
        auto forgedOptions = sync::SyncEngine::clientOptions(c->config);
        forgedOptions.secretKey = sync::KeyPair::generate().secretKey;
        sync::SyncClient forged(forgedOptions);
        QCOMPARE(forged.get(path).errorCode(), QStringLiteral("auth.signature"));

        auto unknownOptions = forgedOptions;
        unknownOptions.keyId = QStringLiteral("t-4401-09-000000000000");
        sync::SyncClient unknown(unknownOptions);
        QCOMPARE(unknown.get(path).status, 401);
        QCOMPARE(unknown.get(path).errorCode(), QStringLiteral("auth.unknown"));

        auto unsigned_ = c->client->send("GET", path, {}, false);
        QCOMPARE(unsigned_.status, 401);
        QCOMPARE(unsigned_.errorCode(), QStringLiteral("auth.missing"));

        // A terminal may not use the channel endpoint.
        auto wrongKind = c->client->post(QStringLiteral("/api/v1/channel/payments"),
                                         {{QStringLiteral("payments"), QJsonArray{}}});
        QCOMPARE(wrongKind.status, 403);

        QCOMPARE(m_central->admin(
                     {QStringLiteral("terminal"), QStringLiteral("revoke"), c->config.keyId}),
                 0);
        auto revoked = c->client->get(path);
        QCOMPARE(revoked.status, 403);
        QCOMPARE(revoked.errorCode(), QStringLiteral("auth.revoked"));
        QVERIFY(!c->sync());
    }

    void malformedRequest_refusedWith4xxAndNothingChanges_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        const QByteArray good =
            R"({"op_uuid":"0b6c7c52-6a3e-4b65-9a0c-1d0c6f0c0001","seq":1,"kind":"cash.movement","schema_version":2,"created_at":"2026-01-01T00:00:00.000Z","payload":{"uuid":"0b6c7c52-6a3e-4b65-9a0c-1d0c6f0c0001","shift_uuid":"0b6c7c52-6a3e-4b65-9a0c-1d0c6f0c0002","direction":"in","amount_fen":100,"reason":"零钱"}})";
        auto batch = [&](const QByteArray &op) -> QByteArray {
            return QByteArray(R"({"ops":[)") + good + ',' + op + "]}";
        };
        QByteArray bad = good;
        QTest::newRow("not json") << QByteArray("{\"ops\": [") << 400
                                  << QStringLiteral("request.json");
        QTest::newRow("bad utf-8") << QByteArray("{\"ops\":[],\"x\":\"\xff\xfe\"}") << 400
                                   << QStringLiteral("request.json");
        QTest::newRow("top-level array")
            << QByteArray("[]") << 400 << QStringLiteral("request.type");
        QTest::newRow("ops not array")
            << QByteArray(R"({"ops":{}})") << 400 << QStringLiteral("request.type");
        QTest::newRow("missing ops")
            << QByteArray("{}") << 400 << QStringLiteral("request.missing");
        QTest::newRow("unknown top field") << QByteArray(R"({"ops":[],"opz":1})") << 400
                                           << QStringLiteral("request.unknown-field");
        QTest::newRow("amount as string")
            << batch(QByteArray(good).replace("\"amount_fen\":100", "\"amount_fen\":\"100\""))
            << 400 << QStringLiteral("request.type");
        QTest::newRow("amount fractional")
            << batch(QByteArray(good).replace("\"amount_fen\":100", "\"amount_fen\":1.5")) << 400
            << QStringLiteral("request.type");
        QTest::newRow("amount negative")
            << batch(QByteArray(good).replace("\"amount_fen\":100", "\"amount_fen\":-100")) << 400
            << QStringLiteral("request.value");
        QTest::newRow("missing payload field")
            << batch(QByteArray(good).replace("\"reason\":\"零钱\"", "\"reasn\":\"零钱\"")) << 400
            << QStringLiteral("request.missing");
        QTest::newRow("unknown payload field")
            << batch(QByteArray(good).replace("\"reason\":\"零钱\"",
                                              "\"reason\":\"零钱\",\"extra\":1"))
            << 400 << QStringLiteral("request.unknown-field");
        QTest::newRow("old schema version")
            << batch(QByteArray(good).replace("\"schema_version\":2", "\"schema_version\":1"))
            << 400 << QStringLiteral("request.value");
        QTest::newRow("unknown kind")
            << batch(QByteArray(good).replace("cash.movement", "drop.table")) << 400
            << QStringLiteral("request.value");
        QTest::newRow("uuid with sql")
            << batch(QByteArray(good).replace("0b6c7c52-6a3e-4b65-9a0c-1d0c6f0c0001\",\"seq",
                                              "1'); DROP TABLE ops; --\",\"seq"))
            << 400 << QStringLiteral("request.value");
        QTest::newRow("too many ops")
            << (QByteArray(R"({"ops":[)") + QByteArray(good + ',').repeated(5) + good + "]}") << 413
            << QStringLiteral("request.batch-too-large");
        QTest::newRow("huge body")
            << (QByteArray(R"({"ops":[],"pad":")") + QByteArray(70000, 'x') + "\"}") << 413
            << QStringLiteral("request.too-large");
        Q_UNUSED(bad);
    }
    void malformedRequest_refusedWith4xxAndNothingChanges()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, error);
        m_central->stop();
        QVERIFY(m_central->start({QStringLiteral("--max-body"), QStringLiteral("65536"),
                                  QStringLiteral("--max-ops"), QStringLiteral("5")}));
        auto c = enrolledCounter(QStringLiteral("03"));
        QVERIFY(c);
        const QJsonObject before = m_central->stats();
        auto r = raw(*c, "POST", QStringLiteral("/api/v1/ops"), body);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorCode(), error);
        QVERIFY(!r.body.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(m_central->stats(), before);
    }

    void requestRate_perKey_refusedWith429()
    {
        m_central->stop();
        QVERIFY(m_central->start({QStringLiteral("--rate"), QStringLiteral("5")}));
        auto c = enrolledCounter(QStringLiteral("03"));
        QVERIFY(c);
        int refused = 0;
        for (int i = 0; i < 8; ++i) {
            const auto r = c->client->get(QStringLiteral("/api/v1/status"));
            if (r.status == 429) {
                QCOMPARE(r.errorCode(), QStringLiteral("request.rate"));
                ++refused;
            } else {
                QCOMPARE(r.status, 200);
            }
        }
        QCOMPARE(refused, 4); // 5 a minute, the first pull was one
        // A refused push keeps the ops for later.
        QVERIFY(c->openShift());
        QVERIFY(!c->sync());
        QCOMPARE(sync::SyncEngine::status(*c->store).pending, 1);
    }

    void sqlLookingStrings_areJustData()
    {
        auto c = enrolledCounter(QStringLiteral("03"));
        QVERIFY(c);
        auto online = channelClient(*m_central, QStringLiteral("onlineapp"), m_dir->path());
        QVERIFY(online);
        QJsonObject p = onlinePayment(QStringLiteral("1'; DROP TABLE payments; --"), 100);
        auto r = online->post(QStringLiteral("/api/v1/channel/payments"),
                              {{QStringLiteral("payments"), QJsonArray{p}}});
        QCOMPARE(r.status, 200);
        const QJsonObject result =
            r.body.value(QStringLiteral("results")).toArray().first().toObject();
        QCOMPARE(result.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(result.value(QStringLiteral("reason")).toString(),
                 QStringLiteral("account.unknown"));
        QCOMPARE(m_central->stats().value(QStringLiteral("payments")).toInteger(), 0);
        QCOMPARE(m_central->stats().value(QStringLiteral("accounts")).toInteger(), 4);
    }

    void push_sameNonceTwice_secondRefusedAsReplayAlsoAfterARefusal()
    {
        // A push's nonce is stored with its batch, by the thread that writes the batches; a
        // refused push's nonce is stored after the refusal.
        auto c = enrolledCounter(QStringLiteral("09"));
        QVERIFY(c);
        const QString path = QStringLiteral("/api/v1/ops");
        auto sameTwice = [&](const QByteArray &body) {
            const QList<QPair<QByteArray, QByteArray>> fixed = {
                {sync::kHeaderNonce, sync::newNonce()},
                {sync::kHeaderTimestamp, QByteArray::number(QDateTime::currentSecsSinceEpoch())}};
            return std::pair{raw(*c, "POST", path, body, fixed),
                             raw(*c, "POST", path, body, fixed)};
        };
        const auto [applied, replayed] = sameTwice("{\"ops\":[]}");
        QCOMPARE(applied.status, 200);
        QCOMPARE(replayed.status, 401);
        QCOMPARE(replayed.errorCode(), QStringLiteral("auth.replay"));
        const auto [refused, refusedAgain] = sameTwice("{\"ops\":\"none\"}");
        QCOMPARE(refused.status, 400);
        QCOMPARE(refusedAgain.status, 401);
        QCOMPARE(refusedAgain.errorCode(), QStringLiteral("auth.replay"));
    }

    void ops_replayIsDuplicateAndReusedUuidIsRejected()
    {
        auto c = enrolledCounter(QStringLiteral("03"));
        QVERIFY(c);
        QVERIFY(c->openShift());
        auto paid = c->pay(kAcc2, 50000);
        QVERIFY(paid);
        auto first = c->sync();
        QVERIFY(first);
        QCOMPARE(first->applied, 2); // shift.open, payment

        // The same op again, as after a lost reply: answered duplicate, counted once.
        const QString payload =
            scalar(*c->store, QStringLiteral("SELECT payload FROM outbox WHERE op_uuid = ?"),
                   {paid->uuid})
                .toString();
        const int version =
            scalar(*c->store, QStringLiteral("SELECT schema_version FROM outbox WHERE op_uuid = ?"),
                   {paid->uuid})
                .toInt();
        auto migrated = sync::migratePayload(QStringLiteral("payment"), version,
                                             QJsonDocument::fromJson(payload.toUtf8()).object());
        QVERIFY(migrated);
        QJsonObject op{{QStringLiteral("op_uuid"), paid->uuid},
                       {QStringLiteral("seq"), 2},
                       {QStringLiteral("kind"), QStringLiteral("payment")},
                       {QStringLiteral("schema_version"), 2},
                       {QStringLiteral("created_at"), QStringLiteral("2026-01-01T00:00:00.000Z")},
                       {QStringLiteral("payload"), migrated.value()}};
        auto again = c->client->post(QStringLiteral("/api/v1/ops"),
                                     {{QStringLiteral("ops"), QJsonArray{op}}});
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body.value(QStringLiteral("results"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("duplicate"));

        QJsonObject changed = migrated.value();
        changed.insert(QStringLiteral("amount_fen"), 50001);
        op.insert(QStringLiteral("payload"), changed);
        auto reused = c->client->post(QStringLiteral("/api/v1/ops"),
                                      {{QStringLiteral("ops"), QJsonArray{op}}});
        const QJsonObject r =
            reused.body.value(QStringLiteral("results")).toArray().first().toObject();
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(r.value(QStringLiteral("reason")).toString(), QStringLiteral("op.uuid-reused"));

        QByteArray out;
        m_central->admin({QStringLiteral("payments")}, &out);
        const QJsonObject list = QJsonDocument::fromJson(out).object();
        QCOMPARE(list.value(QStringLiteral("payments")).toArray().size(), 1);
        QCOMPARE(list.value(QStringLiteral("total_fen")).toInteger(), 50000);
        expectSameAsCentre(*c, kAcc2);
    }

    void replay_firstRoundByUuidAndHash_sendsNoPayloads()
    {
        auto a = enrolledCounter(QStringLiteral("03"));
        QVERIFY(a);
        QVERIFY(a->openShift());
        QVERIFY(a->pay(kAcc1, 10000));
        QVERIFY(a->pay(kAcc2, 20000));
        // And one the centre rejects: an account only this hall has.
        const qint64 id = addAccount(*a->store, QStringLiteral("1999999999"),
                                     QStringLiteral("赵六"), QStringLiteral("residential"));
        addBill(*a->store, id, 202410, 8000, QDate(2030, 1, 1));
        QVERIFY(a->pay(QStringLiteral("1999999999"), 8000));
        auto first = a->sync();
        QVERIFY(first);
        QCOMPARE(first->applied, 3); // shift.open and two payments
        QCOMPARE(first->rejected, 1);

        // A second, freshly enrolled counter holding the same outbox rows.
        auto b = copiedCounter(*a, QStringLiteral("04"));
        QVERIFY(b);
        const qint64 payloadBytes =
            scalar(*b->store, QStringLiteral("SELECT sum(length(payload)) FROM outbox"))
                .toLongLong();
        const QJsonObject before = m_central->stats();
        sync::SyncEngine engine(*b->store, *b->client);
        auto replay = engine.push();
        QVERIFY(replay);
        QCOMPARE(replay->pushed, 4);
        QCOMPARE(replay->duplicate, 3);
        QCOMPARE(replay->rejected, 1);
        QCOMPARE(replay->applied, 0);
        // Only uuids and content hashes went up: fewer bytes than the payloads alone.
        QVERIFY2(
            replay->bytesUp < payloadBytes,
            qPrintable(
                QStringLiteral("%1 B sent, payloads %2 B").arg(replay->bytesUp).arg(payloadBytes)));
        QCOMPARE(m_central->stats(), before);
        // Every op answered as a push answers it, the rejection with its reason, kept visible.
        QCOMPARE(scalar(*b->store,
                        QStringLiteral("SELECT count(*) FROM outbox WHERE state = 'duplicate' "
                                       "AND result LIKE '{%'"))
                     .toInt(),
                 3);
        const auto rejected = sync::SyncEngine::rejectedOps(*b->store);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().reason, QStringLiteral("account.unknown"));
        QVERIFY(!rejected.first().message.isEmpty());
        // Nothing is left to send.
        auto again = engine.push();
        QVERIFY(again);
        QCOMPARE(again->pushed, 0);
        QCOMPARE(again->bytesUp, 0);
    }

    void replay_someHeldSomeNew_heldAnsweredNewAppliedOnce()
    {
        auto a = enrolledCounter(QStringLiteral("03"));
        QVERIFY(a);
        QVERIFY(a->openShift());
        QVERIFY(a->pay(kAcc1, 10000));
        QVERIFY(a->sync());
        auto b = copiedCounter(*a, QStringLiteral("04"));
        QVERIFY(b);
        // Then b takes its own payment: its outbox is two held ops followed by two new ones.
        QVERIFY(b->openShift());
        QVERIFY(b->pay(kAcc2, 20000));
        const qint64 paymentsBefore =
            m_central->stats().value(QStringLiteral("payments")).toInteger();
        sync::SyncEngine engine(*b->store, *b->client);
        auto r = engine.push();
        QVERIFY(r);
        QCOMPARE(r->pushed, 4);
        QCOMPARE(r->duplicate, 2);
        QCOMPARE(r->applied, 2);
        QCOMPARE(m_central->stats().value(QStringLiteral("payments")).toInteger(),
                 paymentsBefore + 1);
        QCOMPARE(scalar(*b->store,
                        QStringLiteral("SELECT count(*) FROM outbox WHERE state IN ('pending', "
                                       "'sent')"))
                     .toInt(),
                 0);
        QCOMPARE(scalar(*b->store, QStringLiteral("SELECT max(attempts) FROM outbox")).toInt(), 1);
    }

    void replay_opHeldWithOtherContent_sentInFullAndRejected()
    {
        auto a = enrolledCounter(QStringLiteral("03"));
        QVERIFY(a);
        QVERIFY(a->openShift());
        QVERIFY(a->pay(kAcc2, 50000));
        QVERIFY(a->sync());
        auto b = copiedCounter(*a, QStringLiteral("04"));
        QVERIFY(b);
        // The same uuid, other content.
        QVERIFY(exec(*b->store,
                     QStringLiteral("UPDATE outbox SET payload = json_set(payload, '$.amount_fen', "
                                    "50001) WHERE kind = 'payment'")));
        const QJsonObject before = m_central->stats();
        sync::SyncEngine engine(*b->store, *b->client);
        auto r = engine.push();
        QVERIFY(r);
        QCOMPARE(r->duplicate, 1); // shift.open
        QCOMPARE(r->rejected, 1);
        QCOMPARE(r->applied, 0);
        const auto rejected = sync::SyncEngine::rejectedOps(*b->store);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().reason, QStringLiteral("op.uuid-reused"));
        QCOMPARE(m_central->stats(), before);
        QByteArray out;
        m_central->admin({QStringLiteral("payments")}, &out);
        QCOMPARE(
            QJsonDocument::fromJson(out).object().value(QStringLiteral("total_fen")).toInteger(),
            50000);
    }

    void opsKnown_malformed_refusedWith4xx_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        const QByteArray hash(64, 'a');
        const QByteArray uuid = "0b6c7c52-6a3e-4b65-9a0c-1d0c6f0c0001";
        QTest::newRow("ops missing") << QByteArray("{}") << QStringLiteral("request.missing");
        QTest::newRow("op not object")
            << QByteArray("{\"ops\":[1]}") << QStringLiteral("request.type");
        QTest::newRow("hash missing") << QByteArray("{\"ops\":[{\"op_uuid\":\"" + uuid + "\"}]}")
                                      << QStringLiteral("request.missing");
        QTest::newRow("hash not hex")
            << QByteArray("{\"ops\":[{\"op_uuid\":\"" + uuid + "\",\"hash\":\"" +
                          QByteArray(64, 'A') + "\"}]}")
            << QStringLiteral("request.value");
        QTest::newRow("uuid not uuid")
            << QByteArray("{\"ops\":[{\"op_uuid\":\"1'); DROP TABLE ops; --\",\"hash\":\"" + hash +
                          "\"}]}")
            << QStringLiteral("request.value");
        QTest::newRow("payload is not asked for")
            << QByteArray("{\"ops\":[{\"op_uuid\":\"" + uuid + "\",\"hash\":\"" + hash +
                          "\",\"payload\":{}}]}")
            << QStringLiteral("request.unknown-field");
    }
    void opsKnown_malformed_refusedWith4xx()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        auto c = enrolledCounter(QStringLiteral("03"));
        QVERIFY(c);
        const QJsonObject before = m_central->stats();
        auto r = raw(*c, "POST", QStringLiteral("/api/v1/ops/known"), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), error);
        QVERIFY(!r.body.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(m_central->stats(), before);
        // A well-formed question about an op the centre lacks: missing, and nothing changes.
        auto ok =
            raw(*c, "POST", QStringLiteral("/api/v1/ops/known"),
                "{\"ops\":[{\"op_uuid\":\"0b6c7c52-6a3e-4b65-9a0c-1d0c6f0c0001\",\"hash\":\"" +
                    QByteArray(64, 'a') + "\"}]}");
        QCOMPARE(ok.status, 200);
        QCOMPARE(ok.body.value(QStringLiteral("results"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("status"))
                     .toString(),
                 QStringLiteral("missing"));
        QCOMPARE(m_central->stats(), before);
    }

    void payloadWrittenByOlderVersion_isMigratedNotDiscarded()
    {
        auto c = enrolledCounter(QStringLiteral("03"));
        QVERIFY(c);
        // A cash movement as schema 2 stores wrote it (v1: amounts as decimal strings).
        const QString op = QStringLiteral("5f0c2b1e-7d1a-4c3b-9e2f-000000000001");
        QVERIFY(exec(
            *c->store,
            QStringLiteral(
                "INSERT INTO outbox (op_uuid, kind, schema_version, payload, created_at) VALUES "
                "(?, 'cash.movement', 1, ?, '2025-03-01T08:00:00.000Z')"),
            {op,
             QStringLiteral(
                 R"({"uuid":"5f0c2b1e-7d1a-4c3b-9e2f-000000000001","shift_uuid":"5f0c2b1e-7d1a-4c3b-9e2f-000000000002","direction":"in","amount":"123.45","reason":"备用金补充"})")}));
        // And one whose version no program knows: kept, shown, not sent.
        QVERIFY(exec(*c->store,
                     QStringLiteral("INSERT INTO outbox (op_uuid, kind, schema_version, payload, "
                                    "created_at) VALUES ('5f0c2b1e-7d1a-4c3b-9e2f-000000000003', "
                                    "'cash.movement', 99, '{}', '2025-03-01T08:00:00.000Z')")));
        auto r = c->sync();
        QVERIFY(r);
        QCOMPARE(r->applied, 1);
        QCOMPARE(
            scalar(*c->store, QStringLiteral("SELECT state FROM outbox WHERE op_uuid = ?"), {op})
                .toString(),
            QStringLiteral("applied"));
        const auto rejected = sync::SyncEngine::rejectedOps(*c->store);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().reason, QStringLiteral("payload.version"));
        QCOMPARE(m_central->stats().value(QStringLiteral("ops")).toInteger(), 1);
    }

    void rejectedOp_staysVisibleWithReason()
    {
        auto c = enrolledCounter(QStringLiteral("03"));
        QVERIFY(c);
        // An account the hall has (imported locally) but the centre does not know.
        const qint64 id = addAccount(*c->store, QStringLiteral("1999999999"),
                                     QStringLiteral("赵六"), QStringLiteral("residential"));
        addBill(*c->store, id, 202410, 8000, QDate(2030, 1, 1));
        QVERIFY(c->openShift());
        QVERIFY(c->pay(QStringLiteral("1999999999"), 8000));
        auto r = c->sync();
        QVERIFY(r);
        QCOMPARE(r->rejected, 1);
        const auto rejected = sync::SyncEngine::rejectedOps(*c->store);
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().reason, QStringLiteral("account.unknown"));
        QCOMPARE(rejected.first().accountNo, QStringLiteral("1999999999"));
        QVERIFY(!rejected.first().message.isEmpty());
        // Kept locally: the payment and its receipt.
        QCOMPARE(scalar(*c->store,
                        QStringLiteral("SELECT count(*) FROM payments p JOIN accounts a ON a.id = "
                                       "p.account_id WHERE a.account_no = '1999999999'"))
                     .toInt(),
                 1);
    }

    void conflict_billPaidOnlineWhileOffline_counterPaymentBecomesCredit()
    {
        auto c = enrolledCounter(QStringLiteral("03"));
        QVERIFY(c);
        auto online = channelClient(*m_central, QStringLiteral("onlineapp"), m_dir->path());
        QVERIFY(online);
        // The customer pays both bills in the app (200.00 + 150.00) …
        auto r =
            online->post(QStringLiteral("/api/v1/channel/payments"),
                         {{QStringLiteral("payments"), QJsonArray{onlinePayment(kAcc1, 35000)}}});
        QCOMPARE(r.status, 200);
        QCOMPARE(centreAccount(kAcc1).value(QStringLiteral("bills")).toString(),
                 QStringLiteral("202402:20000:1;202403:15000:1"));
        // … and again at the counter, which has not heard of it yet.
        QVERIFY(c->openShift());
        const qint64 due = totalDue(*c, kAcc1);
        QVERIFY(due > 35000);
        auto paid = c->pay(kAcc1, due);
        QVERIFY(paid);
        auto s = c->sync();
        QVERIFY(s);
        QCOMPARE(s->applied, 2);
        // The counter's money is the customer's credit, at the centre and at the hall.
        const QJsonObject centre = centreAccount(kAcc1);
        QCOMPARE(centre.value(QStringLiteral("balance_fen")).toInteger(), due);
        expectSameAsCentre(*c, kAcc1);
        const QJsonObject effect =
            QJsonDocument::fromJson(
                scalar(*c->store, QStringLiteral("SELECT result FROM outbox WHERE op_uuid = ?"),
                       {paid->uuid})
                    .toString()
                    .toUtf8())
                .object();
        QCOMPARE(effect.value(QStringLiteral("conflict")).toString(),
                 QStringLiteral("bill.already-paid"));
        QCOMPARE(effect.value(QStringLiteral("to_credit_fen")).toInteger(), due);
        // The receipt stays valid.
        auto receipt = PaymentService(*c->store).findByReceipt(paid->receiptNo);
        QVERIFY(receipt);
        QCOMPARE(receipt->amount.fen(), due);
        // The online payment is in the account's history at the hall.
        QCOMPARE(scalar(*c->store,
                        QStringLiteral("SELECT count(*) FROM payments WHERE channel = 'wechat-mp'"))
                     .toInt(),
                 1);
    }

    void conflict_offlineReversalOfOfflinePayment_arrivesAfterIt()
    {
        auto c = enrolledCounter(QStringLiteral("03"));
        QVERIFY(c);
        const QJsonObject before = centreAccount(kAcc2);
        const quint16 port = m_central->port();
        m_central->stop(); // offline
        QVERIFY(c->openShift());
        auto paid = c->pay(kAcc2, 30000);
        QVERIFY(paid);
        QVERIFY(c->reverse(paid->receiptNo));
        QVERIFY(!c->sync()); // no link: nothing lost, all waits
        QCOMPARE(sync::SyncEngine::status(*c->store).pending, 3);
        QVERIFY(m_central->start({}, port)); // back on the same address
        auto s = c->sync();
        QVERIFY(s);
        QCOMPARE(s->applied, 3);
        QCOMPARE(s->rejected, 0);
        expectAsBefore(*c, kAcc2, before);
        QByteArray out;
        m_central->admin({QStringLiteral("payments")}, &out);
        QCOMPARE(
            QJsonDocument::fromJson(out).object().value(QStringLiteral("total_fen")).toInteger(),
            0);
    }

    // A payment that settled the account's bills, then its reversal in a later push: the centre
    // reads only payable bills for a payment, every bill for a reversal.
    void reversalInLaterPush_settledBillsOpenAgain()
    {
        auto c = enrolledCounter(QStringLiteral("03"));
        QVERIFY(c);
        const QJsonObject before = centreAccount(kAcc1);
        QVERIFY(c->openShift());
        auto paid = c->pay(kAcc1, totalDue(*c, kAcc1));
        QVERIFY(paid);
        auto s = c->sync();
        QVERIFY(s);
        QCOMPARE(s->applied, 2);
        QCOMPARE(centreAccount(kAcc1).value(QStringLiteral("bills")).toString(),
                 QStringLiteral("202402:20000:1;202403:15000:1"));
        QVERIFY(c->reverse(paid->receiptNo));
        s = c->sync();
        QVERIFY(s);
        QCOMPARE(s->applied, 1);
        QCOMPARE(s->rejected, 0);
        expectAsBefore(*c, kAcc1, before);
    }

    void conflict_accountClosedCentrally_paymentKeptAndFlaggedForRefund()
    {
        auto c = enrolledCounter(QStringLiteral("03"));
        QVERIFY(c);
        QCOMPARE(m_central->admin({QStringLiteral("account"), QStringLiteral("close"), kAcc2}), 0);
        QVERIFY(c->openShift());
        auto paid = c->pay(kAcc2, 20000); // the hall has not pulled the closure yet
        QVERIFY(paid);
        auto s = c->sync();
        QVERIFY(s);
        QCOMPARE(s->applied, 2);
        const QJsonObject centre = centreAccount(kAcc2);
        QCOMPARE(centre.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
        QCOMPARE(centre.value(QStringLiteral("refund_due_fen")).toInteger(), 20000);
        QByteArray out;
        m_central->admin({QStringLiteral("payments")}, &out);
        const QJsonObject p = QJsonDocument::fromJson(out)
                                  .object()
                                  .value(QStringLiteral("payments"))
                                  .toArray()
                                  .first()
                                  .toObject();
        QCOMPARE(p.value(QStringLiteral("refund_due")).toBool(), true);
        QCOMPARE(
            scalar(*c->store,
                   QStringLiteral(
                       "SELECT status || ':' || refund_due_fen FROM accounts WHERE account_no = ?"),
                   {kAcc2})
                .toString(),
            QStringLiteral("closed:20000"));
        expectSameAsCentre(*c, kAcc2);
        QVERIFY(PaymentService(*c->store).findByReceipt(paid->receiptNo));
    }

    void conflict_operatorDisabledCentrally_cannotLogInAfterPull()
    {
        auto c = enrolledCounter(QStringLiteral("03"));
        QVERIFY(c);
        QVERIFY(OperatorDirectory(*c->store).authenticate(kClerk, kClerkPassword).ok());
        QCOMPARE(m_central->admin({QStringLiteral("operator"), QStringLiteral("disable"), kClerk}),
                 0);
        QVERIFY(c->sync());
        QVERIFY(!OperatorDirectory(*c->store).authenticate(kClerk, kClerkPassword).ok());
        QVERIFY(OperatorDirectory(*c->store).authenticate(kSupervisor, kSupervisorPassword).ok());
    }

    void pull_keepsUnacknowledgedLocalPayment_withoutCountingItTwice()
    {
        auto c = enrolledCounter(QStringLiteral("03"));
        QVERIFY(c);
        QVERIFY(c->openShift());
        const qint64 due = totalDue(*c, kAcc1);
        QVERIFY(c->pay(kAcc1, due + 1000)); // bills settled, 10.00 to credit
        const QString localBills = c->bills(kAcc1);
        const qint64 localBalance = c->balance(kAcc1);
        QCOMPARE(localBalance, 1000);
        // The centre re-sends everything (full re-sync) before the payment was pushed.
        QCOMPARE(m_central->admin({QStringLiteral("epoch"), QStringLiteral("bump")}), 0);
        auto pulled = c->pullOnly();
        QVERIFY(pulled);
        QVERIFY(pulled->fullResync);
        QCOMPARE(c->bills(kAcc1), localBills); // the paid bills do not reappear as unpaid
        QCOMPARE(c->balance(kAcc1), localBalance);
        QCOMPARE(centreAccount(kAcc1).value(QStringLiteral("balance_fen")).toInteger(), 0);
        // Pushed and pulled: equal to the centre, the credit once.
        QVERIFY(c->sync());
        QVERIFY(c->sync());
        QCOMPARE(c->balance(kAcc1), 1000);
        expectSameAsCentre(*c, kAcc1);
    }

    void pull_inSmallPages_missesNothing()
    {
        auto c = enrolledCounter(QStringLiteral("03"));
        QVERIFY(c);
        // Three accounts change at the centre; pages of two rows must still bring all three.
        for (const char *no : {"1000000001", "1000000002", "1000000004"})
            QCOMPARE(m_central->admin(
                         {QStringLiteral("account"), QStringLiteral("close"), QLatin1String(no)}),
                     0);
        sync::SyncEngine engine(*c->store, *c->client);
        engine.setPageSize(2);
        auto r = engine.pull();
        QVERIFY(r);
        QCOMPARE(r->pulled, 3);
        QCOMPARE(r->pages, 2);
        QCOMPARE(scalar(*c->store,
                        QStringLiteral("SELECT count(*) FROM accounts WHERE status = 'closed'"))
                     .toInt(),
                 3);
    }

    void pull_changedIdentityRewritten_balanceOnlyChangeKeepsTheRest()
    {
        auto c = enrolledCounter(QStringLiteral("03"));
        QVERIFY(c);
        auto stored = [&](const QString &no) {
            QSqlQuery q(c->store->db());
            q.prepare(QStringLiteral("SELECT name, phone_cipher, phone_hash, phone_last4, "
                                     "balance_fen FROM accounts WHERE account_no = ?"));
            q.addBindValue(no);
            q.exec();
            q.next();
            return QVariantList{q.value(0), q.value(1), q.value(2), q.value(3), q.value(4)};
        };
        const QVariantList acc1Before = stored(kAcc1), acc2Before = stored(kAcc2);
        {
            // At the centre: account 1 gets a new name and phone, account 2 a new balance only.
            central::DatabaseConfig config;
            config.driver = usePostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
            config.name = m_central->db().mid(m_central->db().indexOf(u':') + 1);
            auto db = central::CentralDb::open(config);
            QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
            QVERIFY(db.value()->beginWrite());
            auto seq = db.value()->nextSeq();
            QVERIFY(seq);
            QVERIFY(db.value()->run(
                QStringLiteral("UPDATE accounts SET name = ?, phone_cipher = ?, seq = "
                               "? WHERE account_no = ?"),
                {QStringLiteral("欧阳新名"),
                 db.value()->cipher().encryptText(QStringLiteral("13912345678")), seq.value(),
                 kAcc1}));
            seq = db.value()->nextSeq();
            QVERIFY(seq);
            QVERIFY(db.value()->run(QStringLiteral("UPDATE accounts SET balance_fen = balance_fen "
                                                   "+ 777, seq = ? WHERE account_no = ?"),
                                    {seq.value(), kAcc2}));
            QVERIFY(db.value()->commit());
        }
        auto r = sync::SyncEngine(*c->store, *c->client).pull();
        QVERIFY(r);
        QCOMPARE(r->pulled, 2);

        const QVariantList acc1 = stored(kAcc1);
        QCOMPARE(acc1[0].toString(), QStringLiteral("欧阳新名"));
        QCOMPARE(acc1[2].toByteArray(),
                 c->store->cipher().lookupHash(QStringLiteral("13912345678")));
        QCOMPARE(acc1[3].toString(), QStringLiteral("5678"));
        QCOMPARE(c->store->cipher().decryptText(acc1[1].toByteArray()).value(),
                 QStringLiteral("13912345678"));
        QCOMPARE(acc1[4], acc1Before[4]);
        // The name search keys are those of the new name.
        const QStringList keys = nameSearchKeys(QStringLiteral("欧阳新名"), false);
        QVERIFY(!keys.isEmpty());
        QCOMPARE(scalar(*c->store,
                        QStringLiteral("SELECT count(*) FROM name_grams g JOIN accounts a ON a.id "
                                       "= g.account_id WHERE a.account_no = ?"),
                        {kAcc1})
                     .toInt(),
                 int(QSet<QString>(keys.begin(), keys.end()).size()));

        // Only the balance moved: the stored phone (its ciphertext too) is as it was.
        const QVariantList acc2 = stored(kAcc2);
        QCOMPARE(acc2[4].toLongLong(), acc2Before[4].toLongLong() + 777);
        for (int i = 0; i < 4; ++i)
            QCOMPARE(acc2[i], acc2Before[i]);
        expectSameAsCentre(*c, kAcc1);
        expectSameAsCentre(*c, kAcc2);
    }

    void pull_regionScoping_otherRegionGetsNoAccounts()
    {
        QCOMPARE(
            m_central->admin({QStringLiteral("hall"), QStringLiteral("add"), QStringLiteral("4402"),
                              QStringLiteral("天河营业厅"), QStringLiteral("TH")}),
            0);
        Counter c(path(QStringLiteral("th.sqlite")), QStringLiteral("01"));
        QVERIFY(c.store->setIdentity(
            {QStringLiteral("4402"), QStringLiteral("01"), QStringLiteral("天河营业厅")}));
        QVERIFY(c.enroll(m_central->url(), m_central->enrollCode(QStringLiteral("4402"))));
        QCOMPARE(c.config.region, QStringLiteral("TH"));
        QVERIFY(c.sync());
        QCOMPARE(scalar(*c.store, QStringLiteral("SELECT count(*) FROM accounts")).toInt(), 0);
        QVERIFY(scalar(*c.store, QStringLiteral("SELECT count(*) FROM tariffs")).toInt() > 0);
    }

    // PostgreSQL appends a push's rows with COPY, whose text format gives tabs, newlines and
    // backslashes a meaning of their own: they must come back as they went in.
    void insertRows_textsWithTabsNewlinesAndBackslashes_storedAsGiven()
    {
        central::DatabaseConfig config;
        config.driver = usePostgres() ? QStringLiteral("QPSQL") : QStringLiteral("QSQLITE");
        config.name = m_central->db().mid(m_central->db().indexOf(u':') + 1);
        auto db = central::CentralDb::open(config);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        const QStringList texts = {QStringLiteral("a\tb"),
                                   QStringLiteral("tab\there"),
                                   QStringLiteral("line\nnext\r"),
                                   QStringLiteral("\\N"),
                                   QStringLiteral("back\\slash"),
                                   QStringLiteral("{\"k\":\"\\u00e9\\\"\"}"),
                                   QString(),
                                   QStringLiteral("欧阳\t电费"),
                                   QStringLiteral("\\"),
                                   QStringLiteral("end\\")};
        central::RowSet rows({central::RowSet::Type::Text, central::RowSet::Type::Text});
        for (qsizetype i = 0; i < texts.size(); ++i)
            rows << QStringLiteral("copy-%1").arg(i) << texts[i];
        QVERIFY(db.value()->beginWrite());
        const Status inserted = db.value()->insertRows(
            QStringLiteral("meta"), {QStringLiteral("key"), QStringLiteral("value")}, rows);
        QVERIFY2(inserted, qPrintable(inserted ? QString() : inserted.error().message));
        QStringList back;
        QVERIFY(db.value()->runRows(
            QStringLiteral("SELECT value FROM meta WHERE key IN (SELECT j.column1 FROM {rows} AS "
                           "j) ORDER BY CAST(substr(key, 6) AS INTEGER)"),
            [&] {
                central::RowSet keys({central::RowSet::Type::Text});
                for (qsizetype i = 0; i < texts.size(); ++i)
                    keys << QStringLiteral("copy-%1").arg(i);
                return keys;
            }(),
            [&back](const central::RowReader &r) { back << r.text(0); }));
        db.value()->rollback();
        QCOMPARE(back.size(), texts.size());
        for (qsizetype i = 0; i < texts.size(); ++i)
            QCOMPARE(back[i], texts[i]); // a null text is stored as the empty one
    }

    void sqliteLog_copiedBackIntoTheDatabase_byTheCheckpointThread()
    {
        // SQLite's own checkpoint in the commit is replaced by a thread: the write-ahead log
        // must still be copied back into the database file, or it would grow without end.
        if (usePostgres())
            QSKIP("SQLite only");
        central::DatabaseConfig config;
        config.driver = QStringLiteral("QSQLITE");
        config.name = path(QStringLiteral("log.sqlite"));
        auto db = central::CentralDb::open(config);
        QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
        const qint64 before = QFileInfo(config.name).size();
        QVERIFY(db.value()->beginWrite());
        const QString value(4000, u'电');
        for (int i = 0; i < 1000; ++i) // ~12 MB: well past the 1000-page mark
            QVERIFY(db.value()->run(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"),
                                    {QStringLiteral("k%1").arg(i), value}));
        QVERIFY(db.value()->commit());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(config.name).size() > before + 8'000'000, 20000);
        QVERIFY(QFileInfo(config.name + QStringLiteral("-wal")).exists());
    }

    void reconcile_matchingShiftIsOk_andAMissingPaymentIsListed()
    {
        auto c = enrolledCounter(QStringLiteral("03"));
        QVERIFY(c);
        QVERIFY(c->openShift());
        QVERIFY(c->pay(kAcc2, 12345));
        QVERIFY(c->pay(kAcc2, 20000, PaymentMethod::Card));
        auto third = c->pay(kAcc2, 500);
        QVERIFY(third);
        QVERIFY(c->reverse(third->receiptNo));
        // One payment the centre will refuse: the hall knows an account the centre does not.
        const qint64 id = addAccount(*c->store, QStringLiteral("1999999999"),
                                     QStringLiteral("赵六"), QStringLiteral("residential"));
        addBill(*c->store, id, 202410, 8000, QDate(2030, 1, 1));
        QVERIFY(c->pay(QStringLiteral("1999999999"), 8000));
        ShiftLedger ledger(*c->store);
        auto preview = ledger.preview(CashCount());
        QVERIFY(preview);
        const qint64 cash = preview->totals.expectedCash().fen();
        auto closed = ledger.close(kClerk,
                                   CashCount::fromJson({{QStringLiteral("100"), int(cash / 100)},
                                                        {QStringLiteral("1"), int(cash % 100)}}),
                                   std::nullopt, std::nullopt);
        QVERIFY2(closed, closed ? "" : qPrintable(closed.error().message));
        QVERIFY(c->sync());
        auto r = c->client->get(QStringLiteral("/api/v1/reconcile?day=") +
                                QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate));
        QCOMPARE(r.status, 200);
        const QJsonArray shifts = r.body.value(QStringLiteral("shifts")).toArray();
        QCOMPARE(shifts.size(), 1);
        const QJsonObject s = shifts.first().toObject();
        QCOMPARE(s.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(s.value(QStringLiteral("difference_fen")).toInteger(), -8000);
        QCOMPARE(s.value(QStringLiteral("centre"))
                     .toObject()
                     .value(QStringLiteral("card_fen"))
                     .toInteger(),
                 20000);
        QCOMPARE(s.value(QStringLiteral("centre"))
                     .toObject()
                     .value(QStringLiteral("payments"))
                     .toInteger(),
                 4);
    }

    void twoWorkers_concurrentOverlappingPushes_applyEachOpOnce()
    {
        CentralProcess second(m_central->db());
        QVERIFY(second.start());
        auto c = enrolledCounter(QStringLiteral("03"));
        QVERIFY(c);
        QVERIFY(c->openShift());
        const int n = 60;
        for (int i = 0; i < n; ++i)
            QVERIFY(c->pay(i % 2 ? kAcc1 : kAcc2, 1000 + i));
        // Build the ops as the engine would, then send overlapping batches to both workers at
        // the same time.
        QJsonArray ops;
        QSqlQuery q(c->store->db());
        QVERIFY(q.exec(QStringLiteral("SELECT seq, op_uuid, kind, schema_version, payload, "
                                      "created_at FROM outbox ORDER BY seq")));
        while (q.next()) {
            auto p = sync::migratePayload(
                q.value(2).toString(), q.value(3).toInt(),
                QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object());
            QVERIFY(p);
            ops.append(QJsonObject{{QStringLiteral("op_uuid"), q.value(1).toString()},
                                   {QStringLiteral("seq"), q.value(0).toLongLong()},
                                   {QStringLiteral("kind"), q.value(2).toString()},
                                   {QStringLiteral("schema_version"), 2},
                                   {QStringLiteral("created_at"), q.value(5).toString()},
                                   {QStringLiteral("payload"), p.value()}});
        }
        QCOMPARE(ops.size(), n + 1);
        QNetworkAccessManager nam;
        QList<QNetworkReply *> replies;
        for (int round = 0; round < 4; ++round)
            for (int from = 0; from < ops.size(); from += 20) {
                QJsonArray batch;
                for (int i = from; i < std::min<int>(from + 30, ops.size()); ++i)
                    batch.append(ops[i]);
                const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("ops"), batch}})
                                            .toJson(QJsonDocument::Compact);
                const QUrl base = (from / 20 + round) % 2 ? m_central->url() : second.url();
                QNetworkRequest req(QUrl(base.toString() + QStringLiteral("/api/v1/ops")));
                const QByteArray ts = QByteArray::number(QDateTime::currentSecsSinceEpoch());
                const QByteArray nonce = sync::newNonce();
                req.setRawHeader(sync::kHeaderKey, c->config.keyId.toUtf8());
                req.setRawHeader(sync::kHeaderTimestamp, ts);
                req.setRawHeader(sync::kHeaderNonce, nonce);
                req.setRawHeader(
                    sync::kHeaderSignature,
                    sync::sign(c->config.secretKey,
                               sync::canonicalRequest("POST", "/api/v1/ops", ts, nonce, body))
                        .toBase64());
                req.setHeader(QNetworkRequest::ContentTypeHeader,
                              QByteArrayLiteral("application/json"));
                replies.append(nam.post(req, body));
            }
        for (QNetworkReply *r : replies) {
            if (!r->isFinished())
                QVERIFY(QSignalSpy(r, &QNetworkReply::finished).wait(60000));
            QCOMPARE(r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
            r->deleteLater();
        }
        QCOMPARE(m_central->stats().value(QStringLiteral("ops")).toInteger(), n + 1);
        QByteArray out;
        m_central->admin({QStringLiteral("payments")}, &out);
        const QJsonObject list = QJsonDocument::fromJson(out).object();
        QCOMPARE(list.value(QStringLiteral("payments")).toArray().size(), n);
        qint64 expected = 0;
        for (int i = 0; i < n; ++i)
            expected += 1000 + i;
        QCOMPARE(list.value(QStringLiteral("total_fen")).toInteger(), expected);
        // The counter's own push now finds everything already there.
        auto s = c->sync();
        QVERIFY(s);
        QCOMPARE(s->duplicate, n + 1);
        expectSameAsCentre(*c, kAcc1);
        expectSameAsCentre(*c, kAcc2);
    }

    void syncService_inBackground_goesOfflineQueuesAndDrains()
    {
        auto c = enrolledCounter(QStringLiteral("03"));
        QVERIFY(c);
        sync::SyncService::Options o;
        o.pollSeconds = 1;
        o.backoffBaseMs = 100;
        o.backoffCapMs = 400;
        sync::SyncService service(c->store->path(), o);
        QSignalSpy spy(&service, &sync::SyncService::statusChanged);
        service.start();
        QTRY_VERIFY_WITH_TIMEOUT(service.online(), 10000);
        const quint16 port = m_central->port();
        m_central->stop();
        QVERIFY(c->openShift());
        QVERIFY(c->pay(kAcc2, 15000)); // the GUI's connection, while the service runs
        QTRY_VERIFY_WITH_TIMEOUT(!service.online() && service.status().pending == 2, 10000);
        QVERIFY(!service.status().lastError.isEmpty());
        QVERIFY(m_central->start({}, port));
        // Back within the capped backoff; the queue drains.
        QTRY_VERIFY_WITH_TIMEOUT(service.online() && service.status().pending == 0, 10000);
        service.stop();
        QCOMPARE(centreAccount(kAcc2).value(QStringLiteral("bills")).toString(), c->bills(kAcc2));
        QVERIFY(spy.count() >= 3);
    }

    void hallctl_enrollSyncStatusAndReconcile()
    {
        const QString store = path(QStringLiteral("cli.sqlite"));
        auto run = [&](const QStringList &args, QByteArray *out = nullptr) {
            QProcess p;
            p.start(QStringLiteral(HALLCTL_PATH),
                    QStringList{QStringLiteral("--store"), store} + args);
            p.waitForFinished(60000);
            if (out)
                *out = p.readAllStandardOutput();
            return p.exitCode();
        };
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--hall"), QStringLiteral("4401"),
                      QStringLiteral("--terminal"), QStringLiteral("05")}),
                 0);
        QCOMPARE(run({QStringLiteral("sync")}), 1); // not enrolled: a clear refusal
        QCOMPARE(
            run({QStringLiteral("enroll"), QStringLiteral("--central"), m_central->url().toString(),
                 QStringLiteral("--code"), QStringLiteral("WRONG-CODE-0000")}),
            1);
        QCOMPARE(
            run({QStringLiteral("enroll"), QStringLiteral("--central"), m_central->url().toString(),
                 QStringLiteral("--code"), m_central->enrollCode()}),
            0);
        QByteArray out;
        QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("sync")}, &out), 0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("pulled")).toInt(), 7);
        QCOMPARE(
            run({QStringLiteral("--json"), QStringLiteral("sync"), QStringLiteral("status")}, &out),
            0);
        const QJsonObject status = QJsonDocument::fromJson(out).object();
        QCOMPARE(status.value(QStringLiteral("pending")).toInteger(), 0);
        QVERIFY(!status.value(QStringLiteral("data_as_of")).toString().isEmpty());
        QCOMPARE(
            run({QStringLiteral("--json"), QStringLiteral("central"), QStringLiteral("reconcile")},
                &out),
            0);
        QCOMPARE(QJsonDocument::fromJson(out).object().value(QStringLiteral("differences")).toInt(),
                 0);
        QCOMPARE(run({QStringLiteral("sync"), QStringLiteral("rejected")}, &out), 0);
    }

    void tls_serverCheckedAgainstConfiguredCa_wrongCaRefused()
    {
        const QString script = QStringLiteral(HALLDESK_SOURCE_DIR "/scripts/make-demo-ca.sh");
        QCOMPARE(QProcess::execute(script, {path(QStringLiteral("ca"))}), 0);
        QCOMPARE(
            QProcess::execute(script, {path(QStringLiteral("other")), QStringLiteral("Other CA")}),
            0);
        m_central->stop();
        QVERIFY(m_central->start({QStringLiteral("--cert"), path(QStringLiteral("ca/server.pem")),
                                  QStringLiteral("--key"), path(QStringLiteral("ca/server.key"))}));
        QCOMPARE(m_central->url().scheme(), QStringLiteral("https"));
        Counter wrong(path(QStringLiteral("wrong.sqlite")), QStringLiteral("01"));
        auto refused =
            sync::SyncEngine::enroll(*wrong.store, m_central->url(), m_central->enrollCode(),
                                     path(QStringLiteral("other/ca.pem")));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("sync.offline"));
        Counter right(path(QStringLiteral("right.sqlite")), QStringLiteral("02"));
        QVERIFY(right.enroll(m_central->url(), m_central->enrollCode(),
                             path(QStringLiteral("ca/ca.pem"))));
        QVERIFY(right.sync());
        QCOMPARE(scalar(*right.store, QStringLiteral("SELECT count(*) FROM accounts")).toInt(), 4);
    }
};

QTEST_GUILESS_MAIN(TestCentral)
#include "tst_central.moc"
