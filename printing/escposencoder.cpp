#include "escposencoder.h"

#include "rolllayout.h"

#include <QStringEncoder>

namespace hd {

namespace escpos {
namespace {
QByteArray qrFunction(char fn, const QByteArray &params)
{
    // GS ( k pL pH cn fn params: cn = 49 (QR code), the length counts cn and fn.
    const int length = int(params.size()) + 2;
    QByteArray b;
    b.append(GS).append('(').append('k');
    b.append(char(length & 0xff)).append(char((length >> 8) & 0xff));
    b.append(char(49)).append(fn).append(params);
    return b;
}
} // namespace

QByteArray qrStore(const QByteArray &data)
{
    return qrFunction(80, QByteArray(1, '0') + data); // fn 80 'P', m = 48 '0'
}
} // namespace escpos

using namespace escpos;

QByteArray EscPosEncoder::gb18030(const QString &text)
{
    QStringEncoder encoder("GB18030", QStringConverter::Flag::Stateless);
    if (!encoder.isValid()) {
        // Only a Qt built without ICU lacks GB18030; ASCII still prints.
        QByteArray ascii = text.toLatin1();
        for (char &c : ascii)
            if (uchar(c) >= 0x80)
                c = '?';
        return ascii;
    }
    return encoder.encode(text);
}

QByteArray EscPosEncoder::encode(const PrintDocument &document, const Options &options)
{
    const int columns = EscPosEncoder::columns(options.paper);
    QByteArray out;
    out.reserve(4096);
    out.append(ESC).append('@'); // initialise: the only one, before the QR settings
    out.append(FS).append('&');  // Chinese character mode: GB18030 double-byte text
    if (document.kickDrawer)
        // Pulse on pin 2: 25 × 2 ms on, 250 × 2 ms off.
        out.append(ESC).append('p').append(char(0)).append(char(25)).append(char(250));

    bool bold = false, big = false, inverse = false;
    auto setBold = [&](bool on) {
        if (on != bold)
            out.append(ESC).append('E').append(char(on ? 1 : 0));
        bold = on;
    };
    auto setBig = [&](bool on) {
        if (on != big) {
            out.append(GS).append('!').append(char(on ? 0x11 : 0x00));
            // Chinese characters follow FS !: double width (bit 2) and height (bit 3).
            out.append(FS).append('!').append(char(on ? 0x0c : 0x00));
        }
        big = on;
    };
    auto setInverse = [&](bool on) {
        if (on != inverse)
            out.append(GS).append('B').append(char(on ? 1 : 0));
        inverse = on;
    };

    for (const RollLine &line : RollLayout::layout(document, columns)) {
        if (line.kind == RollLine::Kind::Qr) {
            setBold(false);
            setBig(false);
            setInverse(false);
            out.append(ESC).append('a').append(char(1));           // centre
            out.append(qrFunction(65, QByteArray("\x32\x00", 2))); // model 2
            out.append(qrFunction(67, QByteArray(1, char(qrModuleDots(options.paper)))));
            out.append(qrFunction(69, QByteArray(1, char(49)))); // error correction M
            out.append(qrStore(line.text.toUtf8()));
            out.append(qrFunction(81, QByteArray(1, '0'))); // print the stored symbol
            out.append('\n');
            out.append(ESC).append('a').append(char(0));
            continue;
        }
        setBold(line.bold);
        setBig(line.big);
        setInverse(line.inverse);
        out.append(gb18030(line.text));
        out.append('\n');
    }
    setBold(false);
    setBig(false);
    setInverse(false);
    if (options.cut)
        out.append(GS).append('V').append(char(66)).append(char(0)); // feed to the cutter, cut
    return out;
}

} // namespace hd
