#pragma once

// Fixed receipts and a fixed signing key for the printing tests, the golden files and the
// benchmark; and a small decoder of the ESC/POS bytes the encoder writes, so that tests read
// back what a printer would print. Header-only.

#include "paymentfixture.h"
#include "paymentservice.h"
#include "receiptprintlog.h"
#include "receiptrecord.h"
#include "sandboxacquirer.h"
#include "shiftledger.h"
#include "terminalkey.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringDecoder>
#include <QStringList>
#include <QUuid>

namespace hd::testing {

inline TerminalKey fixedKey(char fill = 7)
{
    return TerminalKey::fromSeed(QByteArray(32, fill)).value();
}

// A cash payment of two bills with a late fee and credit, at 2024-03-25 10:15:30 in Beijing.
inline ReceiptRecord sampleRecord()
{
    ReceiptRecord r;
    r.uuid = QStringLiteral("0b0f6a52-6f43-4d4c-9d6e-0d2f3c1a5b77");
    r.receiptNo = QStringLiteral("4401-03-00001234");
    r.kind = QStringLiteral("bill");
    r.hallCode = QStringLiteral("4401");
    r.terminalCode = QStringLiteral("03");
    r.hallName = QStringLiteral("越秀供电营业厅");
    r.operatorLogin = QStringLiteral("clerk1");
    r.operatorName = QStringLiteral("王芳");
    r.createdAt = QDateTime(QDate(2024, 3, 25), QTime(2, 15, 30), Qt::UTC);
    r.accountNo = QStringLiteral("1000000001");
    r.accountName = QStringLiteral("张三");
    r.address = QStringLiteral("广州市越秀区示范路1号幸福花园3栋2单元502室");
    r.amount = Money::fromFen(40000);
    r.lateFee = Money::fromFen(200);
    r.credit = Money::fromFen(4800);
    r.change = Money::fromFen(0);
    r.bills = {{202402, 372, Money::fromFen(20000), Money::fromFen(200)},
               {202403, 279, Money::fromFen(15000), Money::fromFen(0)}};
    r.tenders = {{QStringLiteral("cash"), Money::fromFen(40000), Money::fromFen(50000),
                  Money::fromFen(10000), QString(), QString()}};
    return r;
}

inline ReceiptCopy originalCopy()
{
    ReceiptCopy c;
    c.receiptNo = sampleRecord().receiptNo;
    c.operatorLogin = QStringLiteral("clerk1");
    c.operatorName = QStringLiteral("王芳");
    c.printedAt = QDateTime(QDate(2024, 3, 25), QTime(2, 15, 31), Qt::UTC);
    return c;
}

inline ReceiptCopy reprintCopy(int n)
{
    ReceiptCopy c = originalCopy();
    c.copyNo = n;
    c.operatorLogin = QStringLiteral("super1");
    c.operatorName = QStringLiteral("李强");
    c.printedAt = QDateTime(QDate(2024, 3, 26), QTime(1, 0, 0), Qt::UTC);
    return c;
}

// A committed payment in a seeded store (see paymentfixture.h): opens the clerk's shift when
// none is open. Returns the receipt number, empty on failure.
inline QString payIn(Store &store, const QString &accountNo, qint64 fen, PaymentMethod method,
                     qint64 tenderedFen = 0)
{
    ShiftLedger ledger(store);
    if (!ledger.current())
        if (!ledger.open(kClerk, {}))
            return {};
    PaymentRequest r;
    r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.accountNo = accountNo;
    r.amount = Money::fromFen(fen);
    Tender t;
    t.method = method;
    t.amount = r.amount;
    t.tendered = Money::fromFen(tenderedFen);
    if (method == PaymentMethod::Qr)
        t.qrCode = QStringLiteral("134567890123456780"); // the sandbox acquirer approves it
    if (method == PaymentMethod::Card) {
        t.cardRef = QStringLiteral("889900");
        t.cardLast4 = QStringLiteral("4321");
    }
    r.tenders = {t};
    r.operatorLogin = kClerk;
    SandboxAcquirer acquirer;
    auto outcome = PaymentService(store, &acquirer).pay(r);
    if (!outcome) {
        qWarning("pay: %s", qPrintable(outcome.error().message));
        return {};
    }
    return outcome->receiptNo;
}

// What a printer makes of the bytes.
struct EscPosPrintout
{
    QStringList lines;     // the text, decoded from GB18030
    QStringList boldLines; // lines printed with ESC E 1
    QStringList bigLines;  // lines printed at double size
    QStringList inverseLines;
    QStringList qrPayloads;  // from GS ( k … 1 P 0
    int initialisations = 0; // ESC @
    qsizetype lastInitAt = -1;
    qsizetype firstQrAt = -1;
    bool chineseMode = false; // FS &
    bool drawerKick = false;  // ESC p
    bool cut = false;         // GS V
    bool cutIsLast = false;
    QStringList unknown; // commands the decoder did not expect
};

inline EscPosPrintout decodeEscPos(const QByteArray &b)
{
    EscPosPrintout out;
    QByteArray text;
    bool bold = false, big = false, inverse = false;
    auto flush = [&] {
        QStringDecoder decoder("GB18030");
        const QString line = decoder.decode(text);
        out.lines << line;
        if (bold)
            out.boldLines << line;
        if (big)
            out.bigLines << line;
        if (inverse)
            out.inverseLines << line;
        text.clear();
    };
    qsizetype i = 0;
    auto at = [&](qsizetype k) { return k < b.size() ? quint8(b[k]) : quint8(0); };
    while (i < b.size()) {
        const quint8 c = at(i);
        if (c == '\n') {
            flush();
            ++i;
        } else if (c == 0x1b) { // ESC
            const quint8 cmd = at(i + 1);
            if (cmd == '@') {
                ++out.initialisations;
                out.lastInitAt = i;
                i += 2;
            } else if (cmd == 'E') {
                bold = at(i + 2) != 0;
                i += 3;
            } else if (cmd == 'a') {
                i += 3;
            } else if (cmd == 'p') {
                out.drawerKick = true;
                i += 5;
            } else {
                out.unknown << QStringLiteral("ESC %1").arg(cmd);
                i += 2;
            }
        } else if (c == 0x1d) { // GS
            const quint8 cmd = at(i + 1);
            if (cmd == '!') {
                big = at(i + 2) == 0x11;
                i += 3;
            } else if (cmd == 'B') {
                inverse = at(i + 2) != 0;
                i += 3;
            } else if (cmd == 'V') {
                out.cut = true;
                out.cutIsLast = i + 4 == b.size();
                i += 4;
            } else if (cmd == '(' && at(i + 2) == 'k') {
                const int length = at(i + 3) | (at(i + 4) << 8);
                const quint8 fn = at(i + 6);
                if (out.firstQrAt < 0)
                    out.firstQrAt = i;
                if (fn == 80) // store: m = '0', then the data
                    out.qrPayloads << QString::fromUtf8(b.mid(i + 8, length - 3));
                i += 5 + length;
            } else {
                out.unknown << QStringLiteral("GS %1").arg(cmd);
                i += 2;
            }
        } else if (c == 0x1c) { // FS
            const quint8 cmd = at(i + 1);
            if (cmd == '&') {
                out.chineseMode = true;
                i += 2;
            } else if (cmd == '!') {
                i += 3;
            } else {
                out.unknown << QStringLiteral("FS %1").arg(cmd);
                i += 2;
            }
        } else {
            text.append(char(c));
            ++i;
        }
    }
    if (!text.isEmpty())
        flush();
    return out;
}

} // namespace hd::testing
