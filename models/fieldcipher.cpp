#include "fieldcipher.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

namespace hd {

namespace {
QByteArray deriveSubkey(const QByteArray &master, quint64 id)
{
    QByteArray sub(FieldCipher::kKeyBytes, Qt::Uninitialized);
    crypto_kdf_derive_from_key(reinterpret_cast<unsigned char *>(sub.data()),
                               std::size_t(sub.size()), id, "HDfield1",
                               reinterpret_cast<const unsigned char *>(master.constData()));
    return sub;
}
} // namespace

FieldCipher::FieldCipher(QByteArray masterKey)
{
    if (sodium_init() < 0 || masterKey.size() != kKeyBytes)
        return;
    m_encryptKey = deriveSubkey(masterKey, 1);
    m_hashKey = deriveSubkey(masterKey, 2);
}

QByteArray FieldCipher::generateKey()
{
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    crypto_kdf_keygen(reinterpret_cast<unsigned char *>(key.data()));
    return key;
}

QByteArray FieldCipher::encrypt(const QByteArray &plain) const
{
    constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    constexpr int tagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
    QByteArray out(nonceBytes + plain.size() + tagBytes, Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, nonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        nonce + nonceBytes, &written, reinterpret_cast<const unsigned char *>(plain.constData()),
        std::size_t(plain.size()), nullptr, 0, nullptr, nonce,
        reinterpret_cast<const unsigned char *>(m_encryptKey.constData()));
    return out;
}

Result<QByteArray> FieldCipher::decrypt(const QByteArray &sealed) const
{
    constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    constexpr int tagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
    if (sealed.size() < nonceBytes + tagBytes)
        return Error{QStringLiteral("crypto.corrupt"),
                     QCoreApplication::translate("hd::FieldCipher", "加密数据已损坏，无法解密。")};
    QByteArray plain(sealed.size() - nonceBytes - tagBytes, Qt::Uninitialized);
    unsigned long long written = 0;
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData());
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            reinterpret_cast<unsigned char *>(plain.data()), &written, nullptr, nonce + nonceBytes,
            std::size_t(sealed.size() - nonceBytes), nullptr, 0, nonce,
            reinterpret_cast<const unsigned char *>(m_encryptKey.constData())) != 0)
        return Error{
            QStringLiteral("crypto.key"),
            QCoreApplication::translate(
                "hd::FieldCipher", "无法解密个人信息：本机密钥与数据库不匹配，或数据已被篡改。")};
    return plain;
}

Result<QString> FieldCipher::decryptText(const QByteArray &sealed) const
{
    auto plain = decrypt(sealed);
    if (!plain)
        return plain.error();
    return QString::fromUtf8(plain.value());
}

QByteArray FieldCipher::lookupHash(const QString &normalised) const
{
    const QByteArray bytes = normalised.toUtf8();
    QByteArray out(16, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), std::size_t(out.size()),
                       reinterpret_cast<const unsigned char *>(bytes.constData()),
                       std::size_t(bytes.size()),
                       reinterpret_cast<const unsigned char *>(m_hashKey.constData()),
                       std::size_t(m_hashKey.size()));
    return out;
}

Result<QByteArray> FieldCipher::loadOrCreateKeyFile(const QString &path, bool mayCreate)
{
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("crypto.keyfile"),
                         QCoreApplication::translate("hd::FieldCipher", "无法读取密钥文件 %1：%2")
                             .arg(path, file.errorString())};
        const QByteArray key = QByteArray::fromBase64(file.readAll().trimmed());
        if (key.size() != kKeyBytes)
            return Error{QStringLiteral("crypto.keyfile"),
                         QCoreApplication::translate("hd::FieldCipher",
                                                     "密钥文件 %1 内容无效，请联系系统管理员。")
                             .arg(path)};
        return key;
    }
    if (!mayCreate)
        return Error{QStringLiteral("crypto.keyfile"),
                     QCoreApplication::translate(
                         "hd::FieldCipher",
                         "找不到本机数据密钥 %1，无法读取数据库中的个人信息。请从备份恢复该文件。")
                         .arg(path)};
    const QByteArray key = generateKey();
    // Created with 0600 from the start: the key is never readable by others, not even briefly.
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                  QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error{QStringLiteral("crypto.keyfile"),
                     QCoreApplication::translate("hd::FieldCipher", "无法创建密钥文件 %1：%2")
                         .arg(path, out.errorString())};
    if (out.write(key.toBase64() + '\n') < 0 || !out.flush())
        return Error{QStringLiteral("crypto.keyfile"),
                     QCoreApplication::translate("hd::FieldCipher", "无法保存密钥文件 %1：%2")
                         .arg(path, out.errorString())};
    return key;
}

} // namespace hd
