#include "ledger.h"
#include "pushbatch.h"

#include <QJsonDocument>
#include <QTest>

using hd::sync::Effect;

Q_DECLARE_METATYPE(hd::sync::Effect)

// The centre writes a payment's effect (stored with the payment, sent in the push answer, read
// back to undo a reversal) with its own writer: it must be the text QJsonDocument writes.
class TestEffectJson : public QObject
{
    Q_OBJECT
private slots:
    void effectJson_equalsQJsonDocumentCompact_data()
    {
        QTest::addColumn<Effect>("effect");
        QTest::newRow("no lines, all credit") << Effect{{}, 5000, 0, 0, {}};
        QTest::newRow("one bill paid") << Effect{{{202403, 15000, 0, {}}}, 0, 0, 0, {}};
        QTest::newRow("bills with penalty dates, credit")
            << Effect{{{202401, 12000, 1, QStringLiteral("2024-02-16")},
                       {202402, 8000, 0, QStringLiteral("2024-03-16")}},
                      250,
                      0,
                      0,
                      {}};
        QTest::newRow("already paid online: to credit")
            << Effect{{}, 20000, 20000, 0, QStringLiteral("bill.already-paid")};
        QTest::newRow("account closed: refund due")
            << Effect{{}, 0, 0, 30000, QStringLiteral("account.closed")};
        QTest::newRow("negative and large amounts")
            << Effect{{{209912, -1, 2, QStringLiteral("引号\"与\\反斜杠\n")}},
                      -99999999999999LL,
                      99999999999999LL,
                      0,
                      {}};
    }
    void effectJson_equalsQJsonDocumentCompact()
    {
        QFETCH(Effect, effect);
        QCOMPARE(hd::central::effectJson(effect),
                 QJsonDocument(effect.toJson()).toJson(QJsonDocument::Compact));
        // And it reads back as the same effect.
        const Effect back =
            Effect::fromJson(QJsonDocument::fromJson(hd::central::effectJson(effect)).object());
        QCOMPARE(back.creditFen, effect.creditFen);
        QCOMPARE(back.toCreditFen, effect.toCreditFen);
        QCOMPARE(back.refundDueFen, effect.refundDueFen);
        QCOMPARE(back.conflict, effect.conflict);
        QCOMPARE(back.lines.size(), effect.lines.size());
    }
};

QTEST_GUILESS_MAIN(TestEffectJson)
#include "tst_effectjson.moc"
