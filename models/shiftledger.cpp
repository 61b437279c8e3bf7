#include "shiftledger.h"

#include "auditlog.h"
#include "operators.h"
#include "outbox.h"
#include "paymentsettings.h"
#include "store.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hd {

namespace {
Error sqlError(const QSqlQuery &q)
{
    return Error{QStringLiteral("store.sql"),
                 QCoreApplication::translate("hd::ShiftLedger", "数据库操作失败：%1")
                     .arg(q.lastError().text())};
}
QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

Money ShiftClosing::absoluteDifference() const
{
    auto abs = [](Money m) { return m.isNegative() ? -m : m; };
    return abs(cashDifference()) + abs(cardDifference()) + abs(qrDifference());
}

ShiftLedger::ShiftLedger(Store &store)
    : m_store(store)
{}

Result<Shift> ShiftLedger::byId(qint64 id) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT id, uuid, operator_login, state, opened_at, closed_at, "
                             "opening_float_fen, opening_count FROM shifts WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return Error{QStringLiteral("shift.unknown"),
                     QCoreApplication::translate("hd::ShiftLedger", "班次 %1 不存在。").arg(id)};
    Shift s;
    s.id = q.value(0).toLongLong();
    s.uuid = q.value(1).toString();
    s.operatorLogin = q.value(2).toString();
    s.open = q.value(3).toString() == QLatin1String("open");
    s.openedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    s.closedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    s.openingFloat = Money::fromFen(q.value(6).toLongLong());
    s.openingCount =
        CashCount::fromJson(QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object());
    return s;
}

Result<Shift> ShiftLedger::current() const
{
    QSqlQuery q(m_store.db());
    if (!q.exec(QStringLiteral("SELECT id FROM shifts WHERE state = 'open'")))
        return sqlError(q);
    if (!q.next())
        return Error{QStringLiteral("shift.closed"),
                     QCoreApplication::translate(
                         "hd::ShiftLedger", "当前没有开班，不能收费。请先开班（清点备用金）。")};
    return byId(q.value(0).toLongLong());
}

