#include "auditlog.h"
#include "store.h"
#include "transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using hd::AuditLog;
using hd::Store;

class TestAuditLog : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

private slots:
    void init()
    {
        Store::Options o;
        o.mode = Store::OpenMode::CreateIfMissing;
        m_store = std::move(Store::open(m_dir.filePath(QUuid::createUuid().toString(QUuid::Id128)), o))
                      .value();
        AuditLog log(*m_store);
        for (int i = 0; i < 5; ++i)
            QVERIFY(log.append(QStringLiteral("clerk1"), QStringLiteral("test.event"),
                               {{QStringLiteral("i"), i}})
                        .ok());
    }

    void verify_intactChainPasses()
    {
        const auto v = AuditLog(*m_store).verify();
        QVERIFY2(v.intact, qPrintable(v.reason));
        QCOMPARE(v.entries, qint64(5));
    }

    void verify_editedEntryIsNamed()
    {
        QVERIFY(hd::execSql(m_store->db(), QStringLiteral("UPDATE audit_log SET detail = "
                                                          "'{\"i\":99}' WHERE seq = 3"))
                    .ok());
        const auto v = AuditLog(*m_store).verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBrokenSeq, qint64(3));
    }

    void verify_deletedEntryIsNamed()
    {
        QVERIFY(hd::execSql(m_store->db(), QStringLiteral("DELETE FROM audit_log WHERE seq = 2"))
                    .ok());
        const auto v = AuditLog(*m_store).verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBrokenSeq, qint64(3));
    }

    void verify_rehashedEntryBreaksTheNextLink()
    {
        // A forger who edits entry 2 and recomputes its hash still breaks entry 3's link.
        QSqlQuery q(m_store->db());
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET hash = '%1' WHERE seq = 2")
                           .arg(QString(64, QLatin1Char('a')))));
        const auto v = AuditLog(*m_store).verify();
        QVERIFY(!v.intact);
        QCOMPARE(v.firstBrokenSeq, qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
