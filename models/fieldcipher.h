#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace hd {

// Encrypts personal data at rest (ID numbers, phone numbers, document images) with
// libsodium's XChaCha20-Poly1305 secretbox, and derives a keyed BLAKE2b hash of a normalised
// value so that exact look-ups (ID number, full phone number) work without decrypting rows.
class FieldCipher final
{
public:
    static constexpr int kKeyBytes = 32;

    FieldCipher() = default;
    explicit FieldCipher(QByteArray masterKey);

    bool isValid() const { return m_encryptKey.size() == kKeyBytes; }

    QByteArray encrypt(const QByteArray &plain) const; // nonce || ciphertext
    Result<QByteArray> decrypt(const QByteArray &sealed) const;
    QByteArray encryptText(const QString &plain) const { return encrypt(plain.toUtf8()); }
    Result<QString> decryptText(const QByteArray &sealed) const;
    // 16-byte keyed hash for equality look-ups; the same value always gives the same hash.
    QByteArray lookupHash(const QString &normalised) const;

    static QByteArray generateKey();
    // Reads the key file; when it is missing and mayCreate, creates one readable by this
    // user alone (0600). A store that already holds data never gets a new key silently.
    static Result<QByteArray> loadOrCreateKeyFile(const QString &path, bool mayCreate = true);

private:
    QByteArray m_encryptKey;
    QByteArray m_hashKey;
};

} // namespace hd
