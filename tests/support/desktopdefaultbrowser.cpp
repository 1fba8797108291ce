#include "desktopdefaultbrowser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTest>

#include <csignal>
#include <unistd.h>

namespace {

constexpr int stopTimeoutMs = 10000;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool write(const QString& path, const QByteArray& content, QFile::Permissions permissions = {})
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
        return false;
    }
    return permissions == QFile::Permissions() || file.setPermissions(permissions);
}

// State and process group of a process from /proc/<pid>/stat ("pid (comm) S ppid pgrp ..."); nullopt
// when there is no such process.
struct ProcessState
{
    char state = '?';
    qint64 group = 0;
};

std::optional<ProcessState> stateOf(const QString& pid)
{
    const QByteArray stat = readAll(QStringLiteral("/proc/%1/stat").arg(pid));
    const qsizetype end = stat.lastIndexOf(')');
    if (end < 0) {
        return std::nullopt;
    }
    const QList<QByteArray> fields = stat.mid(end + 2).split(' ');
    if (fields.size() < 3) {
        return std::nullopt;
    }
    return ProcessState { fields.at(0).isEmpty() ? '?' : fields.at(0).at(0), fields.at(2).toLongLong() };
}

// Whether a process of the group still runs (zombies waiting for a parent to reap them do not).
bool groupAlive(qint64 group)
{
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& pid : pids) {
        bool numeric = false;
        pid.toLongLong(&numeric);
        if (!numeric) {
            continue;
        }
        const std::optional<ProcessState> process = stateOf(pid);
        if (process && process->group == group && process->state != 'Z' && process->state != 'X') {
            return true;
        }
    }
    return false;
}

// The script the desktop entry runs for each URL. %1: the registration's directory, %2: chromium, %3: the
// flags, %4: the test process.
constexpr char browserScript[] = R"(#!/bin/sh
# The default web browser of this test's desktop: headless chromium, with a fresh profile for each URL.
launch=$(mktemp -d "%1/launch.XXXXXX") || exit 1
exec >"$launch/browser.log" 2>&1 </dev/null
tr '\0' ' ' <"/proc/$PPID/cmdline" >"$launch/launcher"
printf '%s\n' "$@" >"$launch/opened"
# A session of its own, so that the browser and all its helper processes are one process group to stop.
setsid %2 %3 --user-data-dir="$launch/profile" --remote-debugging-port=0 "$@" &
browser=$!
echo "$browser" >"$launch/pid.new" && mv "$launch/pid.new" "$launch/pid"
# Stops the browser when the test process ends, however it ends (the test normally stops it first).
tail --pid=%4 -f /dev/null &
echo "$!" >"$launch/watchdog"
wait "$!"
kill -s TERM -- "-$browser" 2>/dev/null
wait "$browser"
# The test cleans up after itself; after a crash nobody else would.
kill -0 %4 2>/dev/null || rm -rf "%1"
exit 0
)";

constexpr char desktopEntry[] = R"([Desktop Entry]
Type=Application
Name=Headless Chromium (SIA Admin test)
Exec=%1 %u
MimeType=x-scheme-handler/http;x-scheme-handler/https;
NoDisplay=true
)";

constexpr char mimeApps[] = R"([Default Applications]
x-scheme-handler/http=sia-test-browser.desktop
x-scheme-handler/https=sia-test-browser.desktop
)";

void stopGroup(qint64 group)
{
    if (group <= 1 || group == ::getpgrp()) {
        return;
    }
    ::kill(pid_t(-group), SIGTERM);
    ::kill(pid_t(group), SIGTERM); // in case it is stopped before it made its session
    if (!QTest::qWaitFor([group] { return !groupAlive(group); }, stopTimeoutMs)) {
        ::kill(pid_t(-group), SIGKILL);
        ::kill(pid_t(group), SIGKILL);
        (void)QTest::qWaitFor([group] { return !groupAlive(group); }, stopTimeoutMs);
    }
}

} // namespace

QString DesktopDefaultBrowser::findChromium(QString* whyNot)
{
    const QString chromium = QStandardPaths::findExecutable(QStringLiteral("chromium"));
    if (chromium.isEmpty()) {
        *whyNot = QStringLiteral(
            "no chromium found: install Debian's chromium and chromium-driver (installer/dev.sh does on "
            "Debian; Ubuntu 24.04 has Chromium only as a snap, which this test cannot drive)");
        return {};
    }
    const QString real = QFileInfo(chromium).canonicalFilePath();
    if (real.startsWith(QLatin1String("/snap/")) || real.endsWith(QLatin1String("/snap"))) {
        *whyNot = QStringLiteral("%1 is the Chromium snap, whose confinement hides its profile from this "
                                 "test: install Debian's chromium and chromium-driver instead")
                      .arg(chromium);
        return {};
    }
    return chromium;
}

QStringList DesktopDefaultBrowser::chromiumFlags()
{
    return { QStringLiteral("--headless"), QStringLiteral("--no-sandbox"), QStringLiteral("--disable-gpu"),
        QStringLiteral("--disable-quic"), QStringLiteral("--no-first-run"),
        QStringLiteral("--disable-background-networking"), QStringLiteral("--disable-component-update"),
        QStringLiteral("--disable-sync"), QStringLiteral("--no-proxy-server"),
        QStringLiteral("--no-default-browser-check") };
}

