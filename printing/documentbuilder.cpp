#include "documentbuilder.h"

#include "accounttablemodels.h"
#include "amountwords.h"
#include "cashcount.h"
#include "dayreport.h"
#include "receiptstatement.h"
#include "shiftledger.h"
#include "store.h"
#include "terminalkey.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

namespace hd {

namespace {
QString localTime(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString period(int yyyymm)
{
    return QStringLiteral("%1-%2").arg(yyyymm / 100).arg(yyyymm % 100, 2, 10, QLatin1Char('0'));
}

QString methodLabel(const QString &method)
{
    return PaymentHistoryModel::methodLabel(method);
}

constexpr auto L = PrintBlock::Align::Left;
constexpr auto R = PrintBlock::Align::Right;
} // namespace

DocumentBuilder::DocumentBuilder(Store &store, const TerminalKey *key)
    : m_store(store)
    , m_key(key)
{}

Result<QString> DocumentBuilder::signedStatement(const ReceiptRecord &record,
                                                 const TerminalKey &key, const QString &terminal)
{
    ReceiptStatement s;
    s.receiptNo = record.receiptNo;
    s.accountNo = record.accountNo;
    s.amountFen = record.amount.fen();
    s.issuedAt = QDateTime::fromSecsSinceEpoch(record.createdAt.toSecsSinceEpoch(), Qt::UTC);
    s.terminal = terminal;
    if (Status st = s.sign(key); !st)
        return st.error();
    return s.toText();
}

PrintDocument DocumentBuilder::receiptDocument(const ReceiptRecord &r,
                                               const ReceiptSettings &settings,
                                               const QString &qrText, const ReceiptCopy &copy)
{
    PrintDocument d;
    d.type = r.isReversal() ? PrintDocument::Type::ReversalSlip : PrintDocument::Type::Receipt;
    d.documentNo = r.receiptNo;
    d.organisation = r.hallName;
    d.title = r.isReversal() ? tr("冲正凭证") : tr("电费收据");
    d.reprint = copy.isReprint();
    d.reprintCount = copy.copyNo;
    d.reprintedBy = copy.operatorName.isEmpty()
                        ? copy.operatorLogin
                        : QStringLiteral("%1(%2)").arg(copy.operatorName, copy.operatorLogin);
    d.reprintedAt = copy.printedAt;
    // The drawer opens when cash is taken, not when a copy is printed later.
    d.kickDrawer = !d.reprint && !r.isReversal() && r.paidInCash();

    d.field(r.isReversal() ? tr("冲正单号") : tr("收据号"), r.receiptNo);
    if (r.isReversal())
        d.field(tr("原收据号"), r.reversesReceiptNo);
    d.field(tr("日期"), localTime(r.createdAt));
    d.field(tr("营业厅"), r.hallCode);
    d.field(tr("终端"), r.terminalCode);
    d.field(tr("收费员"), r.operatorName.isEmpty()
                              ? r.operatorLogin
                              : QStringLiteral("%1(%2)").arg(r.operatorName, r.operatorLogin));
    d.rule();
    d.field(tr("户号"), r.accountNo);
    d.field(tr("户名"), settings.maskAccountName ? maskAccountName(r.accountName) : r.accountName);
    d.field(tr("地址"), r.address);
    d.rule();

    if (r.isReversal()) {
        d.field(tr("冲正原因"), r.reason);
        d.field(tr("审批人"), r.approvedBy);
        for (const ReceiptRecord::TenderLine &t : r.tenders)
            d.amount(tr("退%1").arg(methodLabel(t.method)), -t.amount);
        d.rule();
    } else {
        if (!r.bills.isEmpty()) {
            QList<QStringList> rows;
            for (const ReceiptRecord::BillLine &b : r.bills)
                rows.append({period(b.period), QString::number(b.kwh), printAmount(b.principal)});
            d.table({tr("账期"), tr("电量(kWh)"), tr("电费(元)")}, rows, {L, R, R});
        }
        if (!r.lateFee.isZero())
            d.amount(tr("违约金"), r.lateFee);
        if (!r.credit.isZero())
            d.amount(tr("预存电费"), r.credit);
        d.rule();
    }
    d.total(r.isReversal() ? tr("冲正合计") : tr("合计"), r.amount);
    d.field(tr("人民币大写"), amountInWords(r.amount));
    if (!r.isReversal()) {
        d.rule();
        for (const ReceiptRecord::TenderLine &t : r.tenders) {
            QString label = methodLabel(t.method);
            if (!t.cardLast4.isEmpty())
                label += tr("(尾号%1)").arg(t.cardLast4);
            d.amount(label, t.amount);
            if (t.method == QLatin1String("cash")) {
                d.amount(tr("  实收"), t.tendered);
                d.amount(tr("  找零"), t.change);
            } else if (!t.reference.isEmpty()) {
                d.field(tr("  参考号"), t.reference);
            }
        }
    }
    if (!r.reversedByReceiptNo.isEmpty())
        d.text(tr("本笔缴费已冲正（冲正单 %1）").arg(r.reversedByReceiptNo),
               PrintBlock::Align::Left, true);
    d.rule();
    if (!qrText.isEmpty())
        d.qr(qrText, tr("扫码验证收据真伪"));
    if (r.isReversal())
        d.signatures({tr("客户签字")});
    d.footer = {tr("请妥善保管本收据，如有疑问请拨打 95598。")};
    return d;
}

Result<PrintDocument> DocumentBuilder::receipt(const QString &receiptNo,
                                               const ReceiptCopy &copy) const
{
    auto record = ReceiptRecord::load(m_store, receiptNo);
    if (!record)
        return record.error();
    if (!m_key || !m_key->isValid())
        return Error{QStringLiteral("terminal-key"),
                     tr("本终端没有签名密钥，不能出具可验证的收据。请联系系统管理员。")};
    const StoreIdentity id = m_store.identity();
    auto qr =
        signedStatement(record.value(), *m_key, id.hallCode + QLatin1Char('-') + id.terminalCode);
    if (!qr)
        return qr.error();
    return receiptDocument(record.value(), ReceiptSettings::load(m_store), qr.value(), copy);
}

Result<PrintDocument> DocumentBuilder::shiftClose(qint64 shiftId) const
{
    ShiftLedger ledger(m_store);
    auto shift = ledger.byId(shiftId);
    if (!shift)
        return shift.error();
    if (shift->open)
        return Error{QStringLiteral("shift.open"),
                     tr("班次 %1 尚未结班，结班后才能打印交班单。").arg(shiftId)};
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral(
        "SELECT COALESCE(s.closing_count, '{}'), s.expected_cash_fen, s.counted_cash_fen, "
        "s.expected_card_fen, s.counted_card_fen, s.expected_qr_fen, s.counted_qr_fen, "
        "s.difference_fen, COALESCE(s.approved_by, ''), COALESCE(o.name, '') FROM shifts s "
        "LEFT JOIN operators o ON o.login = s.operator_login WHERE s.id = ?"));
    q.addBindValue(shiftId);
    if (!q.exec() || !q.next())
        return Error{QStringLiteral("shift.unknown"), tr("找不到班次 %1。").arg(shiftId)};
    auto fen = [&](int column) { return Money::fromFen(q.value(column).toLongLong()); };
    const ShiftTotals totals = ledger.totals(shiftId);
    const StoreIdentity id = m_store.identity();

