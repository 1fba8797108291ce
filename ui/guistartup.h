// Starts the window: opens the store on its worker thread (the window never waits for the database),
// then shows the main window, or the reason the database could not be opened. In tour mode it renders
// every page to PNG instead and quits.
#pragma once

#include "cli/appcommandline.h"

class QApplication;

namespace sia {

int runGui(QApplication& app, const AppInvocation& invocation);

} // namespace sia
