#include "terminalkey.h"

#include "auditlog.h"
#include "store.h"
#include "transaction.h"
#include "trustedkeys.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

#ifdef HALLDESK_HAVE_KEYCHAIN
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>
#endif

namespace hd {

namespace {
Error keyError(const QString &message)
{
    return Error{QStringLiteral("terminal-key"), message};
}

#ifdef HALLDESK_HAVE_KEYCHAIN
const QString kKeychainService = QStringLiteral("HallDesk");

QString keychainEntry(const Store &store)
{
    return QStringLiteral("terminal-signing-key:") + QFileInfo(store.path()).absoluteFilePath();
}

// A keychain needs a desktop session (Secret Service or KWallet over the session bus); a
// service account or a CI machine has none, and asking would only wait for a timeout.
bool keychainAvailable(const TerminalKey::Options &options)
{
    return options.useKeychain && QCoreApplication::instance() &&
           !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") &&
           qEnvironmentVariableIsEmpty("HALLDESK_NO_KEYCHAIN");
}

// Waits for the job, at most five seconds; false when it did not finish.
bool runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    bool done = false;
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    job.setAutoDelete(false);
    job.start();
    if (!done)
        loop.exec();
    return done;
}

// Empty with no error: no entry yet. An error: the keychain cannot be used.
Result<QByteArray> readKeychain(const QString &entry)
{
    QKeychain::ReadPasswordJob job(kKeychainService);
    job.setKey(entry);
    if (!runJob(job))
        return keyError(QCoreApplication::translate("hd::TerminalKey", "钥匙串无响应。"));
    if (job.error() == QKeychain::EntryNotFound)
        return QByteArray();
    if (job.error() != QKeychain::NoError)
        return keyError(job.errorString());
    return QByteArray::fromBase64(job.binaryData());
}

Status writeKeychain(const QString &entry, const QByteArray &secret)
{
    QKeychain::WritePasswordJob job(kKeychainService);
    job.setKey(entry);
    job.setBinaryData(secret.toBase64());
    if (!runJob(job) || job.error() != QKeychain::NoError)
        return keyError(job.errorString());
    return {};
}
#endif

Result<QByteArray> readKeyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return keyError(
            QCoreApplication::translate("hd::TerminalKey", "无法读取终端签名密钥 %1：%2")
                .arg(path, file.errorString()));
    const QByteArray secret = QByteArray::fromBase64(file.readAll().trimmed());
    if (secret.size() != TerminalKey::kSecretKeyBytes)
        return keyError(QCoreApplication::translate(
                            "hd::TerminalKey", "终端签名密钥文件 %1 内容无效，请联系系统管理员。")
                            .arg(path));
    return secret;
}

Status writeKeyFile(const QString &path, const QByteArray &secret)
{
    // 0600 from the start: never readable by others, not even briefly.
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return keyError(
            QCoreApplication::translate("hd::TerminalKey", "无法创建终端签名密钥文件 %1：%2")
                .arg(path, out.errorString()));
    if (out.write(secret.toBase64() + '\n') < 0 || !out.flush())
        return keyError(
            QCoreApplication::translate("hd::TerminalKey", "无法保存终端签名密钥文件 %1：%2")
                .arg(path, out.errorString()));
    return {};
}
} // namespace

TerminalKey::~TerminalKey()
{
    if (!m_secret.isEmpty() && m_secret.isDetached())
        sodium_memzero(m_secret.data(), size_t(m_secret.size()));
}

