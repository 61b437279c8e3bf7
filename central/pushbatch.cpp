#include "pushbatch.h"

#include "protocol.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

namespace hd::central {

namespace {

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

qint64 fen(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toInteger();
}

// A copy of a row's text (RowReader::utf8 may point into the result).
QByteArray owned(const QByteArray &utf8)
{
    return QByteArray(utf8.constData(), utf8.size());
}

void appendResult(QByteArray &out, const QString &uuid, const QString &status,
                  const QString &reason, const QString &message, QByteArrayView effect)
{
    out += "{\"op_uuid\":";
    sync::appendJsonString(out, uuid);
    out += ",\"status\":";
    sync::appendJsonString(out, status);
    if (status == QLatin1String("rejected")) {
        out += ",\"reason\":";
        sync::appendJsonString(out, reason);
        out += ",\"message\":";
        sync::appendJsonString(out, message);
    } else {
        out += ",\"effect\":"; // JSON text this service wrote (effectJson)
        out += effect;
    }
    out += '}';
}

} // namespace

MoneyFields MoneyFields::read(const QJsonObject &p)
{
    MoneyFields m;
    m.uuid = text(p, "uuid");
    m.accountNo = text(p, "account_no");
    m.receiptNo = text(p, "receipt_no").toUtf8();
    m.kind = text(p, "kind").toUtf8();
    m.method = text(p, "method").toUtf8();
    m.operatorLogin = text(p, "operator").toUtf8();
    m.shiftUuid = text(p, "shift_uuid").toUtf8();
    m.createdAt = text(p, "created_at").toUtf8();
    m.reversesUuid = text(p, "reverses_uuid");
    m.reversesReceiptNo = text(p, "reverses_receipt_no");
    m.amountFen = fen(p, "amount_fen");
    for (const QJsonValue &t : p.value(QLatin1StringView("tenders")).toArray()) {
        const QJsonObject tender = t.toObject();
        const QString method = text(tender, "method");
        const qint64 amount = fen(tender, "amount_fen");
        if (method == QLatin1String("cash"))
            m.cashFen += amount;
        else if (method == QLatin1String("card"))
            m.cardFen += amount;
        else
            m.qrFen += amount;
    }
    m.facts = sync::PaymentFacts::fromPayload(p);
    return m;
}

QByteArray effectJson(const sync::Effect &effect)
{
    QByteArray out;
    out.reserve(96 + effect.lines.size() * 88);
    out += '{';
    if (!effect.conflict.isEmpty()) {
        out += "\"conflict\":";
        sync::appendJsonString(out, effect.conflict);
        out += ',';
    }
    out += "\"credit_fen\":";
    out += QByteArray::number(effect.creditFen);
    out += ",\"lines\":[";
    for (qsizetype i = 0; i < effect.lines.size(); ++i) {
        const sync::Effect::Line &l = effect.lines[i];
        out += i > 0 ? ",{\"applied_fen\":" : "{\"applied_fen\":";
        out += QByteArray::number(l.appliedFen);
        out += ",\"period\":";
        out += QByteArray::number(l.period);
        out += ",\"prev_penalty_from\":";
        sync::appendJsonString(out, l.prevPenaltyFrom);
        out += ",\"prev_status\":";
        out += QByteArray::number(l.prevStatus);
        out += '}';
    }
    out += "],\"refund_due_fen\":";
    out += QByteArray::number(effect.refundDueFen);
    out += ",\"to_credit_fen\":";
    out += QByteArray::number(effect.toCreditFen);
    out += '}';
    return out;
}

PushBatch::PushBatch(CentralDb &db, QString keyId, QString receivedAt)
    : m_db(db)
    , m_keyId(std::move(keyId))
    , m_receivedAt(std::move(receivedAt))
    , m_keyIdUtf8(m_keyId.toUtf8())
    , m_receivedAtUtf8(m_receivedAt.toUtf8())
{}

Result<QByteArray> PushBatch::apply(const QList<PushOp> &ops)
{
    if (Status s = load(ops); !s)
        return s.error();
    QByteArray out = "[";
    out.reserve(ops.size() * 256);
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const PushOp &op = ops[i];
        if (i > 0)
            out += ',';
        if (const auto it = m_seen.constFind(op.uuid); it != m_seen.constEnd()) {
            if (it->hash != op.hash)
                appendResult(
                    out, op.uuid, QStringLiteral("rejected"), QStringLiteral("op.uuid-reused"),
                    tr("操作编号 %1 已用于内容不同的另一操作，未重复记账。").arg(op.uuid), {});
            else if (it->status == QLatin1String("applied"))
                appendResult(out, op.uuid, QStringLiteral("duplicate"), {}, {}, it->effect);
            else
                appendResult(out, op.uuid, it->status, it->reason, it->message, {});
            continue;
        }
        auto outcome = applyOp(op);
        if (!outcome)
            return outcome.error();
        m_opRows << op.uuid << m_keyIdUtf8 << op.seq << op.kind << op.hash << outcome->status
                 << outcome->reason << outcome->message << outcome->effect << op.payloadText
                 << m_receivedAtUtf8;
        // A batch may carry the same op twice: the second is a duplicate of the first.
        m_seen.insert(op.uuid, {op.hash, outcome->status, outcome->reason, outcome->message,
                                outcome->effect});
        appendResult(out, op.uuid, outcome->status, outcome->reason, outcome->message,
                     outcome->effect);
    }
    out += ']';
    if (Status s = write(); !s)
        return s.error();
    return out;
}