Result<Shift> ShiftLedger::open(const QString &operatorLogin, const CashCount &openingCount)
{
    Transaction tx(m_store.db());
    if (!tx.isActive())
        return tx.beginError();
    if (auto cur = current(); cur)
        return Error{QStringLiteral("shift.already-open"),
                     QCoreApplication::translate("hd::ShiftLedger",
                                                 "本终端已有未结班次（%1 于 %2 开班），请先结班。")
                         .arg(cur->operatorLogin, cur->openedAt.toLocalTime().toString(
                                                      QStringLiteral("yyyy-MM-dd HH:mm")))};
    const QString uuid = newUuid();
    const QString at = iso(now());
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("INSERT INTO shifts (uuid, operator_login, opened_at, "
                             "opening_float_fen, opening_count, drawer_cash_fen) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(uuid);
    q.addBindValue(operatorLogin);
    q.addBindValue(at);
    q.addBindValue(qint64(openingCount.total().fen()));
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(openingCount.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(qint64(openingCount.total().fen()));
    if (!q.exec())
        return sqlError(q);
    const qint64 id = q.lastInsertId().toLongLong(); // before any other insert
    const QJsonObject detail{
        {QStringLiteral("shift_uuid"), uuid},
        {QStringLiteral("opening_float"), openingCount.total().toPlainString()},
        {QStringLiteral("count"), openingCount.toJson()},
        {QStringLiteral("at"), at}};
    if (Status s = AuditLog(m_store).append(operatorLogin, QStringLiteral("shift.open"), detail);
        !s)
        return s.error();
    if (Status s = Outbox(m_store).append(uuid, QStringLiteral("shift.open"), detail); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return byId(id);
}

Status ShiftLedger::moveCash(Direction direction, Money amount, const QString &reason,
                             const QString &operatorLogin)
{
    if (qint64(amount.fen()) <= 0)
        return Error{QStringLiteral("cash.amount"),
                     QCoreApplication::translate("hd::ShiftLedger", "金额应大于 0。")};
    if (reason.trimmed().isEmpty())
        return Error{QStringLiteral("cash.reason"),
                     QCoreApplication::translate("hd::ShiftLedger", "请填写现金存取的原因。")};
    Transaction tx(m_store.db());
    if (!tx.isActive())
        return tx.beginError();
    auto shift = current();
    if (!shift)
        return shift.error();
    if (direction == Direction::Out && amount > drawerCash(shift->id))
        return Error{
            QStringLiteral("cash.insufficient"),
            QCoreApplication::translate("hd::ShiftLedger", "钱箱应有现金 %1，不足以取出 %2。")
                .arg(drawerCash(shift->id).toYuanString(), amount.toYuanString())};
    const QString uuid = newUuid();
    const QString dir = direction == Direction::In ? QStringLiteral("in") : QStringLiteral("out");
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("INSERT INTO cash_movements (uuid, shift_id, direction, amount_fen, "
                             "reason, operator_login, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(uuid);
    q.addBindValue(shift->id);
    q.addBindValue(dir);
    q.addBindValue(qint64(amount.fen()));
    q.addBindValue(reason.trimmed());
    q.addBindValue(operatorLogin);
    q.addBindValue(iso(now()));
    if (!q.exec())
        return sqlError(q);
    if (Status s = addToDrawer(shift->id, direction == Direction::In ? amount : -amount); !s)
        return s;
    const QJsonObject detail{{QStringLiteral("uuid"), uuid},
                             {QStringLiteral("shift_uuid"), shift->uuid},
                             {QStringLiteral("direction"), dir},
                             {QStringLiteral("amount"), amount.toPlainString()},
                             {QStringLiteral("reason"), reason.trimmed()}};
    if (Status s = AuditLog(m_store).append(operatorLogin, QStringLiteral("cash.") + dir, detail);
        !s)
        return s;
    if (Status s = Outbox(m_store).append(uuid, QStringLiteral("cash.movement"), detail); !s)
        return s;
    return tx.commit();
}

Money ShiftLedger::drawerCash(qint64 shiftId) const
{
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT drawer_cash_fen FROM shifts WHERE id = ?"));
    q.addBindValue(shiftId);
    return q.exec() && q.next() ? Money::fromFen(q.value(0).toLongLong()) : Money();
}

Status ShiftLedger::addToDrawer(qint64 shiftId, Money delta)
{
    if (delta.isZero())
        return {};
    QSqlQuery q(m_store.db());
    q.prepare(
        QStringLiteral("UPDATE shifts SET drawer_cash_fen = drawer_cash_fen + ? WHERE id = ?"));
    q.addBindValue(qint64(delta.fen()));
    q.addBindValue(shiftId);
    if (!q.exec())
        return sqlError(q);
    return {};
}

ShiftTotals ShiftLedger::totals(qint64 shiftId) const
{
    ShiftTotals t;
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral("SELECT opening_float_fen FROM shifts WHERE id = ?"));
    q.addBindValue(shiftId);
    if (q.exec() && q.next())
        t.openingFloat = Money::fromFen(q.value(0).toLongLong());
    q.prepare(QStringLiteral("SELECT direction, COALESCE(SUM(amount_fen), 0) FROM cash_movements "
                             "WHERE shift_id = ? GROUP BY direction"));
    q.addBindValue(shiftId);
    if (q.exec())
        while (q.next())
            (q.value(0).toString() == QLatin1String("in") ? t.cashIn : t.cashOut) =
                Money::fromFen(q.value(1).toLongLong());
    q.prepare(
        QStringLiteral("SELECT t.method, COALESCE(SUM(t.amount_fen), 0) FROM payment_tenders t "
                       "JOIN payments p ON p.uuid = t.payment_uuid WHERE p.shift_id = ? "
                       "GROUP BY t.method"));
    q.addBindValue(shiftId);
    if (q.exec())
        while (q.next()) {
            const QString m = q.value(0).toString();
            const Money v = Money::fromFen(q.value(1).toLongLong());
            if (m == QLatin1String("cash"))
                t.cash = v;
            else if (m == QLatin1String("card"))
                t.card = v;
            else
                t.qr = v;
        }
    q.prepare(QStringLiteral("SELECT SUM(kind <> 'reversal'), SUM(kind = 'reversal') FROM payments "
                             "WHERE shift_id = ?"));
    q.addBindValue(shiftId);
    if (q.exec() && q.next()) {
        t.payments = q.value(0).toInt();
        t.reversals = q.value(1).toInt();
    }
    return t;
}

Result<ShiftClosing> ShiftLedger::preview(const CashCount &counted,
                                          std::optional<Money> countedCard,
                                          std::optional<Money> countedQr) const
{
    auto shift = current();
    if (!shift)
        return shift.error();
    ShiftClosing c;
    c.totals = totals(shift->id);
    c.count = counted;
    c.countedCash = counted.total();
    c.countedCard = countedCard.value_or(c.totals.card);
    c.countedQr = countedQr.value_or(c.totals.qr);
    c.needsSupervisor =
        c.absoluteDifference() > PaymentSettings::load(m_store).shiftDifferenceLimit;
    return c;
}

Result<ShiftClosing> ShiftLedger::close(const QString &operatorLogin, const CashCount &counted,
                                        std::optional<Money> countedCard,
                                        std::optional<Money> countedQr,
                                        const QString &supervisorLogin,
                                        const QString &supervisorPassword)
{
    auto first = preview(counted, countedCard, countedQr);
    if (!first)
        return first.error();
    QString approvedBy;
    if (first->needsSupervisor) {
        if (supervisorLogin.isEmpty())
            return Error{
                QStringLiteral("shift.needs-supervisor"),
                QCoreApplication::translate("hd::ShiftLedger",
                                            "结班差额 %1 超过允许的 %2，需要值班长输入密码确认。")
                    .arg(first->difference().toYuanString(),
                         PaymentSettings::load(m_store).shiftDifferenceLimit.toYuanString())};
        auto sup =
            OperatorDirectory(m_store).authorizeSupervisor(supervisorLogin, supervisorPassword);
        if (!sup)
            return sup.error();
        approvedBy = sup->login;
    }
    Transaction tx(m_store.db());
    if (!tx.isActive())
        return tx.beginError();
    // Recomputed under the write lock: nothing may slip in between preview and close.
    auto closing = preview(counted, countedCard, countedQr);
    if (!closing)
        return closing.error();
    if (closing->needsSupervisor && approvedBy.isEmpty())
        return Error{QStringLiteral("shift.needs-supervisor"),
                     QCoreApplication::translate("hd::ShiftLedger",
                                                 "结班差额超过允许范围，需要值班长输入密码确认。")};
    closing->approvedBy = approvedBy;
    auto shift = current();
    if (!shift)
        return shift.error();
    QSqlQuery q(m_store.db());
    q.prepare(QStringLiteral(
        "UPDATE shifts SET state = 'closed', closed_at = ?, closing_count = ?, "
        "expected_cash_fen = ?, counted_cash_fen = ?, expected_card_fen = ?, counted_card_fen = ?, "
        "expected_qr_fen = ?, counted_qr_fen = ?, difference_fen = ?, approved_by = ? "
        "WHERE id = ? AND state = 'open'"));
    const QString at = iso(now());
    q.addBindValue(at);
    q.addBindValue(
        QString::fromUtf8(QJsonDocument(counted.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(qint64(closing->totals.expectedCash().fen()));
    q.addBindValue(qint64(closing->countedCash.fen()));
    q.addBindValue(qint64(closing->totals.card.fen()));
    q.addBindValue(qint64(closing->countedCard.fen()));
    q.addBindValue(qint64(closing->totals.qr.fen()));
    q.addBindValue(qint64(closing->countedQr.fen()));
    q.addBindValue(qint64(closing->difference().fen()));
    q.addBindValue(approvedBy.isEmpty() ? QVariant() : QVariant(approvedBy));
    q.addBindValue(shift->id);
    if (!q.exec())
        return sqlError(q);
    const QJsonObject detail{
        {QStringLiteral("shift_uuid"), shift->uuid},
        {QStringLiteral("count"), counted.toJson()},
        {QStringLiteral("expected_cash"), closing->totals.expectedCash().toPlainString()},
        {QStringLiteral("counted_cash"), closing->countedCash.toPlainString()},
        {QStringLiteral("expected_card"), closing->totals.card.toPlainString()},
        {QStringLiteral("counted_card"), closing->countedCard.toPlainString()},
        {QStringLiteral("expected_qr"), closing->totals.qr.toPlainString()},
        {QStringLiteral("counted_qr"), closing->countedQr.toPlainString()},
        {QStringLiteral("difference"), closing->difference().toPlainString()},
        {QStringLiteral("approved_by"), approvedBy},
        {QStringLiteral("at"), at}};
    AuditLog audit(m_store);
    if (!approvedBy.isEmpty())
        if (Status s = audit.append(
                approvedBy, QStringLiteral("supervisor.approve"),
                {{QStringLiteral("what"), QStringLiteral("shift.close")},
                 {QStringLiteral("shift_uuid"), shift->uuid},
                 {QStringLiteral("difference"), closing->difference().toPlainString()}});
            !s)
            return s.error();
    if (Status s = audit.append(operatorLogin, QStringLiteral("shift.close"), detail); !s)
        return s.error();
    if (Status s = Outbox(m_store).append(newUuid(), QStringLiteral("shift.close"), detail); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return closing;
}

} // namespace hd
