#include "receiptstatement.h"

#include "store.h"
#include "terminalkey.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>

namespace hd {

namespace {
constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

Error malformed(const QString &why)
{
    return Error{
        QStringLiteral("receipt.malformed"),
        QCoreApplication::translate("hd::ReceiptStatement", "这不是 HallDesk 收据二维码（%1）。")
            .arg(why)};
}
} // namespace

QString base32Encode(const QByteArray &data)
{
    QString out;
    out.reserve((data.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : data) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out.append(QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 31]));
            bits -= 5;
        }
    }
    if (bits > 0)
        out.append(QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 31]));
    return out;
}

std::optional<QByteArray> base32Decode(QStringView text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        int v = -1;
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            v = c.unicode() - 'A';
        else if (c >= QLatin1Char('2') && c <= QLatin1Char('7'))
            v = c.unicode() - '2' + 26;
        if (v < 0)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(v);
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    // Leftover bits must be the zero padding of the last character.
    if (bits >= 5 || (buffer & ((1u << bits) - 1)) != 0)
        return std::nullopt;
    return out;
}

QString ReceiptStatement::signedPart() const
{
    return kPrefix + receiptNo + QLatin1Char(':') + accountNo + QLatin1Char(':') +
           QString::number(amountFen) + QLatin1Char(':') +
           QString::number(issuedAt.toSecsSinceEpoch()) + QLatin1Char(':') + terminal +
           QLatin1Char(':') + keyId;
}

QString ReceiptStatement::toText() const
{
    return signedPart() + QLatin1Char(':') + base32Encode(signature);
}

Status ReceiptStatement::sign(const TerminalKey &key)
{
    if (!key.isValid())
        return Error{
            QStringLiteral("terminal-key"),
            QCoreApplication::translate("hd::ReceiptStatement", "没有可用的终端签名密钥。")};
    if (receiptNo.contains(QLatin1Char(':')) || accountNo.contains(QLatin1Char(':')))
        return malformed(
            QCoreApplication::translate("hd::ReceiptStatement", "收据号或户号含有冒号"));
    keyId = key.keyId();
    signature = key.sign(signedPart().toUtf8());
    return {};
}

Result<ReceiptStatement> ReceiptStatement::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (!text.startsWith(kPrefix))
        return malformed(
            QCoreApplication::translate("hd::ReceiptStatement", "开头应为 %1").arg(kPrefix));
    const QStringList f = text.mid(kPrefix.size()).split(QLatin1Char(':'));
    if (f.size() != 7)
        return malformed(
            QCoreApplication::translate("hd::ReceiptStatement", "应有 7 个字段，实有 %1 个")
                .arg(f.size()));
    ReceiptStatement s;
    s.receiptNo = f[0];
    s.accountNo = f[1];
    bool okAmount = false, okTime = false;
    s.amountFen = f[2].toLongLong(&okAmount);
    const qint64 seconds = f[3].toLongLong(&okTime);
    if (!okAmount || QString::number(s.amountFen) != f[2])
        return malformed(
            QCoreApplication::translate("hd::ReceiptStatement", "金额“%1”不是整数分").arg(f[2]));
    if (!okTime || seconds <= 0 || QString::number(seconds) != f[3])
        return malformed(
            QCoreApplication::translate("hd::ReceiptStatement", "时间“%1”无效").arg(f[3]));
    s.issuedAt = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
    s.terminal = f[4];
    s.keyId = f[5];
    static const QRegularExpression hex8(QStringLiteral("^[0-9A-F]{8}$"));
    if (!hex8.match(s.keyId).hasMatch())
        return malformed(
            QCoreApplication::translate("hd::ReceiptStatement", "密钥编号“%1”无效").arg(s.keyId));
    const auto signature = base32Decode(f[6]);
    if (!signature || signature->size() != TerminalKey::kSignatureBytes)
        return malformed(QCoreApplication::translate("hd::ReceiptStatement", "签名长度不对"));
    s.signature = *signature;
    if (s.receiptNo.isEmpty() || s.accountNo.isEmpty())
        return malformed(QCoreApplication::translate("hd::ReceiptStatement", "缺少收据号或户号"));
    return s;
}

