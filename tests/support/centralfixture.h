#pragma once

// The real halldesk-central for tests: a fresh database per fixture (SQLite file, or a new
// PostgreSQL database when HALLDESK_TEST_DB=pg, inside pg_virtualenv), admin commands run as
// processes, `serve` on a free loopback port. And counters: stores enrolled through the real
// sync engine. Header-only, shared by the integration, fault and bench tests.

#include "operators.h"
#include "paymentfixture.h"
#include "paymentservice.h"
#include "shiftledger.h"
#include "store.h"
#include "syncclient.h"
#include "syncengine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <csignal>

#ifndef HALLDESK_CENTRAL_PATH
#error "HALLDESK_CENTRAL_PATH must name the halldesk-central executable"
#endif

namespace hd::testing {

inline bool usePostgres()
{
    return qEnvironmentVariable("HALLDESK_TEST_DB") == QLatin1String("pg");
}

// A database spec for halldesk-central's --db: a new, empty database each call.
inline QString freshDatabase(const QString &dir)
{
    static int n = 0;
    const QString name =
        QStringLiteral("hd_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(++n);
    if (!usePostgres())
        return QStringLiteral("sqlite:") + dir + u'/' + name + QStringLiteral(".db");
    // The centre's data key (made on first open) in the test's folder, not in the user's
    // ~/.config: halldesk-central and an in-process CentralDb read it from this variable.
    qputenv("HALLDESK_CENTRAL_DATA_KEY",
            QFile::encodeName(dir + QStringLiteral("/central-data.key")));
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
        db.setDatabaseName(QStringLiteral("postgres"));
        db.setHostName(qEnvironmentVariable("PGHOST"));
        db.setPort(qEnvironmentVariableIsSet("PGPORT") ? qEnvironmentVariable("PGPORT").toInt()
                                                       : 5432);
        db.setUserName(qEnvironmentVariable("PGUSER"));
        db.setPassword(qEnvironmentVariable("PGPASSWORD"));
        if (!db.open())
            qFatal("cannot reach PostgreSQL (run under pg_virtualenv): %s",
                   qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE DATABASE ") + name))
            qFatal("CREATE DATABASE: %s", qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
    return QStringLiteral("postgres:") + name;
}

class CentralProcess final
{
    Q_DISABLE_COPY_MOVE(CentralProcess)
public:
    explicit CentralProcess(QString dbSpec)
        : m_db(std::move(dbSpec))
    {}
    ~CentralProcess() { stop(); }

    const QString &db() const { return m_db; }

    // Runs an admin command; returns its exit code, stdout in *out.
    int admin(const QStringList &args, QByteArray *out = nullptr) const
    {
        QProcess p;
        p.start(QStringLiteral(HALLDESK_CENTRAL_PATH),
                QStringList{QStringLiteral("--db"), m_db} + args);
        if (!p.waitForFinished(120000))
            return -1;
        if (out)
            *out = p.readAllStandardOutput();
        const QByteArray err = p.readAllStandardError();
        if (p.exitCode() != 0 && !err.isEmpty())
            qWarning("halldesk-central %s: %s", qPrintable(args.join(u' ')), err.constData());
        return p.exitCode();
    }
    QJsonObject stats() const
    {
        QByteArray out;
        admin({QStringLiteral("stats")}, &out);
        return QJsonDocument::fromJson(out).object();
    }
    QString enrollCode(const QString &hall = QStringLiteral("4401")) const
    {
        QByteArray out;
        admin({QStringLiteral("code"), QStringLiteral("create"), hall}, &out);
        return QString::fromLatin1(out.trimmed());
    }

    // serve on 127.0.0.1, any free port (or `port`); extra: --cert … --max-body …
    bool start(const QStringList &extra = {}, quint16 port = 0)
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::SeparateChannels);
        m_process->start(QStringLiteral(HALLDESK_CENTRAL_PATH),
                         QStringList{QStringLiteral("--db"), m_db, QStringLiteral("serve"),
                                     QStringLiteral("--listen"), QStringLiteral("127.0.0.1"),
                                     QStringLiteral("--port"), QString::number(port)} +
                             extra);
        QElapsedTimer t;
        t.start();
        static const QRegularExpression re(
            QStringLiteral("listening on [0-9.]+:(\\d+) \\((\\w+)\\)"));
        QByteArray seen;
        while (t.elapsed() < 30000) {
            if (!m_process->waitForReadyRead(200) && m_process->state() == QProcess::NotRunning) {
                qWarning("halldesk-central did not start: %s",
                         m_process->readAllStandardError().constData());
                return false;
            }
            seen += m_process->readAllStandardOutput();
            const auto m = re.match(QString::fromLatin1(seen));
            if (m.hasMatch()) {
                m_port = quint16(m.captured(1).toUInt());
                m_scheme = m.captured(2);
                return true;
            }
        }
        return false;
    }
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    QUrl url() const { return QUrl(QStringLiteral("%1://127.0.0.1:%2").arg(m_scheme).arg(m_port)); }
    void kill()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            ::kill(pid_t(m_process->processId()), SIGKILL);
            m_process->waitForFinished(10000);
        }
    }
    void stop()
    {
        if (m_process && m_process->state() != QProcess::NotRunning) {
            m_process->terminate();
            if (!m_process->waitForFinished(10000))
                kill();
        }
    }

private:
    QString m_db;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_scheme = QStringLiteral("http");
};

