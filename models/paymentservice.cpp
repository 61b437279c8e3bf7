#include "paymentservice.h"

#include "accountrepository.h"
#include "acquirer.h"
#include "auditlog.h"
#include "operators.h"
#include "outbox.h"
#include "paymentsettings.h"
#include "shiftledger.h"
#include "store.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hd {

namespace {
Error sqlError(const QSqlQuery &q)
{
    return Error{QStringLiteral("store.sql"),
                 QCoreApplication::translate("hd::PaymentService", "数据库操作失败：%1")
                     .arg(q.lastError().text())};
}
QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
QString maskCode(const QString &code)
{
    return code.size() <= 8
               ? QStringLiteral("****")
               : code.left(4) + QString(code.size() - 8, QLatin1Char('*')) + code.right(4);
}
bool isUuid(const QString &text)
{
    return !QUuid::fromString(text).isNull() && text.size() == 36;
}
} // namespace

QString paymentMethodKey(PaymentMethod m)
{
    switch (m) {
    case PaymentMethod::Cash:
        return QStringLiteral("cash");
    case PaymentMethod::Card:
        return QStringLiteral("card");
    case PaymentMethod::Qr:
        return QStringLiteral("qr");
    }
    return {};
}

std::optional<PaymentMethod> paymentMethodFromKey(QStringView key)
{
    for (auto m : {PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::Qr})
        if (paymentMethodKey(m) == key)
            return m;
    return std::nullopt;
}

QString paymentMethodLabel(PaymentMethod m)
{
    switch (m) {
    case PaymentMethod::Cash:
        return QCoreApplication::translate("hd::PaymentService", "现金");
    case PaymentMethod::Card:
        return QCoreApplication::translate("hd::PaymentService", "银行卡");
    case PaymentMethod::Qr:
        return QCoreApplication::translate("hd::PaymentService", "扫码");
    }
    return {};
}

QJsonObject PaymentRequest::toJson() const
{
    QJsonArray parts;
    for (const Tender &t : tenders)
        parts.append(QJsonObject{{QStringLiteral("method"), paymentMethodKey(t.method)},
                                 {QStringLiteral("amount_fen"), qint64(t.amount.fen())},
                                 {QStringLiteral("tendered_fen"), qint64(t.tendered.fen())},
                                 {QStringLiteral("card_ref"), t.cardRef},
                                 {QStringLiteral("card_last4"), t.cardLast4},
                                 {QStringLiteral("qr_code"), t.qrCode}});
    return {{QStringLiteral("uuid"), uuid},
            {QStringLiteral("account_no"), accountNo},
            {QStringLiteral("amount_fen"), qint64(amount.fen())},
            {QStringLiteral("operator"), operatorLogin},
            {QStringLiteral("tenders"), parts}};
}

PaymentRequest PaymentRequest::fromJson(const QJsonObject &json)
{
    PaymentRequest r;
    r.uuid = json.value(QStringLiteral("uuid")).toString();
    r.accountNo = json.value(QStringLiteral("account_no")).toString();
    r.amount = Money::fromFen(json.value(QStringLiteral("amount_fen")).toInteger());
    r.operatorLogin = json.value(QStringLiteral("operator")).toString();
    for (const QJsonValue &v : json.value(QStringLiteral("tenders")).toArray()) {
        const QJsonObject o = v.toObject();
        Tender t;
        t.method = paymentMethodFromKey(o.value(QStringLiteral("method")).toString())
                       .value_or(PaymentMethod::Cash);
        t.amount = Money::fromFen(o.value(QStringLiteral("amount_fen")).toInteger());
        t.tendered = Money::fromFen(o.value(QStringLiteral("tendered_fen")).toInteger());
        t.cardRef = o.value(QStringLiteral("card_ref")).toString();
        t.cardLast4 = o.value(QStringLiteral("card_last4")).toString();
        t.qrCode = o.value(QStringLiteral("qr_code")).toString();
        r.tenders.append(t);
    }
    return r;
}

QJsonObject PaymentOutcome::toJson() const
{
    return {{QStringLiteral("state"),
             state == State::Committed ? QStringLiteral("committed") : QStringLiteral("pending")},
            {QStringLiteral("existing"), existing},
            {QStringLiteral("uuid"), uuid},
            {QStringLiteral("receipt_no"), receiptNo},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("account_no"), accountNo},
            {QStringLiteral("method"), method},
            {QStringLiteral("amount"), amount.toPlainString()},
            {QStringLiteral("change"), change.toPlainString()},
            {QStringLiteral("late_fee"), lateFee.toPlainString()},
            {QStringLiteral("bills"), bills.toPlainString()},
            {QStringLiteral("credit"), credit.toPlainString()},
            {QStringLiteral("created_at"), iso(createdAt)},
            {QStringLiteral("reverses_uuid"), reversesUuid},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
}

PaymentService::PaymentService(Store &store, Acquirer *acquirer)
    : m_store(store)
    , m_acquirer(acquirer)
{}

Result<PaymentQuote> PaymentService::quote(const QString &accountNo, QDate on) const
{
    return PaymentQuote::build(m_store, accountNo, on, PaymentSettings::load(m_store).lateFee);
}