ReceiptVerification verifyReceiptStatement(Store &store, const QString &text)
{
    ReceiptVerification v;
    auto parsed = ReceiptStatement::parse(text);
    if (!parsed) {
        v.code = parsed.error().code;
        v.reason = parsed.error().message;
        return v;
    }
    const ReceiptStatement &s = parsed.value();
    v.statement = s;
    if (!TrustedKeys::isTerminalId(s.terminal)) {
        v.code = QStringLiteral("receipt.malformed");
        v.reason =
            QCoreApplication::translate("hd::ReceiptStatement", "二维码中的终端编号“%1”无效。")
                .arg(s.terminal);
        return v;
    }
    v.key = TrustedKeys(store).find(s.keyId);
    if (!v.key) {
        v.code = QStringLiteral("receipt.untrusted-key");
        v.reason = QCoreApplication::translate(
                       "hd::ReceiptStatement",
                       "签名密钥 %1 不是本营业厅任何终端的密钥：不能证明收据由本厅签发。")
                       .arg(s.keyId);
        return v;
    }
    if (v.key->terminal != s.terminal) {
        v.code = QStringLiteral("receipt.key-terminal");
        v.reason =
            QCoreApplication::translate("hd::ReceiptStatement",
                                        "签名密钥 %1 属于终端 %2，而二维码自称由终端 %3 签发。")
                .arg(s.keyId, v.key->terminal, s.terminal);
        return v;
    }
    if (!TerminalKey::verify(v.key->publicKey, s.signedPart().toUtf8(), s.signature)) {
        v.code = QStringLiteral("receipt.bad-signature");
        v.reason = QCoreApplication::translate(
            "hd::ReceiptStatement",
            "签名不符：二维码中的收据号、户号、金额或时间被改动过，或并非由该终端签发。");
        return v;
    }

    // The signature is good. When this store holds the payment, it must say the same.
    QSqlQuery q(store.db());
    q.prepare(QStringLiteral(
        "SELECT a.account_no, p.amount_fen, p.created_at, "
        "COALESCE((SELECT r.receipt_no FROM payments r WHERE r.reverses_uuid = p.uuid), '') "
        "FROM payments p JOIN accounts a ON a.id = p.account_id WHERE p.receipt_no = ?"));
    q.addBindValue(s.receiptNo);
    if (q.exec() && q.next()) {
        const QDateTime at =
            QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs).toUTC();
        if (q.value(0).toString() != s.accountNo || q.value(1).toLongLong() != s.amountFen ||
            at.toSecsSinceEpoch() != s.issuedAt.toSecsSinceEpoch()) {
            v.code = QStringLiteral("receipt.record-mismatch");
            v.reason = QCoreApplication::translate(
                           "hd::ReceiptStatement",
                           "签名有效，但与本机记录的收据 %1 不一致（户号、金额或时间不同）。"
                           "请立即报告值班长：终端签名密钥可能已泄露。")
                           .arg(s.receiptNo);
            return v;
        }
        v.inStore = true;
        v.reversedBy = q.value(3).toString();
    }
    v.genuine = true;
    v.code = QStringLiteral("receipt.genuine");
    v.reason = v.inStore ? QCoreApplication::translate("hd::ReceiptStatement",
                                                       "真实：由终端 %1 签发，与本机记录一致。")
                               .arg(s.terminal)
                         : QCoreApplication::translate("hd::ReceiptStatement",
                                                       "真实：由本营业厅终端 %1 签发。")
                               .arg(s.terminal);
    if (!v.reversedBy.isEmpty())
        v.reason += QCoreApplication::translate("hd::ReceiptStatement",
                                                "注意：该笔缴费已由冲正单 %1 冲正。")
                        .arg(v.reversedBy);
    return v;
}

} // namespace hd
