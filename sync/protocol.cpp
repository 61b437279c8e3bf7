#include "protocol.h"

#include "money.h"
#include "outbox.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <sodium.h>

namespace hd::sync {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// Free functions translate in "hd::sync", the context lupdate gives them (classes declare
// their own tr()).
QString tr(const char *text)
{
    return QCoreApplication::translate("hd::sync", text);
}

} // namespace

KeyPair KeyPair::generate()
{
    sodiumReady();
    KeyPair k;
    k.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    k.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(k.publicKey.data()),
                        reinterpret_cast<unsigned char *>(k.secretKey.data()));
    return k;
}

QByteArray sha256Hex(const QByteArray &data)
{
    sodiumReady();
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(data.constData()),
                       quint64(data.size()));
    return QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex();
}

QByteArray canonicalRequest(const QByteArray &method, const QByteArray &pathWithQuery,
                            const QByteArray &timestamp, const QByteArray &nonce,
                            const QByteArray &body)
{
    return method + '\n' + pathWithQuery + '\n' + timestamp + '\n' + nonce + '\n' + sha256Hex(body);
}

QByteArray sign(const QByteArray &secretKey, const QByteArray &message)
{
    sodiumReady();
    if (secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return {};
    QByteArray sig(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(sig.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(secretKey.constData()));
    return sig;
}

bool verify(const QByteArray &publicKey, const QByteArray &message, const QByteArray &signature)
{
    sodiumReady();
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               quint64(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
}

QByteArray newNonce()
{
    sodiumReady();
    QByteArray raw(16, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    return raw.toHex();
}

void appendJsonString(QByteArray &out, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c < 0x80 && c != u'"' && c != u'\\') {
            out += char(c);
            continue;
        }
        if (c >= 0x80) {
            // A run of non-ASCII characters at once (a surrogate pair stays together).
            qsizetype end = i + 1;
            while (end < text.size() && text[end].unicode() >= 0x80)
                ++end;
            out += text.sliced(i, end - i).toUtf8();
            i = end - 1;
            continue;
        }
        out += '\\';
        switch (c) {
        case u'"':
            out += '"';
            break;
        case u'\\':
            out += '\\';
            break;
        case u'\n':
            out += 'n';
            break;
        case u'\r':
            out += 'r';
            break;
        case u'\t':
            out += 't';
            break;
        default:
            out += "u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    out += '"';
}

QJsonObject errorBody(const Error &error, const QString &field)
{
    QJsonObject o{{QStringLiteral("error"), error.code},
                  {QStringLiteral("message"), error.message}};
    if (!field.isEmpty())
        o.insert(QStringLiteral("field"), field);
    return o;
}

Result<QJsonObject> parseJsonObject(const QByteArray &body)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(body);
    if (decoder.hasError())
        return Error{QStringLiteral("request.json"), tr("请求不是有效的 UTF-8 文本。")};
    Q_UNUSED(text);
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &perr);
    if (perr.error != QJsonParseError::NoError)
        return Error{
            QStringLiteral("request.json"),
            tr("请求不是有效的 JSON（第 %1 字节）：%2").arg(perr.offset).arg(perr.errorString())};
    if (!doc.isObject())
        return Error{QStringLiteral("request.type"), tr("请求体应为 JSON 对象。")};
    return doc.object();
}

FieldReader::FieldReader(const QJsonObject &object, QString path)
    : m_object(object)
    , m_path(std::move(path))
{}

QString FieldReader::path(const char *name) const
{
    return m_path.isEmpty() ? QString::fromLatin1(name) : m_path + u'.' + QLatin1String(name);
}

void FieldReader::fail(const QString &code, const QString &message, const QString &field)
{
    if (m_error)
        return;
    m_error = Error{code, message};
    m_errorField = field;
}

void FieldReader::markSeen(const char *name)
{
    for (const char *seen : m_seen)
        if (std::strcmp(seen, name) == 0)
            return;
    m_seen.append(name);
    if (m_object.contains(QLatin1StringView(name)))
        ++m_present;
}

const QJsonValue *FieldReader::take(const char *name, bool required, QJsonValue &holder)
{
    if (m_error)
        return nullptr;
    markSeen(name);
    const auto it = m_object.constFind(QLatin1StringView(name));
    if (it == m_object.constEnd() || it->isNull()) {
        if (required)
            fail(QStringLiteral("request.missing"), tr("缺少字段：%1").arg(path(name)), path(name));
        return nullptr;
    }
    holder = *it;
    return &holder;
}

QString FieldReader::string(const char *name, int maxLength, bool required)
{
    QJsonValue h;
    const QJsonValue *v = take(name, required, h);
    if (!v)
        return {};
    if (!v->isString()) {
        fail(QStringLiteral("request.type"), tr("字段 %1 应为字符串。").arg(path(name)),
             path(name));
        return {};
    }
    const QString s = v->toString();
    if (s.size() > maxLength) {
        fail(QStringLiteral("request.value"),
             tr("字段 %1 过长（最多 %2 个字符）。").arg(path(name)).arg(maxLength), path(name));
        return {};
    }
    for (const QChar c : s)
        if (c.category() == QChar::Other_Control) {
            fail(QStringLiteral("request.value"), tr("字段 %1 含有控制字符。").arg(path(name)),
                 path(name));
            return {};
        }
    return s;
}

qint64 FieldReader::integer(const char *name, qint64 min, qint64 max, bool required)
{
    QJsonValue h;
    const QJsonValue *v = take(name, required, h);
    if (!v)
        return 0;
    // JSON numbers arrive as doubles: integral and within ±2^53 only.
    const double d = v->toDouble();
    if (!v->isDouble() || std::trunc(d) != d || std::fabs(d) > 9007199254740992.0) {
        fail(QStringLiteral("request.type"), tr("字段 %1 应为整数。").arg(path(name)), path(name));
        return 0;
    }
    const qint64 i = qint64(d);
    if (i < min || i > max) {
        fail(QStringLiteral("request.value"),
             tr("字段 %1 超出范围（%2 至 %3）。").arg(path(name)).arg(min).arg(max), path(name));
        return 0;
    }
    return i;
}

bool FieldReader::boolean(const char *name, bool required)
{
    QJsonValue h;
    const QJsonValue *v = take(name, required, h);
    if (!v)
        return false;
    if (!v->isBool()) {
        fail(QStringLiteral("request.type"), tr("字段 %1 应为 true 或 false。").arg(path(name)),
             path(name));
        return false;
    }
    return v->toBool();
}

QJsonObject FieldReader::object(const char *name, bool required)
{
    QJsonValue h;
    const QJsonValue *v = take(name, required, h);
    if (!v)
        return {};
    if (!v->isObject()) {
        fail(QStringLiteral("request.type"), tr("字段 %1 应为对象。").arg(path(name)), path(name));
        return {};
    }
    return v->toObject();
}

QJsonArray FieldReader::array(const char *name, int maxItems, bool required)
{
    QJsonValue h;
    const QJsonValue *v = take(name, required, h);
    if (!v)
        return {};
    if (!v->isArray()) {
        fail(QStringLiteral("request.type"), tr("字段 %1 应为数组。").arg(path(name)), path(name));
        return {};
    }
    const QJsonArray a = v->toArray();
    if (a.size() > maxItems) {
        fail(a.size() > 0 && QByteArray(name) == "ops" ? QStringLiteral("request.batch-too-large")
                                                       : QStringLiteral("request.value"),
             tr("字段 %1 的元素过多（最多 %2 个）。").arg(path(name)).arg(maxItems), path(name));
        return {};
    }
    return a;
}

std::optional<Error> FieldReader::finish()
{
    if (!m_error && m_present != m_object.size())
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            const QString key = it.key();
            if (std::none_of(m_seen.cbegin(), m_seen.cend(),
                             [&key](const char *seen) { return key == QLatin1StringView(seen); })) {
                const QString field = m_path.isEmpty() ? key : m_path + u'.' + key;
                fail(QStringLiteral("request.unknown-field"), tr("未知字段：%1").arg(field), field);
                break;
            }
        }
    return m_error;
}

bool isUuid(const QString &text)
{
    // 8-4-4-4-12 lower-case hex digits. By hand rather than by a shared QRegularExpression:
    // the centre checks pushes on several threads at once.
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < 36; ++i) {
        const char16_t c = text[i].unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
        } else if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return true;
}

