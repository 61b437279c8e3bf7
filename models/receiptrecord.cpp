#include "receiptrecord.h"

#include "store.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace hd {

namespace {
Error sqlError(const QSqlQuery &q)
{
    return Error{QStringLiteral("store.sql"),
                 QCoreApplication::translate("hd::ReceiptRecord", "数据库操作失败：%1")
                     .arg(q.lastError().text())};
}
} // namespace

bool ReceiptRecord::paidInCash() const
{
    for (const TenderLine &t : tenders)
        if (t.method == QLatin1String("cash") && t.amount.fen() > 0)
            return true;
    return false;
}

Result<ReceiptRecord> ReceiptRecord::load(Store &store, const QString &receiptNo)
{
    const QString number = receiptNo.trimmed();
    QSqlQuery q(store.db());
    q.prepare(QStringLiteral(
        "SELECT p.uuid, p.receipt_no, p.kind, p.operator_login, COALESCE(o.name, ''), "
        "p.created_at, a.account_no, a.name, a.address, a.customer_class, p.amount_fen, "
        "p.late_fee_fen, p.credit_fen, p.change_fen, COALESCE(p.reason, ''), "
        "COALESCE(p.approved_by, ''), COALESCE(orig.receipt_no, ''), "
        "COALESCE((SELECT r.receipt_no FROM payments r WHERE r.reverses_uuid = p.uuid), '') "
        "FROM payments p JOIN accounts a ON a.id = p.account_id "
        "LEFT JOIN operators o ON o.login = p.operator_login "
        "LEFT JOIN payments orig ON orig.uuid = p.reverses_uuid WHERE p.receipt_no = ?"));
    q.addBindValue(number);
    if (!q.exec())
        return sqlError(q);
    if (!q.next()) {
        // A payment still waiting for its QR confirmation has no receipt number yet; say so
        // when the clerk typed its id.
        QSqlQuery pending(store.db());
        pending.prepare(QStringLiteral("SELECT state FROM pending_payments WHERE uuid = ?"));
        pending.addBindValue(number);
        if (pending.exec() && pending.next())
            return Error{QStringLiteral("receipt.not-committed"),
                         QCoreApplication::translate(
                             "hd::ReceiptRecord",
                             "该笔扫码支付尚未入账（状态：%1），不能打印收据。请先确认支付结果。")
                             .arg(pending.value(0).toString())};
        return Error{
            QStringLiteral("receipt.unknown"),
            QCoreApplication::translate(
                "hd::ReceiptRecord", "没有收据号为 %1 的已入账缴费，不能打印收据。请核对收据号。")
                .arg(number)};
    }
    ReceiptRecord r;
    r.uuid = q.value(0).toString();
    r.receiptNo = q.value(1).toString();
    r.kind = q.value(2).toString();
    r.operatorLogin = q.value(3).toString();
    r.operatorName = q.value(4).toString();
    r.createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs).toUTC();
    r.accountNo = q.value(6).toString();
    r.accountName = q.value(7).toString();
    r.address = q.value(8).toString();
    r.residential = q.value(9).toString() == QLatin1String("residential");
    r.amount = Money::fromFen(q.value(10).toLongLong());
    r.lateFee = Money::fromFen(q.value(11).toLongLong());
    r.credit = Money::fromFen(q.value(12).toLongLong());
    r.change = Money::fromFen(q.value(13).toLongLong());
    r.reason = q.value(14).toString();
    r.approvedBy = q.value(15).toString();
    r.reversesReceiptNo = q.value(16).toString();
    r.reversedByReceiptNo = q.value(17).toString();
    q.finish();

    const StoreIdentity id = store.identity();
    r.hallName = id.hallName;
    // The receipt number carries the hall and terminal that issued it (4401-03-00001234);
    // a store restored on another terminal still prints the issuing one.
    const QStringList parts = r.receiptNo.split(QLatin1Char('-'));
    r.hallCode = parts.size() == 3 ? parts[0] : id.hallCode;
    r.terminalCode = parts.size() == 3 ? parts[1] : id.terminalCode;

    q.prepare(
        QStringLiteral("SELECT pa.period, COALESCE(b.kwh_tier1 + b.kwh_tier2 + b.kwh_tier3, 0), "
                       "pa.principal_fen, pa.penalty_fen FROM payment_allocations pa "
                       "JOIN payments p ON p.uuid = pa.payment_uuid "
                       "LEFT JOIN bills b ON b.account_id = p.account_id AND b.period = pa.period "
                       "WHERE pa.payment_uuid = ? AND pa.kind = 'bill' ORDER BY pa.seq"));
    q.addBindValue(r.uuid);
    if (!q.exec())
        return sqlError(q);
    while (q.next())
        r.bills.append({q.value(0).toInt(), q.value(1).toLongLong(),
                        Money::fromFen(q.value(2).toLongLong()),
                        Money::fromFen(q.value(3).toLongLong())});

    q.prepare(QStringLiteral("SELECT method, amount_fen, tendered_fen, change_fen, "
                             "COALESCE(card_last4, ''), COALESCE(card_ref, acquirer_ref, '') "
                             "FROM payment_tenders WHERE payment_uuid = ? ORDER BY seq"));
    q.addBindValue(r.uuid);
    if (!q.exec())
        return sqlError(q);
    while (q.next())
        r.tenders.append({q.value(0).toString(), Money::fromFen(q.value(1).toLongLong()),
                          Money::fromFen(q.value(2).toLongLong()),
                          Money::fromFen(q.value(3).toLongLong()), q.value(4).toString(),
                          q.value(5).toString()});
    return r;
}

QString maskAccountName(const QString &name)
{
    const QList<uint> chars = name.trimmed().toUcs4();
    const qsizetype n = chars.size();
    if (n <= 1)
        return name.trimmed();
    auto text = [&](qsizetype from, qsizetype count) {
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData() + from),
                                 count);
    };
    const QString star = QStringLiteral("*");
    if (n <= 3)
        return text(0, 1) + star.repeated(n - 1);
    if (n == 4)
        return text(0, 1) + star.repeated(2) + text(3, 1);
    return text(0, 2) + star.repeated(n - 4) + text(n - 2, 2);
}

} // namespace hd
