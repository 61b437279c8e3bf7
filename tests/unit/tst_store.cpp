#include "migrations.h"
#include "store.h"
#include "transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using hd::Store;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

Store::Options creating()
{
    Store::Options o;
    o.mode = Store::OpenMode::CreateIfMissing;
    return o;
}
} // namespace

class TestStore : public QObject
{
    Q_OBJECT
private slots:
    void open_createsStoreAtLatestVersionWithDurablePragmas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        auto store = Store::open(path, creating());
        QVERIFY2(store.ok(), qPrintable(store.error().message));
        auto &db = store.value()->db();
        QCOMPARE(store.value()->schemaVersion(), hd::latestSchemaVersion());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(),
                 hd::latestSchemaVersion());
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QVERIFY(QFile::exists(path + QStringLiteral(".key")));
        QCOMPARE(QFile::permissions(path + QStringLiteral(".key")) &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
    }

    void migrations_areNumberedInStrictlyIncreasingOrder()
    {
        int previous = 0;
        for (const hd::Migration &m : hd::migrations()) {
            QVERIFY2(m.version > previous, m.description);
            previous = m.version;
        }
        QCOMPARE(previous, hd::latestSchemaVersion());
    }

    void open_missingStoreIsRefusedUnlessCreating()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("absent.sqlite")));
        QVERIFY(!store.ok());
        QCOMPARE(store.error().code, QStringLiteral("store.missing"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("absent.sqlite"))));
    }

    void open_newerSchemaIsRefusedAndFileUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            auto store = Store::open(path, creating());
            QVERIFY(store.ok());
            QVERIFY(
                hd::execSql(store.value()->db(), QStringLiteral("PRAGMA user_version = 999")).ok());
            QVERIFY(
                hd::execSql(store.value()->db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))
                    .ok());
            QVERIFY(hd::execSql(store.value()->db(), QStringLiteral("PRAGMA journal_mode=DELETE"))
                        .ok());
        }
        const QByteArray before = fileHash(path);
        auto again = Store::open(path);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("store.newer-schema"));
        QVERIFY(again.error().message.contains(QStringLiteral("999")));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void open_existingStoreWithoutKeyIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("s.sqlite"));
        QVERIFY(Store::open(path, creating()).ok());
        QVERIFY(QFile::remove(path + QStringLiteral(".key")));
        auto again = Store::open(path);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().code, QStringLiteral("crypto.keyfile"));
    }

    void open_notADatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("junk.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto store = Store::open(path);
        QVERIFY(!store.ok());
        QVERIFY(!store.error().message.isEmpty());
    }

    void identity_roundTripsAndIsValidated()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("s.sqlite")), creating());
        QVERIFY(store.ok());
        QVERIFY(store.value()
                    ->setIdentity({QStringLiteral("4401"), QStringLiteral("03"),
                                   QStringLiteral("越秀营业厅")})
                    .ok());
        QCOMPARE(store.value()->identity().terminalCode, QStringLiteral("03"));
        QVERIFY(!store.value()->setIdentity({QStringLiteral("44"), QStringLiteral("03"), {}}).ok());
        QVERIFY(
            !store.value()->setIdentity({QStringLiteral("4401"), QStringLiteral("x3"), {}}).ok());
        QCOMPARE(store.value()->identity().hallCode, QStringLiteral("4401"));
    }

    void cipher_roundTripsAndHashesDeterministically()
    {
        QTemporaryDir dir;
        auto store = Store::open(dir.filePath(QStringLiteral("s.sqlite")), creating());
        QVERIFY(store.ok());
        const auto &cipher = store.value()->cipher();
        const QByteArray sealed = cipher.encryptText(QStringLiteral("11010519491231002X"));
        QVERIFY(!sealed.contains("11010519491231002X"));
        QCOMPARE(cipher.decryptText(sealed).value(), QStringLiteral("11010519491231002X"));
        QByteArray tampered = sealed;
        tampered[tampered.size() - 1] = char(tampered.at(tampered.size() - 1) ^ 1);
        QVERIFY(!cipher.decryptText(tampered).ok());
        QCOMPARE(cipher.lookupHash(QStringLiteral("13800138000")),
                 cipher.lookupHash(QStringLiteral("13800138000")));
        QVERIFY(cipher.lookupHash(QStringLiteral("13800138000")) !=
                cipher.lookupHash(QStringLiteral("13800138001")));
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