std::optional<qint64> fenFromDecimal(const QString &text)
{
    return Outbox::fenFromDecimal(text);
}

bool isKnownOpKind(const QString &kind)
{
    static const QStringList kinds = {QStringLiteral("payment"), QStringLiteral("reversal"),
                                      QStringLiteral("shift.open"), QStringLiteral("shift.close"),
                                      QStringLiteral("cash.movement")};
    return kinds.contains(kind);
}

namespace {

constexpr qint64 kMax = Money::kMaxFen;

void uuidField(FieldReader &r, const char *name, bool required = true)
{
    const QString v = r.string(name, 36, required);
    if (!r.failed() && (required || !v.isEmpty()) && !isUuid(v))
        r.fail(QStringLiteral("request.value"), tr("字段 %1 应为小写 UUID。").arg(r.path(name)),
               r.path(name));
}

void dateField(FieldReader &r, const char *name)
{
    const QString v = r.string(name, 10);
    if (!r.failed() && !QDate::fromString(v, Qt::ISODate).isValid())
        r.fail(QStringLiteral("request.value"),
               tr("字段 %1 应为日期 yyyy-MM-dd。").arg(r.path(name)), r.path(name));
}

void instantField(FieldReader &r, const char *name)
{
    const QString v = r.string(name, 40);
    if (!r.failed() && !QDateTime::fromString(v, Qt::ISODateWithMs).isValid())
        r.fail(QStringLiteral("request.value"),
               tr("字段 %1 应为 ISO 8601 时间。").arg(r.path(name)), r.path(name));
}

void countField(FieldReader &r, const char *name)
{
    const QJsonObject count = r.object(name);
    if (r.failed())
        return;
    if (count.size() > 40) {
        r.fail(QStringLiteral("request.value"), tr("字段 %1 的元素过多。").arg(r.path(name)),
               r.path(name));
        return;
    }
    FieldReader c(count, r.path(name));
    // The reader keeps the names it was asked for until finish(): they live here till then.
    QList<QByteArray> names;
    for (const QString &key : count.keys()) {
        names.append(key.toLatin1());
        c.integer(names.constLast().constData(), 0, 1'000'000);
    }
    if (auto e = c.finish())
        r.fail(e->code, e->message, c.errorField());
}

std::optional<Error> finishInto(FieldReader &r, QString *field)
{
    auto e = r.finish();
    if (e && field)
        *field = r.errorField();
    return e;
}

} // namespace

