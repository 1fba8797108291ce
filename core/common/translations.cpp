#include "common/translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

namespace sia {

namespace {

QTranslator* loadInto(
    QCoreApplication* app, const QLocale& locale, const QString& name, const QString& directory)
{
    auto* translator = new QTranslator(app);
    if (translator->load(locale, name, QStringLiteral("_"), directory)
        && QCoreApplication::installTranslator(translator)) {
        return translator;
    }
    delete translator;
    return nullptr;
}

} // namespace

QString installTranslations(const QLocale& locale)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app) {
        return {};
    }
    loadInto(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    const QString name = QStringLiteral("sia-admin");
    const QString directory = QLatin1String(translationsResourcePath);
    // English underneath every language: it holds the plural forms of the English source texts, which a
    // locale without a catalogue of its own (C, or a language not translated yet) would otherwise read as
    // "%n field(s)". Installed first, it is searched last.
    const QTranslator* english = loadInto(app, QLocale(QLocale::English), name, directory);
    const QTranslator* product
        = locale.language() == QLocale::English ? english : loadInto(app, locale, name, directory);
    return product ? QFileInfo(product->filePath()).fileName() : QString();
}

} // namespace sia
