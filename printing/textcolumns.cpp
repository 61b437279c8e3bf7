#include "textcolumns.h"

namespace hd::textcolumns {

namespace {
int charWidth(char32_t c)
{
    return c < 0x80 ? 1 : 2;
}

bool isClosingPunctuation(char32_t c)
{
    static const QString closing = QStringLiteral("，。、：；！？）》」』】〕,.;:!?)]%");
    return closing.contains(QChar(char16_t(c))) && c < 0x10000;
}
} // namespace

int width(QStringView text)
{
    int w = 0;
    for (char32_t c : text.toUcs4())
        w += charWidth(c);
    return w;
}

qsizetype fitting(QStringView text, int columns)
{
    int w = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const char32_t c = text.at(i).isHighSurrogate() && i + 1 < text.size()
                               ? QChar::surrogateToUcs4(text.at(i), text.at(i + 1))
                               : text.at(i).unicode();
        const int cw = charWidth(c);
        if (w + cw > columns)
            break;
        w += cw;
        i += c > 0xffff ? 2 : 1;
    }
    return i;
}

QStringList wrap(QStringView text, int columns)
{
    QStringList lines;
    if (columns <= 0)
        return lines;
    QStringView rest = text;
    while (!rest.isEmpty()) {
        qsizetype n = fitting(rest, columns);
        if (n >= rest.size()) {
            lines.append(rest.toString());
            break;
        }
        if (n == 0)
            n = 1; // a character wider than the line: print it anyway
        // Prefer the last space when the break falls inside a Latin word.
        const bool insideWord = rest.at(n - 1).unicode() < 0x80 && rest.at(n - 1) != u' ' &&
                                rest.at(n).unicode() < 0x80 && rest.at(n) != u' ';
        if (insideWord) {
            // Back to the last space, or to where the Latin run (a word, a number) began.
            qsizetype start = n;
            while (start > 0 && rest.at(start - 1).unicode() < 0x80 && rest.at(start - 1) != u' ')
                --start;
            if (start > 0)
                n = start;
        }
        // Closing punctuation goes down with the character before it.
        if (isClosingPunctuation(rest.at(n).unicode()) && n > 1)
            --n;
        lines.append(rest.left(n).toString().trimmed());
        rest = rest.mid(n);
        while (rest.startsWith(u' '))
            rest = rest.mid(1);
    }
    return lines;
}

QString padRight(const QString &text, int columns)
{
    return text + QString(qMax(0, columns - width(text)), QLatin1Char(' '));
}

QString padLeft(const QString &text, int columns)
{
    return QString(qMax(0, columns - width(text)), QLatin1Char(' ')) + text;
}

QString center(const QString &text, int columns)
{
    const int room = qMax(0, columns - width(text));
    return QString(room / 2, QLatin1Char(' ')) + text;
}

QString spread(const QString &left, const QString &right, int columns)
{
    const int room = qMax(1, columns - width(left) - width(right));
    return left + QString(room, QLatin1Char(' ')) + right;
}

} // namespace hd::textcolumns