std::optional<Error> validatePayload(const QString &kind, const QJsonObject &payload,
                                     const QString &path, QString *field)
{
    FieldReader r(payload, path);
    if (kind == QLatin1String("payment")) {
        uuidField(r, "uuid");
        r.string("receipt_no", 64);
        r.string("account_no", 32);
        const QString k = r.string("kind", 16);
        if (!r.failed() && k != QLatin1String("bill") && k != QLatin1String("topup"))
            r.fail(QStringLiteral("request.value"), tr("缴费类型应为 bill 或 topup。"),
                   r.path("kind"));
        r.integer("amount_fen", 1, kMax);
        r.string("method", 16);
        const QJsonArray tenders = r.array("tenders", 10);
        for (qsizetype i = 0; i < tenders.size() && !r.failed(); ++i) {
            const QString p = r.path("tenders") + u'[' + QString::number(i) + u']';
            if (!tenders[i].isObject()) {
                r.fail(QStringLiteral("request.type"), tr("字段 %1 应为对象。").arg(p), p);
                break;
            }
            FieldReader t(tenders[i].toObject(), p);
            t.string("method", 16);
            t.integer("amount_fen", 0, kMax);
            t.integer("change_fen", 0, kMax, false);
            t.string("card_ref", 64, false);
            t.string("card_last4", 4, false);
            t.string("acquirer_ref", 64, false);
            if (auto e = t.finish())
                r.fail(e->code, e->message, t.errorField());
        }
        const QJsonObject alloc = r.object("allocation");
        if (!r.failed()) {
            FieldReader a(alloc, r.path("allocation"));
            a.integer("late_fee_fen", 0, kMax);
            a.integer("minimum_fee_fen", 0, kMax);
            a.integer("bills_fen", 0, kMax);
            a.integer("credit_fen", 0, kMax);
            const QJsonArray lines = a.array("lines", 480);
            for (qsizetype i = 0; i < lines.size() && !a.failed(); ++i) {
                const QString p = a.path("lines") + u'[' + QString::number(i) + u']';
                if (!lines[i].isObject()) {
                    a.fail(QStringLiteral("request.type"), tr("字段 %1 应为对象。").arg(p), p);
                    break;
                }
                FieldReader l(lines[i].toObject(), p);
                l.integer("period", 190001, 299912);
                l.integer("late_fee_fen", 0, kMax);
                l.integer("principal_fen", 0, kMax);
                l.boolean("settled");
                if (auto e = l.finish())
                    a.fail(e->code, e->message, l.errorField());
            }
            if (auto e = a.finish())
                r.fail(e->code, e->message, a.errorField());
        }
        r.string("operator", 64);
        uuidField(r, "shift_uuid");
        dateField(r, "on");
        instantField(r, "created_at");
    } else if (kind == QLatin1String("reversal")) {
        uuidField(r, "uuid");
        r.string("receipt_no", 64);
        uuidField(r, "reverses_uuid");
        r.string("reverses_receipt_no", 64);
        r.string("account_no", 32);
        r.integer("amount_fen", -kMax, -1);
        r.string("reason", 200);
        r.string("operator", 64);
        r.string("approved_by", 64);
        uuidField(r, "shift_uuid");
        instantField(r, "created_at");
    } else if (kind == QLatin1String("shift.open")) {
        uuidField(r, "shift_uuid");
        r.integer("opening_float_fen", 0, kMax);
        countField(r, "count");
        instantField(r, "at");
    } else if (kind == QLatin1String("shift.close")) {
        uuidField(r, "shift_uuid");
        countField(r, "count");
        for (const char *f : {"expected_cash_fen", "counted_cash_fen", "expected_card_fen",
                              "counted_card_fen", "expected_qr_fen", "counted_qr_fen"})
            r.integer(f, 0, kMax);
        r.integer("difference_fen", -kMax, kMax);
        r.string("approved_by", 64);
        instantField(r, "at");
    } else if (kind == QLatin1String("cash.movement")) {
        uuidField(r, "uuid");
        uuidField(r, "shift_uuid");
        const QString d = r.string("direction", 3);
        if (!r.failed() && d != QLatin1String("in") && d != QLatin1String("out"))
            r.fail(QStringLiteral("request.value"), tr("现金存取方向应为 in 或 out。"),
                   r.path("direction"));
        r.integer("amount_fen", 1, kMax);
        r.string("reason", 200);
    } else {
        if (field)
            *field = path;
        return Error{QStringLiteral("request.value"), tr("未知的操作类型：%1").arg(kind)};
    }
    return finishInto(r, field);
}

} // namespace hd::sync
