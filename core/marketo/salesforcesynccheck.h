// SPEC section 2's second prerequisite, checked from the data once Marketo is connected: do Marketo's
// people carry Salesforce IDs (sfdcLeadId or sfdcContactId) and owners (sfdcLeadOwnerId)? Reads a sample
// (the first window of 300 Marketo IDs that holds anybody) with those fields; the Marketo-Salesforce sync
// is taken as set up when at least one sampled person carries both. People only in Marketo are normal,
// so the figures are reported, not a share demanded.
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>

namespace sia {

class MarketoClient;

struct SalesforceSyncFindings
{
    Q_DECLARE_TR_FUNCTIONS(sia::SalesforceSyncFindings)

public:
    int sampled = 0;
    int withSalesforceId = 0;
    int withOwner = 0;
    int withBoth = 0;

    bool configured() const { return withBoth > 0; }
    // One sentence with the figures and what they mean, kept as the prerequisite's note.
    QString summary() const;
};

class SalesforceSyncCheck
{
public:
    static constexpr int sampleSize = 300; // one call (API-NOTES: at most 300 filter values)
    static constexpr int maxWindows = 10; // calls spent looking for the first IDs in use

    static SalesforceSyncFindings evaluate(const QList<QJsonObject>& people);
    // Refused (marketo.no-people) when the sample holds nobody: the data cannot tell.
    static void run(
        MarketoClient& client, QObject* receiver, std::function<void(Result<SalesforceSyncFindings>)> done);

private:
    static void sampleFrom(MarketoClient& client, qint64 firstId, int window, QObject* receiver,
        std::function<void(Result<SalesforceSyncFindings>)> done);
};

} // namespace sia
