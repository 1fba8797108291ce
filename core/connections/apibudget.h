// The admin's cap on the share of a service's daily API allowance this product may use (the settings
// budget.marketo-percent and budget.salesforce-percent), and the one decision the clients ask before each
// call: may another call go out now, and if not, why and from when on again. Pure: the clients pass what
// the service reported (its daily limit and the calls used by everyone) and what they counted themselves.
//
// The days differ: Marketo's quota resets at midnight US Central time (America/Chicago, daylight saving
// included); Salesforce counts the requests of a rolling 24 hours.
#pragma once

#include "common/result.h"
#include "connections/connectionservice.h"

#include <QCoreApplication>
#include <QDateTime>

#include <optional>

namespace sia {

class SettingsRepository;

struct ApiUsage
{
    std::optional<qint64> dailyLimit; // as the service reports it; empty until it has
    qint64 usedByAll = 0; // the calls of the current day by every integration, as reported
    qint64 usedByUs = 0; // this product's own calls of the current day (ApiCallLedger)
    QDateTime oldestOwnCall; // Salesforce: our oldest call of the last 24 hours (invalid: none)
};

struct ApiBudgetDecision
{
    bool allowed = true;
    qint64 remaining = -1; // calls left under both the cap and the service's limit; -1: not known yet
    QDateTime resumesAt; // refused: the earliest moment the answer can change
    std::optional<Error> refusal; // refused: what to tell the admin
};

class ApiBudget
{
    Q_DECLARE_TR_FUNCTIONS(sia::ApiBudget)

public:
    // capPercent outside 1..100 is clamped (the setting is validated when stored).
    ApiBudget(ConnectionService service, int capPercent);
    static Result<ApiBudget> fromSettings(const SettingsRepository& settings, ConnectionService service);

    ConnectionService service() const { return m_service; }
    int capPercent() const { return m_capPercent; }
    // The calls this product may make in a day of that limit: rounded down, never past the cap.
    qint64 allowedOf(qint64 dailyLimit) const;

    ApiBudgetDecision decide(const ApiUsage& usage, const QDateTime& now) const;

    // Where the current day began: Marketo's last midnight in Chicago; Salesforce's now - 24 hours.
    static QDateTime dayStart(ConnectionService service, const QDateTime& now);
    // Marketo only: the next midnight in Chicago, in UTC.
    static QDateTime nextMarketoReset(const QDateTime& now);

    // How long to wait before asking Salesforce again when others have used its requests up: it does not
    // say when theirs drop out of the window.
    static constexpr int salesforceRecheckSeconds = 60 * 60;

private:
    QDateTime resumeTime(const ApiUsage& usage, const QDateTime& now, bool capReached) const;
    Error capReached(const ApiUsage& usage, qint64 allowed, const QDateTime& resumesAt) const;
    Error quotaExhausted(const ApiUsage& usage, const QDateTime& resumesAt) const;

    ConnectionService m_service;
    int m_capPercent;
};

} // namespace sia
