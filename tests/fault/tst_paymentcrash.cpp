// Kills a process taking payments with SIGKILL at random moments, again and again, and checks
// after each kill that nothing it reported as committed is lost or doubled.

#include "../support/paymentfixture.h"
#include "auditlog.h"
#include "shiftledger.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace hd;
using namespace hd::testing;

class TestPaymentCrash : public QObject
{
    Q_OBJECT

private slots:
    void sigkillDuringPayments_loseNothingChargeNothingTwice()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("crash.sqlite"));
        {
            auto store = seededStore(path);
            QVERIFY(store);
            QVERIFY(ShiftLedger(*store).open(kClerk, CashCount::parse(u"100=1").value()).ok());
        }
        constexpr int kTarget = 1000;
        constexpr int kMinKills = 40;
        constexpr qint64 kKillBudgetMs = 40'000; // after this, the last run finishes unkilled
        const quint32 seed = QRandomGenerator::global()->generate();
        QRandomGenerator rng(seed);
        qInfo("seed %u", seed);

        QSet<QString> committed; // every uuid a child reported after its commit
        QString retry;           // announced but not reported: maybe committed, maybe not
        int kills = 0;
        int retriesFoundCommitted = 0;
        QElapsedTimer clock;
        clock.start();
        while (committed.size() < kTarget ||
               (kills < kMinKills && clock.elapsed() < kKillBudgetMs)) {
            const bool lastRun = clock.elapsed() > kKillBudgetMs ||
                                 (kills >= kMinKills && committed.size() < kTarget);
            QProcess child;
            QStringList args{
                path, QString::number(lastRun ? std::max<qsizetype>(1, kTarget - committed.size())
                                              : 100000)};
            if (!retry.isEmpty())
                args << retry;
            child.start(QStringLiteral(PAYMENT_CRASH_CHILD), args);
            QVERIFY(child.waitForStarted());
            if (lastRun) {
                QVERIFY(child.waitForFinished(120'000));
            } else {
                QTest::qWait(static_cast<int>(rng.bounded(5, 250)));
                QVERIFY2(child.state() == QProcess::Running,
                         child.readAllStandardError().constData());
                child.kill(); // SIGKILL
                QVERIFY(child.waitForFinished());
                ++kills;
            }
            const QString err = QString::fromUtf8(child.readAllStandardError());
            QVERIFY2(!err.contains(QLatin1String("pay failed")), qPrintable(err));
            QString lastIntent;
            bool retryReported = false;
            for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
                const QList<QByteArray> f = line.split(' ');
                if (f.size() >= 2 && f[0] == "INTENT")
                    lastIntent = QString::fromLatin1(f[1]); // uuid,account,fen
                else if (f.size() == 4 && f[0] == "COMMITTED") {
                    const QString uuid = QString::fromLatin1(f[1]);
                    if (retry.startsWith(uuid)) {
                        retryReported = true;
                        if (f[3] == "existing")
                            ++retriesFoundCommitted;
                    }
                    committed.insert(uuid);
                    if (lastIntent.startsWith(uuid))
                        lastIntent.clear();
                }
            }
            // A run killed before it even reached the retry leaves it to the next run.
            if (!(lastIntent.isEmpty() && !retryReported))
                retry = lastIntent;

            // The store after the kill.
            auto store = Store::open(path);
            QVERIFY2(store.ok(), qPrintable(store.error().message));
            Store &s = *store.value();
            QCOMPARE(scalar(s, QStringLiteral("PRAGMA integrity_check")).toString(),
                     QStringLiteral("ok"));
            QSet<QString> payments;
            QSqlQuery q(s.db());
            QVERIFY(q.exec(QStringLiteral("SELECT p.uuid FROM payments p JOIN outbox o ON "
                                          "o.op_uuid = p.uuid AND o.kind = 'payment'")));
            while (q.next())
                payments.insert(q.value(0).toString());
            for (const QString &uuid : std::as_const(committed))
                QVERIFY2(payments.contains(uuid),
                         qPrintable(QStringLiteral("lost payment %1").arg(uuid)));
            const qint64 rows =
                scalar(s, QStringLiteral("SELECT count(*) FROM payments")).toLongLong();
            QCOMPARE(rows, qint64(payments.size())); // every payment has its outbox entry
            QCOMPARE(scalar(s, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'payment'"))
                         .toLongLong(),
                     rows);
            // Receipt numbers gap-free: the sequence equals the number of payments.
            QCOMPARE(scalar(s, QStringLiteral("SELECT COALESCE(MAX(value), 0) FROM sequences "
                                              "WHERE name = 'receipt'"))
                         .toLongLong(),
                     rows);
            // At most the one unreported payment beyond what was reported.
            QVERIFY(rows - committed.size() <= 1);
            const AuditLog::Verification v = AuditLog(s).verify();
            QVERIFY2(v.intact, qPrintable(v.reason));
        }
        qInfo("%lld payments reported committed over %d kills in %lld ms; %d retries of an "
              "unreported payment found it already committed",
              qint64(committed.size()), kills, clock.elapsed(), retriesFoundCommitted);
        QVERIFY(kills >= kMinKills || clock.elapsed() > kKillBudgetMs);
        QVERIFY(committed.size() >= kTarget);
    }
};

QTEST_GUILESS_MAIN(TestPaymentCrash)
#include "tst_paymentcrash.moc"
