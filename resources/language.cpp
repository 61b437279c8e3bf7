#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace hd {

QString resolveLanguage(const QString &requested)
{
    if (requested == QLatin1String("en") || requested == QLatin1String("zh_CN"))
        return requested;
    return QLocale::system().language() == QLocale::English ? QStringLiteral("en")
                                                            : QStringLiteral("zh_CN");
}

QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return QStringLiteral("system");
}

void installTranslations(QCoreApplication &app, const QString &language)
{
    static const QString installedName = QStringLiteral("hd-translator");
    for (QTranslator *earlier : app.findChildren<QTranslator *>(installedName)) {
        QCoreApplication::removeTranslator(earlier);
        delete earlier;
    }
    const QLocale locale = language == QLatin1String("en")
                               ? QLocale(QLocale::English, QLocale::China)
                               : QLocale(QLocale::Chinese, QLocale::China);
    auto *qtTranslator = new QTranslator(&app);
    qtTranslator->setObjectName(installedName);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    if (language == QLatin1String("en")) {
        auto *translator = new QTranslator(&app);
        translator->setObjectName(installedName);
        if (translator->load(QStringLiteral(":/i18n/halldesk_en.qm")))
            QCoreApplication::installTranslator(translator);
    }
}

} // namespace hd
