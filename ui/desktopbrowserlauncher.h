// The window's BrowserLauncher: the admin's system browser through QDesktopServices (on Linux xdg-open,
// or $BROWSER where there is none), never an embedded web view, so that the Salesforce password is typed
// only into Salesforce's own page. Opening can fail (no browser configured, a locked-down desktop): the
// page then points at the login link to copy, which the flow keeps waiting for.
#pragma once

#include "salesforce/browserlauncher.h"

#include <QObject>

class DesktopBrowserLauncher : public QObject, public sia::BrowserLauncher
{
    Q_OBJECT

public:
    explicit DesktopBrowserLauncher(QObject* parent = nullptr);

    void open(const QUrl& url) override;

signals:
    // The system refused to open url: the admin has to copy the login link into a browser.
    void openFailed(const QUrl& url);
};