Status PaymentService::validate(const PaymentRequest &r) const
{
    if (!isUuid(r.uuid))
        return Error{QStringLiteral("payment.uuid"),
                     QCoreApplication::translate("hd::PaymentService", "缴费编号（UUID）无效：%1")
                         .arg(r.uuid)};
    if (r.amount.fen() < 1)
        return Error{QStringLiteral("payment.amount"),
                     QCoreApplication::translate("hd::PaymentService", "缴费金额至少为 0.01 元。")};
    if (r.amount.fen() > Money::kMaxFen)
        return Error{QStringLiteral("payment.amount"),
                     QCoreApplication::translate("hd::PaymentService", "缴费金额过大。")};
    if (r.tenders.isEmpty())
        return Error{QStringLiteral("payment.tender"),
                     QCoreApplication::translate("hd::PaymentService", "请选择付款方式。")};
    Money sum;
    int qrParts = 0;
    static const QRegularExpression last4(QStringLiteral("^[0-9]{4}$"));
    static const QRegularExpression ref(QStringLiteral("^[0-9A-Za-z]{4,32}$"));
    static const QRegularExpression qr(QStringLiteral("^[0-9]{16,24}$"));
    for (const Tender &t : r.tenders) {
        if (t.amount.fen() < 1)
            return Error{QStringLiteral("payment.tender"),
                         QCoreApplication::translate("hd::PaymentService",
                                                     "每种付款方式的金额至少为 0.01 元。")};
        sum += t.amount;
        switch (t.method) {
        case PaymentMethod::Cash:
            if (!t.tendered.isZero() && t.tendered < t.amount)
                return Error{
                    QStringLiteral("payment.tendered"),
                    QCoreApplication::translate("hd::PaymentService", "实收现金 %1 少于应收 %2。")
                        .arg(t.tendered.toYuanString(), t.amount.toYuanString())};
            break;
        case PaymentMethod::Card:
            if (!ref.match(t.cardRef).hasMatch())
                return Error{QStringLiteral("payment.card-ref"),
                             QCoreApplication::translate(
                                 "hd::PaymentService",
                                 "请输入 POS 签购单上的参考号（4–32 位字母或数字）。")};
            if (!last4.match(t.cardLast4).hasMatch())
                return Error{QStringLiteral("payment.card-last4"),
                             QCoreApplication::translate("hd::PaymentService",
                                                         "请输入银行卡号后四位数字。")};
            break;
        case PaymentMethod::Qr:
            ++qrParts;
            if (!qr.match(t.qrCode).hasMatch())
                return Error{
                    QStringLiteral("payment.qr-code"),
                    QCoreApplication::translate(
                        "hd::PaymentService",
                        "付款码无效（应为 16–24 位数字），请让客户刷新付款码后重新扫描。")};
            break;
        }
    }
    if (qrParts > 1)
        return Error{
            QStringLiteral("payment.tender"),
            QCoreApplication::translate("hd::PaymentService", "一笔缴费只能使用一个付款码。")};
    if (sum != r.amount)
        return Error{QStringLiteral("payment.tender"),
                     QCoreApplication::translate("hd::PaymentService",
                                                 "各付款方式合计 %1 与缴费金额 %2 不符。")
                         .arg(sum.toYuanString(), r.amount.toYuanString())};
    return {};
}

Money PaymentService::drawerCash() const
{
    ShiftLedger shifts(m_store);
    auto shift = shifts.current();
    return shift ? shifts.drawerCash(shift->id) : Money();
}

Result<PaymentOutcome> PaymentService::find(const QString &uuid) const
{
    // Reused statements: finished on every return so that no read stays open.
    struct Finish
    {
        QSqlQuery &q;
        ~Finish() { q.finish(); }
    };
    QSqlQuery &q = statement(QStringLiteral(
        "SELECT p.uuid, p.receipt_no, p.kind, a.account_no, a.name, p.method, p.amount_fen, "
        "p.change_fen, p.late_fee_fen, p.credit_fen, p.created_at, p.reverses_uuid "
        "FROM payments p JOIN accounts a ON a.id = p.account_id WHERE p.uuid = ?"));
    const Finish finishQ{q};
    q.addBindValue(uuid);
    if (!q.exec())
        return sqlError(q);
    if (!q.next()) {
        QSqlQuery &pq =
            statement(QStringLiteral("SELECT p.state, a.account_no, a.name, p.amount_fen, "
                                     "p.created_at FROM pending_payments p JOIN accounts a ON "
                                     "a.id = p.account_id WHERE p.uuid = ?"));
        const Finish finishPq{pq};
        pq.addBindValue(uuid);
        if (pq.exec() && pq.next() && pq.value(0).toString() == QLatin1String("pending")) {
            PaymentOutcome o;
            o.state = PaymentOutcome::State::Pending;
            o.existing = true;
            o.uuid = uuid;
            o.accountNo = pq.value(1).toString();
            o.accountName = pq.value(2).toString();
            o.amount = Money::fromFen(pq.value(3).toLongLong());
            o.method = QStringLiteral("qr");
            o.createdAt = QDateTime::fromString(pq.value(4).toString(), Qt::ISODateWithMs);
            return o;
        }
        if (pq.isValid() && pq.value(0).toString() == QLatin1String("refused"))
            return Error{QStringLiteral("payment.refused"),
                         QCoreApplication::translate(
                             "hd::PaymentService",
                             "该笔扫码支付已被拒绝，未收款。请重新扫码或改用其他方式。")};
        return Error{
            QStringLiteral("payment.unknown"),
            QCoreApplication::translate("hd::PaymentService", "找不到缴费记录 %1。").arg(uuid)};
    }
    PaymentOutcome o;
    o.existing = true;
    o.uuid = q.value(0).toString();
    o.receiptNo = q.value(1).toString();
    o.kind = q.value(2).toString();
    o.accountNo = q.value(3).toString();
    o.accountName = q.value(4).toString();
    o.method = q.value(5).toString();
    o.amount = Money::fromFen(q.value(6).toLongLong());
    o.change = Money::fromFen(q.value(7).toLongLong());
    o.lateFee = Money::fromFen(q.value(8).toLongLong());
    o.credit = Money::fromFen(q.value(9).toLongLong());
    o.bills = o.amount - o.lateFee - o.credit;
    o.createdAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
    o.reversesUuid = q.value(11).toString();
    return o;
}

