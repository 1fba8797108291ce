#include "sync/incrementalpeoplesync.h"

#include "marketo/marketoapi.h"
#include "marketo/marketoclient.h"
#include "store/store.h"
#include "sync/opportunityrolesource.h"
#include "sync/peopleretrylist.h"
#include "sync/peoplewriter.h"
#include "sync/syncprogress.h"
#include "sync/syncrunrepository.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <QTimer>

#include <functional>
#include <optional>

namespace sia {
namespace {

// The Marketo fields the sync reads, each with the PersonRecord member it fills. The LinkedIn URL's
// spelling differs between subscriptions: describe decides among the candidates.
struct ChangeField
{
    QStringList candidates;
    QByteArray PersonRecord::*member;
};

const QList<ChangeField>& changeFields()
{
    static const QList<ChangeField> fields {
        { { QStringLiteral("firstName") }, &PersonRecord::firstName },
        { { QStringLiteral("lastName") }, &PersonRecord::lastName },
        { { QStringLiteral("email") }, &PersonRecord::email },
        { { QStringLiteral("company") }, &PersonRecord::company },
        { { QStringLiteral("title") }, &PersonRecord::title },
        { { QStringLiteral("phone") }, &PersonRecord::phone },
        { { QStringLiteral("linkedInProfileUrl"), QStringLiteral("linkedInProfileURL"),
              QStringLiteral("linkedinProfileUrl"), QStringLiteral("linkedInUrl") },
            &PersonRecord::linkedInUrl },
        { { QStringLiteral("leadSource") }, &PersonRecord::source },
        { { QStringLiteral("sfdcLeadId") }, &PersonRecord::sfdcLeadId },
        { { QStringLiteral("sfdcContactId") }, &PersonRecord::sfdcContactId },
        { { QStringLiteral("sfdcAccountId") }, &PersonRecord::sfdcAccountId },
        { { QStringLiteral("sfdcType") }, &PersonRecord::sfdcType },
        { { QStringLiteral("sfdcLeadOwnerId") }, &PersonRecord::salesOwnerId },
        { { QStringLiteral("leadOwnerEmailAddress") }, &PersonRecord::salesOwnerEmail },
    };
    return fields;
}

const QString unsubscribedField = QStringLiteral("unsubscribed");

// The subscription's REST names of changeFields() (in order; empty where describe lists none).
QStringList resolvedNames(const QList<QJsonObject>& describe)
{
    QHash<QString, QString> byLower;
    auto note = [&byLower](const QJsonObject& field) {
        QString name = field.value(QStringLiteral("name")).toString();
        if (name.isEmpty()) {
            name = field.value(QStringLiteral("rest")).toObject().value(QStringLiteral("name")).toString();
        }
        byLower.insert(name.toLower(), name);
    };
    for (const QJsonObject& entry : describe) {
        // describe2.json answers one object whose "fields" are the person's; describe.json the fields.
        const QJsonArray fields = entry.value(QStringLiteral("fields")).toArray();
        if (fields.isEmpty()) {
            note(entry);
        }
        for (const QJsonValue& field : fields) {
            note(field.toObject());
        }
    }
    QStringList names;
    for (const ChangeField& field : changeFields()) {
        QString found;
        for (const QString& candidate : field.candidates) {
            found = byLower.value(candidate.toLower());
            if (!found.isEmpty()) {
                break;
            }
        }
        names.append(found);
    }
    return names;
}

QByteArray textOf(const QJsonValue& value)
{
    if (value.isString()) {
        return value.toString().toUtf8();
    }
    if (value.isDouble() || value.isBool()) {
        return value.toVariant().toString().toUtf8();
    }
    return {}; // null or absent: no value
}

PersonRecord recordOf(const QJsonObject& lead, const QStringList& names)
{
    PersonRecord record;
    record.marketoId = lead.value(QStringLiteral("id")).toInteger();
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (!names.at(i).isEmpty()) {
            record.*(changeFields().at(i).member) = textOf(lead.value(names.at(i)));
        }
    }
    const QJsonValue unsubscribed = lead.value(unsubscribedField);
    record.unsubscribed = unsubscribed.isBool() ? unsubscribed.toBool() : unsubscribed.toString() == u"true";
    record.createdAt = textOf(lead.value(QStringLiteral("createdAt")));
    record.updatedAt = textOf(lead.value(QStringLiteral("updatedAt")));
    return record;
}

class PassErrors
{
    Q_DECLARE_TR_FUNCTIONS(sia::IncrementalPeopleSync)

public:
    static Error stuck()
    {
        return Error::environment(QStringLiteral("marketo.paging-stuck"),
            tr("Marketo answered a page of changes with more to come but no position to go on from. Try "
               "again later; if it persists, contact support with this code."));
    }
};

// One run of the three feeds on the job's thread, inside run()'s event loop: every answer arrives here,
// every page is committed before the next is asked for.
class ChangesPass : public QObject
{
public:
    ChangesPass(Store& store, JobContext& context, MarketoClient& client, OpportunityRoleSource* roles,
        SyncRun run, IncrementalPosition position, bool positioned)
        : m_store(store)
        , m_context(context)
        , m_api(client)
        , m_roles(roles)
        , m_runs(store)
        , m_run(std::move(run))
        , m_position(std::move(position))
        , m_positioned(positioned)
        , m_counts(m_run.counts)
    { }