TerminalKey TerminalKey::generate()
{
    if (sodium_init() < 0)
        return {};
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    QByteArray sk(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(pk, reinterpret_cast<unsigned char *>(sk.data()));
    TerminalKey key;
    key.m_secret = sk;
    return key;
}

Result<TerminalKey> TerminalKey::fromSeed(const QByteArray &seed)
{
    if (seed.size() != crypto_sign_SEEDBYTES || sodium_init() < 0)
        return keyError(QCoreApplication::translate("hd::TerminalKey", "终端签名密钥无效。"));
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    QByteArray sk(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_seed_keypair(pk, reinterpret_cast<unsigned char *>(sk.data()),
                             reinterpret_cast<const unsigned char *>(seed.constData()));
    TerminalKey key;
    key.m_secret = sk;
    return key;
}

Result<TerminalKey> TerminalKey::fromSecretKey(const QByteArray &secretKey)
{
    if (secretKey.size() != kSecretKeyBytes || sodium_init() < 0)
        return keyError(QCoreApplication::translate("hd::TerminalKey", "终端签名密钥无效。"));
    // The public half must be the one the seed gives, or signatures would not verify.
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_seed_keypair(pk, sk,
                             reinterpret_cast<const unsigned char *>(secretKey.constData()));
    const bool consistent = sodium_memcmp(sk, secretKey.constData(), sizeof sk) == 0;
    sodium_memzero(sk, sizeof sk);
    if (!consistent)
        return keyError(QCoreApplication::translate("hd::TerminalKey", "终端签名密钥无效。"));
    TerminalKey key;
    key.m_secret = secretKey;
    return key;
}

QString TerminalKey::defaultKeyFile(const Store &store)
{
    return store.path() + QStringLiteral(".signkey");
}

Result<TerminalKey> TerminalKey::loadOrCreate(Store &store, const Options &options)
{
    const StoreIdentity id = store.identity();
    if (id.hallCode.isEmpty() || id.terminalCode.isEmpty())
        return keyError(QCoreApplication::translate(
            "hd::TerminalKey",
            "本机尚未设置营业厅和终端编码，不能签发收据。请先运行 hallctl init。"));
    const QString file = options.keyFile.isEmpty() ? defaultKeyFile(store) : options.keyFile;

    QByteArray secret;
    Storage storage = Storage::None;
#ifdef HALLDESK_HAVE_KEYCHAIN
    bool keychain = keychainAvailable(options) && !QFile::exists(file);
    if (keychain) {
        auto read = readKeychain(keychainEntry(store));
        if (read && !read->isEmpty()) {
            secret = read.value();
            storage = Storage::Keychain;
        } else if (!read) {
            keychain = false; // no usable keychain: the file below
        }
    }
#else
    const bool keychain = false;
#endif
    bool created = false;
    if (secret.isEmpty() && QFile::exists(file)) {
        auto read = readKeyFile(file);
        if (!read)
            return read.error();
        secret = read.value();
        storage = Storage::File;
    }
    if (secret.isEmpty()) {
        const TerminalKey fresh = generate();
        if (!fresh.isValid())
            return keyError(
                QCoreApplication::translate("hd::TerminalKey", "无法生成终端签名密钥。"));
        secret = fresh.m_secret;
        created = true;
#ifdef HALLDESK_HAVE_KEYCHAIN
        if (keychain && writeKeychain(keychainEntry(store), secret))
            storage = Storage::Keychain;
#endif
        if (storage == Storage::None) {
            if (Status s = writeKeyFile(file, secret); !s)
                return s.error();
            storage = Storage::File;
        }
    }
    auto key = fromSecretKey(secret);
    sodium_memzero(secret.data(), size_t(secret.size()));
    if (!key)
        return key.error();
    key->m_storage = storage;

    // Registered as this terminal's own key (again, if the store was restored without it).
    TrustedKeys trusted(store);
    if (!trusted.find(key->keyId())) {
        Transaction tx(store.db());
        if (!tx.isActive())
            return tx.beginError();
        if (Status s =
                trusted.add(id.hallCode + QLatin1Char('-') + id.terminalCode, key->publicKey(),
                            TrustedKeys::Source::Self,
                            QCoreApplication::translate("hd::TerminalKey", "本终端"), QString());
            !s)
            return s.error();
        if (created)
            if (Status s = AuditLog(store).append(
                    QString(), QStringLiteral("terminal.key.create"),
                    {{QStringLiteral("key_id"), key->keyId()},
                     {QStringLiteral("storage"), storage == Storage::Keychain
                                                     ? QStringLiteral("keychain")
                                                     : QStringLiteral("file")}});
                !s)
                return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    return key;
}

QByteArray TerminalKey::publicKey() const
{
    return isValid() ? m_secret.right(kPublicKeyBytes) : QByteArray();
}

QByteArray TerminalKey::sign(const QByteArray &message) const
{
    if (!isValid())
        return {};
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(m_secret.constData()));
    return signature;
}

bool TerminalKey::verify(const QByteArray &publicKey, const QByteArray &message,
                         const QByteArray &signature)
{
    if (publicKey.size() != kPublicKeyBytes || signature.size() != kSignatureBytes ||
        sodium_init() < 0)
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               quint64(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

QString TerminalKey::keyIdOf(const QByteArray &publicKey)
{
    if (sodium_init() < 0)
        return {};
    // BLAKE2b's shortest output is 16 bytes; the id is its first four.
    unsigned char hash[crypto_generichash_BYTES_MIN];
    crypto_generichash(hash, sizeof hash,
                       reinterpret_cast<const unsigned char *>(publicKey.constData()),
                       quint64(publicKey.size()), nullptr, 0);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(hash), 4).toHex())
        .toUpper();
}

} // namespace hd