namespace {
using T = RowSet::Type;
} // namespace

Status PushBatch::loadSeen(const QStringList &uuids)
{
    RowSet rows({T::Text});
    for (const QString &uuid : uuids)
        rows << uuid;
    return m_db.runRows(
        QStringLiteral("SELECT op_uuid, content_hash, status, reason, message, effect FROM "
                       "ops WHERE op_uuid IN (SELECT j.column1 FROM {rows} AS j)"),
        rows, [this](const RowReader &r) {
            m_seen.insert(r.text(0),
                          {r.text(1), r.text(2), r.text(3), r.text(4), owned(r.utf8(5))});
        });
}

Status PushBatch::load(const QList<PushOp> &ops)
{
    // The payment uuids the new ops use (their own, and the originals of reversals), and the
    // accounts they pay into; of those, the accounts a reversal may give money back to.
    RowSet payments({T::Text}), accounts({T::Text});
    QStringList accountOrder;
    QSet<QString> accountSet, reversalAccounts;
    for (const PushOp &op : ops) {
        if (m_seen.contains(op.uuid))
            continue;
        if (!op.isMoney())
            continue;
        const bool payment = op.kind == QLatin1String("payment");
        payments << op.money.uuid;
        if (!payment)
            payments << op.money.reversesUuid;
        const QString &account = op.money.accountNo;
        if (!accountSet.contains(account)) {
            accountSet.insert(account);
            accountOrder.append(account);
            accounts << account;
        }
        if (!payment)
            reversalAccounts.insert(account);
    }
    if (Status s = m_db.runRows(
            QStringLiteral("SELECT uuid, account_no, effect, reversed_by, cash_fen, card_fen, "
                           "qr_fen, region, method FROM payments WHERE uuid IN (SELECT j.column1 "
                           "FROM {rows} AS j)"),
            payments,
            [this](const RowReader &r) {
                Payment row;
                row.uuid = r.text(0);
                row.accountNo = r.text(1);
                row.effect = owned(r.utf8(2));
                row.reversedBy = r.text(3);
                row.cashFen = r.integer(4);
                row.cardFen = r.integer(5);
                row.qrFen = r.integer(6);
                row.region = owned(r.utf8(7));
                row.method = owned(r.utf8(8));
                row.stored = true;
                m_payments.insert(row.uuid, row);
            });
        !s)
        return s;
    if (Status s = m_db.runRows(
            QStringLiteral("SELECT account_no, status, balance_fen, refund_due_fen, region FROM "
                           "accounts WHERE account_no IN (SELECT j.column1 FROM {rows} AS j)"),
            accounts,
            [this](const RowReader &r) {
                Account account;
                account.now.accountNo = r.text(0);
                account.now.status = r.text(1);
                account.now.balanceFen = r.integer(2);
                account.now.refundDueFen = r.integer(3);
                account.region = owned(r.utf8(4));
                m_accounts.insert(account.now.accountNo, account);
            });
        !s)
        return s;
    // Each account's bills by period, as the ledger needs them: for a payment only the bills it
    // can still pay (sync::BillState::payable; of a paid-up account's twelve months, the last
    // one or two), for a reversal all of them (the bills its payment settled).
    RowSet payableOnly({T::Text}), everyBill({T::Text});
    for (const QString &no : std::as_const(accountOrder))
        (reversalAccounts.contains(no) ? everyBill : payableOnly) << no;
    if (Status s = loadBills(payableOnly, true); !s)
        return s;
    if (Status s = loadBills(everyBill, false); !s)
        return s;
    for (Account &account : m_accounts)
        account.before = account.now;
    return {};
}