    std::optional<Result<JobEnding>> outcome;
    SyncCounts counts() const { return m_counts; }
    qint64 opportunitiesChanged() const { return m_opportunities; }
    bool rolesSkipped() const { return m_rolesSkipped; }

    void start(const QDateTime& initialStart)
    {
        // At once, so that the engine hears of the run it began even when the run ends before a page.
        report(SyncPhase::Changes, IncrementalPeopleSync::tr("Reading the changes in Marketo"));
        Result<PeopleWriter> writer = PeopleWriter::prepare(m_store, m_run.id);
        if (!writer) {
            stop(writer.error());
            return;
        }
        m_writer.emplace(std::move(*writer));
        ++m_calls;
        m_api.describeLeads(this, [this, initialStart](Result<QList<QJsonObject>> describe) {
            if (!describe) {
                stop(describe.error());
                return;
            }
            m_names = resolvedNames(*describe);
            for (const QString& name : std::as_const(m_names)) {
                if (!name.isEmpty()) {
                    m_changeFields.append(name);
                }
            }
            m_changeFields.append(unsubscribedField);
            m_lookupFields = m_changeFields;
            m_lookupFields << QStringLiteral("id") << QStringLiteral("createdAt")
                           << QStringLiteral("updatedAt");
            if (m_positioned) {
                nextChanges();
                return;
            }
            ++m_calls;
            m_api.pagingToken(initialStart, this, [this, initialStart](Result<QString> token) {
                if (!token) {
                    stop(token.error());
                    return;
                }
                m_position.changesToken = *token;
                m_position.deletionsToken = *token;
                nextChanges();
            });
        });
    }

    void cancel()
    {
        if (!outcome) {
            outcome = Result<JobEnding>(JobEnding::Cancelled);
        }
    }

private:
    void nextChanges()
    {
        if (outcome) {
            return;
        }
        report(SyncPhase::Changes, IncrementalPeopleSync::tr("Reading the changes in Marketo"));
        ++m_calls;
        m_api.leadChangesPage(
            m_position.changesToken, m_changeFields, this, [this](Result<MarketoActivityPage> page) {
                if (!page) {
                    stop(page.error());
                    return;
                }
                if (page->moreResult
                    && (page->nextPageToken.isEmpty()
                        || (page->nextPageToken == m_position.changesToken && page->records.isEmpty()))) {
                    stop(PassErrors::stuck());
                    return;
                }
                QList<qint64> ids;
                QSet<qint64> seen;
                for (const QJsonObject& activity : page->records) {
                    const qint64 id = activity.value(QStringLiteral("leadId")).toInteger();
                    if (id > 0 && !seen.contains(id)) {
                        seen.insert(id);
                        ids.append(id);
                    }
                }
                lookUp(ids, {}, page->nextPageToken, page->moreResult);
            });
    }

    // The people a page names, 300 a call; one transaction for all of them and the page's position.
    void lookUp(QList<qint64> ids, QList<PersonRecord> found, QString next, bool more)
    {
        if (outcome) {
            return;
        }
        if (ids.isEmpty()) {
            if (!commit(found, {}, [&] { m_position.changesToken = next; })) {
                return;
            }
            more ? nextChanges() : nextDeletions();
            return;
        }
        QStringList values;
        const QList<qint64> chunk = ids.mid(0, IncrementalPeopleSync::lookupBatch);
        for (const qint64 id : chunk) {
            values.append(QString::number(id));
        }
        ids = ids.mid(chunk.size());
        ++m_calls;
        m_api.lookupLeads(QStringLiteral("id"), values, m_lookupFields, this,
            [this, ids, found, next, more](Result<QList<QJsonObject>> leads) mutable {
                if (!leads) {
                    stop(leads.error());
                    return;
                }
                // A person changed and deleted since is not found: deletedleads tombstones them.
                for (const QJsonObject& lead : *leads) {
                    found.append(recordOf(lead, m_names));
                }
                lookUp(std::move(ids), std::move(found), std::move(next), more);
            });
    }

