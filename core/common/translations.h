// The product in the reader's language: at start, the app installs the translation for the system's
// locale. Translations are compiled from resources/translations/sia-admin_<language>.ts into the binary
// (qt_add_translations, resource prefix /i18n), so adding a language is adding a .ts file.
#pragma once

#include <QLocale>
#include <QString>

namespace sia {

inline constexpr const char* translationsResourcePath = ":/i18n";

// Installs the product's translation for the first of locale's UI languages that has one, and Qt's own
// texts (standard buttons, ...) for it when Qt ships them. Needs a QCoreApplication; the translators
// live as long as it. Returns the name of the file loaded ("sia-admin_de.qm"), or an empty string when
// none matched: the texts are then the English of the sources.
QString installTranslations(const QLocale& locale = QLocale::system());

} // namespace sia
