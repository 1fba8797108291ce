// The icon for a step's status, drawn beside its words (StepView::statusText) so that status never
// relies on colour alone: a green disc with a tick for done, a red disc with a bar for blocked, a padlock
// for a locked step. Whether a step is locked is core's answer (StepView::locked), never worked out here.
#pragma once

#include "setup/plansnapshot.h"

#include <QIcon>

class StatusIcon
{
public:
    static QIcon icon(sia::StepStatus status, bool locked = false);
    static QIcon icon(const sia::StepView& view) { return icon(view.state.status, view.isLocked()); }
};