    void nextDeletions()
    {
        if (outcome) {
            return;
        }
        report(SyncPhase::Changes, IncrementalPeopleSync::tr("Reading the people deleted in Marketo"));
        ++m_calls;
        m_api.deletedLeadsPage(m_position.deletionsToken, this, [this](Result<MarketoActivityPage> page) {
            if (!page) {
                stop(page.error());
                return;
            }
            if (page->moreResult
                && (page->nextPageToken.isEmpty()
                    || (page->nextPageToken == m_position.deletionsToken && page->records.isEmpty()))) {
                stop(PassErrors::stuck());
                return;
            }
            QMap<QDateTime, QList<qint64>> byDate;
            for (const QJsonObject& activity : page->records) {
                const QDateTime at = QDateTime::fromString(
                    activity.value(QStringLiteral("activityDate")).toString(), Qt::ISODate);
                byDate[at.toUTC()].append(activity.value(QStringLiteral("leadId")).toInteger());
            }
            const QString next = page->nextPageToken;
            if (!commit({}, byDate, [&] { m_position.deletionsToken = next; })) {
                return;
            }
            page->moreResult ? nextDeletions() : retryChosen();
        });
    }

    // The people the admin chose to retry on Sync health: looked up again, 300 a call, each batch written
    // and taken off the list in one transaction. One Marketo no longer has (deleted since) leaves the list
    // too: deletedleads tombstones them.
    void retryChosen()
    {
        if (outcome) {
            return;
        }
        Result<QList<qint64>> ids = PeopleRetryList(m_store).ids();
        if (!ids) {
            stop(ids.error());
            return;
        }
        if (!ids->isEmpty()) {
            report(
                SyncPhase::Changes, IncrementalPeopleSync::tr("Looking up again the people chosen to retry"));
        }
        retryBatch(*ids);
    }

    void retryBatch(QList<qint64> ids)
    {
        if (outcome) {
            return;
        }
        if (ids.isEmpty()) {
            readRoles();
            return;
        }
        const QList<qint64> chunk = ids.mid(0, IncrementalPeopleSync::lookupBatch);
        ids = ids.mid(chunk.size());
        QStringList values;
        for (const qint64 id : chunk) {
            values.append(QString::number(id));
        }
        ++m_calls;
        m_api.lookupLeads(QStringLiteral("id"), values, m_lookupFields, this,
            [this, chunk, ids](Result<QList<QJsonObject>> leads) {
                if (!leads) {
                    stop(leads.error());
                    return;
                }
                QList<PersonRecord> found;
                for (const QJsonObject& lead : *leads) {
                    found.append(recordOf(lead, m_names));
                }
                const bool committed = commit(
                    found, {}, [] {}, [this, &chunk] { return PeopleRetryList(m_store).remove(chunk); });
                if (committed) {
                    retryBatch(ids);
                }
            });
    }

    void readRoles()
    {
        if (outcome) {
            return;
        }
        if (!m_roles) {
            m_rolesSkipped = true;
            finish();
            return;
        }
        report(SyncPhase::Opportunities,
            IncrementalPeopleSync::tr("Reading the opportunity contact roles in Salesforce"));
        m_roles->changedRoles(m_position.rolesSince, this, [this](Result<OpportunityRoleChanges> changes) {
            if (!changes) {
                if (changes.error().code == u"salesforce.INVALID_REPLICATION_DATE") {
                    readAllRoles(); // the last window is too far back for Salesforce's 30 days
                    return;
                }
                if (changes.error().code == u"salesforce.not-connected") {
                    m_rolesSkipped = true;
                    finish();
                    return;
                }
                stop(changes.error());
                return;
            }
            const QDateTime covered = changes->latestDateCovered;
            if (!commitRoles(changes->roles, false, covered)) {
                return;
            }
            finish();
        });
    }

