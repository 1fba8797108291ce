// The icon and the words for a step's status, so that status never relies on colour alone: a green
// disc with a tick and "Done", a red disc with a bar and "Blocked", a padlock and "Not started (locked)".
#pragma once

#include "setup/stepstatus.h"

#include <QIcon>
#include <QString>

class StatusIcon
{
public:
    // A step that cannot be worked on yet shows the padlock unless it is already done or skipped.
    static bool showsLock(sia::StepStatus status, bool locked);

    static QIcon icon(sia::StepStatus status, bool locked = false);
    static QString text(
        sia::StepStatus status, bool locked = false); // "In progress", "Not started (locked)", ...
};
