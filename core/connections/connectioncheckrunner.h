// Runs one service's named checks, as one press of Test connection: every check whose needs have passed
// starts at once (so independent checks run together), one whose need failed or was skipped is skipped,
// and each check's outcome, time and fix are reported as it ends. The report is the ConnectionTestReport
// that ConnectionRepository::recordTest keeps. Lives on the calling thread; destroying it abandons the
// checks still running (no signal follows).
#pragma once

#include "connections/connectioncheck.h"
#include "connections/connectiontestreport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>

namespace sia {

class ConnectionCheckRunner : public QObject
{
    Q_OBJECT

public:
    // checks in the order they are reported (a check's needs come before it).
    ConnectionCheckRunner(ConnectionCheckList checks, QString ranBy, QObject* parent = nullptr);
    ~ConnectionCheckRunner() override;

    // The keys and names of the checks, in order, for a view that lists them before they ran.
    QList<QPair<QString, QString>> checkNames() const;
    QString nameOf(const QString& key) const;

    void start(); // once
    bool isRunning() const { return m_started && !m_done; }
    const ConnectionTestReport& report() const { return m_report; }

signals:
    void checkStarted(const QString& key);
    void checkFinished(const sia::NamedCheck& check);
    void finished(const sia::ConnectionTestReport& report);

private:
    void startReadyChecks();
    void finishCheck(int index, CheckFinding finding);
    void skip(int index, const QString& failedNeed);
    void finishIfDone();
    int indexOf(const QString& key) const;

    enum class State
    {
        Waiting,
        Running,
        Finished
    };

    ConnectionCheckList m_checks;
    std::vector<State> m_states;
    std::vector<QElapsedTimer> m_timers;
    ConnectionTestReport m_report;
    QHash<QString, NamedCheck> m_results;
    bool m_started = false;
    bool m_done = false;
};

} // namespace sia