    void readAllRoles()
    {
        // Salesforce's replication data lags the clock by a few minutes: the next window starts before
        // this read so that nothing changed meanwhile falls between the two.
        const QDateTime startedAt = QDateTime::currentDateTimeUtc().addSecs(-10 * 60);
        m_roles->primaryRoles(this, [this, startedAt](Result<QList<OpportunityRole>> roles) {
            if (!roles) {
                stop(roles.error());
                return;
            }
            if (!commitRoles(*roles, true, startedAt)) {
                return;
            }
            finish();
        });
    }

    bool commitRoles(const QList<OpportunityRole>& roles, bool clearOthers, const QDateTime& next)
    {
        qint64 changed = 0;
        Result<void> done = m_store.transaction([&]() -> Result<void> {
            Result<qint64> set = m_writer->setOpportunities(roles, clearOthers);
            if (!set) {
                return set.error();
            }
            changed = *set;
            IncrementalPosition position = m_position;
            position.rolesSince = next;
            if (Result<void> saved = m_runs.saveProgress(m_run.id, m_counts); !saved) {
                return saved;
            }
            return m_runs.saveCheckpoint(
                QString::fromLatin1(IncrementalPeopleSync::stream), m_run.id, position.toJson());
        });
        if (!done) {
            stop(done.error());
            return false;
        }
        m_position.rolesSince = next;
        m_opportunities += changed;
        return true;
    }

    // One transaction: the people, the tombstones, what else belongs with them (alsoWrite), the run's
    // counts and the position after them. The counts and the position are taken only once it committed.
    template<typename Advance>
    bool commit(const QList<PersonRecord>& people, const QMap<QDateTime, QList<qint64>>& deletions,
        Advance advance, const std::function<Result<void>()>& alsoWrite = {})
    {
        IncrementalPosition before = m_position;
        advance();
        const IncrementalPosition after = m_position;
        m_position = before;
        SyncCounts counts = m_counts;
        Result<void> done = m_store.transaction([&]() -> Result<void> {
            if (!people.isEmpty()) {
                Result<SyncCounts> applied = m_writer->apply(people);
                if (!applied) {
                    return applied.error();
                }
                counts += *applied;
            }
            for (auto it = deletions.cbegin(); it != deletions.cend(); ++it) {
                Result<qint64> tombstoned = m_writer->markDeleted(it.value(), it.key());
                if (!tombstoned) {
                    return tombstoned.error();
                }
                counts.deleted += *tombstoned;
            }
            if (alsoWrite) {
                if (Result<void> written = alsoWrite(); !written) {
                    return written;
                }
            }
            if (Result<void> saved = m_runs.saveProgress(m_run.id, counts); !saved) {
                return saved;
            }
            return m_runs.saveCheckpoint(
                QString::fromLatin1(IncrementalPeopleSync::stream), m_run.id, after.toJson());
        });
        if (!done) {
            stop(done.error());
            return false;
        }
        m_counts = counts;
        m_position = after;
        if (m_context.isCancelled()) {
            cancel();
            return false;
        }
        return true;
    }

    // The live page's and `sync changes --json-progress`'s view of the run, as the initial sync gives it.
    void report(SyncPhase phase, const QString& stage)
    {
        SyncProgress progress;
        progress.runId = m_run.id;
        progress.kind = SyncKind::PeopleIncremental;
        progress.phase = phase;
        progress.counts = m_counts;
        progress.apiCallsUsed = m_calls;
        m_context.reportProgress(m_counts.processed, m_counts.total, stage, progress.toJson());
    }

    void finish()
    {
        if (!outcome) {
            outcome = Result<JobEnding>(JobEnding::Completed);
        }
    }

    void stop(const Error& error)
    {
        if (!outcome) {
            outcome = Result<JobEnding>(error);
        }
    }

    Store& m_store;
    JobContext& m_context;
    MarketoApi m_api;
    OpportunityRoleSource* m_roles;
    SyncRunRepository m_runs;
    SyncRun m_run;
    IncrementalPosition m_position;
    bool m_positioned;
    SyncCounts m_counts;
    std::optional<PeopleWriter> m_writer;
    QStringList m_names; // by changeFields()
    QStringList m_changeFields;
    QStringList m_lookupFields;
    qint64 m_opportunities = 0;
    qint64 m_calls = 0; // Marketo calls this run asked for (the client's own retries not counted)
    bool m_rolesSkipped = false;
};

} // namespace

