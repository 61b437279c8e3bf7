#include "auditlog.h"
#include "operators.h"
#include "store.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace hd;

class TestOperators : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QDateTime m_now = QDateTime(QDate(2026, 11, 23), QTime(9, 0), QTimeZone::utc());

    int auditCount(const QString &action)
    {
        QSqlQuery q(m_store->db());
        q.prepare(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ?"));
        q.addBindValue(action);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void init()
    {
        Store::Options o;
        o.mode = Store::OpenMode::CreateIfMissing;
        static int n = 0;
        m_store = std::move(Store::open(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++n)), o))
                      .value();
        OperatorDirectory dir(*m_store);
        const auto clerk = dir.create(QStringLiteral("clerk1"), QStringLiteral("王芳"), Role::Clerk,
                                      QStringLiteral("secret1"));
        QVERIFY2(clerk.ok(), qPrintable(clerk.error().message));
        QVERIFY(dir.create(QStringLiteral("super1"), QStringLiteral("李强"), Role::Supervisor,
                           QStringLiteral("secret2"))
                    .ok());
    }

    void hash_isArgon2idAndVerifies()
    {
        const QString h = OperatorDirectory::hashPassword(QStringLiteral("密码123"));
        QVERIFY(h.startsWith(QStringLiteral("$argon2id$")));
        QVERIFY(OperatorDirectory::verifyPassword(h, QStringLiteral("密码123")));
        QVERIFY(!OperatorDirectory::verifyPassword(h, QStringLiteral("密码124")));
    }

    void authenticate_rightPasswordLogsIn()
    {
        OperatorDirectory dir(*m_store);
        auto op = dir.authenticate(QStringLiteral("clerk1"), QStringLiteral("secret1"));
        QVERIFY2(op.ok(), qPrintable(op.error().message));
        QCOMPARE(op->name, QStringLiteral("王芳"));
        QCOMPARE(auditCount(QStringLiteral("login.success")), 1);
    }

    void authenticate_repeatedFailuresLockOutThenExpire()
    {
        OperatorDirectory dir(*m_store);
        dir.setClock([this] { return m_now; });
        for (int i = 1; i < OperatorDirectory::kMaxFailedAttempts; ++i)
            QCOMPARE(dir.authenticate(QStringLiteral("clerk1"), QStringLiteral("bad")).error().code,
                     QStringLiteral("login.failed"));
        QCOMPARE(dir.authenticate(QStringLiteral("clerk1"), QStringLiteral("bad")).error().code,
                 QStringLiteral("login.locked"));
        // Even the right password is refused while locked.
        QCOMPARE(dir.authenticate(QStringLiteral("clerk1"), QStringLiteral("secret1")).error().code,
                 QStringLiteral("login.locked"));
        m_now = m_now.addSecs(OperatorDirectory::kLockoutMinutes * 60 + 1);
        QVERIFY(dir.authenticate(QStringLiteral("clerk1"), QStringLiteral("secret1")).ok());
        QCOMPARE(auditCount(QStringLiteral("login.failed")),
                 OperatorDirectory::kMaxFailedAttempts); // 4 wrong + 1 while locked
        QCOMPARE(auditCount(QStringLiteral("login.locked")), 1);
        QVERIFY(AuditLog(*m_store).verify().intact);
    }

    void authenticate_unknownLoginIsAuditedWithSameMessage()
    {
        OperatorDirectory dir(*m_store);
        const auto unknown = dir.authenticate(QStringLiteral("ghost"), QStringLiteral("x"));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.startsWith(QStringLiteral("工号或密码不正确")));
        QCOMPARE(auditCount(QStringLiteral("login.failed")), 1);
    }

    void authorizeSupervisor_refusesClerk()
    {
        OperatorDirectory dir(*m_store);
        QCOMPARE(dir.authorizeSupervisor(QStringLiteral("clerk1"), QStringLiteral("secret1"))
                     .error()
                     .code,
                 QStringLiteral("auth.not-supervisor"));
        QVERIFY(dir.authorizeSupervisor(QStringLiteral("super1"), QStringLiteral("secret2")).ok());
    }

    void create_rejectsBadInput()
    {
        OperatorDirectory dir(*m_store);
        QVERIFY(!dir.create(QStringLiteral("a b"), QStringLiteral("x"), Role::Clerk,
                            QStringLiteral("secret9"))
                     .ok());
        QVERIFY(!dir.create(QStringLiteral("clerk9"), QStringLiteral("x"), Role::Clerk,
                            QStringLiteral("123"))
                     .ok());
        QVERIFY(!dir.create(QStringLiteral("clerk1"), QStringLiteral("dup"), Role::Clerk,
                            QStringLiteral("secret9"))
                     .ok());
    }
};

QTEST_GUILESS_MAIN(TestOperators)
#include "tst_operators.moc"
