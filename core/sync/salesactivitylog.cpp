#include "sync/salesactivitylog.h"

#include "activities/emailoptouts.h"
#include "activities/salesactivityrepository.h"
#include "common/timestamps.h"
#include "marketo/marketoapi.h"
#include "marketo/marketoclient.h"
#include "salesforce/salesforcerelay.h"
#include "settings/settingsrepository.h"
#include "settings/syncsettings.h"
#include "store/store.h"
#include "sync/jobawait.h"
#include "sync/syncprogress.h"
#include "sync/syncrunrepository.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace sia {

namespace {

const QString cancelledCode = QStringLiteral("activities.cancelled");

// What the email logging settings say for one seller.
struct SellerLogging
{
    bool viaApi = false;
    EmailApiPreferences preferences;
};

class SalesActivityPass
{
    Q_DECLARE_TR_FUNCTIONS(sia::SalesActivityLog)

public:
    SalesActivityPass(Store& store, JobContext& context, const SalesActivityLogOptions& options,
        const SyncRun& run, QJsonObject position)
        : m_store(store)
        , m_context(context)
        , m_options(options)
        , m_run(run)
        , m_runs(store)
        , m_activities(store)
        , m_position(std::move(position))
    {
        m_counts = run.counts;
    }

    Result<void> run()
    {
        Result<qint64> waiting = m_activities.waitingCount();
        if (!waiting) {
            return waiting.error();
        }
        m_counts.total = *waiting;
        report(tr("Logging sales activities to Marketo"));
        if (!m_options.marketo) {
            m_notes.append(tr("Marketo is not connected: its activities wait until it is (step 3)."));
        } else if (Result<void> logged = logToMarketo(); !logged) {
            return logged;
        }
        report(tr("Logging sales emails and calls to Salesforce"));
        if (!m_options.salesforce) {
            m_notes.append(tr("Salesforce is not connected: emails and calls wait until it is (step 2)."));
        } else if (Result<void> logged = logToSalesforce(); !logged) {
            return logged;
        } else if (m_salesforceAnswered) {
            return syncOptOuts();
        }
        return {};
    }

    SyncCounts counts() const { return m_counts; }
    QStringList notes() const { return m_notes; }

private:
    QDateTime now() const
    {
        return m_options.clock ? m_options.clock().toUTC() : QDateTime::currentDateTimeUtc();
    }
    static Error cancelled() { return Error::rule(cancelledCode, tr("The activity logging was cancelled.")); }

    void report(const QString& stage)
    {
        m_stage = stage;
        SyncProgress progress;
        progress.runId = m_run.id;
        progress.kind = SyncKind::SalesActivities;
        progress.phase = SyncPhase::Logging;
        progress.counts = m_counts;
        progress.apiCallsUsed = m_calls;
        m_context.reportProgress(m_counts.processed, m_counts.total, stage, progress.toJson());
    }

    JobAwaitOptions awaitOptions()
    {
        return { m_options.heartbeat, [this]() {
                    (void)m_store.transaction([&]() { return m_runs.saveProgress(m_run.id, m_counts); });
                } };
    }

    // A batch's writes, its checkpoint and the run's counts: one transaction.
    Result<void> commit(const std::function<Result<void>()>& work)
    {
        Result<void> done = m_store.transaction([&]() -> Result<void> {
            if (Result<void> written = work(); !written) {
                return written;
            }
            if (Result<void> saved
                = m_runs.saveCheckpoint(QString::fromLatin1(SalesActivityLog::stream), m_run.id, m_position);
                !saved) {
                return saved;
            }
            return m_runs.saveProgress(m_run.id, m_counts);
        });
        report(m_stage);
        return done;
    }

    Result<void> noteError(
        qint64 activityId, SyncErrorOutcome outcome, const QString& code, const QString& message)
    {
        return m_runs.recordError(
            m_run.id, QStringLiteral("activity:%1").arg(activityId), outcome, code, message);
    }

    // Marketo -----------------------------------------------------------------------------------------

