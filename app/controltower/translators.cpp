#include "translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace ct::app {

void installTranslators(QCoreApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    const QString catalogues = QStringLiteral(":/i18n");
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("controltower"), QStringLiteral("_"), catalogues) ||
        own->load(QStringLiteral("controltower_en"), catalogues))
        QCoreApplication::installTranslator(own);
}

} // namespace ct::app
