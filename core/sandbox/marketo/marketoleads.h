// GET /rest/v1/leads.json (and POST …?_method=GET): people by a searchable field, with the fields asked
// for, at most batchSize (≤ 300) a page, and a nextPageToken while more remain. Pages run in Marketo id
// order and the token carries the last id returned, so no person is lost or repeated across pages.
//
// A lookup, not a scan: a filter that matches more than maxMatches people answers 1003, whatever the
// filter type (owner and partition filters included); reading everyone is the bulk extract's job.
// A requested field without a value comes as null for some people and is left out for others (chosen
// from the seed and the id, so an answer is repeatable): Marketo documents both, a client reads either.
#pragma once

#include "sandbox/marketo/marketofields.h"
#include "sandbox/sandboxresponse.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sia::sandbox {
class SandboxDataset;
struct SandboxLimits;
struct SandboxRequest;
} // namespace sia::sandbox

namespace sia::sandbox::marketo {

class MarketoLeads
{
public:
    MarketoLeads(const SandboxDataset& dataset, const SandboxLimits& limits)
        : m_dataset(dataset)
        , m_limits(limits)
    { }

    static constexpr qint64 maxMatches = 1000; // API-NOTES: "about 1,000"; the sandbox takes 1,000 exactly

    SandboxResponse leads(const SandboxRequest& request, const QString& requestId) const;

private:
    // How many living people the filter matches, over every page.
    qint64 matchCount(const QString& filterType, const QStringList& values) const;
    // Ids of the people matching values, ascending, after cursor; at most limit + 1 (to know if more remain).
    QList<qint64> matches(
        const QString& filterType, const QStringList& values, qint64 cursor, int limit) const;
    QList<qint64> matchesOfValue(const QString& filterType, const QString& value) const;
    QList<qint64> lookupMatches(const QString& filterType, const QStringList& values) const; // all, ascending
    bool leavesEmptyFieldsOut(qint64 personId) const;

    const SandboxDataset& m_dataset;
    const SandboxLimits& m_limits;
};

} // namespace sia::sandbox::marketo