QJsonObject IncrementalPosition::toJson() const
{
    return QJsonObject { { QStringLiteral("changesToken"), changesToken },
        { QStringLiteral("deletionsToken"), deletionsToken },
        { QStringLiteral("rolesSince"), rolesSince.toUTC().toString(Qt::ISODate) } };
}

IncrementalPosition IncrementalPosition::fromJson(const QJsonObject& json)
{
    return IncrementalPosition { json.value(QStringLiteral("changesToken")).toString(),
        json.value(QStringLiteral("deletionsToken")).toString(),
        QDateTime::fromString(json.value(QStringLiteral("rolesSince")).toString(), Qt::ISODate) };
}

Error IncrementalPeopleSync::initialNotDone()
{
    return Error::rule(QStringLiteral("sync.initial-not-done"),
        tr("The incremental sync follows the initial sync, which has not completed yet. Start the "
           "initial sync first (or resume it), then sync the changes."));
}

IncrementalPeopleSync::IncrementalPeopleSync(
    MarketoConnection connection, OpportunityRoleSource* roles, QString actor)
    : m_connection(std::move(connection))
    , m_roles(roles)
    , m_actor(std::move(actor))
{ }

Result<JobEnding> IncrementalPeopleSync::run(Store& store, JobContext& context)
{
    SyncRunRepository runs(store);
    Result<std::optional<SyncRun>> initial = runs.latest(SyncKind::PeopleInitial);
    if (!initial) {
        return initial.error();
    }
    if (!*initial || (*initial)->state != SyncRunState::Completed) {
        return initialNotDone();
    }
    Result<std::optional<QJsonObject>> saved = runs.checkpoint(QString::fromLatin1(stream));
    if (!saved) {
        return saved.error();
    }
    // A run that was killed goes on under its own id, counts and all; otherwise a new one.
    Result<std::optional<SyncRun>> unfinished = runs.unfinished(SyncKind::PeopleIncremental);
    if (!unfinished) {
        return unfinished.error();
    }
    Result<SyncRun> run
        = *unfinished ? runs.resume((*unfinished)->id) : runs.begin(SyncKind::PeopleIncremental, m_actor);
    if (!run) {
        return run.error();
    }
    m_runId = run->id;

    MarketoClient client(m_connection);
    client.setCallPurpose(toKey(SyncKind::PeopleIncremental)); // the sync health's figure per sync
    if (m_budget) {
        client.setBudgetGate(m_budget);
    }
    // A checkpoint without both tokens (written by hand, or damaged) is no position: start again from the
    // initial run, which only rereads what is already applied.
    IncrementalPosition position = *saved ? IncrementalPosition::fromJson(**saved) : IncrementalPosition {};
    const bool positioned = !position.changesToken.isEmpty() && !position.deletionsToken.isEmpty();
    if (!position.rolesSince.isValid()) {
        position.rolesSince = (*initial)->startedAt;
    }
    ChangesPass pass(store, context, client, m_roles, *run, position, positioned);
    QEventLoop loop;
    QTimer watch;
    watch.setInterval(100);
    QObject::connect(&watch, &QTimer::timeout, &loop, [&]() {
        if (context.isCancelled()) {
            // Nothing is half-written between commits: a call in flight is simply abandoned.
            pass.cancel();
        }
        if (pass.outcome) {
            loop.quit();
        }
    });
    QTimer heartbeat;
    heartbeat.setInterval(m_heartbeat);
    QObject::connect(&heartbeat, &QTimer::timeout, &loop, [&]() {
        // A long wait on Marketo's rate limit must not look like a dead process.
        (void)store.transaction([&]() { return runs.saveProgress(run->id, pass.counts()); });
    });
    watch.start();
    heartbeat.start();
    pass.start((*initial)->startedAt);
    if (!pass.outcome) {
        loop.exec();
    }

    const Result<JobEnding> outcome = *pass.outcome;
    SyncRunState state = SyncRunState::Completed;
    QString message;
    if (!outcome) {
        state = SyncRunState::Failed;
        message = outcome.error().message;
    } else if (*outcome == JobEnding::Cancelled) {
        state = SyncRunState::Cancelled;
    } else {
        message = pass.rolesSkipped()
            ? tr("Salesforce is not connected: the opportunity IDs were left as they were.")
            : tr("Opportunity IDs changed: %1.").arg(pass.opportunitiesChanged());
    }
    if (Result<void> ended = runs.finish(run->id, state, pass.counts(), message); !ended && outcome) {
        return ended.error();
    }
    return outcome;
}

} // namespace sia