DesktopDefaultBrowser::DesktopDefaultBrowser(const QString& chromium)
    : m_dir(QDir::temp().filePath(QStringLiteral("sia-browser-XXXXXX")))
{
    const QString root = m_dir.path();
    // The desktop entry's Exec line and Qt's $DEFAULT_BROWSER are split at spaces.
    if (!m_dir.isValid() || root.contains(QLatin1Char(' ')) || chromium.contains(QLatin1Char(' '))) {
        m_problem = QStringLiteral("no temporary directory without spaces for the browser registration");
        return;
    }
    const QString script = m_dir.filePath(QStringLiteral("browser"));
    const QByteArray scriptText = QString::fromLatin1(browserScript)
                                      .arg(root, chromium, chromiumFlags().join(QLatin1Char(' ')))
                                      .arg(QCoreApplication::applicationPid())
                                      .toUtf8();
    const bool written
        = write(script, scriptText,
              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup)
        && QDir(root).mkpath(QStringLiteral("data/applications"))
        && QDir(root).mkpath(QStringLiteral("config"))
        && write(m_dir.filePath(QStringLiteral("data/applications/sia-test-browser.desktop")),
            QString::fromLatin1(desktopEntry).arg(script).toUtf8())
        && write(m_dir.filePath(QStringLiteral("config/mimeapps.list")), QByteArray(mimeApps));
    if (!written) {
        m_problem = QStringLiteral("could not write the browser registration in %1").arg(root);
        return;
    }
    // Where xdg-open and Qt look for the desktop's default browser; the desktop is "generic", so that a
    // developer's own desktop (GNOME, KDE) and $BROWSER play no part.
    setEnvironment("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral("config")).toUtf8());
    setEnvironment("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
    setEnvironment("DEFAULT_BROWSER", script.toUtf8());
    for (const char* name : { "BROWSER", "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION",
             "GNOME_DESKTOP_SESSION_ID", "MATE_DESKTOP_SESSION_ID", "SNAP" }) {
        setEnvironment(name, std::nullopt);
    }
}

DesktopDefaultBrowser::~DesktopDefaultBrowser()
{
    stopAll();
    for (auto saved = m_savedEnvironment.cbegin(); saved != m_savedEnvironment.cend(); ++saved) {
        if (saved.value()) {
            qputenv(saved.key().constData(), *saved.value());
        } else {
            qunsetenv(saved.key().constData());
        }
    }
}

void DesktopDefaultBrowser::setEnvironment(const char* name, const std::optional<QByteArray>& value)
{
    if (!m_savedEnvironment.contains(name)) {
        m_savedEnvironment.insert(
            name, qEnvironmentVariableIsSet(name) ? std::optional<QByteArray>(qgetenv(name)) : std::nullopt);
    }
    if (value) {
        qputenv(name, *value);
    } else {
        qunsetenv(name);
    }
}

std::optional<BrowserLaunch> DesktopDefaultBrowser::readLaunch(const QString& directory) const
{
    const QDir launch(directory);
    BrowserLaunch read;
    read.directory = directory;
    read.pid = readAll(launch.filePath(QStringLiteral("pid"))).trimmed().toLongLong();
    // Chromium writes the port it picked and its browser target's path, one a line, once it listens.
    const QList<QByteArray> port
        = readAll(launch.filePath(QStringLiteral("profile/DevToolsActivePort"))).split('\n');
    if (read.pid <= 0 || port.size() < 2 || !port.at(1).startsWith("/devtools/")) {
        return std::nullopt;
    }
    read.devToolsPort = quint16(port.at(0).toUInt());
    read.launcher = QString::fromUtf8(readAll(launch.filePath(QStringLiteral("launcher")))).trimmed();
    read.arguments = QString::fromUtf8(readAll(launch.filePath(QStringLiteral("opened"))))
                         .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return read;
}

QList<BrowserLaunch> DesktopDefaultBrowser::launches() const
{
    QList<BrowserLaunch> found;
    const QDir root(m_dir.path());
    for (const QString& name : root.entryList({ QStringLiteral("launch.*") }, QDir::Dirs, QDir::Time)) {
        if (const std::optional<BrowserLaunch> launch = readLaunch(root.filePath(name))) {
            found.append(*launch);
        }
    }
    return found;
}

void DesktopDefaultBrowser::stopAll()
{
    if (!m_dir.isValid()) {
        return;
    }
    QDir root(m_dir.path());
    for (const QString& name : root.entryList({ QStringLiteral("launch.*") }, QDir::Dirs)) {
        QDir launch(root.filePath(name));
        const qint64 browser = readAll(launch.filePath(QStringLiteral("pid"))).trimmed().toLongLong();
        stopGroup(browser);
        // The watchdog's tail: once it ends, the script and the xdg-open that waits for it end too.
        const QByteArray watchdog = readAll(launch.filePath(QStringLiteral("watchdog"))).trimmed();
        if (!watchdog.isEmpty()
            && readAll(QStringLiteral("/proc/%1/cmdline").arg(QString::fromLatin1(watchdog)))
                   .startsWith("tail")) {
            ::kill(pid_t(watchdog.toLongLong()), SIGTERM);
        }
        launch.removeRecursively();
    }
}
