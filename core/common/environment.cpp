#include "common/environment.h"

#include <QByteArray>

namespace sia {

QString Environment::dataDir()
{
    return qEnvironmentVariable("SIA_DATA_DIR");
}

std::optional<int> Environment::busyTimeoutMs()
{
    bool isNumber = false;
    const int value = qEnvironmentVariableIntValue("SIA_BUSY_TIMEOUT_MS", &isNumber);
    if (!isNumber || value < 0) {
        return std::nullopt;
    }
    return value;
}

QString Environment::databaseUrl()
{
    return qEnvironmentVariable("SIA_DATABASE_URL").trimmed();
}

QString Environment::actor()
{
    for (const char* variable : { "SIA_ACTOR", "USER", "USERNAME", "LOGNAME" }) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty()) {
            return value;
        }
    }
    return {};
}

bool Environment::testCommandsEnabled()
{
    return qEnvironmentVariable("SIA_TEST_COMMANDS") == QLatin1String("1");
}

bool Environment::platformChosen()
{
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}

bool Environment::displayAvailable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || platformChosen();
#else
    return true;
#endif
}

void Environment::preferOffscreenPlatform()
{
    if (!platformChosen()) {
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    }
}

} // namespace sia
