#pragma once

#include "result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QVarLengthArray>

#include <optional>

namespace hd::sync {

// The wire protocol shared by the counter's sync engine and halldesk-central
// (docs/sync-protocol.md is the reference).
inline constexpr int kPayloadVersion = 2; // the op payload version the centre accepts
inline constexpr qint64 kClockWindowSeconds = 300;

// POST /api/v1/ops/known takes this many times the ops of a push: uuids and hashes only.
inline constexpr int kKnownOpsPerPush = 10;

struct Limits
{
    qint64 maxBodyBytes = 4 * 1024 * 1024;
    int maxOpsPerPush = 1000;
    int maxPageRows = 5000;
    int requestsPerMinute = 600;
};

// Header names of a signed request.
inline constexpr char kHeaderKey[] = "X-HD-Key";
inline constexpr char kHeaderTimestamp[] = "X-HD-Timestamp";
inline constexpr char kHeaderNonce[] = "X-HD-Nonce";
inline constexpr char kHeaderSignature[] = "X-HD-Signature";

// An Ed25519 key pair (libsodium). The secret key never leaves the machine that made it.
struct KeyPair
{
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes
    static KeyPair generate();
};

// What is signed: METHOD \n PATH?QUERY \n TIMESTAMP \n NONCE \n hex(SHA-256(body)).
QByteArray canonicalRequest(const QByteArray &method, const QByteArray &pathWithQuery,
                            const QByteArray &timestamp, const QByteArray &nonce,
                            const QByteArray &body);
QByteArray sign(const QByteArray &secretKey, const QByteArray &message);
bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature);
QByteArray newNonce();                        // 32 lowercase hex digits
QByteArray sha256Hex(const QByteArray &data); // 64 lowercase hex digits

// Appends `text` to `out` as a JSON string (quoted, escaped, UTF-8). Requests and answers that
// carry thousands of rows are written straight into one buffer with it, without building a
// QJsonObject per row.
void appendJsonString(QByteArray &out, QStringView text);

// A refusal as the API sends it: {"error": code, "message": …, "field": …}.
QJsonObject errorBody(const Error &error, const QString &field = {});

// The body as one JSON object: valid UTF-8, valid JSON, an object at the top.
Result<QJsonObject> parseJsonObject(const QByteArray &body);

// Reads the fields of one JSON object strictly: wrong types, missing required fields, values
// out of range and (at finish()) fields nobody asked for are errors naming the field's path,
// e.g. "ops[2].payload.amount_fen". After the first error every read returns a default.
// The names given to it must outlive the reader (string literals, as a rule).
class FieldReader final
{
    Q_DECLARE_TR_FUNCTIONS(hd::sync::FieldReader)
public:
    FieldReader(const QJsonObject &object, QString path);

    QString string(const char *name, int maxLength, bool required = true);
    qint64 integer(const char *name, qint64 min, qint64 max, bool required = true);
    bool boolean(const char *name, bool required = true);
    QJsonObject object(const char *name, bool required = true);
    QJsonArray array(const char *name, int maxItems, bool required = true);
    bool has(const char *name) const { return m_object.contains(QLatin1StringView(name)); }
    // Accepts the field as known without reading it.
    void allow(const char *name) { markSeen(name); }

    QString path(const char *name) const;
    bool failed() const { return m_error.has_value(); }
    void fail(const QString &code, const QString &message, const QString &field);
    // Unknown fields check; the first error of this reader, if any.
    std::optional<Error> finish();
    const QString &errorField() const { return m_errorField; }

private:
    const QJsonValue *take(const char *name, bool required, QJsonValue &holder);
    void markSeen(const char *name);

    QJsonObject m_object;
    QString m_path;
    // The names asked for (string literals), and how many of them the object has: when that
    // is the object's size, no field is unknown and finish() looks no further.
    QVarLengthArray<const char *, 24> m_seen;
    qsizetype m_present = 0;
    std::optional<Error> m_error;
    QString m_errorField;
};

// Validates an op payload of the current version for its kind; empty on success.
std::optional<Error> validatePayload(const QString &kind, const QJsonObject &payload,
                                     const QString &path, QString *field);
bool isKnownOpKind(const QString &kind);

// Money on the wire is integer fen; the store's v1 payloads used decimal strings
// ("-123.45"). Exact, no floating point.
std::optional<qint64> fenFromDecimal(const QString &text);

bool isUuid(const QString &text);

} // namespace hd::sync
