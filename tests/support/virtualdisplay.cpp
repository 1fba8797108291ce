#include "virtualdisplay.h"

#include <QByteArray>
#include <QFile>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

constexpr int readyTimeoutMs = 15000;

// Reads the display number Xvfb writes to -displayfd once it accepts clients ("42\n"); empty when it
// exits or says nothing in time.
QByteArray readDisplayNumber(int fd)
{
    QByteArray number;
    while (!number.endsWith('\n')) {
        pollfd ready { fd, POLLIN, 0 };
        const int polled = ::poll(&ready, 1, readyTimeoutMs);
        if (polled < 0 && errno == EINTR) {
            continue;
        }
        if (polled <= 0) {
            return {};
        }
        char chunk[16];
        const ssize_t got = ::read(fd, chunk, sizeof chunk);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got <= 0) {
            return {};
        }
        number.append(chunk, got);
    }
    return number.trimmed();
}

} // namespace

VirtualDisplay::VirtualDisplay()
{
    const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
    if (xvfb.isEmpty()) {
        m_problem = QStringLiteral("Xvfb not found: install the package xvfb (installer/dev.sh does)");
        return;
    }
    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0) {
        m_problem = QStringLiteral("no pipe for Xvfb's display number");
        return;
    }
    const QByteArray program = QFile::encodeName(xvfb);
    const pid_t parent = ::getpid();
    const pid_t child = ::fork();
    if (child < 0) {
        ::close(pipeFds[0]);
        ::close(pipeFds[1]);
        m_problem = QStringLiteral("could not start Xvfb");
        return;
    }
    if (child == 0) {
        // Only async-signal-safe calls from here on. The server dies with the test process.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (::getppid() != parent) {
            ::_exit(127);
        }
        const int devNull = ::open("/dev/null", O_RDWR);
        ::dup2(devNull, STDIN_FILENO);
        ::dup2(devNull, STDOUT_FILENO);
        ::dup2(devNull, STDERR_FILENO);
        if (pipeFds[1] == 3) {
            ::fcntl(3, F_SETFD, 0); // keep it open across exec
        } else {
            ::dup2(pipeFds[1], 3); // the copy is without O_CLOEXEC
        }
        char displayFd[] = "3";
        char* const argv[] = { const_cast<char*>(program.constData()), const_cast<char*>("-displayfd"),
            displayFd, const_cast<char*>("-nolisten"), const_cast<char*>("tcp"), const_cast<char*>("-screen"),
            const_cast<char*>("0"), const_cast<char*>("1280x800x24"), nullptr };
        ::execv(program.constData(), argv);
        ::_exit(127);
    }
    ::close(pipeFds[1]);
    const QByteArray number = readDisplayNumber(pipeFds[0]);
    ::close(pipeFds[0]);
    if (number.isEmpty()) {
        ::kill(child, SIGTERM);
        ::waitpid(child, nullptr, 0);
        m_problem = QStringLiteral("Xvfb did not start (run Xvfb -displayfd 1 by hand to see why)");
        return;
    }
    m_server = child;
    m_display = QStringLiteral(":") + QString::fromLatin1(number);
    qputenv("DISPLAY", m_display.toLatin1());
    qunsetenv("WAYLAND_DISPLAY");
    qputenv("QT_QPA_PLATFORM", "xcb;offscreen"); // offscreen if the server cannot be used after all
}

VirtualDisplay::~VirtualDisplay()
{
    if (m_server > 0) {
        ::kill(m_server, SIGTERM);
        ::waitpid(m_server, nullptr, 0);
    }
}
