// The one place a client asks before a call goes out: may it, under the admin's cap (ApiBudget) and the
// service's own daily allowance? It keeps this product's calls to one service (ApiCallLedger, persisted by
// ApiCallLedgerFile so that a restart does not reset the day) and what the service last reported (Marketo's
// stats/usage.json, Salesforce's Sforce-Limit-Info), and decides with its clock, so that a stopped client
// goes on by itself once the day has turned. MarketoClient and SalesforceClient consult it on their send
// path; the step pages' budget card and `sia-admin budget` read its report. One gate per instance and
// service is shared by every client of the process (forInstance); safe to use from any thread.
#pragma once

#include "common/result.h"
#include "connections/apibudget.h"
#include "connections/apicallledger.h"
#include "connections/apicallledgerfile.h"
#include "connections/connectionservice.h"

#include <QDateTime>
#include <QMutex>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace sia {

// What the budget card and `sia-admin budget` show for one service.
struct ApiBudgetReport
{
    ConnectionService service = ConnectionService::Marketo;
    int capPercent = 100;
    std::optional<qint64> dailyLimit; // empty until the service told it
    qint64 usedByAll = 0; // the service's last report plus this product's calls since
    QDateTime reportedAt; // when the service last reported its count (invalid: never)
    qint64 usedByUs = 0; // this product's calls of the current day
    qint64 allowedToUs = -1; // the cap as a number of calls; -1 while the limit is unknown
    qint64 remaining = -1; // calls left under the cap and the limit; -1 while unknown
    bool stopped = false;
    QDateTime resumesAt; // stopped: when calls may go again
    QString stopMessage; // stopped: what the clients answer (what happened, the cap, when it resumes)
};

class ApiBudgetGate : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    // The cap starts at 100 %: the owner sets the admin's (setCapPercent) from the settings. The clock is
    // the system's (UTC) unless one is given (tests move time on); it is given here, not later, because the
    // ledger file is read back with it: which of its calls are still of a day the budget looks at.
    explicit ApiBudgetGate(ConnectionService service, ApiCallLedgerFile file = ApiCallLedgerFile(),
        Clock clock = Clock(), QObject* parent = nullptr);

    // The process's gate of that instance (ConnectionSecrets::instanceOf) and service, its count read back
    // from beside the database file (or, for a server, from this machine's application data); made on
    // first use, shared while anyone holds it.
    static std::shared_ptr<ApiBudgetGate> forInstance(ConnectionService service, const QString& instance);
    static QString ledgerPathFor(ConnectionService service, const QString& instance);

    ConnectionService service() const { return m_service; }
    void setCapPercent(int percent);
    int capPercent() const;
    QDateTime now() const;

    // A daily limit known without asking the service (Marketo's subscription quota, from the connection).
    void setDailyLimit(qint64 dailyLimit);
    // What the service reported just now: its limit (when it says) and the calls of its day by everyone.
    void serviceReported(std::optional<qint64> dailyLimit, qint64 usedByAll);

    // Before a call goes out: the refusal (code budget.cap-reached or budget.quota-exhausted, saying the
    // cap and when it resumes), or success, the call then counted as made, with its purpose (the sync
    // kind that makes it, as the client was told; empty: none).
    Result<void> admit(const QString& purpose = {});
    // This product's calls of the current day made for purpose.
    qint64 usedByUsFor(const QString& purpose) const;

    ApiUsage usage() const;
    ApiBudgetDecision decision() const;
    ApiBudgetReport report() const;

signals:
    // The count, the report or the cap changed, or a stop ended (coalesced: at most a few times a second).
    void changed();

private:
    ApiUsage usageAt(const QDateTime& now) const; // m_mutex held
    void notify();
    void scheduleResume(const QDateTime& resumesAt);

    const ConnectionService m_service;
    const ApiCallLedgerFile m_file;
    mutable QMutex m_mutex;
    Clock m_clock;
    int m_capPercent = 100;
    std::optional<qint64> m_knownLimit;
    std::optional<ApiUsageReport> m_report;
    ApiCallLedger m_ledger;
    // Our calls admitted by this process, and their number when the last report came: the calls the
    // report cannot have counted, even within one millisecond of it.
    qint64 m_admitted = 0;
    std::optional<qint64> m_admittedAtReport;
    QTimer m_notify;
    QTimer m_resume;
};

} // namespace sia
