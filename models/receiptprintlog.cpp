#include "receiptprintlog.h"

#include "auditlog.h"
#include "store.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hd {

namespace {
Error sqlError(const QSqlQuery &q)
{
    return Error{QStringLiteral("store.sql"),
                 QCoreApplication::translate("hd::ReceiptPrintLog", "数据库操作失败：%1")
                     .arg(q.lastError().text())};
}
} // namespace

Result<ReceiptCopy> ReceiptPrintLog::record(const QString &receiptNo, Copy copy,
                                            const QString &operatorLogin, const QString &printer)
{
    Transaction tx(m_store.db());
    if (!tx.isActive())
        return tx.beginError();
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT 1 FROM payments WHERE receipt_no = ?"));
    q.addBindValue(receiptNo);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error{
            QStringLiteral("receipt.unknown"),
            QCoreApplication::translate(
                "hd::ReceiptPrintLog", "没有收据号为 %1 的已入账缴费，不能打印收据。请核对收据号。")
                .arg(receiptNo)};
    q.prepare(QStringLiteral("SELECT MAX(copy_no) FROM receipt_prints WHERE receipt_no = ?"));
    q.addBindValue(receiptNo);
    if (!q.exec() || !q.next())
        return sqlError(q);
    const bool printedBefore = !q.value(0).isNull();
    ReceiptCopy c;
    c.receiptNo = receiptNo;
    c.copyNo = printedBefore ? q.value(0).toInt() + 1 : (copy == Copy::Reprint ? 1 : 0);
    c.operatorLogin = operatorLogin;
    c.printedAt = now();
    c.printer = printer;
    q.prepare(QStringLiteral("SELECT name FROM operators WHERE login = ?"));
    q.addBindValue(operatorLogin);
    if (q.exec() && q.next())
        c.operatorName = q.value(0).toString();

    q.prepare(QStringLiteral("INSERT INTO receipt_prints (uuid, receipt_no, copy_no, "
                             "operator_login, printed_at, printer) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    q.addBindValue(receiptNo);
    q.addBindValue(c.copyNo);
    q.addBindValue(operatorLogin);
    q.addBindValue(c.printedAt.toString(Qt::ISODateWithMs));
    q.addBindValue(printer.isNull() ? QStringLiteral("") : printer);
    if (!q.exec())
        return sqlError(q);
    if (Status s = AuditLog(m_store).append(operatorLogin,
                                            c.isReprint() ? QStringLiteral("receipt.reprint")
                                                          : QStringLiteral("receipt.print"),
                                            {{QStringLiteral("receipt_no"), receiptNo},
                                             {QStringLiteral("copy"), c.copyNo},
                                             {QStringLiteral("printer"), printer}});
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return c;
}

QList<ReceiptCopy> ReceiptPrintLog::copies(const QString &receiptNo) const
{
    QList<ReceiptCopy> all;
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT rp.copy_no, rp.operator_login, COALESCE(o.name, ''), "
                             "rp.printed_at, rp.printer FROM receipt_prints rp LEFT JOIN "
                             "operators o ON o.login = rp.operator_login WHERE rp.receipt_no = ? "
                             "ORDER BY rp.copy_no"));
    q.addBindValue(receiptNo);
    if (!q.exec())
        return all;
    while (q.next())
        all.append({receiptNo, q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
                    QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs),
                    q.value(4).toString()});
    return all;
}

int ReceiptPrintLog::reprintCount(const QString &receiptNo) const
{
    QSqlQuery q(m_store.db());
    q.prepare(
        QStringLiteral("SELECT COUNT(*) FROM receipt_prints WHERE receipt_no = ? AND copy_no > 0"));
    q.addBindValue(receiptNo);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

Status ReceiptPrintLog::recordFailure(const ReceiptCopy &copy, const QString &reason)
{
    return AuditLog(m_store).append(copy.operatorLogin, QStringLiteral("receipt.print-failed"),
                                    {{QStringLiteral("receipt_no"), copy.receiptNo},
                                     {QStringLiteral("copy"), copy.copyNo},
                                     {QStringLiteral("printer"), copy.printer},
                                     {QStringLiteral("reason"), reason}});
}

} // namespace hd
