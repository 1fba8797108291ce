// The setup plan as JSON, for `sia-admin status --json` and for exports: stable keys, never secrets.
#pragma once

#include "setup/setupplan.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sia {

QJsonObject toJson(const PlanSnapshot& snapshot);
QJsonObject toJson(const StepView& step);
QJsonObject toJson(const PrerequisiteState& prerequisite);

} // namespace sia
