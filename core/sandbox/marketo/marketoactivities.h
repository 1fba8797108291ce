// Marketo's activity endpoints: paging tokens for a point in time, the lead changes feed (the product's
// incremental sync), deleted leads, reading activities, and writing sales activities. Activity ids are
// one ascending sequence (SandboxDataset::nextActivityId), so a paging token is simply a position in it.
//
// Every read pages through ActivityLogPager (the log is scanned in blocks: short and empty pages while
// moreResult is true). The log has gaps (activities the sandbox does not serve), so that happens regularly.
#pragma once

#include "sandbox/sandboxresponse.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace sia::sandbox {
struct PersonCreation;
class SandboxClock;
class SandboxCounters;
class SandboxDataset;
struct SandboxLimits;
struct SandboxRequest;
} // namespace sia::sandbox

namespace sia::sandbox::marketo {

class ActivityLogPager;

struct LoggedActivity
{
    qint64 id = 0;
    qint64 leadId = 0;
    int activityTypeId = 0;
    QDateTime activityDate;
    QString primaryAttributeValue;
    QJsonArray attributes; // [{"name","value"}]
};

class MarketoActivities
{
public:
    static constexpr int deletedLeadsKeptDays = 14; // API-NOTES: unconfirmed window

    MarketoActivities(SandboxDataset& dataset, const SandboxClock& clock, SandboxCounters& counters,
        const SandboxLimits& limits);

    SandboxResponse pagingToken(const SandboxRequest& request, const QString& requestId) const;
    SandboxResponse leadChanges(const SandboxRequest& request, const QString& requestId) const;
    SandboxResponse deletedLeads(const SandboxRequest& request, const QString& requestId) const;
    SandboxResponse activities(const SandboxRequest& request, const QString& requestId) const;
    SandboxResponse addExternal(const SandboxRequest& request, const QString& requestId);

    const QList<LoggedActivity>& logged() const { return m_logged; }
    void reset() { m_logged.clear(); }

private:
    // The New Lead activities in the block the pager scans, of the leads asked (all when empty), living.
    void forEachNewLead(const ActivityLogPager& pager, const QSet<qint64>& leadIds,
        const std::function<void(const PersonCreation&)>& visit) const;

    SandboxDataset& m_dataset;
    const SandboxClock& m_clock;
    SandboxCounters& m_counters;
    const SandboxLimits& m_limits;
    QList<LoggedActivity> m_logged; // what the product wrote (bounded by what it writes)
};

} // namespace sia::sandbox::marketo
