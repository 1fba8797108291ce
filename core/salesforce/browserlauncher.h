// Opens the login page in the admin's browser. The window implements it with QDesktopServices (the system
// browser, never an embedded one: the admin's password is typed only into Salesforce's own page), the
// command line prints the URL, and the tests drive the sandbox's login page as a browser would.
#pragma once

#include <QUrl>

namespace sia {

class BrowserLauncher
{
public:
    virtual ~BrowserLauncher() = default;
    virtual void open(const QUrl& url) = 0;
};

} // namespace sia
