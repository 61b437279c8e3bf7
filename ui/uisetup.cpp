#include "uisetup.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>
#include <QLocale>

namespace hd {

void setUpApplication(QApplication &app, const QString &language)
{
    const QLocale locale = language == QLatin1String("en")
                               ? QLocale(QLocale::English, QLocale::China)
                               : QLocale(QLocale::Chinese, QLocale::China);
    QLocale::setDefault(locale);
    installTranslations(app, language);

    // Simplified Chinese glyphs: name the face instead of trusting the locale's fallback.
    QFont font(QStringLiteral("Noto Sans CJK SC"), 11);
    font.setStyleHint(QFont::SansSerif);
    app.setFont(font);
    app.setStyleSheet(QStringLiteral(
        "QLineEdit#searchEdit { font-size: 18pt; padding: 6px; }"
        "QLabel#accountTitle { font-size: 18pt; font-weight: bold; }"
        "QLabel#blockedLabel { color: #c62828; font-weight: bold; }"
        "QLabel#arrearsLabel { font-size: 14pt; }"
        "QLabel#loginError { color: #c62828; }"
        "QLabel#dialogError, QLabel#paymentError { color: #c62828; font-weight: bold; }"
        "QLabel#shiftNotice, QLabel#pendingBanner, QLabel#pendingLabel {"
        " color: #e65100; font-weight: bold; }"
        "QLabel#totalsLabel { font-size: 14pt; }"
        "QLineEdit#amountEdit, QLineEdit#tenderedEdit { font-size: 16pt; padding: 4px; }"
        "QLabel#changeCaption { color: #555; }"
        "QLabel#changeLabel { font-size: 22pt; font-weight: bold; }"
        "QLabel#receiptLabel { font-size: 16pt; font-weight: bold; color: #2e7d32; }"
        "QPushButton#payButton { font-size: 14pt; font-weight: bold; }"
        "QTableView { gridline-color: #d0d0d0; }"
        "QHeaderView::section { background: #eef2f7; padding: 4px; border: none;"
        " border-right: 1px solid #d0d0d0; }"));
}

} // namespace hd
