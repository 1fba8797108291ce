// Turns Ctrl-C and termination requests (SIGINT and SIGTERM on POSIX; the console's control events on
// Windows) into a Qt signal delivered on the event loop, so that a running command can stop cleanly
// instead of the process dying mid-write. One instance per process; it restores the default handling
// when destroyed.
#pragma once

#include "cli/exitcode.h"

#include <QObject>

class QSocketNotifier;
class QWinEventNotifier;

namespace sia {

class InterruptWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InterruptWatcher(QObject* parent = nullptr);
    ~InterruptWatcher() override;

    bool isWatching() const { return m_watching; }

signals:
    // ExitInterrupted for Ctrl-C (SIGINT), ExitTerminated for SIGTERM or a console close.
    void interrupted(sia::ExitCode exitCode);

private:
    void deliver();

    bool m_watching = false;
#ifdef Q_OS_WIN
    QWinEventNotifier* m_notifier = nullptr;
#else
    QSocketNotifier* m_notifier = nullptr;
#endif
};

} // namespace sia
