// The preview of the people sync (SPEC section 4): the 13 synced fields as a read-only mapping — Actions
// field ← Marketo field (its REST name, as the subscription's describe spells it) ← where Salesforce
// fills it — with sample values from real records, before anything is written.
//
// The samples are people the sync would take: a few of the org's leads owned by a user (not a queue) and
// a few contacts, read from Salesforce, then looked up in Marketo by sfdcLeadId / sfdcContactId, and their
// opportunity from the contacts' primary OpportunityContactRole. The calls are few and go out in parallel
// where one does not need the other (describe beside the Salesforce queries; the two Marketo lookups beside
// the roles), so the first samples come within about a second: five calls in three rounds.
#pragma once

#include "common/result.h"
#include "sync/peoplesyncservice.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

namespace sia {

class MarketoClient;
class SalesforceClientSource;

// One synced field as the product knows it, before describe says how the subscription spells it.
struct PreviewFieldDefinition
{
    QString actionsColumn; // people column
    QStringList restNames; // candidate REST names, the documented one first; empty: no Marketo field
    QString salesforceSource;
};

class SyncPreviewReader : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultSamples = 5;
    static constexpr int maxSamples = 50; // SOQL LIMIT and one Marketo lookup each: small on purpose

    // salesforce may be null (not connected): the mapping comes without samples and the note says why.
    // Both must outlive the reader.
    SyncPreviewReader(MarketoClient& marketo, SalesforceClientSource* salesforce, QObject* parent = nullptr);
    ~SyncPreviewReader() override;

    // One answer, on this object's thread; a second read() while one runs is refused.
    void read(int samples, std::function<void(Result<SyncPreview>)> done);

    // The 13 synced fields in SPEC order, from PersonFields.
    static const QList<PreviewFieldDefinition>& definitions();
    // The mapping against describe (describe2.json's records, or describe.json's fields): each field's
    // REST name and label as the subscription lists them; a field describe lacks keeps an empty name and
    // says so in its note. No samples yet.
    static QList<SyncPreviewField> resolve(const QList<QJsonObject>& describe);
    // A person's value of a REST field as the preview shows it (null: empty).
    static QString sampleValue(const QJsonObject& person, const QString& restName);

private:
    struct Run;
    void querySalesforce(int samples);
    void lookUpPeople();
    void finishIfDone();
    void fail(const Error& error);

    MarketoClient& m_marketo;
    SalesforceClientSource* m_salesforce;
    std::shared_ptr<Run> m_run; // shared with its callbacks, which do nothing once it is replaced
};

// The translated label of each field, and the sentences the preview shows.
class SyncPreviewText
{
    Q_DECLARE_TR_FUNCTIONS(sia::SyncPreviewText)

public:
    static QString label(const QString& actionsColumn);
    static QString opportunityNote();
    static QString missingFieldNote(const QStringList& candidates);
    static QString noSalesforceNote(const QString& why);
    static QString partialNote(const QString& why);
    static QString noSamplesNote();
    static QString marketoIdSource();
    static QString linkedInSource();
};

} // namespace sia
