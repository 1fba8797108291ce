// The command line's browser: the system browser started as its own process (xdg-open on Linux and the
// BSDs, open on macOS, start on Windows), so that the admin's password is typed only into Salesforce's
// page in their own browser. With --no-browser it opens nothing: the command prints the link either way.
#pragma once

#include "salesforce/browserlauncher.h"

#include <QString>
#include <QStringList>

namespace sia {

class SystemBrowserLauncher final : public BrowserLauncher
{
public:
    explicit SystemBrowserLauncher(bool enabled = true)
        : m_enabled(enabled)
    { }

    void open(const QUrl& url) override;
    bool lastOpenFailed() const { return m_failed; }

    // The program and arguments that open url on this platform.
    static std::pair<QString, QStringList> commandFor(const QUrl& url);

private:
    bool m_enabled;
    bool m_failed = false;
};

} // namespace sia