    PrintDocument d;
    d.type = PrintDocument::Type::ShiftClose;
    d.documentNo = QString::number(shiftId);
    d.organisation = id.hallName;
    d.title = tr("交班单");
    d.field(tr("班次"), QString::number(shiftId));
    d.field(tr("终端"), id.hallCode + QLatin1Char('-') + id.terminalCode);
    d.field(tr("收费员"),
            q.value(9).toString().isEmpty()
                ? shift->operatorLogin
                : QStringLiteral("%1(%2)").arg(q.value(9).toString(), shift->operatorLogin));
    d.field(tr("开班"), localTime(shift->openedAt));
    d.field(tr("结班"), localTime(shift->closedAt));
    d.rule();
    d.amount(tr("备用金"), totals.openingFloat);
    d.amount(tr("现金存入"), totals.cashIn);
    d.amount(tr("现金取出"), totals.cashOut);
    d.amount(tr("现金收费(净)"), totals.cash);
    d.text(tr("缴费 %1 笔，冲正 %2 笔").arg(totals.payments).arg(totals.reversals));
    d.rule();
    d.table({tr("方式"), tr("应有"), tr("实点"), tr("差额")},
            {{tr("现金"), printAmount(fen(1)), printAmount(fen(2)), printAmount(fen(2) - fen(1))},
             {tr("银行卡"), printAmount(fen(3)), printAmount(fen(4)), printAmount(fen(4) - fen(3))},
             {tr("扫码"), printAmount(fen(5)), printAmount(fen(6)), printAmount(fen(6) - fen(5))}},
            {L, R, R, R});
    d.total(tr("合计差额"), fen(7));
    const CashCount count =
        CashCount::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    d.field(tr("点钞"), count.toDisplayString());
    if (!q.value(8).toString().isEmpty())
        d.field(tr("差额审批"), q.value(8).toString());
    d.rule();
    d.signatures({tr("交班人"), tr("接班人/值班长")});
    return d;
}

Result<PrintDocument> DocumentBuilder::dayReport(QDate day) const
{
    auto report = DayReport::build(m_store, day);
    if (!report)
        return report.error();
    const DayReport &r = report.value();
    const StoreIdentity id = m_store.identity();
    PrintDocument d;
    d.type = PrintDocument::Type::DayReport;
    d.documentNo = day.toString(Qt::ISODate);
    d.organisation = id.hallName;
    d.title = tr("日结报表");
    d.subtitle =
        tr("%1  营业厅 %2  终端 %3").arg(day.toString(Qt::ISODate), id.hallCode, id.terminalCode);
    d.field(tr("缴费笔数"), QString::number(r.payments));
    d.field(tr("冲正笔数"), QString::number(r.reversals.size()));
    d.total(tr("净收"), r.net);
    d.field(tr("人民币大写"), amountInWords(r.net));

    auto totals = [&](const QString &heading, const QString &keyHeader,
                      const QList<DayReport::Total> &list, auto label) {
        d.heading(heading);
        QList<QStringList> rows;
        for (const DayReport::Total &t : list)
            rows.append({label(t.key), QString::number(t.count), printAmount(t.amount)});
        if (rows.isEmpty())
            rows.append({tr("（无）"), QString(), QString()});
        d.table({keyHeader, tr("笔数"), tr("金额(元)")}, rows, {L, R, R});
    };
    totals(tr("按收费员"), tr("收费员"), r.perClerk, [](const QString &k) { return k; });
    totals(tr("按支付方式"), tr("方式"), r.perMethod,
           [](const QString &k) { return PaymentHistoryModel::methodLabel(k); });
    totals(tr("按业务类型"), tr("类型"), r.perKind,
           [](const QString &k) { return PaymentHistoryModel::kindLabel(k); });

    d.heading(tr("冲正明细"));
    QList<QStringList> reversals;
    for (const DayReport::Reversal &v : r.reversals)
        reversals.append({v.receiptNo, v.reversesReceiptNo, printAmount(v.amount), v.reason,
                          v.operatorLogin, v.approvedBy});
    if (reversals.isEmpty())
        reversals.append({tr("（无）"), QString(), QString(), QString(), QString(), QString()});
    d.table({tr("冲正单号"), tr("原收据号"), tr("金额"), tr("原因"), tr("经办"), tr("审批")},
            reversals, {L, L, R, L, L, L});

    d.heading(tr("班次"));
    QList<QStringList> shifts;
    for (const DayReport::ShiftLine &s : r.shifts)
        shifts.append({s.operatorLogin, s.openedAt.toLocalTime().toString(QStringLiteral("HH:mm")),
                       s.closedAt.isValid()
                           ? s.closedAt.toLocalTime().toString(QStringLiteral("HH:mm"))
                           : tr("未结班"),
                       printAmount(s.expectedCash), printAmount(s.countedCash),
                       printAmount(s.difference), s.approvedBy});
    if (shifts.isEmpty())
        shifts.append(
            {tr("（无）"), QString(), QString(), QString(), QString(), QString(), QString()});
    d.table({tr("收费员"), tr("开班"), tr("结班"), tr("应有现金"), tr("实点现金"), tr("差额"),
             tr("审批")},
            shifts, {L, L, L, R, R, R, L});
    d.rule();
    d.signatures({tr("制表"), tr("复核"), tr("值班长")});
    d.footer = {tr("打印时间 %1").arg(localTime(QDateTime::currentDateTimeUtc()))};
    return d;
}

PrintDocument DocumentBuilder::testPage(const QString &printerDescription) const
{
    const StoreIdentity id = m_store.identity();
    PrintDocument d;
    d.type = PrintDocument::Type::TestPage;
    d.documentNo = QStringLiteral("test");
    d.organisation = id.hallName;
    d.title = tr("打印测试页");
    d.field(tr("打印机"), printerDescription);
    d.field(tr("终端"), id.hallCode + QLatin1Char('-') + id.terminalCode);
    d.field(tr("时间"), localTime(QDateTime::currentDateTimeUtc()));
    d.rule();
    d.text(tr("中文：供电营业厅电费收据 壹贰叁肆伍陆柒捌玖拾佰仟万元角分整"));
    d.text(QStringLiteral("ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789"));
    d.text(QStringLiteral("123456789012345678901234567890123456789012345678"));
    d.total(tr("合计"), Money::fromFen(123456));
    d.qr(QStringLiteral("HALLDESK TEST PAGE"), tr("二维码应能被扫码枪读出"));
    d.footer = {tr("看到完整的两行数字和清晰的中文，说明纸宽和字体设置正确。")};
    return d;
}

} // namespace hd