Result<PaymentOutcome> PaymentService::findByReceipt(const QString &receiptNo) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT uuid FROM payments WHERE receipt_no = ?"));
    q.addBindValue(receiptNo.trimmed());
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error{QStringLiteral("payment.unknown"),
                     QCoreApplication::translate("hd::PaymentService",
                                                 "找不到收据号 %1 的缴费记录，请核对收据。")
                         .arg(receiptNo)};
    return find(q.value(0).toString());
}

QSqlQuery &PaymentService::statement(const QString &sql) const
{
    auto &slot = m_statements[sql];
    if (!slot) {
        slot = std::make_unique<QSqlQuery>(m_store.db());
        slot->prepare(sql);
    }
    return *slot;
}

Result<QString> PaymentService::nextReceiptNo()
{
    if (m_receiptPrefix.isEmpty()) {
        const StoreIdentity id = m_store.identity();
        if (id.hallCode.isEmpty() || id.terminalCode.isEmpty())
            return Error{QStringLiteral("store.identity"),
                         QCoreApplication::translate(
                             "hd::PaymentService",
                             "本机尚未设置营业厅和终端编码，不能出收据。请先运行 hallctl init。")};
        m_receiptPrefix = id.hallCode + QLatin1Char('-') + id.terminalCode + QLatin1Char('-');
    }
    QSqlQuery &bump =
        statement(QStringLiteral("INSERT INTO sequences (name, value) VALUES ('receipt', 1) "
                                 "ON CONFLICT (name) DO UPDATE SET value = value + 1"));
    if (!bump.exec())
        return sqlError(bump);
    QSqlQuery &read =
        statement(QStringLiteral("SELECT value FROM sequences WHERE name = 'receipt'"));
    if (!read.exec() || !read.next())
        return sqlError(read);
    const qint64 value = read.value(0).toLongLong();
    read.finish();
    return QString(m_receiptPrefix + QStringLiteral("%1").arg(value, 8, 10, QLatin1Char('0')));
}

Status PaymentService::markPending(const QString &uuid, const QString &state, const QString &detail)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("UPDATE pending_payments SET state = ?, resolved_at = ?, detail = ? "
                             "WHERE uuid = ? AND state = 'pending'"));
    q.addBindValue(state);
    q.addBindValue(iso(now()));
    q.addBindValue(detail);
    q.addBindValue(uuid);
    if (!q.exec())
        return sqlError(q);
    return {};
}

