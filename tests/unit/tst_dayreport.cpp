#include "../support/paymentfixture.h"
#include "dayreport.h"
#include "paymentservice.h"
#include "shiftledger.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace hd;
using namespace hd::testing;

class TestDayReport : public QObject
{
    Q_OBJECT

    static DayReport::Total total(const QList<DayReport::Total> &list, const QString &key)
    {
        for (const auto &t : list)
            if (t.key == key)
                return t;
        return {};
    }

private slots:
    void build_totalsPerClerkMethodKindWithReversalsAndShifts()
    {
        QTemporaryDir dir;
        auto store = seededStore(dir.filePath(QStringLiteral("r.sqlite")));
        QVERIFY(store);
        // Local noon on 2024-06-04, whatever the machine's time zone.
        QDateTime now(QDate(2024, 6, 4), QTime(12, 0));
        ShiftLedger shifts(*store);
        shifts.setClock([&now] { return now.toUTC(); });
        QVERIFY(shifts.open(kClerk, CashCount::parse(u"100=1").value()).ok());
        PaymentService service(*store);
        service.setClock([&now] { return now.toUTC(); });
        auto pay = [&](const QString &account, qint64 fen, PaymentMethod method) {
            PaymentRequest r;
            r.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            r.accountNo = account;
            r.amount = Money::fromFen(fen);
            Tender t;
            t.method = method;
            t.amount = r.amount;
            t.cardRef = QStringLiteral("998877");
            t.cardLast4 = QStringLiteral("4321");
            r.tenders = {t};
            r.operatorLogin = kClerk;
            return service.pay(r);
        };
        QVERIFY(pay(QStringLiteral("1000000001"), 10000, PaymentMethod::Cash).ok());
        QVERIFY(pay(QStringLiteral("1000000003"), 5000, PaymentMethod::Card).ok());
        auto last = pay(QStringLiteral("1000000003"), 2000, PaymentMethod::Cash);
        QVERIFY(last.ok());
        QVERIFY(service
                    .reverse(last->receiptNo, QStringLiteral("重复收费"), kClerk, kSupervisor,
                             kSupervisorPassword)
                    .ok());
        now = now.addSecs(3600);
        QVERIFY(shifts.close(kClerk, CashCount::parse(u"100=2,10=1").value(), {}, {}).ok());
        // The next day: not in this report.
        now = QDateTime(QDate(2024, 6, 5), QTime(9, 0));
        QVERIFY(shifts.open(kClerk, {}).ok());
        QVERIFY(pay(QStringLiteral("1000000003"), 700, PaymentMethod::Cash).ok());

        auto report = DayReport::build(*store, QDate(2024, 6, 4));
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        QCOMPARE(report->payments, 3);
        QCOMPARE(report->net, Money::fromFen(15000));
        QCOMPARE(total(report->perClerk, kClerk).count, 4);
        QCOMPARE(total(report->perClerk, kClerk).amount, Money::fromFen(15000));
        QCOMPARE(total(report->perMethod, QStringLiteral("cash")).amount, Money::fromFen(10000));
        QCOMPARE(total(report->perMethod, QStringLiteral("card")).amount, Money::fromFen(5000));
        QCOMPARE(total(report->perKind, QStringLiteral("bill")).amount, Money::fromFen(10000));
        QCOMPARE(total(report->perKind, QStringLiteral("topup")).amount, Money::fromFen(7000));
        QCOMPARE(total(report->perKind, QStringLiteral("reversal")).amount, Money::fromFen(-2000));
        QCOMPARE(report->reversals.size(), 1);
        QCOMPARE(report->reversals[0].reversesReceiptNo, last->receiptNo);
        QCOMPARE(report->reversals[0].approvedBy, kSupervisor);
        QCOMPARE(report->shifts.size(), 1);
        // Float 100 + cash 100 = 200 expected, 210 counted.
        QCOMPARE(report->shifts[0].difference, Money::fromFen(1000));
        QVERIFY(report->toText().contains(QStringLiteral("冲正：1 笔")));
        auto next = DayReport::build(*store, QDate(2024, 6, 5));
        QCOMPARE(next->payments, 1);
    }
};

QTEST_GUILESS_MAIN(TestDayReport)
#include "tst_dayreport.moc"
