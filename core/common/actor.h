// Who is making a change, when nobody said: the SIA_ACTOR environment variable, else the operating
// system's user name. Every change in the plan and the audit log is attributed to someone.
#pragma once

#include <QString>

namespace sia {

inline QString defaultActor()
{
    for (const char* variable : { "SIA_ACTOR", "USER", "USERNAME", "LOGNAME" }) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty()) {
            return value;
        }
    }
    return QStringLiteral("admin");
}

} // namespace sia