Status PushBatch::loadBills(const RowSet &accounts, bool payableOnly)
{
    // On PostgreSQL one scan of the bills key for the batch's accounts as an array, which gives
    // the rows in key order (account, period) without a sort. Not the IN (jsonb rows) form:
    // jsonb_array_elements has no row estimate, and with the statistics of a freshly loaded bills
    // table that hashed ~100 accounts of hundreds of bills each against a scan of every bill (100
    // ms a batch at 240,000 bills). Not a lateral subquery per account either (the previous form):
    // with such statistics it became a bitmap scan and a sort per account, and crossed
    // jit_above_cost: 32 ms a batch, 5-24 ms of it compiling (this form with jit off: 22 ms,
    // pg_stat_statements, 1,000 payments into 20,000 accounts).
    const QString which =
        m_db.isPostgres()
            ? QStringLiteral("account_no = ANY (ARRAY(SELECT j.column1 FROM {rows} AS j))")
            : QStringLiteral("account_no IN (SELECT j.column1 FROM {rows} AS j)");
    const QString filter =
        payableOnly ? QStringLiteral(" AND ") + QLatin1String(sync::kPayableBillSql) : QString();
    return m_db.runRows(
        QStringLiteral("SELECT account_no, period, amount_fen, paid_fen, status, penalty_from FROM "
                       "bills WHERE ") +
            which + filter + QStringLiteral(" ORDER BY account_no, period"),
        accounts,
        // The rows come account by account: the account is looked up once per account.
        [this, lastNo = QByteArray(), account = static_cast<Account *>(nullptr),
         first = true](const RowReader &r) mutable {
            if (const QByteArray no = r.utf8(0); first || no != lastNo) {
                first = false;
                lastNo = QByteArray(no.constData(), no.size()); // a copy: `no` is the row's
                const auto it = m_accounts.find(QString::fromUtf8(lastNo));
                account = it == m_accounts.end() ? nullptr : &*it;
            }
            if (account)
                account->now.bills.append(
                    {int(r.integer(1)), r.integer(2), r.integer(3), int(r.integer(4)), r.text(5)});
        });
}

PushBatch::Account *PushBatch::touch(const QString &accountNo)
{
    const auto it = m_accounts.find(accountNo);
    if (it == m_accounts.end())
        return nullptr;
    if (!it->touched) {
        it->touched = true;
        m_touched.append(accountNo);
    }
    return &*it;
}

Result<PushBatch::Outcome> PushBatch::applyOp(const PushOp &op)
{
    if (op.kind == QLatin1String("payment"))
        return applyPayment(op);
    if (op.kind == QLatin1String("reversal"))
        return applyReversal(op);
    const QJsonObject &p = op.payload;
    Status s;
    if (op.kind == QLatin1String("shift.open")) {
        s = m_db.run(QStringLiteral("INSERT INTO shifts (shift_uuid, key_id, opened_at, "
                                    "opening_float_fen) VALUES (?, ?, ?, ?) ON CONFLICT "
                                    "(shift_uuid) DO UPDATE SET opened_at = excluded.opened_at, "
                                    "opening_float_fen = excluded.opening_float_fen"),
                     {text(p, "shift_uuid"), m_keyId, text(p, "at"), fen(p, "opening_float_fen")});
    } else if (op.kind == QLatin1String("shift.close")) {
        s = m_db.run(QStringLiteral(
                         "INSERT INTO shifts (shift_uuid, key_id, closed_at, expected_cash_fen, "
                         "expected_card_fen, expected_qr_fen, counted_cash_fen, difference_fen) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (shift_uuid) DO UPDATE SET "
                         "closed_at = excluded.closed_at, expected_cash_fen = "
                         "excluded.expected_cash_fen, expected_card_fen = "
                         "excluded.expected_card_fen, expected_qr_fen = excluded.expected_qr_fen, "
                         "counted_cash_fen = excluded.counted_cash_fen, difference_fen = "
                         "excluded.difference_fen"),
                     {text(p, "shift_uuid"), m_keyId, text(p, "at"), fen(p, "expected_cash_fen"),
                      fen(p, "expected_card_fen"), fen(p, "expected_qr_fen"),
                      fen(p, "counted_cash_fen"), fen(p, "difference_fen")});
    } else if (op.kind == QLatin1String("cash.movement")) {
        s = m_db.run(QStringLiteral("INSERT INTO cash_movements (uuid, shift_uuid, direction, "
                                    "amount_fen, reason) VALUES (?, ?, ?, ?, ?) ON CONFLICT "
                                    "(uuid) DO NOTHING"),
                     {text(p, "uuid"), text(p, "shift_uuid"), text(p, "direction"),
                      fen(p, "amount_fen"), text(p, "reason")});
    }
    if (!s)
        return s.error();
    return Outcome{QStringLiteral("applied"), {}, {}};
}

