// Starts the window: starts the in-process sandbox when asked, reads a PostgreSQL server's password from
// the keychain (asynchronously) when the run is on a server, opens the store on its worker thread (the
// window never waits for the database), then shows the main window, or the reason the database could not
// be opened. In tour mode it renders every page to PNG instead and quits. Wiring only: it lives in app/ so
// that ui/ links nothing but core.
#pragma once

#include "cli/appcommandline.h"
#include "sandbox/sandboxoptions.h"

#include <QCoreApplication>

class QApplication;

namespace sia {

class GuiStartup
{
    Q_DECLARE_TR_FUNCTIONS(sia::GuiStartup)

public:
    // sandboxOptions is used with --sandbox only.
    static int run(
        QApplication& app, const AppInvocation& invocation, const sandbox::SandboxOptions& sandboxOptions);
};

} // namespace sia
