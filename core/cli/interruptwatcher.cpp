#include "cli/interruptwatcher.h"

#include <atomic>

#ifdef Q_OS_WIN
#include <QWinEventNotifier>

#include <windows.h>
#else
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace sia {

namespace {

// What the handler saw last; read on the event loop. Plain atomics only: a signal handler may do nothing
// else (no Qt, no allocation), which is why the event loop learns of it through a pipe or an event.
std::atomic<int> pendingExitCode { 0 };

#ifdef Q_OS_WIN
HANDLE interruptEvent = nullptr;

BOOL WINAPI onConsoleControl(DWORD type)
{
    switch (type) {
    case CTRL_C_EVENT:
        pendingExitCode = ExitInterrupted;
        break;
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
    case CTRL_LOGOFF_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        pendingExitCode = ExitTerminated;
        break;
    default:
        return FALSE;
    }
    SetEvent(interruptEvent);
    return TRUE; // handled: the process is not ended at once
}
#else
int signalPipe[2] = { -1, -1 };

void onSignal(int number)
{
    pendingExitCode = number == SIGINT ? int(ExitInterrupted) : int(ExitTerminated);
    const char byte = 1;
    (void)!::write(signalPipe[1], &byte, 1);
}
#endif

} // namespace

InterruptWatcher::InterruptWatcher(QObject* parent)
    : QObject(parent)
{
#ifdef Q_OS_WIN
    interruptEvent = CreateEventW(nullptr, FALSE, FALSE, nullptr);
    if (!interruptEvent) {
        return;
    }
    m_notifier = new QWinEventNotifier(interruptEvent, this);
    connect(m_notifier, &QWinEventNotifier::activated, this, &InterruptWatcher::deliver);
    m_watching = SetConsoleCtrlHandler(onConsoleControl, TRUE) != 0;
#else
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        return;
    }
    for (const int fd : signalPipe) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    }
    ::fcntl(signalPipe[1], F_SETFL, O_NONBLOCK); // a burst of signals never blocks the handler
    m_notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptWatcher::deliver);
    struct sigaction action
    {
    };
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    m_watching = ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
#endif
}

InterruptWatcher::~InterruptWatcher()
{
#ifdef Q_OS_WIN
    SetConsoleCtrlHandler(onConsoleControl, FALSE);
    delete m_notifier;
    if (interruptEvent) {
        CloseHandle(interruptEvent);
        interruptEvent = nullptr;
    }
#else
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    delete m_notifier;
    for (int& fd : signalPipe) {
        if (fd >= 0) {
            ::close(fd);
            fd = -1;
        }
    }
#endif
}

void InterruptWatcher::deliver()
{
#ifndef Q_OS_WIN
    char bytes[16];
    (void)!::read(signalPipe[0], bytes, sizeof bytes);
#endif
    const int code = pendingExitCode.exchange(0);
    if (code != 0) {
        emit interrupted(ExitCode(code));
    }
}

} // namespace sia
