#pragma once

#include "money.h"
#include "result.h"
#include "trustedkeys.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace hd {

class Store;
class TerminalKey;

// The signed statement a receipt's QR code carries: receipt number, 户号, amount in fen, the
// instant of the payment and the issuing terminal, signed with that terminal's Ed25519 key.
// Plain text in the QR's alphanumeric character set, so it stays small (QR version 8 at
// level M, about 170 characters) and a phone shows what it says:
//   HD1:4401-03-00001234:1000000001:23419:1733050000:4401-03:9F3A61C2:<signature, base32>
// The signature covers everything before its own colon.
struct ReceiptStatement
{
    QString receiptNo;
    QString accountNo;
    qint64 amountFen = 0;
    QDateTime issuedAt; // whole seconds, UTC
    QString terminal;   // the signing terminal (hall-terminal, e.g. 4401-03); a reprint
                        // elsewhere in the hall signs with that terminal's key
    QString keyId;
    QByteArray signature;

    static constexpr QLatin1StringView kPrefix{"HD1:"};

    QString signedPart() const; // the text the signature covers
    QString toText() const;     // signedPart() + ":" + base32(signature)
    // Fills keyId and signature.
    Status sign(const TerminalKey &key);
    static Result<ReceiptStatement> parse(const QString &text);
};

struct ReceiptVerification
{
    bool genuine = false;
    // receipt.genuine | receipt.malformed | receipt.untrusted-key | receipt.key-terminal |
    // receipt.bad-signature | receipt.record-mismatch
    QString code;
    QString reason; // for the person checking, in Chinese
    std::optional<ReceiptStatement> statement;
    std::optional<TrustedKey> key;
    bool inStore = false; // the payment is in this store and agrees with the statement
    QString reversedBy;   // the reversal's receipt number when it has been reversed
};

// Checks a QR text against the hall's trusted keys and, when the payment is in this store,
// against the record itself. A changed amount breaks the signature; a key that is not one of
// the hall's terminals' is refused even when the signature is valid for it.
ReceiptVerification verifyReceiptStatement(Store &store, const QString &text);

QString base32Encode(const QByteArray &data);             // RFC 4648, no padding
std::optional<QByteArray> base32Decode(QStringView text); // upper case, no padding

} // namespace hd
