// bench_printing: how long a receipt takes to become printer bytes and a PDF. Prints the
// median and the 95th percentile over N rounds (default 200) of: signing the QR statement,
// building the document, encoding ESC/POS for 80 mm paper, and rendering PDFs of an 80 mm
// receipt and an A4 receipt with the real CJK fonts. Never fails on time.
//   bench_printing [N]

#include "../support/receiptfixture.h"
#include "documentbuilder.h"
#include "escposencoder.h"
#include "pagerenderer.h"

#include <QElapsedTimer>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace hd;
using namespace hd::testing;

namespace {
void measure(const char *label, int rounds, const std::function<qsizetype()> &work)
{
    std::vector<qint64> ns;
    ns.reserve(size_t(rounds));
    qsizetype bytes = 0;
    work(); // warm up: fonts, glyph caches
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        bytes = work();
        ns.push_back(t.nsecsElapsed());
    }
    std::sort(ns.begin(), ns.end());
    std::printf("%-34s %10.3f %10.3f %10lld\n", label, double(ns[ns.size() / 2]) / 1e6,
                double(ns[size_t(double(ns.size()) * 0.95)]) / 1e6, static_cast<long long>(bytes));
}
} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 200;
    const ReceiptRecord record = sampleRecord();
    const TerminalKey key = fixedKey();
    const QString terminal = QStringLiteral("4401-03");
    const QString qr = DocumentBuilder::signedStatement(record, key, terminal).value();
    const PrintDocument document =
        DocumentBuilder::receiptDocument(record, ReceiptSettings(), qr, originalCopy());

    std::printf("bench_printing: %d rounds, fonts %s\n", rounds,
                PageRenderer::cjkFontsAvailable() ? "Noto Sans CJK SC" : "MISSING");
    std::printf("%-34s %10s %10s %10s\n", "step", "median ms", "p95 ms", "bytes");
    measure("sign QR statement (Ed25519)", rounds,
            [&] { return DocumentBuilder::signedStatement(record, key, terminal)->size(); });
    measure("build receipt document", rounds, [&] {
        return DocumentBuilder::receiptDocument(record, ReceiptSettings(), qr, originalCopy())
            .blocks.size();
    });
    measure("ESC/POS bytes, 80 mm", rounds, [&] { return EscPosEncoder::encode(document).size(); });
    measure("PDF, 80 mm roll", rounds,
            [&] { return PageRenderer::pdf(document, PaperKind::Roll80)->size(); });
    measure("PDF, A4", rounds, [&] { return PageRenderer::pdf(document, PaperKind::A4)->size(); });
    return 0;
}
