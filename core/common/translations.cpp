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
    const QTranslator* product
        = loadInto(app, locale, QStringLiteral("sia-admin"), QLatin1String(translationsResourcePath));
    return product ? QFileInfo(product->filePath()).fileName() : QString();
}

} // namespace sia