    Result<void> logToMarketo()
    {
        MarketoClient client(*m_options.marketo);
        client.setCallPurpose(toKey(SyncKind::SalesActivities));
        if (m_options.marketoBudget) {
            client.setBudgetGate(m_options.marketoBudget);
        }
        MarketoApi api(client);
        ++m_calls;
        std::optional<Result<QList<QJsonObject>>> types = awaitOnJob<QList<QJsonObject>>(m_context,
            awaitOptions(), [&api](QObject* receiver, std::function<void(Result<QList<QJsonObject>>)> done) {
                api.activityTypes(receiver, std::move(done));
            });
        if (!types) {
            return cancelled();
        }
        if (!*types) {
            return types->error();
        }
        QHash<QString, QJsonObject> byName;
        for (const QJsonObject& type : **types) {
            byName.insert(type.value(QStringLiteral("name")).toString(), type);
        }
        qint64 afterId = 0;
        for (;;) {
            if (m_context.isCancelled()) {
                return cancelled();
            }
            Result<QList<SalesActivityToLog>> batch
                = m_activities.waitingForMarketo(afterId, SalesActivityLog::marketoBatch);
            if (!batch) {
                return batch.error();
            }
            if (batch->isEmpty()) {
                return {};
            }
            afterId = batch->last().activity.id;
            QList<QJsonObject> input;
            QList<qint64> sent;
            QList<std::pair<qint64, QString>> missingTypes;
            for (const SalesActivityToLog& entry : *batch) {
                const QString name = SalesActivityTypeInfo::marketoTypeName(entry.activity.type);
                if (!byName.contains(name)) {
                    missingTypes.append({ entry.activity.id, name });
                    continue;
                }
                input.append(marketoActivity(entry, byName.value(name)));
                sent.append(entry.activity.id);
            }
            QList<QJsonObject> results;
            if (!input.isEmpty()) {
                ++m_calls;
                std::optional<Result<QList<QJsonObject>>> answer = awaitOnJob<QList<QJsonObject>>(m_context,
                    awaitOptions(),
                    [&api, &input](QObject* receiver, std::function<void(Result<QList<QJsonObject>>)> done) {
                        api.addActivities(input, receiver, std::move(done));
                    });
                if (!answer) {
                    return cancelled();
                }
                if (!*answer) {
                    return answer->error(); // the batch stays waiting: sent again next run
                }
                results = **answer;
                if (results.size() != input.size()) {
                    return Error::environment(QStringLiteral("marketo.activities-answer"),
                        tr("Marketo answered %1 results for %2 activities sent. They stay waiting and are "
                           "sent again "
                           "on the next run.")
                            .arg(results.size())
                            .arg(input.size()));
                }
            }
            Result<void> done = commit([&]() -> Result<void> {
                QList<qint64> logged;
                for (qsizetype i = 0; i < results.size(); ++i) {
                    ++m_counts.processed;
                    const QJsonObject& result = results.at(i);
                    if (result.value(QStringLiteral("status")).toString() == u"added") {
                        logged.append(sent.at(i));
                        ++m_counts.created;
                        continue;
                    }
                    ++m_counts.failed;
                    const QJsonObject reason
                        = result.value(QStringLiteral("reasons")).toArray().first().toObject();
                    if (Result<void> noted = noteError(sent.at(i), SyncErrorOutcome::Failed,
                            QStringLiteral("marketo.") + reason.value(QStringLiteral("code")).toString(),
                            tr("Marketo did not log the activity: %1")
                                .arg(reason.value(QStringLiteral("message")).toString()));
                        !noted) {
                        return noted;
                    }
                }
                for (const auto& [id, name] : missingTypes) {
                    ++m_counts.processed;
                    ++m_counts.skipped;
                    if (Result<void> noted
                        = noteError(id, SyncErrorOutcome::Skipped, QStringLiteral("activities.type-missing"),
                            tr("This Marketo subscription has no activity type “%1”; the activity waits "
                               "until it has.")
                                .arg(name));
                        !noted) {
                        return noted;
                    }
                }
                return m_activities.markLoggedInMarketo(logged, now());
            });
            if (!done) {
                return done;
            }
        }
    }

