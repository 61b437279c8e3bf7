// Renders the sample printouts under docs/printing/ (scripts/screenshots.sh calls it): an
// 80 mm and a 58 mm receipt, a reversal slip and the A4 day-end report, from a demo store
// with real payments, signed with a real terminal key. Usage: make_printing_samples OUTDIR

#include "../support/receiptfixture.h"
#include "documentbuilder.h"
#include "pagerenderer.h"

#include <QDir>
#include <QGuiApplication>
#include <QTemporaryDir>

using namespace hd;
using namespace hd::testing;

int main(int argc, char *argv[])
{
    qputenv("HALLDESK_NO_KEYCHAIN", "1");
    QGuiApplication app(argc, argv);
    if (argc != 2) {
        qWarning("usage: make_printing_samples OUTDIR");
        return 2;
    }
    const QDir out(QString::fromLocal8Bit(argv[1]));
    QTemporaryDir dir;
    auto store = seededStore(dir.filePath(QStringLiteral("samples.sqlite")));
    if (!store)
        return 1;
    exec(*store, QStringLiteral("UPDATE accounts SET address = '广州市越秀区东风中路示范路1号"
                                "幸福花园3栋2单元502室' WHERE account_no = '1000000001'"));
    // This month's and last month's bills, the older one a few days overdue.
    const QDate today = QDate::currentDate();
    const QDate last = today.addMonths(-1);
    const QDate before = today.addMonths(-2);
    auto period = [](QDate d) { return d.year() * 100 + d.month(); };
    exec(*store,
         QStringLiteral("UPDATE bills SET period = ?, kwh_tier1 = 372, due_date = ? "
                        "WHERE period = 202402"),
         {period(before), today.addDays(-12).toString(Qt::ISODate)});
    exec(*store,
         QStringLiteral("UPDATE bills SET period = ?, kwh_tier1 = 279, due_date = ? "
                        "WHERE period = 202403"),
         {period(last), today.addDays(18).toString(Qt::ISODate)});
    exec(*store,
         QStringLiteral("UPDATE bills SET period = ?, kwh_tier1 = 15480, due_date = ? "
                        "WHERE period = 202404"),
         {period(before), today.addDays(-6).toString(Qt::ISODate)});
    auto key = TerminalKey::loadOrCreate(*store);
    if (!key)
        return 1;
    // The whole amount due and 50.00 on top, which becomes prepaid credit.
    auto quote = PaymentService(*store).quote(QStringLiteral("1000000001"), today);
    if (!quote)
        return 1;
    const QString cash = payIn(*store, QStringLiteral("1000000001"), quote->totalDue().fen() + 5000,
                               PaymentMethod::Cash, 50000);
    auto factoryQuote = PaymentService(*store).quote(QStringLiteral("1000000002"), today);
    if (!factoryQuote)
        return 1;
    const QString card = payIn(*store, QStringLiteral("1000000002"), factoryQuote->totalDue().fen(),
                               PaymentMethod::Card);
    const QString topup = payIn(*store, QStringLiteral("1000000003"), 20000, PaymentMethod::Qr);
    if (cash.isEmpty() || card.isEmpty() || topup.isEmpty())
        return 1;
    auto reversal = PaymentService(*store).reverse(topup, QStringLiteral("户号输错"), kClerk,
                                                   kSupervisor, kSupervisorPassword);
    if (!reversal) {
        qWarning("%s", qPrintable(reversal.error().message));
        return 1;
    }

    DocumentBuilder builder(*store, &key.value());
    ReceiptPrintLog log(*store);
    auto save = [&](const PrintDocument &d, PaperKind paper, const QString &name) {
        const QImage image = PageRenderer::image(d, paper, paper == PaperKind::A4 ? 110 : 203);
        if (!image.save(out.filePath(name)))
            qWarning("cannot write %s", qPrintable(out.filePath(name)));
    };
    auto receipt = [&](const QString &no, ReceiptPrintLog::Copy copy, const QString &login) {
        return builder.receipt(no, log.record(no, copy, login, QStringLiteral("sample")).value())
            .value();
    };
    save(receipt(cash, ReceiptPrintLog::Copy::Original, kClerk), PaperKind::Roll80,
         QStringLiteral("receipt-80mm.png"));
    save(receipt(card, ReceiptPrintLog::Copy::Original, kClerk), PaperKind::Roll58,
         QStringLiteral("receipt-58mm.png"));
    save(receipt(cash, ReceiptPrintLog::Copy::Reprint, kSupervisor), PaperKind::Roll58,
         QStringLiteral("reprint-58mm.png"));
    save(receipt(reversal->receiptNo, ReceiptPrintLog::Copy::Original, kClerk), PaperKind::Roll80,
         QStringLiteral("reversal-80mm.png"));
    auto day = builder.dayReport(QDateTime::currentDateTimeUtc().toLocalTime().date());
    if (!day)
        return 1;
    save(day.value(), PaperKind::A4, QStringLiteral("day-report-a4.png"));
    return 0;
}
