// Makes Debian's headless chromium this process's default web browser the way a Linux desktop registers
// one (freedesktop.org mime-apps: a desktop entry for http and https and a mimeapps.list, in XDG directories
// of its own), so that a URL the product opens goes QDesktopServices → Qt's generic Unix services →
// xdg-open (or $DEFAULT_BROWSER, Qt's fallback where there is none) → the desktop entry → chromium, as on an
// admin's desktop. Every launch gets a fresh profile and records what it was asked to open, which program
// started it and its DevTools port (for a WebDriver session to attach to). Launched browsers are stopped by
// stopAll() and on destruction, and by a watchdog should the test process die first. The environment is
// restored on destruction.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <optional>

struct BrowserLaunch
{
    QString directory;
    QStringList arguments; // what the browser was asked to open
    QString launcher; // the command line of the program that started it
    qint64 pid = 0; // the browser's, also its process group
    quint16 devToolsPort = 0;
};

class DesktopDefaultBrowser
{
public:
    // A chromium this class can drive, or empty with the reason in whyNot (none installed, or only the
    // snap, whose confinement hides its profile and DevTools files from the test).
    static QString findChromium(QString* whyNot);

    explicit DesktopDefaultBrowser(const QString& chromium);
    ~DesktopDefaultBrowser();
    DesktopDefaultBrowser(const DesktopDefaultBrowser&) = delete;
    DesktopDefaultBrowser& operator=(const DesktopDefaultBrowser&) = delete;

    QString problem() const { return m_problem; } // empty once registered

    // The browsers started so far whose DevTools port is open (stopped ones are forgotten).
    QList<BrowserLaunch> launches() const;
    // Stops every launched browser and its helper processes, and waits until they are gone.
    void stopAll();

    // The flags every launch gets (the machine's: headless, no sandbox as root, no network of its own).
    static QStringList chromiumFlags();

private:
    void setEnvironment(const char* name, const std::optional<QByteArray>& value);
    std::optional<BrowserLaunch> readLaunch(const QString& directory) const;

    QTemporaryDir m_dir;
    QString m_problem;
    QMap<QByteArray, std::optional<QByteArray>> m_savedEnvironment;
};
