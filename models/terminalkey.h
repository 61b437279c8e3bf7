#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace hd {

class Store;

// This terminal's Ed25519 signing key (libsodium), used to sign the statement printed in each
// receipt's QR code. Generated once; the private key never leaves the terminal and is never
// in plain settings: it is kept in the desktop keychain (QtKeychain) when the session has
// one, else in a file beside the store readable by the service user alone (0600), like the
// store's data key. The public key is registered in the store's trusted keys (terminal_keys,
// source 'self') so that this terminal's receipts verify here; other terminals' public keys
// arrive from the centre.
class TerminalKey final
{
public:
    static constexpr int kPublicKeyBytes = 32;
    static constexpr int kSecretKeyBytes = 64;
    static constexpr int kSignatureBytes = 64;

    enum class Storage { None, File, Keychain };
    struct Options
    {
        // Try the keychain first when a desktop session bus exists.
        bool useKeychain = true;
        // Where the key file lives when there is no keychain; empty: "<store>.signkey".
        QString keyFile;
    };

    TerminalKey() = default;
    ~TerminalKey();
    TerminalKey(const TerminalKey &other) = default;
    TerminalKey &operator=(const TerminalKey &other) = default;

    static TerminalKey generate();
    // The key a 32-byte seed gives (the same seed, the same key): for tests and fixtures.
    static Result<TerminalKey> fromSeed(const QByteArray &seed);
    // From the 64-byte libsodium secret key (seed || public key).
    static Result<TerminalKey> fromSecretKey(const QByteArray &secretKey);
    // Loads this terminal's key, creating and registering it on first use.
    static Result<TerminalKey> loadOrCreate(Store &store, const Options &options);
    static Result<TerminalKey> loadOrCreate(Store &store) { return loadOrCreate(store, Options{}); }
    static QString defaultKeyFile(const Store &store);

    bool isValid() const { return m_secret.size() == kSecretKeyBytes; }
    QByteArray publicKey() const;
    // Short name of the public key: the first four bytes of its BLAKE2b hash, in hex.
    QString keyId() const { return keyIdOf(publicKey()); }
    Storage storage() const { return m_storage; }

    QByteArray sign(const QByteArray &message) const; // detached, 64 bytes
    static bool verify(const QByteArray &publicKey, const QByteArray &message,
                       const QByteArray &signature);
    static QString keyIdOf(const QByteArray &publicKey);

private:
    QByteArray m_secret;
    Storage m_storage = Storage::None;
};

} // namespace hd
