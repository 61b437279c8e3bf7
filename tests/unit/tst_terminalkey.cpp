#include "../support/paymentfixture.h"
#include "auditlog.h"
#include "terminalkey.h"
#include "trustedkeys.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace hd;
using namespace hd::testing;

// The terminal's receipt-signing key: made once, kept out of plain settings, the same key on
// every later start, its public half trusted by the store.
class TestTerminalKey : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        // No desktop keychain in a test: the key file is the store's neighbour.
        qputenv("HALLDESK_NO_KEYCHAIN", "1");
    }

    void firstUse_createsOwnerOnlyFileAndTrustsPublicKey()
    {
        auto store = seededStore(m_dir.filePath(QStringLiteral("a.sqlite")));
        QVERIFY(store);
        const QString file = TerminalKey::defaultKeyFile(*store);
        QVERIFY(!QFile::exists(file));
        auto key = TerminalKey::loadOrCreate(*store);
        QVERIFY2(key.ok(), qPrintable(key.error().message));
        QCOMPARE(key->storage(), TerminalKey::Storage::File);
        QVERIFY(QFile::exists(file));
        QCOMPARE(QFile::permissions(file) & ~(QFile::ReadUser | QFile::WriteUser),
                 QFile::ReadOwner | QFile::WriteOwner);
        const auto trusted = TrustedKeys(*store).find(key->keyId());
        QVERIFY(trusted.has_value());
        QCOMPARE(trusted->terminal, QStringLiteral("4401-03"));
        QCOMPARE(trusted->source, QStringLiteral("self"));
        QCOMPARE(trusted->publicKey, key->publicKey());
        // The private key is in its file, and nowhere in the store.
        QFile keyFile(file);
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QByteArray secret = QByteArray::fromBase64(keyFile.readAll().trimmed());
        QCOMPARE(secret.size(), TerminalKey::kSecretKeyBytes);
        QFile db(store->path());
        QVERIFY(db.open(QIODevice::ReadOnly));
        const QByteArray dbBytes = db.readAll();
        QVERIFY(!dbBytes.contains(secret.left(32)));
        QVERIFY(!dbBytes.contains(secret.left(32).toBase64()));
        QCOMPARE(scalar(*store, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                               "'terminal.key.create'"))
                     .toInt(),
                 1);
        QVERIFY(AuditLog(*store).verify().intact);
    }

    void laterUse_loadsTheSameKey()
    {
        auto store = seededStore(m_dir.filePath(QStringLiteral("b.sqlite")));
        QVERIFY(store);
        const QString first = TerminalKey::loadOrCreate(*store)->keyId();
        const QString second = TerminalKey::loadOrCreate(*store)->keyId();
        QCOMPARE(second, first);
        QCOMPARE(TrustedKeys(*store).all().size(), 1);
        const QByteArray message("HD1:test");
        auto key = TerminalKey::loadOrCreate(*store);
        QVERIFY(TerminalKey::verify(key->publicKey(), message, key->sign(message)));
    }

    void damagedKeyFile_refusedNotReplaced()
    {
        auto store = seededStore(m_dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(store);
        QFile file(TerminalKey::defaultKeyFile(*store));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a key\n");
        file.close();
        auto key = TerminalKey::loadOrCreate(*store);
        QVERIFY(!key.ok());
        QVERIFY(key.error().message.contains(file.fileName()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("not a key\n"));
    }

    void noIdentity_refused()
    {
        auto store = openStore(m_dir.filePath(QStringLiteral("d.sqlite")));
        QVERIFY(store);
        auto key = TerminalKey::loadOrCreate(*store);
        QVERIFY(!key.ok());
        QVERIFY(!QFile::exists(TerminalKey::defaultKeyFile(*store)));
    }

    void fromSecretKey_rejectsInconsistentHalves()
    {
        QByteArray secret = TerminalKey::generate().publicKey(); // 32 bytes: wrong size
        QVERIFY(!TerminalKey::fromSecretKey(secret).ok());
        const TerminalKey a = TerminalKey::fromSeed(QByteArray(32, 1)).value();
        const TerminalKey b = TerminalKey::fromSeed(QByteArray(32, 2)).value();
        // Seed of a with the public half of b.
        auto mixed = TerminalKey::fromSecretKey(QByteArray(32, 1) + b.publicKey());
        QVERIFY(!mixed.ok());
        QVERIFY(TerminalKey::fromSecretKey(QByteArray(32, 1) + a.publicKey()).ok());
    }
};

QTEST_GUILESS_MAIN(TestTerminalKey)
#include "tst_terminalkey.moc"
