// The one place that reads the process environment: every variable SIA Admin honours is named here, so
// that `grep Environment::` finds them all and the rest of the code takes plain values.
#pragma once

#include <QString>

#include <optional>

namespace sia {

class Environment
{
public:
    // SIA_DATA_DIR: the data directory when --data-dir is not given (empty when unset).
    static QString dataDir();
    // SIA_BUSY_TIMEOUT_MS: how long to wait for a locked database; nullopt when unset or not a number >= 0.
    static std::optional<int> busyTimeoutMs();
    // SIA_DATABASE_URL: the database to open when --database is not given (empty when unset).
    static QString databaseUrl();
    // SIA_ACTOR, else the operating system's user name (USER, USERNAME, LOGNAME); empty when none is set.
    static QString actor();
    // SIA_TEST_COMMANDS=1 registers the command line's test-only commands (used by tests/cli only).
    static bool testCommandsEnabled();

    // QT_QPA_PLATFORM: whether a Qt platform plugin was chosen explicitly.
    static bool platformChosen();
    // Whether a window can be shown: on Linux and the BSDs an X11 or Wayland display (DISPLAY,
    // WAYLAND_DISPLAY) or an explicit platform; elsewhere always.
    static bool displayAvailable();
    // Renders off screen unless a platform was chosen explicitly (the tour needs no display). Must be
    // called before the QGuiApplication exists.
    static void preferOffscreenPlatform();
};

} // namespace sia
