#include "desktopbrowserlauncher.h"

#include <QDesktopServices>
#include <QUrl>

DesktopBrowserLauncher::DesktopBrowserLauncher(QObject* parent)
    : QObject(parent)
{ }

void DesktopBrowserLauncher::open(const QUrl& url)
{
    if (!QDesktopServices::openUrl(url))
        emit openFailed(url);
}
