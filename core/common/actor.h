// Who is making a change, when nobody said: the SIA_ACTOR environment variable, else the operating
// system's user name. Every change in the plan and the audit log is attributed to someone.
#pragma once

#include "common/environment.h"

#include <QString>

namespace sia {

inline QString defaultActor()
{
    const QString actor = Environment::actor();
    return actor.isEmpty() ? QStringLiteral("admin") : actor;
}

} // namespace sia
