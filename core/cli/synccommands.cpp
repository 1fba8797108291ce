#include "cli/synccommands.h"

#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "cli/syncrunactions.h"
#include "cli/texttable.h"
#include "common/actor.h"
#include "common/timestamps.h"
#include "marketo/marketoconnectionservice.h"
#include "salesforce/salesforceconnectionservice.h"
#include "store/store.h"
#include "store/storerunner.h"
#include "sync/peoplesyncengine.h"
#include "sync/salesforceopportunityroles.h"
#include "sync/syncpreviewreader.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

namespace sia {

namespace {

Error usageError(const QString& message)
{
    return Error::input(QStringLiteral("cli.usage"), message);
}

QJsonArray strings(const QStringList& list)
{
    QJsonArray array;
    for (const QString& text : list) {
        array.append(text);
    }
    return array;
}

QString shortTime(const QDateTime& at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QStringLiteral("—");
}

QJsonValue timeOrNull(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(toStoredTimestamp(at)) : QJsonValue(QJsonValue::Null);
}

// A synchronous action's result as the command's end.
void finishWith(CliContext& context, Result<void> outcome)
{
    context.finish(std::move(outcome));
}

Result<int> positiveNumber(const QCommandLineParser& parser, const QString& option, int fallback)
{
    if (!parser.isSet(option)) {
        return fallback;
    }
    bool isNumber = false;
    const int value = parser.value(option).toInt(&isNumber);
    if (!isNumber || value < 1) {
        return usageError(
            QCoreApplication::translate("sia::SyncCommand", "--%1 needs a whole number above 0, not “%2”.")
                .arg(option, parser.value(option)));
    }
    return value;
}

} // namespace

// the command ----------------------------------------------------------------------------------------

SyncCommand::SyncCommand() = default;
SyncCommand::~SyncCommand() = default;

QString SyncCommand::summary() const
{
    return tr("The people sync (step 4). sync preview: the 13 synced fields — the Actions field, the Marketo "
              "field it comes from (its REST name, from Marketo's field list) and where Salesforce fills "
              "it — with sample values of a few of Salesforce's owned leads and contacts as Marketo holds "
              "them (--sample N, default %1); nothing is written. sync dry-run: a full pass that writes "
              "nothing: eligibility, exclusions, duplicate emails and what a sync would do. sync start: the "
              "initial sync (--json-progress: one JSON object of progress a line); Ctrl-C pauses it at a "
              "checkpoint. sync resume: the paused or interrupted one, from its checkpoint. sync changes: "
              "the incremental sync now. sync status: the last runs and whether one can be resumed. sync "
              "history: each run's start, end, counts and outcome (--limit N). sync errors --csv FILE: the "
              "per-person errors of a run (--run ID, default the last initial run) as CSV.")
        .arg(SyncPreviewReader::defaultSamples);
}

QList<QCommandLineOption> SyncCommand::options() const
{
    return { CommonCliOptions::json(),
        { QStringLiteral("sample"),
            tr("preview: how many sample people to show (0 to %1).").arg(SyncPreviewReader::maxSamples),
            QStringLiteral("N") },
        { QStringLiteral("limit"), tr("history: how many runs to list, newest first (default 20)."),
            QStringLiteral("N") },
        { QStringLiteral("run"), tr("errors: the run whose errors to export (see sync history)."),
            QStringLiteral("ID") },
        { QStringLiteral("csv"), tr("errors: the CSV file to write."), QStringLiteral("FILE") },
        { QStringLiteral("json-progress"),
            tr("start, resume: one JSON object of progress a line on standard output while the run goes.") },
        CommonCliOptions::by() };
}

StoreAccess SyncCommand::storeAccess() const
{
    return m_action ? m_action->storeAccess() : StoreAccess::Read;
}

bool SyncCommand::usesServices() const
{
    return m_action ? m_action->usesServices() : false;
}

Result<void> SyncCommand::configure(const QCommandLineParser& parser)
{
    const QStringList words = parser.positionalArguments();
    const QString what = words.value(0);
    if (words.size() != 1) {
        return usageError(tr("“sync” needs what to do: preview, status, history or errors; for example: "
                             "sia-admin sync preview"));
    }
    if (what == u"preview") {
        m_action = std::make_unique<SyncPreviewAction>(*this);
    } else if (what == u"dry-run") {
        m_action = std::make_unique<SyncDryRunAction>(*this);
    } else if (what == u"start") {
        m_action = std::make_unique<SyncRunAction>(*this, SyncRunAction::Mode::Start);
    } else if (what == u"resume") {
        m_action = std::make_unique<SyncRunAction>(*this, SyncRunAction::Mode::Resume);
    } else if (what == u"changes") {
        m_action = std::make_unique<SyncRunAction>(*this, SyncRunAction::Mode::Changes);
    } else if (what == u"status") {
        m_action = std::make_unique<SyncStatusAction>();
    } else if (what == u"history") {
        m_action = std::make_unique<SyncHistoryAction>();
    } else if (what == u"errors") {
        m_action = std::make_unique<SyncErrorsAction>();
    } else {
        return usageError(tr(
            "“%1” is not something sync does: use preview, dry-run, start, resume, changes, status, history "
            "or errors.")
                              .arg(what));
    }
    Result<QString> actor = CommonCliOptions::actor(parser);
    if (!actor) {
        return actor.error();
    }
    m_actor = *actor;
    return m_action->configure(parser);
}

Result<PeopleSyncService*> SyncCommand::engine(CliContext& context)
{
    if (!m_engine) {
        m_engineStore = std::make_unique<DirectStoreRunner>(context.store());
        PeopleSyncEngineOptions options;
        options.actor = m_actor.isEmpty() ? defaultActor() : m_actor;
        options.salesforce = &org(context);
        // Salesforce's primary opportunity contact roles give the contacts their opportunity IDs, as in
        // the window (app/guistartup.cpp).
        m_roles = std::make_unique<SalesforceOpportunityRoles>(org(context));
        m_engine = std::make_unique<PeopleSyncEngine>(
            context.store().options(), *m_engineStore, marketo(context), m_roles.get(), std::move(options));
    }
    return m_engine.get();
}

void SyncCommand::start(CliContext& context)
{
    m_action->start(context);
}

// texts ----------------------------------------------------------------------------------------------

QJsonObject SyncText::toJson(const SyncPreview& preview)
{
    QJsonArray fields;
    for (const SyncPreviewField& field : preview.fields) {
        fields.append(QJsonObject { { QStringLiteral("actionsField"), field.actionsField },
            { QStringLiteral("actionsColumn"), field.actionsColumn },
            { QStringLiteral("marketoField"), field.marketoField },
            { QStringLiteral("marketoLabel"), field.marketoLabel },
            { QStringLiteral("salesforceSource"), field.salesforceSource },
            { QStringLiteral("samples"), strings(field.samples) }, { QStringLiteral("note"), field.note } });
    }
    QJsonArray ids;
    for (const qint64 id : preview.sampledMarketoIds) {
        ids.append(id);
    }
    return { { QStringLiteral("fields"), fields }, { QStringLiteral("sampledMarketoIds"), ids },
        { QStringLiteral("note"), preview.note } };
}

void SyncText::print(const SyncPreview& preview, CliOutput& output)
{
    output.line(tr("The people sync's fields (read-only; nothing has been written):"));
    output.line();
    TextTable table({ tr("Actions field"), tr("Marketo field"), tr("Filled in Salesforce from"),
        //: %n is how many sample people the column shows
        tr("Samples (%n people)", nullptr, int(preview.sampledMarketoIds.size())) });
    for (const SyncPreviewField& field : preview.fields) {
        QStringList samples;
        for (const QString& sample : field.samples) {
            samples.append(sample.isEmpty() ? QStringLiteral("—") : sample);
        }
        table.addRow(
            { field.actionsField, field.marketoField.isEmpty() ? QStringLiteral("—") : field.marketoField,
                field.salesforceSource, samples.join(QStringLiteral(" | ")) });
    }
    for (const QString& line : table.render()) {
        output.line(line);
    }
    output.line();
    for (const SyncPreviewField& field : preview.fields) {
        if (!field.note.isEmpty()) {
            //: %1 a field, %2 what to know about it
            output.line(tr("%1: %2").arg(field.actionsField, field.note));
        }
    }
    if (!preview.note.isEmpty()) {
        output.line(preview.note);
    }
}

QJsonObject SyncText::toJson(const SyncCounts& counts)
{
    return { { QStringLiteral("total"), counts.total }, { QStringLiteral("processed"), counts.processed },
        { QStringLiteral("created"), counts.created }, { QStringLiteral("updated"), counts.updated },
        { QStringLiteral("unchanged"), counts.unchanged }, { QStringLiteral("deleted"), counts.deleted },
        { QStringLiteral("skipped"), counts.skipped }, { QStringLiteral("failed"), counts.failed } };
}

QJsonObject SyncText::toJson(const SyncRun& run)
{
    return { { QStringLiteral("id"), run.id }, { QStringLiteral("kind"), toKey(run.kind) },
        { QStringLiteral("state"), toKey(run.state) }, { QStringLiteral("startedBy"), run.startedBy },
        { QStringLiteral("startedAt"), timeOrNull(run.startedAt) },
        { QStringLiteral("finishedAt"), timeOrNull(run.finishedAt) },
        { QStringLiteral("counts"), toJson(run.counts) }, { QStringLiteral("message"), run.message },
        { QStringLiteral("resumable"), isResumable(run) } };
}

QString SyncText::stateText(SyncRunState state)
{
    switch (state) {
    case SyncRunState::Running:
        return tr("running");
    case SyncRunState::Paused:
        return tr("paused");
    case SyncRunState::Completed:
        return tr("completed");
    case SyncRunState::Failed:
        return tr("failed");
    case SyncRunState::Cancelled:
        return tr("cancelled");
    case SyncRunState::Interrupted:
        return tr("interrupted");
    }
    return {};
}

QString SyncText::kindText(SyncKind kind)
{
    switch (kind) {
    case SyncKind::PeopleInitial:
        return tr("initial people sync");
    case SyncKind::PeopleIncremental:
        return tr("people changes");
    case SyncKind::Tasks:
        return tr("task sync");
    case SyncKind::SalesActivities:
        return tr("sales activity logging");
    }
    return {};
}

QString SyncText::countsLine(const SyncCounts& c)
{
    const QLocale locale;
    //: the counts of a run; %1 processed, %2 created, %3 updated, %4 unchanged, %5 skipped, %6 failed, %7
    //: deleted
    return tr("%1 processed: %2 created, %3 updated, %4 unchanged, %5 skipped, %6 failed, %7 deleted")
        .arg(locale.toString(c.processed), locale.toString(c.created), locale.toString(c.updated),
            locale.toString(c.unchanged), locale.toString(c.skipped), locale.toString(c.failed),
            locale.toString(c.deleted));
}

bool SyncText::isResumable(const SyncRun& run)
{
    if (run.kind != SyncKind::PeopleInitial) {
        return false;
    }
    if (run.state == SyncRunState::Paused || run.state == SyncRunState::Interrupted) {
        return true;
    }
    // A run that says running with a stale heartbeat belongs to a process that is gone.
    return run.state == SyncRunState::Running
        && (!run.heartbeatAt.isValid()
            || run.heartbeatAt.secsTo(QDateTime::currentDateTimeUtc())
                > SyncRunRepository::staleHeartbeatSeconds);
}

// preview --------------------------------------------------------------------------------------------

SyncPreviewAction::SyncPreviewAction(SyncCommand& command)
    : m_command(command)
{ }

SyncPreviewAction::~SyncPreviewAction() = default;

Result<void> SyncPreviewAction::configure(const QCommandLineParser& parser)
{
    m_json = parser.isSet(QStringLiteral("json"));
    m_samples = SyncPreviewReader::defaultSamples;
    if (parser.isSet(QStringLiteral("sample"))) {
        bool isNumber = false;
        m_samples = parser.value(QStringLiteral("sample")).toInt(&isNumber);
        if (!isNumber || m_samples < 0 || m_samples > SyncPreviewReader::maxSamples) {
            return usageError(tr("--sample needs a number of people from 0 to %1, not “%2”.")
                                  .arg(SyncPreviewReader::maxSamples)
                                  .arg(parser.value(QStringLiteral("sample"))));
        }
    }
    return {};
}

void SyncPreviewAction::start(CliContext& context)
{
    QObject::connect(&context, &CliContext::cancelRequested, &context, [this, &context] {
        m_reader.reset(); // its calls are abandoned; nothing was written
        context.finish(CliContext::interruptedError());
    });
    SalesforceConnectionService& org = m_command.org(context);
    m_command.marketo(context).withClient([this, &context, &org](Result<MarketoClient*> client) {
        if (!client) {
            context.finish(client.error());
            return;
        }
        m_reader = std::make_unique<SyncPreviewReader>(**client, &org);
        m_reader->read(m_samples, [this, &context](Result<SyncPreview> preview) {
            if (!preview) {
                context.finish(preview.error());
                return;
            }
            if (m_json) {
                context.output().json(QJsonDocument(SyncText::toJson(*preview)));
            } else {
                SyncText::print(*preview, context.output());
            }
            context.finish({});
        });
    });
}

// history --------------------------------------------------------------------------------------------

Result<void> SyncHistoryAction::configure(const QCommandLineParser& parser)
{
    m_json = parser.isSet(QStringLiteral("json"));
    Result<int> limit = positiveNumber(parser, QStringLiteral("limit"), 20);
    if (!limit) {
        return limit.error();
    }
    m_limit = *limit;
    return {};
}

void SyncHistoryAction::start(CliContext& context)
{
    finishWith(context, run(context));
}

Result<void> SyncHistoryAction::run(CliContext& context)
{
    Result<QList<SyncRun>> runs = SyncRunRepository(context.store()).history(m_limit);
    if (!runs) {
        return runs.error();
    }
    if (m_json) {
        QJsonArray array;
        for (const SyncRun& run : *runs) {
            array.append(SyncText::toJson(run));
        }
        context.output().json(QJsonDocument(QJsonObject { { QStringLiteral("runs"), array } }));
        return {};
    }
    if (runs->isEmpty()) {
        context.output().line(tr("No sync has run yet. Preview it with: sia-admin sync preview"));
        return {};
    }
    TextTable table(
        { tr("Run"), tr("What"), tr("Started"), tr("Ended"), tr("By"), tr("Outcome"), tr("Counts") });
    for (const SyncRun& run : *runs) {
        table.addRow({ QString::number(run.id), SyncText::kindText(run.kind), shortTime(run.startedAt),
            shortTime(run.finishedAt), run.startedBy, SyncText::stateText(run.state),
            SyncText::countsLine(run.counts) });
    }
    for (const QString& line : table.render()) {
        context.output().line(line);
    }
    for (const SyncRun& run : *runs) {
        if (!run.message.isEmpty()) {
            //: %1 the run's number, %2 how it ended
            context.output().line(tr("Run %1: %2").arg(QString::number(run.id), run.message));
        }
    }
    return {};
}

// status ---------------------------------------------------------------------------------------------

Result<void> SyncStatusAction::configure(const QCommandLineParser& parser)
{
    m_json = parser.isSet(QStringLiteral("json"));
    return {};
}

void SyncStatusAction::start(CliContext& context)
{
    finishWith(context, run(context));
}

Result<void> SyncStatusAction::run(CliContext& context)
{
    const SyncRunRepository runs(context.store());
    Result<std::optional<SyncRun>> initial = runs.latest(SyncKind::PeopleInitial);
    if (!initial) {
        return initial.error();
    }
    Result<std::optional<SyncRun>> incremental = runs.latest(SyncKind::PeopleIncremental);
    if (!incremental) {
        return incremental.error();
    }
    const bool resumable = initial->has_value() && SyncText::isResumable(**initial);
    if (m_json) {
        QJsonObject document { { QStringLiteral("resumable"), resumable } };
        document.insert(QStringLiteral("initial"),
            initial->has_value() ? QJsonValue(SyncText::toJson(**initial)) : QJsonValue(QJsonValue::Null));
        document.insert(QStringLiteral("incremental"),
            incremental->has_value() ? QJsonValue(SyncText::toJson(**incremental))
                                     : QJsonValue(QJsonValue::Null));
        context.output().json(QJsonDocument(document));
        return {};
    }
    CliOutput& output = context.output();
    if (!initial->has_value()) {
        output.line(tr("The people sync has not started yet. Preview it with: sia-admin sync preview"));
        return {};
    }
    const SyncRun& run = **initial;
    //: %1 the run's number, %2 its state, %3 when it started, %4 who started it
    output.line(tr("Initial people sync: run %1, %2 (started %3 by %4).")
                    .arg(QString::number(run.id), SyncText::stateText(run.state), shortTime(run.startedAt),
                        run.startedBy));
    output.line(QStringLiteral("  ") + SyncText::countsLine(run.counts));
    if (run.counts.total >= 0) {
        //: %1 processed, %2 the total
        output.line(QStringLiteral("  ")
            + tr("%1 of %2 people processed.")
                  .arg(QLocale().toString(run.counts.processed), QLocale().toString(run.counts.total)));
    }
    if (!run.message.isEmpty()) {
        output.line(QStringLiteral("  ") + run.message);
    }
    if (resumable) {
        output.line(tr("It stopped at a checkpoint and can be resumed: sia-admin sync resume"));
    }
    if (incremental->has_value()) {
        const SyncRun& changes = **incremental;
        output.line(
            tr("Last people changes: run %1, %2, %3.")
                .arg(QString::number(changes.id), SyncText::stateText(changes.state),
                    shortTime(changes.finishedAt.isValid() ? changes.finishedAt : changes.startedAt)));
        output.line(QStringLiteral("  ") + SyncText::countsLine(changes.counts));
    }
    return {};
}

// errors ---------------------------------------------------------------------------------------------

Result<void> SyncErrorsAction::configure(const QCommandLineParser& parser)
{
    m_file = parser.value(QStringLiteral("csv"));
    if (m_file.isEmpty()) {
        return usageError(tr("sync errors needs the file to write: sia-admin sync errors --csv FILE"));
    }
    if (parser.isSet(QStringLiteral("run"))) {
        bool isNumber = false;
        m_runId = parser.value(QStringLiteral("run")).toLongLong(&isNumber);
        if (!isNumber || m_runId < 1) {
            return usageError(tr("--run needs a run's number (see sia-admin sync history), not “%1”.")
                                  .arg(parser.value(QStringLiteral("run"))));
        }
    }
    return {};
}

void SyncErrorsAction::start(CliContext& context)
{
    finishWith(context, run(context));
}

Result<void> SyncErrorsAction::run(CliContext& context)
{
    const SyncRunRepository runs(context.store());
    std::optional<SyncRun> run;
    if (m_runId > 0) {
        Result<std::optional<SyncRun>> found = runs.run(m_runId);
        if (!found) {
            return found.error();
        }
        run = *found;
        if (!run) {
            return Error::notFound(QStringLiteral("sync.no-such-run"),
                tr("There is no sync run %1: sia-admin sync history lists them.").arg(m_runId));
        }
    } else {
        Result<std::optional<SyncRun>> latest = runs.latest(SyncKind::PeopleInitial);
        if (!latest) {
            return latest.error();
        }
        run = *latest;
        if (!run) {
            return Error::notFound(QStringLiteral("sync.no-run"),
                tr("The people sync has not run yet, so it has no errors to export."));
        }
    }
    // Written whole or not at all: a file that is half there would look like a short list.
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error::environment(QStringLiteral("sync.csv-unwritable"),
            tr("The file %1 cannot be written (%2): choose another place.").arg(m_file, file.errorString()));
    }
    Result<qint64> rows = runs.exportErrorsCsv(run->id, file);
    if (!rows) {
        file.cancelWriting();
        return rows.error();
    }
    if (!file.commit()) {
        return Error::environment(QStringLiteral("sync.csv-unwritable"),
            tr("The file %1 could not be written to the end (%2): nothing was kept; free some space or "
               "choose another place.")
                .arg(m_file, file.errorString()));
    }
    //: %n the rows, %1 the run, %2 the file
    context.output().line(tr("%n error(s) of run %1 written to %2.", nullptr, int(*rows))
                              .arg(QString::number(run->id), m_file));
    return {};
}

} // namespace sia