    static QJsonObject marketoActivity(const SalesActivityToLog& entry, const QJsonObject& type)
    {
        const SalesActivity& activity = entry.activity;
        QString primary;
        if (activity.type == SalesActivityType::SalesCall) {
            primary = activity.details.value(QStringLiteral("outcome")).toString();
        } else if (activity.type == SalesActivityType::AddedToSalesCampaign
            || activity.type == SalesActivityType::RemovedFromSalesCampaign) {
            primary = activity.details.value(QStringLiteral("campaign")).toString();
        } else {
            primary = activity.details.value(QStringLiteral("template")).toString();
        }
        if (primary.isEmpty()) {
            primary = activity.subject.isEmpty() ? SalesActivityTypeInfo::marketoTypeName(activity.type)
                                                 : activity.subject;
        }
        QJsonArray attributes;
        for (const QJsonValue& attribute : type.value(QStringLiteral("attributes")).toArray()) {
            const QString name = attribute.toObject().value(QStringLiteral("name")).toString();
            QString value;
            if (name == u"Subject") {
                value = activity.subject;
            } else if (name == u"Notes") {
                value = activity.details.value(QStringLiteral("notes")).toString();
            } else if (name == u"Duration") {
                value = activity.details.value(QStringLiteral("durationSeconds")).toVariant().toString();
            }
            if (!value.isEmpty()) {
                attributes.append(
                    QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("value"), value } });
            }
        }
        QJsonObject item { { QStringLiteral("leadId"), entry.marketoId },
            { QStringLiteral("activityTypeId"), type.value(QStringLiteral("id")) },
            { QStringLiteral("activityDate"), activity.occurredAt.toUTC().toString(Qt::ISODate) },
            { QStringLiteral("primaryAttributeValue"), primary } };
        if (!attributes.isEmpty()) {
            item.insert(QStringLiteral("attributes"), attributes);
        }
        return item;
    }

    // Salesforce --------------------------------------------------------------------------------------

    template<typename T> std::optional<Result<T>> salesforce(SalesforceRelay::Work<T> work)
    {
        ++m_calls;
        return awaitOnJob<T>(m_context, awaitOptions(),
            [this, work = std::move(work)](QObject* receiver, std::function<void(Result<T>)> done) {
                m_options.salesforce->call<T>(receiver, std::move(done), work);
            });
    }

    std::optional<Result<SalesforceQueryResult>> query(const QString& soql)
    {
        return salesforce<SalesforceQueryResult>(
            [soql](SalesforceApi& api, QObject* context,
                std::function<void(Result<SalesforceQueryResult>)> done) {
                api.query(soql, context, std::move(done));
            });
    }

    Result<void> logToSalesforce()
    {
        std::optional<Result<SalesforceQueryResult>> statuses = query(
            QStringLiteral("SELECT MasterLabel, IsClosed, SortOrder FROM TaskStatus ORDER BY SortOrder"));
        if (!statuses) {
            return cancelled();
        }
        if (!*statuses) {
            if (statuses->error().code == u"salesforce.not-connected") {
                m_notes.append(
                    tr("Salesforce is not connected: emails and calls wait until it is (step 2)."));
                return {};
            }
            return statuses->error();
        }
        m_salesforceAnswered = true;
        for (const QJsonObject& status : (*statuses)->records) {
            if (status.value(QStringLiteral("IsClosed")).toBool()) {
                m_closedStatus = status.value(QStringLiteral("MasterLabel")).toString();
                break;
            }
        }
        if (m_closedStatus.isEmpty()) {
            return Error::environment(QStringLiteral("activities.no-closed-status"),
                tr("The Salesforce org has no closed task status, so a logged email or call cannot be "
                   "recorded "
                   "as done. Ask your Salesforce admin to mark one Task Status as closed."));
        }
        if (Result<void> recovered = recoverInFlight(); !recovered) {
            return recovered;
        }
        qint64 afterId = 0;
        for (;;) {
            if (m_context.isCancelled()) {
                return cancelled();
            }
            Result<QList<SalesActivityToLog>> batch
                = m_activities.waitingForSalesforce(afterId, SalesActivityLog::salesforceBatch);
            if (!batch) {
                return batch.error();
            }
            if (batch->isEmpty()) {
                return {};
            }
            afterId = batch->last().activity.id;
            if (Result<void> sent = sendBatch(*batch); !sent) {
                return sent;
            }
        }
    }

    Result<SellerLogging> loggingFor(qint64 userId)
    {
        if (const auto known = m_sellers.constFind(userId); known != m_sellers.constEnd()) {
            return *known;
        }
        SettingsRepository settings(m_store);
        SellerLogging logging;
        Result<QVariant> viaApi = settings.value(SettingKey::EmailLogViaApi, userId);
        if (!viaApi) {
            return viaApi.error();
        }
        logging.viaApi = viaApi->toBool();
        Result<QVariant> preferences = settings.value(SettingKey::EmailApiPreferences, userId);
        if (!preferences) {
            return preferences.error();
        }
        // A stored document that no longer reads (another version's) falls back to the defaults.
        Result<EmailApiPreferences> read = EmailApiPreferences::fromJson(preferences->toJsonObject());
        logging.preferences = read ? *read : EmailApiPreferences();
        m_sellers.insert(userId, logging);
        return logging;
    }

    QJsonObject taskRecord(const SalesActivityToLog& entry, const EmailApiPreferences& preferences) const
    {
        const SalesActivity& activity = entry.activity;
        const bool call = activity.type == SalesActivityType::SalesCall;
        QString subject = (call ? preferences.callSubject : preferences.emailSubject);
        subject.replace(QLatin1String("{subject}"), activity.subject);
        QJsonObject record { { QStringLiteral("attributes"),
                                 QJsonObject { { QStringLiteral("type"), QStringLiteral("Task") } } },
            { QStringLiteral("Subject"), subject.left(255) },
            { QStringLiteral("ActivityDate"), activity.occurredAt.toUTC().date().toString(Qt::ISODate) },
            { QStringLiteral("Status"), m_closedStatus },
            { QStringLiteral("TaskSubtype"), call ? QStringLiteral("Call") : preferences.emailSubtype },
            { QStringLiteral("WhoId"), entry.sfdcWhoId } };
        // Salesforce refuses a WhatId beside a lead's WhoId.
        if (entry.sfdcType == u"Contact" && preferences.relateToOpportunityOrAccount) {
            const QString what
                = entry.sfdcOpportunityId.isEmpty() ? entry.sfdcAccountId : entry.sfdcOpportunityId;
            if (!what.isEmpty()) {
                record.insert(QStringLiteral("WhatId"), what);
            }
        }
        if (!entry.sellerSalesforceId.isEmpty()) {
            record.insert(QStringLiteral("OwnerId"), entry.sellerSalesforceId);
        }
        const QString body
            = activity.details.value(call ? QStringLiteral("notes") : QStringLiteral("body")).toString();
        if (!body.isEmpty()) {
            record.insert(QStringLiteral("Description"), body.left(32000));
        }
        return record;
    }

    Result<void> sendBatch(const QList<SalesActivityToLog>& batch)
    {
        QList<QJsonObject> records;
        QList<qint64> sent;
        QList<qint64> settled; // not logged by these settings
        QList<qint64> notInSalesforce;
        for (const SalesActivityToLog& entry : batch) {
            Result<SellerLogging> logging = loggingFor(entry.activity.userId);
            if (!logging) {
                return logging.error();
            }
            const bool call = entry.activity.type == SalesActivityType::SalesCall;
            const bool wanted = logging->viaApi
                && (call ? logging->preferences.logCalls : logging->preferences.logSentEmails);
            if (!wanted) {
                settled.append(entry.activity.id);
            } else if (!SalesforceApi::looksLikeId(entry.sfdcWhoId)) {
                notInSalesforce.append(entry.activity.id);
            } else {
                records.append(taskRecord(entry, logging->preferences));
                sent.append(entry.activity.id);
            }
        }
        if (!sent.isEmpty()) {
            // Written down before the call: see recoverInFlight().
            QJsonArray inFlight;
            for (qint64 id : sent) {
                inFlight.append(id);
            }
            m_position.insert(QStringLiteral("inFlight"), inFlight);
            m_position.insert(QStringLiteral("sentAt"), now().toString(Qt::ISODateWithMs));
            if (Result<void> noted = commit([] { return Result<void> {}; }); !noted) {
                return noted;
            }
        }
        QList<SalesforceSaveResult> results;
        if (!records.isEmpty()) {
            using Results = QList<SalesforceSaveResult>;
            std::optional<Result<Results>> answer = salesforce<Results>(
                [records](SalesforceApi& api, QObject* context, std::function<void(Result<Results>)> done) {
                    api.createRecords(records, false, context, std::move(done));
                });
            if (!answer) {
                return cancelled();
            }
            if (!*answer) {
                return answer->error(); // in flight: the next run looks for them before sending again
            }
            results = **answer;
            if (results.size() != records.size()) {
                return Error::environment(QStringLiteral("salesforce.collection-answer"),
                    tr("Salesforce answered %1 results for %2 tasks sent. The next run looks for them before "
                       "sending again.")
                        .arg(results.size())
                        .arg(records.size()));
            }
        }
        return commit([&]() -> Result<void> {
            const QDateTime at = now();
            for (qsizetype i = 0; i < results.size(); ++i) {
                ++m_counts.processed;
                const SalesforceSaveResult& result = results.at(i);
                if (result.success) {
                    ++m_counts.created;
                    if (Result<void> marked = m_activities.markLoggedInSalesforce(sent.at(i), result.id, at);
                        !marked) {
                        return marked;
                    }
                    continue;
                }
                ++m_counts.failed;
                if (Result<void> noted = noteError(sent.at(i), SyncErrorOutcome::Failed,
                        QStringLiteral("salesforce.") + result.errorCode,
                        tr("Salesforce refused the task: %1").arg(result.message));
                    !noted) {
                    return noted;
                }
            }
            for (qint64 id : settled) {
                ++m_counts.processed;
                ++m_counts.unchanged;
                if (Result<void> marked = m_activities.markLoggedInSalesforce(id, QString(), at); !marked) {
                    return marked;
                }
            }
            for (qint64 id : notInSalesforce) {
                ++m_counts.processed;
                ++m_counts.skipped;
                if (Result<void> noted
                    = noteError(id, SyncErrorOutcome::Skipped, QStringLiteral("activities.not-in-salesforce"),
                        tr("The person is not a lead or contact in Salesforce yet, so the task waits until "
                           "the "
                           "people sync links them."));
                    !noted) {
                    return noted;
                }
            }
            m_position.remove(QStringLiteral("inFlight"));
            return {};
        });
    }

    // A batch whose answer never came: the tasks Salesforce created for it since it was sent are found by
    // what they hold (the person, the subject, the date), and their activities marked; the others are sent
    // again.
    Result<void> recoverInFlight()
    {
        const QJsonArray inFlight = m_position.value(QStringLiteral("inFlight")).toArray();
        if (inFlight.isEmpty()) {
            return {};
        }
        const QDateTime sentAt
            = QDateTime::fromString(m_position.value(QStringLiteral("sentAt")).toString(), Qt::ISODateWithMs);
        std::optional<Result<SalesforceQueryResult>> created
            = query(QStringLiteral("SELECT Id, Subject, WhoId, ActivityDate FROM Task WHERE CreatedDate >= ")
                + SalesforceApi::soqlDateTime((sentAt.isValid() ? sentAt : now().addDays(-1)).addSecs(-120)));
        if (!created) {
            return cancelled();
        }
        if (!*created) {
            return created->error();
        }
        QHash<QString, QString> found; // "who|subject|date" → Id
        for (const QJsonObject& task : (*created)->records) {
            found.insert(task.value(QStringLiteral("WhoId")).toString() + u'|'
                    + task.value(QStringLiteral("Subject")).toString() + u'|'
                    + task.value(QStringLiteral("ActivityDate")).toString(),
                task.value(QStringLiteral("Id")).toString());
        }
        QSet<qint64> ids;
        qint64 first = std::numeric_limits<qint64>::max();
        for (const QJsonValue& id : inFlight) {
            ids.insert(id.toInteger());
            first = std::min(first, id.toInteger());
        }
        // The batch was one page of what waited from its first id on; what of it still waits is within the
        // same page.
        Result<QList<SalesActivityToLog>> waiting
            = m_activities.waitingForSalesforce(first - 1, SalesActivityLog::salesforceBatch);
        if (!waiting) {
            return waiting.error();
        }
        return commit([&]() -> Result<void> {
            for (const SalesActivityToLog& entry : *waiting) {
                if (!ids.contains(entry.activity.id)) {
                    continue;
                }
                Result<SellerLogging> logging = loggingFor(entry.activity.userId);
                if (!logging) {
                    return logging.error();
                }
                const QJsonObject record = taskRecord(entry, logging->preferences);
                const QString key = entry.sfdcWhoId + u'|'
                    + record.value(QStringLiteral("Subject")).toString() + u'|'
                    + record.value(QStringLiteral("ActivityDate")).toString();
                if (const QString taskId = found.take(key); !taskId.isEmpty()) {
                    ++m_counts.created;
                    if (Result<void> marked
                        = m_activities.markLoggedInSalesforce(entry.activity.id, taskId, now());
                        !marked) {
                        return marked;
                    }
                }
            }
            m_position.remove(QStringLiteral("inFlight"));
            return {};
        });
    }

    // Unsubscribes both ways (EmailOptOuts) -----------------------------------------------------------

    Result<void> syncOptOuts()
    {
        Result<bool> on = SettingsRepository(m_store).get<bool>(SettingKey::EmailSyncUnsubscribes);
        if (!on) {
            return on.error();
        }
        if (!*on) {
            return {};
        }
        Result<qint64> waiting = EmailOptOuts(m_store).waitingCount();
        if (!waiting) {
            return waiting.error();
        }
        m_counts.total += *waiting;
        report(tr("Syncing unsubscribes with Salesforce"));
        // Salesforce's changes first: a later opt-in there must be known before an older Actions opt-out
        // is pushed over it.
        if (Result<void> taken = takeOptOutsFromSalesforce(); !taken) {
            return taken;
        }
        if (Result<void> sent = sendOptOutsToSalesforce(); !sent) {
            return sent;
        }
        if (m_optOutsSent > 0) {
            m_notes.append(tr("%n unsubscribe(s) sent to Salesforce.", nullptr, m_optOutsSent));
        }
        if (m_optOutsTaken > 0) {
            m_notes.append(tr("%n email opt-out change(s) taken from Salesforce.", nullptr, m_optOutsTaken));
        }
        return {};
    }

    Result<void> takeOptOutsFromSalesforce()
    {
        const QDateTime until = now();
        const QDateTime covered = fromStoredTimestamp(m_position.value(optOutsCoveredKey).toString());
        for (const QString& object : { QStringLiteral("Lead"), QStringLiteral("Contact") }) {
            if (m_context.isCancelled()) {
                return cancelled();
            }
            // The first run reads every opt-out; later ones what changed since, with an overlap for
            // SystemModstamp's lag (applying a value twice changes nothing).
            QString soql = QStringLiteral("SELECT Id, HasOptedOutOfEmail, SystemModstamp FROM ") + object;
            soql += m_position.contains(optOutsCoveredKey) && covered.isValid()
                ? QStringLiteral(" WHERE SystemModstamp > %1 AND SystemModstamp <= %2")
                      .arg(SalesforceApi::soqlDateTime(covered.addSecs(-optOutOverlapSeconds)),
                          SalesforceApi::soqlDateTime(until))
                : QStringLiteral(" WHERE HasOptedOutOfEmail = true");
            std::optional<Result<SalesforceQueryResult>> answer = query(soql);
            if (!answer) {
                return cancelled();
            }
            if (!*answer) {
                return answer->error();
            }
            QList<SalesforceEmailOptOut> records;
            for (const QJsonObject& record : (*answer)->records) {
                records.append({ object, record.value(QStringLiteral("Id")).toString(),
                    record.value(QStringLiteral("HasOptedOutOfEmail")).toBool(),
                    SalesforceApi::parseDateTime(
                        record.value(QStringLiteral("SystemModstamp")).toString()) });
            }
            for (qsizetype from = 0; from < records.size(); from += optOutApplyBatch) {
                Result<void> done = commit([&]() -> Result<void> {
                    Result<EmailOptOutApplied> applied = EmailOptOuts(m_store).applyFromSalesforce(
                        records.mid(from, optOutApplyBatch), m_options.actor);
                    if (!applied) {
                        return applied.error();
                    }
                    m_optOutsTaken += applied->changed;
                    m_counts.updated += applied->changed;
                    return {};
                });
                if (!done) {
                    return done;
                }
            }
        }
        m_position.insert(optOutsCoveredKey, toStoredTimestamp(until));
        return commit([] { return Result<void> {}; });
    }

    Result<void> sendOptOutsToSalesforce()
    {
        EmailOptOuts optOuts(m_store);
        qint64 afterId = 0;
        for (;;) {
            if (m_context.isCancelled()) {
                return cancelled();
            }
            Result<QList<EmailOptOut>> batch
                = optOuts.waitingForSalesforce(afterId, SalesActivityLog::salesforceBatch);
            if (!batch) {
                return batch.error();
            }
            if (batch->isEmpty()) {
                return {};
            }
            afterId = batch->last().personId;
            QList<QJsonObject> records;
            for (const EmailOptOut& optOut : *batch) {
                records.append({ { QStringLiteral("attributes"),
                                     QJsonObject { { QStringLiteral("type"), optOut.sfdcType } } },
                    { QStringLiteral("Id"), optOut.sfdcId },
                    { QStringLiteral("HasOptedOutOfEmail"), optOut.optedOut } });
            }
            // Setting the same value twice is harmless: a lost answer needs no recovery, the next run
            // sends it again.
            using Results = QList<SalesforceSaveResult>;
            std::optional<Result<Results>> answer = salesforce<Results>(
                [records](SalesforceApi& api, QObject* context, std::function<void(Result<Results>)> done) {
                    api.updateRecords(records, false, context, std::move(done));
                });
            if (!answer) {
                return cancelled();
            }
            if (!*answer) {
                return answer->error();
            }
            if ((*answer)->size() != records.size()) {
                return Error::environment(QStringLiteral("salesforce.collection-answer"),
                    tr("Salesforce answered %1 results for %2 unsubscribes sent. They stay waiting and are "
                       "sent again on the next run.")
                        .arg((*answer)->size())
                        .arg(records.size()));
            }
            Result<void> done = commit([&]() -> Result<void> {
                for (qsizetype i = 0; i < records.size(); ++i) {
                    const EmailOptOut& optOut = batch->at(i);
                    const SalesforceSaveResult& result = (*answer)->at(i);
                    ++m_counts.processed;
                    const QString ref = QStringLiteral("person:%1").arg(optOut.personId);
                    if (result.success) {
                        ++m_counts.updated;
                        ++m_optOutsSent;
                        if (Result<void> marked = optOuts.markPushed(optOut.personId, optOut.at); !marked) {
                            return marked;
                        }
                        continue;
                    }
                    const bool gone = result.errorCode == u"ENTITY_IS_DELETED"
                        || result.errorCode == u"INVALID_CROSS_REFERENCE_KEY"
                        || result.errorCode == u"NOT_FOUND";
                    if (gone) {
                        ++m_counts.skipped;
                        if (Result<void> dropped = optOuts.dropPending(optOut.personId); !dropped) {
                            return dropped;
                        }
                    } else {
                        ++m_counts.failed;
                    }
                    if (Result<void> noted = m_runs.recordError(m_run.id, ref,
                            gone ? SyncErrorOutcome::Skipped : SyncErrorOutcome::Failed,
                            QStringLiteral("salesforce.") + result.errorCode,
                            gone ? tr("The person's %1 %2 is gone from Salesforce, so their unsubscribe "
                                      "stays in Actions only: %3")
                                       .arg(optOut.sfdcType, optOut.sfdcId, result.message)
                                 : tr("Salesforce refused the unsubscribe (Email Opt Out): %1. It is sent "
                                      "again on the next run.")
                                       .arg(result.message));
                        !noted) {
                        return noted;
                    }
                }
                return {};
            });
            if (!done) {
                return done;
            }
        }
    }

    static constexpr int optOutApplyBatch = 500;
    static constexpr int optOutOverlapSeconds = 300;
    inline static const QString optOutsCoveredKey = QStringLiteral("optOutsCoveredUntil");

    Store& m_store;
    JobContext& m_context;
    const SalesActivityLogOptions& m_options;
    SyncRun m_run;
    SyncRunRepository m_runs;
    SalesActivityRepository m_activities;
    QJsonObject m_position;
    SyncCounts m_counts;
    QString m_stage;
    QString m_closedStatus;
    QHash<qint64, SellerLogging> m_sellers;
    QStringList m_notes;
    qint64 m_calls = 0;
    bool m_salesforceAnswered = false;
    int m_optOutsSent = 0;
    int m_optOutsTaken = 0;
};

} // namespace