Result<PaymentService::Step> PaymentService::startPay(const PaymentRequest &request)
{
    if (Status s = validate(request); !s)
        return s.error();
    const auto qrIt = std::find_if(request.tenders.begin(), request.tenders.end(),
                                   [](const Tender &t) { return t.method == PaymentMethod::Qr; });
    // Cash and card: every check runs inside the commit's transaction.
    if (qrIt == request.tenders.end())
        return toStep(commit(request, false));

    // A retry (double press, restart after a crash) finds what the first attempt did.
    if (auto existing = find(request.uuid); existing) {
        if (existing->accountNo != request.accountNo.trimmed() ||
            existing->amount != request.amount)
            return Error{
                QStringLiteral("payment.uuid-reused"),
                QCoreApplication::translate(
                    "hd::PaymentService",
                    "缴费编号 %1 已用于另一笔缴费（户号 %2，金额 %3），未重复收费。")
                    .arg(request.uuid, existing->accountNo, existing->amount.toYuanString())};
        if (existing->state == PaymentOutcome::State::Pending)
            return startResolve(request.uuid);
        return Step(existing.value());
    } else if (existing.error().code == QLatin1String("payment.refused")) {
        return existing.error();
    }

    ShiftLedger shifts(m_store);
    auto shift = shifts.current();
    if (!shift)
        return shift.error();
    if (shift->operatorLogin != request.operatorLogin)
        return Error{QStringLiteral("shift.other-operator"),
                     QCoreApplication::translate(
                         "hd::PaymentService",
                         "当前班次由 %1 开班，%2 不能在此班次收费。请先结班后由本人开班。")
                         .arg(shift->operatorLogin, request.operatorLogin)};
    auto account = AccountRepository(m_store).byNumber(request.accountNo);
    if (!account)
        return account.error();

    if (!m_acquirer)
        return Error{QStringLiteral("payment.no-acquirer"),
                     QCoreApplication::translate("hd::PaymentService",
                                                 "本机未配置扫码收单，请改用其他付款方式。")};
    // Recorded before the acquirer is asked: whatever happens next (timeout, crash), the
    // payment can be found and resolved, never lost and never counted as paid too early.
    {
        Transaction tx(m_store.db());
        if (!tx.isActive())
            return tx.beginError();
        QSqlQuery q(m_store.db());
        q.prepare(QStringLiteral("INSERT INTO pending_payments (uuid, account_id, amount_fen, "
                                 "request, shift_id, operator_login, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(request.uuid);
        q.addBindValue(account->id);
        q.addBindValue(qint64(request.amount.fen()));
        QJsonObject stored = request.toJson();
        q.addBindValue(QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
        q.addBindValue(shift->id);
        q.addBindValue(request.operatorLogin);
        q.addBindValue(iso(now()));
        if (!q.exec())
            return sqlError(q);
        if (Status s = AuditLog(m_store).append(
                request.operatorLogin, QStringLiteral("payment.qr-request"),
                {{QStringLiteral("uuid"), request.uuid},
                 {QStringLiteral("account_no"), account->accountNo},
                 {QStringLiteral("amount"), request.amount.toPlainString()},
                 {QStringLiteral("qr_code"), maskCode(qrIt->qrCode)}});
            !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    AcquirerCall call;
    call.kind = AcquirerCall::Kind::Charge;
    call.request = request;
    call.paymentCode = qrIt->qrCode;
    call.amount = qrIt->amount;
    return Step(call);
}

QList<PendingPayment> PaymentService::pendingPayments() const
{
    QList<PendingPayment> list;
    QSqlQuery q(m_store.db());
    if (!q.exec(QStringLiteral("SELECT p.uuid, a.account_no, p.amount_fen, p.state, p.created_at, "
                               "p.request FROM pending_payments p JOIN accounts a ON a.id = "
                               "p.account_id WHERE p.state = 'pending' ORDER BY p.created_at")))
        return list;
    while (q.next()) {
        QString code;
        const PaymentRequest r = PaymentRequest::fromJson(
            QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object());
        for (const Tender &t : r.tenders)
            if (t.method == PaymentMethod::Qr)
                code = t.qrCode;
        list.append({q.value(0).toString(), q.value(1).toString(),
                     Money::fromFen(q.value(2).toLongLong()), q.value(3).toString(),
                     QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs), code});
    }
    return list;
}

Result<PaymentService::Step> PaymentService::startResolve(const QString &uuid)
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT request, state, operator_login FROM pending_payments "
                             "WHERE uuid = ?"));
    q.addBindValue(uuid);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error{
            QStringLiteral("payment.unknown"),
            QCoreApplication::translate("hd::PaymentService", "找不到待确认的缴费 %1。").arg(uuid)};
    const QString state = q.value(1).toString();
    if (state == QLatin1String("committed"))
        return toStep(find(uuid));
    if (state == QLatin1String("refused"))
        return Error{
            QStringLiteral("payment.refused"),
            QCoreApplication::translate("hd::PaymentService", "该笔扫码支付已被拒绝，未收款。")};
    const PaymentRequest request =
        PaymentRequest::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    if (!m_acquirer)
        return Error{QStringLiteral("payment.no-acquirer"),
                     QCoreApplication::translate("hd::PaymentService", "本机未配置扫码收单。")};
    QString code;
    for (const Tender &t : request.tenders)
        if (t.method == PaymentMethod::Qr)
            code = t.qrCode;
    AcquirerCall call;
    call.kind = AcquirerCall::Kind::Query;
    call.request = request;
    call.paymentCode = code;
    call.amount = request.amount;
    return Step(call);
}

Result<PaymentOutcome> PaymentService::finish(const AcquirerCall &call,
                                              const AcquirerResult &answer)
{
    const PaymentRequest &request = call.request;
    const bool charge = call.kind == AcquirerCall::Kind::Charge;
    switch (answer.outcome) {
    case AcquirerResult::Outcome::Approved: {
        PaymentRequest approved = request;
        for (Tender &t : approved.tenders)
            if (t.method == PaymentMethod::Qr)
                t.acquirerRef = answer.reference;
        return commit(approved, true);
    }
    case AcquirerResult::Outcome::Refused: {
        Transaction tx(m_store.db());
        if (!tx.isActive())
            return tx.beginError();
        if (Status s = markPending(request.uuid, QStringLiteral("refused"), answer.message); !s)
            return s.error();
        if (Status s = AuditLog(m_store).append(request.operatorLogin,
                                                QStringLiteral("payment.qr-refused"),
                                                {{QStringLiteral("uuid"), request.uuid},
                                                 {QStringLiteral("reason"), answer.message}});
            !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        return Error{
            QStringLiteral("payment.refused"),
            QCoreApplication::translate("hd::PaymentService",
                                        "扫码支付被拒绝：%1。未收款，请让客户换一种方式付款。")
                .arg(answer.message)};
    }
    case AcquirerResult::Outcome::Unknown:
        break;
    }
    PaymentOutcome pending;
    pending.state = PaymentOutcome::State::Pending;
    pending.existing = !charge;
    pending.uuid = request.uuid;
    pending.accountNo = request.accountNo;
    if (charge)
        if (auto account = AccountRepository(m_store).byNumber(request.accountNo); account)
            pending.accountName = account->name;
    pending.amount = request.amount;
    pending.method = QStringLiteral("qr");
    pending.createdAt = now();
    pending.warnings
        << (charge ? QCoreApplication::translate(
                         "hd::PaymentService",
                         "扫码支付结果未知（收单机构无应答）：未计为已收款，已记入待确认，"
                         "请稍后查询确认，切勿让客户重复付款。")
                   : QCoreApplication::translate("hd::PaymentService",
                                                 "收单机构仍无确定结果，该笔继续保持待确认。"));
    return pending;
}

AcquirerResult PaymentService::ask(const AcquirerCall &call) const
{
    if (!m_acquirer) // startPay and startResolve refuse first; kept for a caller's own call
        return {AcquirerResult::Outcome::Unknown, {}, {}};
    return call.kind == AcquirerCall::Kind::Charge
               ? m_acquirer->charge(call.request.uuid, call.paymentCode, call.amount)
               : m_acquirer->query(call.request.uuid, call.paymentCode);
}

Result<PaymentOutcome> PaymentService::run(Result<Step> step)
{
    if (!step)
        return step.error();
    if (const auto *done = std::get_if<PaymentOutcome>(&step.value()))
        return *done;
    const auto &call = std::get<AcquirerCall>(step.value());
    return finish(call, ask(call));
}

Result<PaymentOutcome> PaymentService::pay(const PaymentRequest &request)
{
    return run(startPay(request));
}

Result<PaymentOutcome> PaymentService::resolvePending(const QString &uuid)
{
    return run(startResolve(uuid));
}

Result<PaymentService::Step> PaymentService::toStep(Result<PaymentOutcome> outcome)
{
    if (!outcome)
        return outcome.error();
    return Step(std::move(outcome).value());
}

Result<PaymentOutcome> PaymentService::commit(const PaymentRequest &request, bool fromPending)
{
    Transaction tx(m_store.db());
    if (!tx.isActive())
        return tx.beginError();
    // A retry (double press, restart after a crash, another process) finds what the first
    // attempt did, under the write lock.
    if (auto existing = find(request.uuid); existing) {
        if (existing->accountNo != request.accountNo.trimmed() ||
            existing->amount != request.amount ||
            (existing->state == PaymentOutcome::State::Pending && !fromPending))
            return Error{
                QStringLiteral("payment.uuid-reused"),
                QCoreApplication::translate(
                    "hd::PaymentService",
                    "缴费编号 %1 已用于另一笔缴费（户号 %2，金额 %3），未重复收费。")
                    .arg(request.uuid, existing->accountNo, existing->amount.toYuanString())};
        if (existing->state == PaymentOutcome::State::Committed)
            return existing;
    } else if (existing.error().code == QLatin1String("payment.refused") && !fromPending) {
        return existing.error();
    }

    // The open shift and its drawer in one row read (ShiftLedger::current() reads more).
    struct
    {
        qint64 id = 0;
        QString uuid;
        QString operatorLogin;
        Money drawer;
    } openShift, *shift = &openShift;
    {
        QSqlQuery &q =
            statement(QStringLiteral("SELECT id, uuid, operator_login, "
                                     "drawer_cash_fen FROM shifts WHERE state = 'open'"));
        if (!q.exec())
            return sqlError(q);
        if (!q.next())
            return fromPending
                       ? Error{QStringLiteral("shift.closed"),
                               QCoreApplication::translate(
                                   "hd::PaymentService",
                                   "扫码支付已确认，但当前没有开班：请开班后再处理待确认缴费，"
                                   "该笔不会丢失。")}
                       : ShiftLedger(m_store).current().error();
        openShift = {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     Money::fromFen(q.value(3).toLongLong())};
        q.finish();
    }
    if (!fromPending && shift->operatorLogin != request.operatorLogin)
        return Error{QStringLiteral("shift.other-operator"),
                     QCoreApplication::translate(
                         "hd::PaymentService",
                         "当前班次由 %1 开班，%2 不能在此班次收费。请先结班后由本人开班。")
                         .arg(shift->operatorLogin, request.operatorLogin)};
    const PaymentSettings settings = PaymentSettings::load(m_store);
    const QDateTime at = now();
    auto quote =
        PaymentQuote::build(m_store, request.accountNo, at.toLocalTime().date(), settings.lateFee);
    if (!quote)
        return quote.error();
    const Account &account = quote->account;

    PaymentOutcome o;
    o.uuid = request.uuid;
    o.accountNo = account.accountNo;
    o.accountName = account.name;
    o.amount = request.amount;
    o.createdAt = at;
    o.kind = account.prepaid ? QStringLiteral("topup") : QStringLiteral("bill");
    o.method = request.tenders.size() == 1 ? paymentMethodKey(request.tenders.first().method)
                                           : QStringLiteral("split");
    for (const Tender &t : request.tenders)
        o.change += t.change();
    Allocation allocation;
    if (account.prepaid) {
        allocation.amount = request.amount;
        allocation.credit = request.amount;
    } else {
        allocation = quote->allocate(request.amount);
    }
    o.lateFee = allocation.penaltyTotal();
    o.bills = allocation.principalTotal();
    o.credit = allocation.credit;
    if (const Money drawerBefore = o.change.isZero() ? Money() : shift->drawer;
        o.change > drawerBefore)
        o.warnings << QCoreApplication::translate(
                          "hd::PaymentService",
                          "找零 %1 超过钱箱现金 %2，请先补充零钱（现金存入）。")
                          .arg(o.change.toYuanString(), drawerBefore.toYuanString());
    if (account.blocked)
        o.warnings << QCoreApplication::translate(
                          "hd::PaymentService",
                          "该户受限：%1。缴费照常受理，结清欠费后可办理业务。")
                          .arg(account.blockedReason);
    if (!o.credit.isZero() && !account.prepaid)
        o.warnings << QCoreApplication::translate("hd::PaymentService",
                                                  "超出欠费部分 %1 已转为预存电费。")
                          .arg(o.credit.toYuanString());

    auto receipt = nextReceiptNo();
    if (!receipt)
        return receipt.error();
    o.receiptNo = receipt.value();

    QSqlQuery &q = statement(QStringLiteral(
        "INSERT INTO payments (uuid, receipt_no, account_id, kind, amount_fen, method, channel, "
        "operator_login, created_at, shift_id, late_fee_fen, credit_fen, change_fen) "
        "VALUES (?, ?, ?, ?, ?, ?, 'counter', ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(o.uuid), QVariant(o.receiptNo), QVariant(account.id), QVariant(o.kind),
          QVariant(qint64(o.amount.fen())), QVariant(o.method), QVariant(request.operatorLogin),
          QVariant(iso(at)), QVariant(shift->id), QVariant(qint64(o.lateFee.fen())),
          QVariant(qint64(o.credit.fen())), QVariant(qint64(o.change.fen()))})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q);

    QJsonArray tenderJson;
    int seq = 0;
    for (const Tender &t : request.tenders) {
        QSqlQuery &tq = statement(
            QStringLiteral("INSERT INTO payment_tenders (payment_uuid, seq, method, "
                           "amount_fen, tendered_fen, change_fen, card_ref, card_last4, "
                           "qr_code_masked, acquirer_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                           "?, ?)"));
        const Money tendered =
            t.method == PaymentMethod::Cash && !t.tendered.isZero() ? t.tendered : t.amount;
        const QString masked = t.qrCode.isEmpty() ? QString() : maskCode(t.qrCode);
        for (const QVariant &v :
             {QVariant(o.uuid), QVariant(++seq), QVariant(paymentMethodKey(t.method)),
              QVariant(qint64(t.amount.fen())), QVariant(qint64(tendered.fen())),
              QVariant(qint64(t.change().fen())),
              t.cardRef.isEmpty() ? QVariant() : QVariant(t.cardRef),
              t.cardLast4.isEmpty() ? QVariant() : QVariant(t.cardLast4),
              masked.isEmpty() ? QVariant() : QVariant(masked),
              t.acquirerRef.isEmpty() ? QVariant() : QVariant(t.acquirerRef)})
            tq.addBindValue(v);
        if (!tq.exec())
            return sqlError(tq);
        tenderJson.append(QJsonObject{{QStringLiteral("method"), paymentMethodKey(t.method)},
                                      {QStringLiteral("amount"), t.amount.toPlainString()},
                                      {QStringLiteral("tendered"), tendered.toPlainString()},
                                      {QStringLiteral("change"), t.change().toPlainString()},
                                      {QStringLiteral("card_ref"), t.cardRef},
                                      {QStringLiteral("card_last4"), t.cardLast4},
                                      {QStringLiteral("qr_code"), masked},
                                      {QStringLiteral("acquirer_ref"), t.acquirerRef}});
    }

    Money cash;
    for (const Tender &t : request.tenders)
        if (t.method == PaymentMethod::Cash)
            cash += t.amount;
    if (!cash.isZero()) {
        QSqlQuery &drawer = statement(
            QStringLiteral("UPDATE shifts SET drawer_cash_fen = drawer_cash_fen + ? WHERE id = ?"));
        drawer.addBindValue(qint64(cash.fen()));
        drawer.addBindValue(shift->id);
        if (!drawer.exec())
            return sqlError(drawer);
    }

    // Allocations with each bill's previous state, then the bills themselves.
    seq = 0;
    for (qsizetype i = 0; i < allocation.bills.size(); ++i) {
        const AllocationLine &l = allocation.bills[i];
        const QuoteLine &line = quote->lines[i];
        QSqlQuery &aq = statement(QStringLiteral(
            "INSERT INTO payment_allocations (payment_uuid, seq, kind, period, penalty_fen, "
            "principal_fen, prev_paid_fen, prev_status, prev_penalty_from, "
            "prev_penalty_carried_fen) SELECT ?, ?, 'bill', period, ?, ?, paid_fen, status, "
            "penalty_from, penalty_carried_fen FROM bills WHERE account_id = ? AND period = ?"));
        for (const QVariant &v :
             {QVariant(o.uuid), QVariant(++seq), QVariant(qint64(l.penalty.fen())),
              QVariant(qint64(l.principal.fen())), QVariant(account.id), QVariant(l.period)})
            aq.addBindValue(v);
        if (!aq.exec() || aq.numRowsAffected() != 1)
            return sqlError(aq);
        QSqlQuery &bq = statement(
            QStringLiteral("UPDATE bills SET paid_fen = ?, status = ?, penalty_from = ?, "
                           "penalty_carried_fen = ? WHERE account_id = ? AND period = ?"));
        const bool settled = l.settled && l.newPenaltyCarried.isZero();
        for (const QVariant &v :
             {QVariant(qint64(l.newPaid.fen())), QVariant(settled ? 1 : 0),
              QVariant(l.newPenaltyFrom > line.dueDate ? l.newPenaltyFrom.toString(Qt::ISODate)
                                                       : QVariant()),
              QVariant(qint64(l.newPenaltyCarried.fen())), QVariant(account.id),
              QVariant(l.period)})
            bq.addBindValue(v);
        if (!bq.exec())
            return sqlError(bq);
    }
    for (const auto &[kind, amount] :
         {std::pair{QStringLiteral("minimum_fee"), allocation.minimumFee},
          std::pair{QStringLiteral("credit"), allocation.credit}}) {
        if (amount.isZero())
            continue;
        QSqlQuery &aq =
            statement(QStringLiteral("INSERT INTO payment_allocations (payment_uuid, seq, kind, "
                                     "penalty_fen, principal_fen) VALUES (?, ?, ?, ?, ?)"));
        const bool isFee = kind == QLatin1String("minimum_fee");
        for (const QVariant &v : {QVariant(o.uuid), QVariant(++seq), QVariant(kind),
                                  QVariant(isFee ? qint64(amount.fen()) : 0),
                                  QVariant(isFee ? 0 : qint64(amount.fen()))})
            aq.addBindValue(v);
        if (!aq.exec())
            return sqlError(aq);
    }
    if (!allocation.credit.isZero()) {
        QSqlQuery &cq = statement(
            QStringLiteral("UPDATE accounts SET balance_fen = balance_fen + ? WHERE id = ?"));
        cq.addBindValue(qint64(allocation.credit.fen()));
        cq.addBindValue(account.id);
        if (!cq.exec())
            return sqlError(cq);
    }
    if (fromPending)
        if (Status s = markPending(o.uuid, QStringLiteral("committed"), o.receiptNo); !s)
            return s.error();

    const QJsonObject payload{{QStringLiteral("uuid"), o.uuid},
                              {QStringLiteral("receipt_no"), o.receiptNo},
                              {QStringLiteral("account_no"), account.accountNo},
                              {QStringLiteral("kind"), o.kind},
                              {QStringLiteral("amount"), o.amount.toPlainString()},
                              {QStringLiteral("method"), o.method},
                              {QStringLiteral("tenders"), tenderJson},
                              {QStringLiteral("allocation"), allocation.toJson()},
                              {QStringLiteral("operator"), request.operatorLogin},
                              {QStringLiteral("shift_uuid"), shift->uuid},
                              {QStringLiteral("on"), quote->on.toString(Qt::ISODate)},
                              {QStringLiteral("created_at"), iso(at)}};
    if (Status s = Outbox(m_store).append(o.uuid, QStringLiteral("payment"), payload); !s)
        return s.error();
    if (Status s = AuditLog(m_store).append(request.operatorLogin, QStringLiteral("payment.commit"),
                                            payload);
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return o;
}

Result<qint64> PaymentService::reversalChecks(const PaymentOutcome &original) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT receipt_no FROM payments WHERE reverses_uuid = ?"));
    q.addBindValue(original.uuid);
    if (!q.exec())
        return sqlError(q);
    if (q.next())
        return Error{QStringLiteral("reversal.done"),
                     QCoreApplication::translate("hd::PaymentService",
                                                 "收据 %1 已于冲正单 %2 冲正，不能重复冲正。")
                         .arg(original.receiptNo, q.value(0).toString())};
    auto shift = ShiftLedger(m_store).current();
    q.prepare(QStringLiteral("SELECT shift_id, account_id, id FROM payments WHERE uuid = ?"));
    q.addBindValue(original.uuid);
    if (!q.exec() || !q.next())
        return sqlError(q);
    if (!shift || q.value(0).toLongLong() != shift->id)
        return Error{QStringLiteral("reversal.shift-closed"),
                     QCoreApplication::translate(
                         "hd::PaymentService",
                         "收据 %1 所在班次已结班，不能冲正。请为客户办理退费：填写退费申请，"
                         "经值班长审批后原路退回或转为预存电费。")
                         .arg(original.receiptNo)};
    const qint64 accountId = q.value(1).toLongLong();
    const qint64 paymentId = q.value(2).toLongLong();
    // Restoring the bills is exact only while no later payment touched them.
    q.prepare(
        QStringLiteral("SELECT p.receipt_no FROM payments p WHERE p.account_id = ? AND p.id > ? "
                       "AND p.kind <> 'reversal' AND NOT EXISTS (SELECT 1 FROM payments r WHERE "
                       "r.reverses_uuid = p.uuid) ORDER BY p.id DESC LIMIT 1"));
    q.addBindValue(accountId);
    q.addBindValue(paymentId);
    if (!q.exec())
        return sqlError(q);
    if (q.next())
        return Error{
            QStringLiteral("reversal.later-payment"),
            QCoreApplication::translate("hd::PaymentService",
                                        "该户在此之后还有缴费（收据 %1），请先冲正后面的缴费。")
                .arg(q.value(0).toString())};
    return accountId;
}

Status PaymentService::checkReversible(const QString &receiptNo) const
{
    auto original = findByReceipt(receiptNo);
    if (!original)
        return original.error();
    if (original->kind == QLatin1String("reversal"))
        return Error{QStringLiteral("reversal.of-reversal"),
                     QCoreApplication::translate("hd::PaymentService", "冲正记录不能再冲正。")};
    if (auto c = reversalChecks(original.value()); !c)
        return c.error();
    return {};
}

Result<PaymentOutcome> PaymentService::reverse(const QString &receiptNo, const QString &reason,
                                               const QString &operatorLogin,
                                               const QString &supervisorLogin,
                                               const QString &supervisorPassword,
                                               const QString &reversalUuid)
{
    const QString uuid =
        reversalUuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : reversalUuid;
    if (!isUuid(uuid))
        return Error{QStringLiteral("payment.uuid"),
                     QCoreApplication::translate("hd::PaymentService", "冲正编号（UUID）无效：%1")
                         .arg(uuid)};
    if (auto done = find(uuid); done && done->kind == QLatin1String("reversal"))
        return done;
    if (reason.trimmed().isEmpty())
        return Error{QStringLiteral("reversal.reason"),
                     QCoreApplication::translate("hd::PaymentService", "请填写冲正原因。")};
    auto original = findByReceipt(receiptNo);
    if (!original)
        return original.error();
    if (original->kind == QLatin1String("reversal"))
        return Error{QStringLiteral("reversal.of-reversal"),
                     QCoreApplication::translate("hd::PaymentService", "冲正记录不能再冲正。")};

    if (auto c = reversalChecks(original.value()); !c)
        return c.error();
    auto supervisor =
        OperatorDirectory(m_store).authorizeSupervisor(supervisorLogin, supervisorPassword);
    if (!supervisor)
        return supervisor.error();

    Transaction tx(m_store.db());
    if (!tx.isActive())
        return tx.beginError();
    auto accountId = reversalChecks(original.value()); // again under the write lock
    if (!accountId)
        return accountId.error();
    auto shift = ShiftLedger(m_store).current();
    if (!shift)
        return shift.error();
    auto receipt = nextReceiptNo();
    if (!receipt)
        return receipt.error();
    const QDateTime at = now();
    PaymentOutcome o;
    o.uuid = uuid;
    o.receiptNo = receipt.value();
    o.kind = QStringLiteral("reversal");
    o.accountNo = original->accountNo;
    o.accountName = original->accountName;
    o.method = original->method;
    o.amount = -original->amount;
    o.lateFee = -original->lateFee;
    o.credit = -original->credit;
    o.bills = -original->bills;
    o.createdAt = at;
    o.reversesUuid = original->uuid;

    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral(
        "INSERT INTO payments (uuid, receipt_no, account_id, kind, amount_fen, method, channel, "
        "operator_login, created_at, reverses_uuid, shift_id, late_fee_fen, credit_fen, reason, "
        "approved_by) VALUES (?, ?, ?, 'reversal', ?, ?, 'counter', ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         {QVariant(o.uuid), QVariant(o.receiptNo), QVariant(accountId.value()),
          QVariant(qint64(o.amount.fen())), QVariant(o.method), QVariant(operatorLogin),
          QVariant(iso(at)), QVariant(original->uuid), QVariant(shift->id),
          QVariant(qint64(o.lateFee.fen())), QVariant(qint64(o.credit.fen())),
          QVariant(reason.trimmed()), QVariant(supervisor->login)})
        q.addBindValue(v);
    if (!q.exec())
        return sqlError(q);
    QSqlQuery tenders(m_store.db());
    tenders.prepare(QStringLiteral(
        "INSERT INTO payment_tenders (payment_uuid, seq, method, amount_fen, tendered_fen, "
        "change_fen, card_ref, card_last4, qr_code_masked, acquirer_ref) SELECT ?, seq, method, "
        "-amount_fen, -amount_fen, 0, card_ref, card_last4, qr_code_masked, acquirer_ref FROM "
        "payment_tenders WHERE payment_uuid = ?"));
    tenders.addBindValue(o.uuid);
    tenders.addBindValue(original->uuid);
    if (!tenders.exec())
        return sqlError(tenders);
    {
        QSqlQuery cash(m_store.db());
        cash.prepare(QStringLiteral("SELECT COALESCE(SUM(amount_fen), 0) FROM payment_tenders "
                                    "WHERE payment_uuid = ? AND method = 'cash'"));
        cash.addBindValue(original->uuid);
        if (!cash.exec() || !cash.next())
            return sqlError(cash);
        if (Status st = ShiftLedger(m_store).addToDrawer(
                shift->id, -Money::fromFen(cash.value(0).toLongLong()));
            !st)
            return st.error();
    }
    // Each bill back to its state before the original payment.
    QSqlQuery restore(m_store.db());
    restore.prepare(QStringLiteral(
        "UPDATE bills SET (paid_fen, status, penalty_from, penalty_carried_fen) = (SELECT "
        "a.prev_paid_fen, a.prev_status, a.prev_penalty_from, a.prev_penalty_carried_fen FROM "
        "payment_allocations a WHERE a.payment_uuid = ? AND a.kind = 'bill' AND a.period = "
        "bills.period) WHERE account_id = ? AND period IN (SELECT period FROM "
        "payment_allocations WHERE payment_uuid = ? AND kind = 'bill')"));
    restore.addBindValue(original->uuid);
    restore.addBindValue(accountId.value());
    restore.addBindValue(original->uuid);
    if (!restore.exec())
        return sqlError(restore);
    if (!original->credit.isZero()) {
        QSqlQuery cq(m_store.db());
        cq.prepare(
            QStringLiteral("UPDATE accounts SET balance_fen = balance_fen - ? WHERE id = ?"));
        cq.addBindValue(qint64(original->credit.fen()));
        cq.addBindValue(accountId.value());
        if (!cq.exec())
            return sqlError(cq);
    }
    const QJsonObject payload{{QStringLiteral("uuid"), o.uuid},
                              {QStringLiteral("receipt_no"), o.receiptNo},
                              {QStringLiteral("reverses_uuid"), original->uuid},
                              {QStringLiteral("reverses_receipt_no"), original->receiptNo},
                              {QStringLiteral("account_no"), o.accountNo},
                              {QStringLiteral("amount"), o.amount.toPlainString()},
                              {QStringLiteral("reason"), reason.trimmed()},
                              {QStringLiteral("operator"), operatorLogin},
                              {QStringLiteral("approved_by"), supervisor->login},
                              {QStringLiteral("shift_uuid"), shift->uuid},
                              {QStringLiteral("created_at"), iso(at)}};
    AuditLog audit(m_store);
    if (Status s = audit.append(supervisor->login, QStringLiteral("supervisor.approve"),
                                {{QStringLiteral("what"), QStringLiteral("payment.reverse")},
                                 {QStringLiteral("receipt_no"), original->receiptNo},
                                 {QStringLiteral("reason"), reason.trimmed()}});
        !s)
        return s.error();
    if (Status s = audit.append(operatorLogin, QStringLiteral("payment.reverse"), payload); !s)
        return s.error();
    if (Status s = Outbox(m_store).append(o.uuid, QStringLiteral("reversal"), payload); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return o;
}

} // namespace hd
