#include "../support/receiptfixture.h"
#include "cashcount.h"
#include "documentbuilder.h"
#include "escposencoder.h"
#include "pagerenderer.h"
#include "qrcode.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hd;
using namespace hd::testing;

// Receipts rendered to PDF and checked with the tools a person would use: pdfinfo for the
// page size, pdffonts for the faces, pdftotext for the Chinese text, pdftoppm to rasterise,
// zbarimg to scan the QR code, and the real hallctl to verify what was scanned.
class TestReceiptRender : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    TerminalKey m_key;
    QString m_receipt;

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    // Text as pdftotext extracts it. Qt's PDF writer maps a glyph back to the lowest code
    // point the font's cmap gives it, and Noto CJK shares glyphs between ideographs and the
    // Kangxi radicals (日 and ⽇): compatibility normalisation undoes that. The printed glyphs
    // themselves are right.
    static QString pdfText(const QString &out)
    {
        QString text = out.normalized(QString::NormalizationForm_KC);
        // Radicals without a compatibility decomposition, to the simplified characters.
        static const QString radicals = QStringLiteral("⺠⻓⻅⻔⻋⻢⻚⻜⻥⻛⻘⻝⻩⻬⻰⻆⻄");
        static const QString characters = QStringLiteral("民长见门车马页飞鱼风青食黄齐龙角西");
        for (qsizetype i = 0; i < radicals.size(); ++i)
            text.replace(radicals[i], characters[i]);
        return text;
    }
    static Run run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(60000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }
    Run hallctl(const QStringList &args)
    {
        return run(QStringLiteral(HALLCTL_PATH),
                   QStringList{QStringLiteral("--store"), m_store->path()} + args);
    }
    QString writePdf(const PrintDocument &d, PaperKind paper, const QString &name)
    {
        auto pdf = PageRenderer::pdf(d, paper);
        if (!pdf)
            return {};
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(pdf.value()) != pdf->size())
            return {};
        return path;
    }
    // The QR codes zbarimg finds on the first page at 300 dpi.
    QStringList scan(const QString &pdf)
    {
        const QString prefix = pdf + QStringLiteral("-page");
        const Run raster =
            run(QStringLiteral("pdftoppm"),
                {QStringLiteral("-r"), QStringLiteral("300"), QStringLiteral("-f"),
                 QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                 QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf, prefix});
        if (raster.exitCode != 0)
            return {QStringLiteral("pdftoppm failed: ") + raster.err};
        const Run zbar =
            run(QStringLiteral("zbarimg"),
                {QStringLiteral("-q"), QStringLiteral("--raw"), prefix + QStringLiteral(".png")});
        return zbar.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    PrintDocument receipt(const ReceiptCopy &copy = {})
    {
        return DocumentBuilder(*m_store, &m_key).receipt(m_receipt, copy).value();
    }

private slots:
    void initTestCase()
    {
        qputenv("HALLDESK_NO_KEYCHAIN", "1");
        for (const char *tool : {"pdftoppm", "pdfinfo", "pdffonts", "pdftotext", "zbarimg"})
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                     tool); // poppler-utils and zbar-tools are in scripts/install-deps.sh
        QVERIFY2(PageRenderer::cjkFontsAvailable(), "fonts-noto-cjk is not installed");
        m_store = seededStore(m_dir.filePath(QStringLiteral("render.sqlite")));
        QVERIFY(m_store);
        m_key = TerminalKey::loadOrCreate(*m_store).value();
        m_receipt =
            payIn(*m_store, QStringLiteral("1000000001"), 40000, PaymentMethod::Cash, 50000);
        QVERIFY(!m_receipt.isEmpty());
    }

    void pdf_hasThePapersSize_data()
    {
        QTest::addColumn<int>("paper");
        QTest::addColumn<double>("widthPt");
        QTest::newRow("80 mm roll") << int(PaperKind::Roll80) << 80 / 25.4 * 72;
        QTest::newRow("58 mm roll") << int(PaperKind::Roll58) << 58 / 25.4 * 72;
        QTest::newRow("A4") << int(PaperKind::A4) << 210 / 25.4 * 72;
    }
    void pdf_hasThePapersSize()
    {
        QFETCH(int, paper);
        QFETCH(double, widthPt);
        const QString pdf = writePdf(receipt(), PaperKind(paper), QStringLiteral("size.pdf"));
        QVERIFY(!pdf.isEmpty());
        const Run info = run(QStringLiteral("pdfinfo"), {pdf});
        QCOMPARE(info.exitCode, 0);
        const auto m = QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+) pts"))
                           .match(info.out);
        QVERIFY2(m.hasMatch(), qPrintable(info.out));
        QVERIFY(qAbs(m.captured(1).toDouble() - widthPt) < 1.0);
        // Roll paper is as long as the receipt: longer than it is wide, shorter than a metre.
        QVERIFY(m.captured(2).toDouble() > m.captured(1).toDouble());
        QVERIFY(m.captured(2).toDouble() < 1000 / 25.4 * 72);
    }

    void pdf_usesTheChineseFacesAndSaysItInChinese()
    {
        const QString roll = writePdf(receipt(), PaperKind::Roll80, QStringLiteral("fonts80.pdf"));
        const QString a4 = writePdf(receipt(), PaperKind::A4, QStringLiteral("fontsa4.pdf"));
        const Run rollFonts = run(QStringLiteral("pdffonts"), {roll});
        QVERIFY2(rollFonts.out.contains(QStringLiteral("NotoSansMonoCJKsc")),
                 qPrintable(rollFonts.out));
        const Run a4Fonts = run(QStringLiteral("pdffonts"), {a4});
        QVERIFY2(a4Fonts.out.contains(QStringLiteral("NotoSansCJKsc")), qPrintable(a4Fonts.out));
        // No Japanese face slipped in.
        QVERIFY(!rollFonts.out.contains(QStringLiteral("JP")));
        QVERIFY(!a4Fonts.out.contains(QStringLiteral("JP")));
        for (const QString &pdf : {roll, a4}) {
            const Run text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
            for (const QString &expected :
                 {QStringLiteral("电费收据"), QStringLiteral("越秀供电营业厅"),
                  QStringLiteral("张三"), QStringLiteral("肆佰元整"), QStringLiteral("400.00"),
                  m_receipt})
                QVERIFY2(pdfText(text.out).contains(expected),
                         qPrintable(expected + QStringLiteral(" in ") + pdf));
        }
    }

    void qrInPdf_scansAndVerifiesWithHallctl_data()
    {
        QTest::addColumn<int>("paper");
        QTest::newRow("80 mm") << int(PaperKind::Roll80);
        QTest::newRow("58 mm") << int(PaperKind::Roll58);
        QTest::newRow("A4") << int(PaperKind::A4);
    }
    void qrInPdf_scansAndVerifiesWithHallctl()
    {
        QFETCH(int, paper);
        const PrintDocument d = receipt();
        const QString pdf = writePdf(d, PaperKind(paper), QStringLiteral("qr%1.pdf").arg(paper));
        const QStringList codes = scan(pdf);
        QCOMPARE(codes, QStringList{d.qrPayload()});
        const Run verify = hallctl({QStringLiteral("verify-receipt"), codes.first()});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
        QVERIFY(verify.out.contains(QStringLiteral("真实")));
        QVERIFY(verify.out.contains(m_receipt));
    }

    void tamperedAmount_refusedByHallctl()
    {
        const QString pdf = writePdf(receipt(), PaperKind::Roll80, QStringLiteral("tamper.pdf"));
        QString text = scan(pdf).value(0);
        QVERIFY(text.contains(QStringLiteral(":40000:")));
        text.replace(QStringLiteral(":40000:"), QStringLiteral(":4000000:"));
        const Run verify =
            hallctl({QStringLiteral("--json"), QStringLiteral("verify-receipt"), text});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY(verify.out.contains(QStringLiteral("\"genuine\":false")));
        QVERIFY(verify.out.contains(QStringLiteral("receipt.bad-signature")));
        QVERIFY(verify.err.contains(QStringLiteral("签名不符")));
    }

    void hallctlVerify_readsPdfAndImageItself()
    {
        const QString pdf = writePdf(receipt(), PaperKind::Roll58, QStringLiteral("whole.pdf"));
        const Run fromPdf = hallctl({QStringLiteral("verify-receipt"), pdf});
        QVERIFY2(fromPdf.exitCode == 0, qPrintable(fromPdf.err));
        const QString png = m_dir.filePath(QStringLiteral("receipt.png"));
        QVERIFY(PageRenderer::image(receipt(), PaperKind::Roll80, 203).save(png));
        const Run fromImage = hallctl({QStringLiteral("verify-receipt"), png});
        QVERIFY2(fromImage.exitCode == 0, qPrintable(fromImage.err));
        // An image without a receipt QR code.
        const QString blank = m_dir.filePath(QStringLiteral("blank.png"));
        QImage white(200, 200, QImage::Format_RGB32);
        white.fill(Qt::white);
        QVERIFY(white.save(blank));
        const Run none = hallctl({QStringLiteral("verify-receipt"), blank});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains(QStringLiteral("没有找到收据二维码")));
    }

    void reprint_pdfSaysReprint()
    {
        ReceiptCopy copy;
        copy.copyNo = 3;
        copy.operatorLogin = kSupervisor;
        copy.operatorName = QStringLiteral("李强");
        copy.printedAt = QDateTime::currentDateTimeUtc();
        const QString pdf = writePdf(receipt(copy), PaperKind::Roll80, QStringLiteral("re.pdf"));
        const Run text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(pdfText(text.out).contains(QStringLiteral("重打 REPRINT 第 3 次")));
        QVERIFY(text.out.contains(QStringLiteral("李强(super1)")));
    }

    void dayReportA4_paginatesAndKeepsTables()
    {
        // More payments by card: the report shows them per clerk and per method.
        for (int i = 0; i < 3; ++i)
            QVERIFY(!payIn(*m_store, QStringLiteral("1000000003"), 1000 + i, PaymentMethod::Card)
                         .isEmpty());
        auto report = DocumentBuilder(*m_store, &m_key)
                          .dayReport(QDateTime::currentDateTimeUtc().toLocalTime().date());
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        const QString pdf = writePdf(report.value(), PaperKind::A4, QStringLiteral("day.pdf"));
        const Run text =
            run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        for (const QString &expected :
             {QStringLiteral("日结报表"), QStringLiteral("按收费员"), QStringLiteral("按支付方式"),
              QStringLiteral("clerk"), QStringLiteral("银行卡"), QStringLiteral("值班长")})
            QVERIFY2(pdfText(text.out).contains(expected), qPrintable(expected));
    }

    void shiftClose_printsTheCountedAgainstTheExpected()
    {
        const qint64 shiftId = ShiftLedger(*m_store).current()->id;
        DocumentBuilder builder(*m_store, &m_key);
        // Still open: no sheet yet.
        auto early = builder.shiftClose(shiftId);
        QVERIFY(!early.ok());
        QCOMPARE(early.error().code, QStringLiteral("shift.open"));
        // The drawer holds the 400.00 cash taken; the clerk counts 400.00.
        auto closed = ShiftLedger(*m_store).close(kClerk, CashCount::parse(u"100=4").value(),
                                                  std::nullopt, std::nullopt);
        QVERIFY2(closed.ok(), qPrintable(closed.error().message));
        auto sheet = builder.shiftClose(shiftId);
        QVERIFY2(sheet.ok(), qPrintable(sheet.error().message));
        const EscPosPrintout p = decodeEscPos(EscPosEncoder::encode(sheet.value()));
        const QString text = p.lines.join(QLatin1Char('\n'));
        for (const QString &expected :
             {QStringLiteral("交班单"), QStringLiteral("收费员：王芳(clerk1)"),
              QStringLiteral("现金"), QStringLiteral("400.00"), QStringLiteral("100元×4"),
              QStringLiteral("交班人")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QLatin1Char('\n') + text));
        QCOMPARE(p.bigLines.filter(QStringLiteral("￥0.00")).size(), 1); // no difference
        QVERIFY(!p.drawerKick);
    }
};

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    TestReceiptRender test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_receiptrender.moc"
