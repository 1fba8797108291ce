#include "connections/connectioncheckrunner.h"

#include <QPointer>

namespace sia {

ConnectionCheckRunner::ConnectionCheckRunner(ConnectionCheckList checks, QString ranBy, QObject* parent)
    : QObject(parent)
    , m_checks(std::move(checks))
    , m_states(m_checks.size(), State::Waiting)
    , m_timers(m_checks.size())
{
    m_report.ranBy = std::move(ranBy);
}

ConnectionCheckRunner::~ConnectionCheckRunner() = default;

QList<QPair<QString, QString>> ConnectionCheckRunner::checkNames() const
{
    QList<QPair<QString, QString>> names;
    for (const auto& check : m_checks) {
        names.append({ check->key(), check->name() });
    }
    return names;
}

QString ConnectionCheckRunner::nameOf(const QString& key) const
{
    const int index = indexOf(key);
    return index < 0 ? key : m_checks.at(index)->name();
}

int ConnectionCheckRunner::indexOf(const QString& key) const
{
    for (int index = 0; index < int(m_checks.size()); ++index) {
        if (m_checks.at(index)->key() == key) {
            return index;
        }
    }
    return -1;
}

void ConnectionCheckRunner::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    m_report.ranAt = QDateTime::currentDateTimeUtc();
    startReadyChecks();
    finishIfDone();
}

void ConnectionCheckRunner::startReadyChecks()
{
    for (int index = 0; index < int(m_checks.size()); ++index) {
        if (m_states.at(index) != State::Waiting) {
            continue;
        }
        bool ready = true;
        QString failedNeed;
        for (const QString& need : m_checks.at(index)->needs()) {
            const auto found = m_results.constFind(need);
            if (found == m_results.constEnd()) {
                ready = false; // still running (or waiting itself)
                continue;
            }
            if (found->outcome != CheckOutcome::Passed) {
                failedNeed = need;
                break;
            }
        }
        if (!failedNeed.isEmpty()) {
            skip(index, failedNeed);
            startReadyChecks(); // a skipped check may skip others in turn
            return;
        }
        if (!ready) {
            continue;
        }
        m_states[index] = State::Running;
        m_timers[index].start();
        emit checkStarted(m_checks.at(index)->key());
        QPointer<ConnectionCheckRunner> guard = this;
        m_checks.at(index)->run([guard, index](CheckFinding finding) {
            if (guard) {
                guard->finishCheck(index, std::move(finding));
            }
        });
    }
}

void ConnectionCheckRunner::skip(int index, const QString& failedNeed)
{
    m_states[index] = State::Finished;
    NamedCheck check;
    check.key = m_checks.at(index)->key();
    check.outcome = CheckOutcome::Skipped;
    //: %1 is the name of the check that did not pass, e.g. "Credentials accepted".
    check.message = tr("Not run: “%1” did not pass.").arg(nameOf(failedNeed));
    m_results.insert(check.key, check);
    emit checkFinished(check);
}

void ConnectionCheckRunner::finishCheck(int index, CheckFinding finding)
{
    if (m_states.at(index) != State::Running) {
        return; // answered twice: the first answer counts
    }
    m_states[index] = State::Finished;
    NamedCheck check;
    check.key = m_checks.at(index)->key();
    check.outcome = finding.outcome;
    check.elapsedMs = m_timers.at(index).elapsed();
    check.code = finding.code;
    check.message = finding.message;
    check.fix = finding.fix;
    check.proxy = finding.proxy;
    m_results.insert(check.key, check);
    emit checkFinished(check);
    startReadyChecks();
    finishIfDone();
}

void ConnectionCheckRunner::finishIfDone()
{
    if (m_done) {
        return;
    }
    for (State state : m_states) {
        if (state != State::Finished) {
            return;
        }
    }
    m_done = true;
    m_report.checks.clear();
    for (const auto& check : m_checks) {
        m_report.checks.append(m_results.value(check->key()));
    }
    emit finished(m_report);
}

} // namespace sia
