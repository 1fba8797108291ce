// An X server of the test's own (Xvfb on a display number it picks itself, no TCP), for the tests that need
// a real windowing system's platform services: on the offscreen platform QDesktopServices opens nothing
// (its services refuse every URL), on xcb it uses Qt's generic Unix services (xdg-open) as the window does
// on an admin's desktop. Start it in main(), before the QGuiApplication, which then runs on xcb. The server
// ends with this object, and with the test process however that ends (parent-death signal).
#pragma once

#include <QString>

#include <sys/types.h>

class VirtualDisplay
{
public:
    // Starts Xvfb and points DISPLAY and QT_QPA_PLATFORM (xcb) at it; on failure changes nothing and
    // problem() says why.
    VirtualDisplay();
    ~VirtualDisplay();
    VirtualDisplay(const VirtualDisplay&) = delete;
    VirtualDisplay& operator=(const VirtualDisplay&) = delete;

    bool running() const { return m_server > 0; }
    QString problem() const { return m_problem; }
    QString display() const { return m_display; } // ":N"

private:
    pid_t m_server = -1;
    QString m_display;
    QString m_problem;
};
