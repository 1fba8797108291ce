// The look of SIA Admin in one place: the style sheet, the roles that widgets take in it (a page title,
// a card, a muted line), and the colours that stand for a step's status.
#pragma once

#include "setup/stepstatus.h"

#include <QColor>
#include <QString>

class QWidget;

class Theme
{
public:
    enum class Role
    {
        AppTitle, // "SIA Admin" at the top of the navigation
        Sidebar,
        Navigation,
        PageEyebrow, // the small line above a page title: "Step 3 of 7"
        PageTitle,
        PageSummary,
        SectionTitle,
        Muted, // secondary text: hints, "who and when"
        Card, // a framed white panel
        Content, // the page background behind cards
        ModeBadge, // "DEMO DATA"
        Chip, // a small count: "1 blocked"
        Headline, // a figure that matters: "3 of 7 steps complete"
        PrimaryButton, // the one action a page suggests most
    };

    static void setRole(QWidget* widget, Role role);
    static QString styleSheet();

    // The colour of a status; always shown together with its icon and its text, never alone.
    static QColor statusColour(sia::StepStatus status);
    static QColor lockedColour();
    static QColor personaColour(sia::Persona persona);
};