PushBatch::Outcome PushBatch::applyPayment(const PushOp &op)
{
    const MoneyFields &m = op.money;
    if (m_payments.contains(m.uuid))
        return {QStringLiteral("rejected"), QStringLiteral("payment.uuid-exists"),
                tr("缴费编号 %1 已被另一笔缴费使用。").arg(m.uuid)};
    Account *account = touch(m.accountNo);
    if (!account)
        return {QStringLiteral("rejected"), QStringLiteral("account.unknown"),
                tr("户号 %1 在中心不存在，请核实后退款或转入正确户号。").arg(m.accountNo)};
    const sync::Effect effect = sync::applyPayment(account->now, m.facts);
    Payment row;
    row.uuid = m.uuid;
    row.region = account->region;
    row.receiptNo = m.receiptNo;
    row.accountNo = m.accountNo;
    row.kind = m.kind;
    row.amountFen = m.amountFen;
    row.cashFen = m.cashFen;
    row.cardFen = m.cardFen;
    row.qrFen = m.qrFen;
    row.method = m.method;
    row.operatorLogin = m.operatorLogin;
    row.shiftUuid = m.shiftUuid;
    row.createdAt = m.createdAt;
    row.effect = effectJson(effect);
    row.conflict = effect.conflict;
    row.toCreditFen = effect.toCreditFen;
    row.refundDue = effect.refundDueFen > 0;
    m_payments.insert(m.uuid, row);
    m_newPayments.append(m.uuid);
    return {QStringLiteral("applied"), {}, {}, row.effect};
}

PushBatch::Outcome PushBatch::applyReversal(const PushOp &op)
{
    const MoneyFields &m = op.money;
    const QString &uuid = m.uuid;
    const QString &originalUuid = m.reversesUuid;
    if (m_payments.contains(uuid))
        return {QStringLiteral("rejected"), QStringLiteral("payment.uuid-exists"),
                tr("冲正编号 %1 已被另一笔缴费使用。").arg(uuid)};
    const auto original = m_payments.find(originalUuid);
    if (original == m_payments.end())
        return {QStringLiteral("rejected"), QStringLiteral("reversal.unknown-payment"),
                tr("被冲正的缴费 %1 在中心没有记录（可能已被拒绝）。").arg(m.reversesReceiptNo)};
    if (!original->reversedBy.isEmpty())
        return {QStringLiteral("rejected"), QStringLiteral("reversal.twice"),
                tr("该笔缴费已被冲正过。")};
    if (original->accountNo != m.accountNo)
        return {QStringLiteral("rejected"), QStringLiteral("reversal.account"),
                tr("冲正的户号与原缴费不符。")};
    Account *account = touch(original->accountNo);
    if (!account)
        return {QStringLiteral("rejected"), QStringLiteral("account.unknown"),
                tr("户号 %1 在中心不存在。").arg(original->accountNo)};
    const QByteArray effect = original->effect;
    sync::undo(account->now, sync::Effect::fromJson(QJsonDocument::fromJson(effect).object()));
    original->reversedBy = uuid;
    if (original->stored)
        m_reversedNow.append(originalUuid);
    Payment row;
    row.uuid = uuid;
    row.region = original->region;
    row.receiptNo = m.receiptNo;
    row.accountNo = original->accountNo;
    row.kind = QByteArrayLiteral("reversal");
    row.amountFen = m.amountFen;
    row.cashFen = -original->cashFen;
    row.cardFen = -original->cardFen;
    row.qrFen = -original->qrFen;
    row.method = original->method;
    row.operatorLogin = m.operatorLogin;
    row.shiftUuid = m.shiftUuid;
    row.reversesUuid = originalUuid;
    row.createdAt = m.createdAt;
    m_payments.insert(uuid, row); // `original` is not used after this
    m_newPayments.append(uuid);
    return {QStringLiteral("applied"), {}, {}, effect};
}