// A counter: its own store, enrolled with the centre through the real engine.
class Counter final
{
    Q_DISABLE_COPY_MOVE(Counter)
public:
    Counter(const QString &path, const QString &terminal)
    {
        store = openStore(path);
        if (store)
            (void)store->setIdentity(
                {QStringLiteral("4401"), terminal, QStringLiteral("越秀供电营业厅")});
    }
    bool enroll(const QUrl &central, const QString &code, const QString &caFile = {})
    {
        auto c = sync::SyncEngine::enroll(*store, central, code, caFile);
        if (!c) {
            qWarning("enroll: %s", qPrintable(c.error().message));
            return false;
        }
        config = c.value();
        client = std::make_unique<sync::SyncClient>(sync::SyncEngine::clientOptions(config));
        return true;
    }
    Result<sync::SyncReport> sync()
    {
        sync::SyncEngine engine(*store, *client);
        return engine.runOnce();
    }
    Result<sync::SyncReport> pullOnly()
    {
        sync::SyncEngine engine(*store, *client);
        return engine.pull();
    }
    bool openShift()
    {
        auto s = ShiftLedger(*store).open(
            kClerk, CashCount::fromJson(QJsonObject{{QStringLiteral("10000"), 5}}));
        if (!s)
            qWarning("shift: %s", qPrintable(s.error().message));
        return s.ok();
    }
    Result<PaymentOutcome> pay(const QString &accountNo, qint64 fen,
                               PaymentMethod method = PaymentMethod::Cash)
    {
        PaymentService service(*store);
        PaymentRequest r;
        r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        r.accountNo = accountNo;
        r.amount = Money::fromFen(fen);
        Tender t;
        t.method = method;
        t.amount = r.amount;
        if (method == PaymentMethod::Card) {
            t.cardRef = QStringLiteral("123456");
            t.cardLast4 = QStringLiteral("4321");
        }
        r.tenders = {t};
        r.operatorLogin = kClerk;
        return service.pay(r);
    }
    Result<PaymentOutcome> reverse(const QString &receiptNo)
    {
        PaymentService service(*store);
        return service.reverse(receiptNo, QStringLiteral("收错户号"), kClerk, kSupervisor,
                               kSupervisorPassword);
    }
    qint64 balance(const QString &accountNo)
    {
        return scalar(*store,
                      QStringLiteral("SELECT balance_fen FROM accounts WHERE account_no = ?"),
                      {accountNo})
            .toLongLong();
    }
    // "period:paid:status;…" for comparing with the centre.
    QString bills(const QString &accountNo)
    {
        QSqlQuery q(store->db());
        q.prepare(
            QStringLiteral("SELECT b.period, b.paid_fen, b.status FROM bills b JOIN accounts "
                           "a ON a.id = b.account_id WHERE a.account_no = ? ORDER BY b.period"));
        q.addBindValue(accountNo);
        q.exec();
        QStringList parts;
        while (q.next())
            parts << QStringLiteral("%1:%2:%3")
                         .arg(q.value(0).toInt())
                         .arg(q.value(1).toLongLong())
                         .arg(q.value(2).toInt());
        return parts.join(u';');
    }

    std::unique_ptr<Store> store;
    sync::SyncConfig config;
    std::unique_ptr<sync::SyncClient> client;
};

// A payment channel (online app) registered at the centre, posting through the real client.
inline std::unique_ptr<sync::SyncClient> channelClient(CentralProcess &central, const QString &name,
                                                       const QString &dir)
{
    const QString file = dir + QStringLiteral("/channel-") + name + QStringLiteral(".key");
    if (central.admin({QStringLiteral("channel"), QStringLiteral("add"), name,
                       QStringLiteral("--out"), file}) != 0)
        return nullptr;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return nullptr;
    const QList<QByteArray> parts = f.readAll().trimmed().split(' ');
    sync::SyncClient::Options o;
    o.central = central.url();
    o.keyId = QString::fromLatin1(parts.value(0));
    o.secretKey = QByteArray::fromBase64(parts.value(1));
    return std::make_unique<sync::SyncClient>(o);
}

inline QJsonObject onlinePayment(const QString &accountNo, qint64 fen)
{
    return QJsonObject{
        {QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {QStringLiteral("account_no"), accountNo},
        {QStringLiteral("amount_fen"), fen},
        {QStringLiteral("channel"), QStringLiteral("wechat-mp")},
        {QStringLiteral("paid_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("reference"), QStringLiteral("4200000001")}};
}

} // namespace hd::testing
