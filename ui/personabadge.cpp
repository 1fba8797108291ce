#include "personabadge.h"

#include "theme.h"

PersonaBadge::PersonaBadge(sia::Persona persona, QWidget* parent)
    : QLabel(sia::personaLabel(persona), parent)
{
    setObjectName(sia::personaKeys(persona).value(0));
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    setStyleSheet(
        QStringLiteral("PersonaBadge { color: white; background: %1; border-radius: 10px; padding: 3px 10px;"
                       " font-weight: 600; }")
            .arg(Theme::personaColour(persona).name()));
}