Status PushBatch::write()
{
    RowSet payments({T::Text, T::Text,    T::Text,    T::Text,    T::Text,    T::Text,
                     T::Text, T::Integer, T::Integer, T::Integer, T::Integer, T::Text,
                     T::Text, T::Text,    T::Text,    T::Text,    T::Text,    T::Text,
                     T::Text, T::Integer, T::Integer, T::Text});
    for (const QString &uuid : std::as_const(m_newPayments)) {
        const Payment &p = m_payments[uuid];
        payments << p.uuid << QByteArrayLiteral("counter") << m_keyIdUtf8 << p.region << p.receiptNo
                 << p.accountNo << p.kind << p.amountFen << p.cashFen << p.cardFen << p.qrFen
                 << p.method << p.operatorLogin << p.shiftUuid << p.reversesUuid << p.createdAt
                 << m_receivedAtUtf8 << p.effect << p.conflict << p.toCreditFen
                 << (p.refundDue ? 1 : 0) << p.reversedBy;
    }
    if (Status s =
            m_db.insertRows(QStringLiteral("payments"),
                            {QStringLiteral("uuid"),           QStringLiteral("source"),
                             QStringLiteral("principal"),      QStringLiteral("region"),
                             QStringLiteral("receipt_no"),     QStringLiteral("account_no"),
                             QStringLiteral("kind"),           QStringLiteral("amount_fen"),
                             QStringLiteral("cash_fen"),       QStringLiteral("card_fen"),
                             QStringLiteral("qr_fen"),         QStringLiteral("method"),
                             QStringLiteral("operator_login"), QStringLiteral("shift_uuid"),
                             QStringLiteral("reverses_uuid"),  QStringLiteral("created_at"),
                             QStringLiteral("received_at"),    QStringLiteral("effect"),
                             QStringLiteral("conflict"),       QStringLiteral("to_credit_fen"),
                             QStringLiteral("refund_due"),     QStringLiteral("reversed_by")},
                            payments);
        !s)
        return s;
    if (Status s = m_db.insertRows(
            QStringLiteral("ops"),
            {QStringLiteral("op_uuid"), QStringLiteral("key_id"), QStringLiteral("op_seq"),
             QStringLiteral("kind"), QStringLiteral("content_hash"), QStringLiteral("status"),
             QStringLiteral("reason"), QStringLiteral("message"), QStringLiteral("effect"),
             QStringLiteral("payload"), QStringLiteral("received_at")},
            m_opRows);
        !s)
        return s;

    // Each account changed gets one new change number: a pull sends its latest state.
    RowSet accounts({T::Text, T::Integer, T::Integer, T::Text, T::Integer});
    RowSet bills({T::Text, T::Integer, T::Integer, T::Integer, T::Text});
    for (const QString &no : std::as_const(m_touched)) {
        const Account &a = m_accounts[no];
        auto seq = m_db.nextSeq();
        if (!seq)
            return seq.error();
        accounts << no << a.now.balanceFen << a.now.refundDueFen << a.now.status << seq.value();
        for (qsizetype i = 0; i < a.now.bills.size(); ++i) {
            const sync::BillState &b = a.now.bills[i];
            const sync::BillState &o = a.before.bills[i];
            if (b.paidFen != o.paidFen || b.status != o.status || b.penaltyFrom != o.penaltyFrom)
                bills << no << b.period << b.paidFen << b.status << b.penaltyFrom;
        }
    }
    if (Status s = m_db.runRows(
            QStringLiteral("UPDATE accounts SET balance_fen = j.column2, refund_due_fen = "
                           "j.column3, status = j.column4, seq = j.column5 FROM {rows} AS j "
                           "WHERE accounts.account_no = j.column1"),
            accounts);
        !s)
        return s;
    if (Status s = m_db.runRows(
            QStringLiteral("UPDATE bills SET paid_fen = j.column3, status = j.column4, "
                           "penalty_from = j.column5 FROM {rows} AS j WHERE bills.account_no = "
                           "j.column1 AND bills.period = j.column2"),
            bills);
        !s)
        return s;
    RowSet reversed({T::Text, T::Text});
    for (const QString &uuid : std::as_const(m_reversedNow))
        reversed << uuid << m_payments[uuid].reversedBy;
    return m_db.runRows(QStringLiteral("UPDATE payments SET reversed_by = j.column2 FROM {rows} "
                                       "AS j WHERE payments.uuid = j.column1"),
                        reversed);
}

} // namespace hd::central