SalesActivityLog::SalesActivityLog(SalesActivityLogOptions options)
    : m_options(std::move(options))
{ }

Result<JobEnding> SalesActivityLog::run(Store& store, JobContext& context)
{
    SyncRunRepository runs(store);
    Result<std::optional<QJsonObject>> saved = runs.checkpoint(QString::fromLatin1(stream));
    if (!saved) {
        return saved.error();
    }
    Result<std::optional<SyncRun>> unfinished = runs.unfinished(SyncKind::SalesActivities);
    if (!unfinished) {
        return unfinished.error();
    }
    Result<SyncRun> run = *unfinished ? runs.resume((*unfinished)->id)
                                      : runs.begin(SyncKind::SalesActivities, m_options.actor);
    if (!run) {
        return run.error();
    }
    m_runId = run->id;
    SalesActivityPass pass(store, context, m_options, *run, saved->value_or(QJsonObject()));
    const Result<void> outcome = pass.run();

    SyncRunState state = SyncRunState::Completed;
    QString message;
    if (!outcome && outcome.error().code == cancelledCode) {
        state = SyncRunState::Cancelled;
    } else if (!outcome) {
        state = SyncRunState::Failed;
        message = outcome.error().message;
    } else {
        const SyncCounts c = pass.counts();
        QStringList parts;
        parts.append(tr("%n activity record(s) logged.", nullptr, int(c.created)));
        if (c.failed > 0) {
            parts.append(
                tr("%n could not be logged and are sent again on the next run.", nullptr, int(c.failed)));
        }
        parts.append(pass.notes());
        message = parts.join(u' ');
    }
    if (Result<void> ended = runs.finish(run->id, state, pass.counts(), message); !ended && outcome) {
        return ended.error();
    }
    if (state == SyncRunState::Cancelled) {
        return JobEnding::Cancelled;
    }
    if (!outcome) {
        return outcome.error();
    }
    return JobEnding::Completed;
}

} // namespace sia
