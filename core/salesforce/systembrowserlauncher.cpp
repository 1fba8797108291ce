#include "salesforce/systembrowserlauncher.h"

#include <QProcess>

namespace sia {

std::pair<QString, QStringList> SystemBrowserLauncher::commandFor(const QUrl& url)
{
    const QString link = url.toString(QUrl::FullyEncoded);
#if defined(Q_OS_WIN)
    // start's first quoted argument is the window title; the empty one keeps the link from being taken so.
    return { QStringLiteral("cmd"), { QStringLiteral("/c"), QStringLiteral("start"), QString(), link } };
#elif defined(Q_OS_MACOS)
    return { QStringLiteral("open"), { link } };
#else
    return { QStringLiteral("xdg-open"), { link } };
#endif
}

void SystemBrowserLauncher::open(const QUrl& url)
{
    if (!m_enabled) {
        return;
    }
    const auto [program, arguments] = commandFor(url);
    // Detached: the browser outlives the command, and the command never waits for it.
    m_failed = !QProcess::startDetached(program, arguments);
}

} // namespace sia
