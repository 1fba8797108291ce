#include "sync/initialpeoplesync.h"

#include "connections/apibudgetgate.h"
#include "marketo/marketoapi.h"
#include "marketo/marketoclient.h"
#include "store/store.h"
#include "sync/exportpipelinehost.h"
#include "sync/exportwindowplan.h"
#include "sync/leadexportparser.h"
#include "sync/opportunityrolesource.h"
#include "sync/peoplewriter.h"
#include "sync/syncrunrepository.h"
#include "sync/throughputmeter.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QPointer>
#include <QTimer>

namespace sia {

// One pass over the subscription on the job's thread: owns the client, the pipeline, the open file and
// the run's figures; ends the event loop with the pass's outcome.
class InitialPeopleSync::Pass : public QObject
{
public:
    Pass(InitialPeopleSync& job, Store& store, JobContext& context)
        : m_job(job)
        , m_store(store)
        , m_context(context)
        , m_runs(store)
        , m_client(job.m_connection)
    {
        m_client.setCallPurpose(toKey(SyncKind::PeopleInitial)); // the sync health's figure per sync
        if (job.m_options.budget) {
            m_client.setBudgetGate(job.m_options.budget); // the sync's calls count against the admin's cap
        }
    }

    Result<JobEnding> run();

private:
    Result<void> prepareRun();
    void plan();
    void startPipeline(QList<ExportWindow> windows);
    void scheduleApply();
    void applyNext();
    void opportunities();
    Result<void> saveCheckpoint(const QList<ExportWindow>& windows);
    void report(SyncPhase phase);
    void checkStop();
    void end(Result<JobEnding> outcome);
    // Stops at the last checkpoint because of error: the run is paused with the message (resume goes on
    // from there), and the job answers error.
    void stopWith(const Error& error);
    void recordPause(const Error& error, int attempt);
    bool dryRun() const { return m_job.isDryRun(); }

    InitialPeopleSync& m_job;
    Store& m_store;
    JobContext& m_context;
    SyncRunRepository m_runs;
    MarketoClient m_client;
    QEventLoop m_loop;
    std::optional<Result<JobEnding>> m_outcome;
    std::optional<PeopleWriter> m_writer;
    std::unique_ptr<ExportPipelineHost> m_pipeline;
    std::unique_ptr<LeadExportParser> m_parser;
    int m_parserWindow = -1;
    PersonFieldResolution m_fields;
    SyncRun m_run;
    QDateTime m_runStart;
    SyncCounts m_counts;
    bool m_applyScheduled = false;
    bool m_stopping = false;
    QElapsedTimer m_clock;
    ThroughputMeter m_meter;
    SyncPhase m_phase = SyncPhase::Preparing;
};

Result<void> InitialPeopleSync::Pass::prepareRun()
{
    if (dryRun()) {
        Result<PeopleWriter> writer = PeopleWriter::prepare(m_store, 0);
        if (!writer) {
            return writer.error();
        }
        m_writer.emplace(std::move(writer).value());
        return {};
    }
    Result<std::optional<SyncRun>> unfinished = m_runs.unfinished(SyncKind::PeopleInitial);
    if (!unfinished) {
        return unfinished.error();
    }
    if (unfinished->has_value()) {
        Result<SyncRun> resumed = m_runs.resume((*unfinished)->id);
        if (!resumed) {
            return resumed.error();
        }
        m_run = *resumed;
    } else {
        Result<SyncRun> begun = m_runs.begin(SyncKind::PeopleInitial, m_job.m_options.actor);
        if (!begun) {
            return begun.error();
        }
        m_run = *begun;
    }
    m_counts = m_run.counts;
    Result<PeopleWriter> runWriter = PeopleWriter::prepare(m_store, m_run.id);
    if (!runWriter) {
        return runWriter.error();
    }
    m_writer.emplace(std::move(runWriter).value());
    return {};
}

Result<JobEnding> InitialPeopleSync::Pass::run()
{
    m_clock.start();
    m_runStart = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    if (Result<void> prepared = prepareRun(); !prepared) {
        return prepared.error();
    }
    QTimer stopWatch;
    connect(&stopWatch, &QTimer::timeout, this, &Pass::checkStop);
    stopWatch.start(100);
    QTimer heartbeat;
    if (!dryRun()) {
        connect(&heartbeat, &QTimer::timeout, this, [this] {
            if (m_stopping) {
                return; // the run's end is being recorded: a heartbeat now would only be refused
            }
            if (Result<void> alive = m_runs.saveProgress(m_run.id, m_counts); !alive) {
                stopWith(alive.error());
            }
        });
        heartbeat.start(m_job.m_options.heartbeat);
    }
    report(SyncPhase::Preparing);
    // The fields as this subscription names them, then the plan (or the checkpoint's).
    MarketoApi(m_client).describeLeads(this, [this](Result<QList<QJsonObject>> described) {
        if (!described) {
            stopWith(described.error());
            return;
        }
        Result<PersonFieldResolution> fields = PersonFields::resolve(*described);
        if (!fields) {
            stopWith(fields.error());
            return;
        }
        m_fields = *fields;
        plan();
    });
    if (!m_outcome) {
        m_loop.exec();
    }
    return *m_outcome;
}

void InitialPeopleSync::Pass::plan()
{
    if (!dryRun()) {
        Result<std::optional<QJsonObject>> saved = m_runs.checkpoint(QString::fromLatin1(stream));
        if (!saved) {
            stopWith(saved.error());
            return;
        }
        if (saved->has_value()) {
            QDateTime runStart;
            QList<ExportWindow> windows = ExportWindowPlan::fromCheckpoint(**saved, &runStart);
            if (!windows.isEmpty()) {
                m_runStart = runStart;
                startPipeline(std::move(windows));
                return;
            }
        }
    }
    auto planFrom = [this](const QDateTime& oldest) {
        const QDateTime start = oldest.isValid() ? oldest : m_runStart;
        QList<ExportWindow> windows = ExportWindowPlan::windows(start, m_runStart);
        if (!m_job.m_options.oldestPerson) {
            windows.append(ExportWindowPlan::probeBefore(windows.constFirst().start));
        }
        if (!dryRun()) {
            if (Result<void> saved = saveCheckpoint(windows); !saved) {
                stopWith(saved.error());
                return;
            }
        }
        startPipeline(std::move(windows));
    };
    if (m_job.m_options.oldestPerson) {
        planFrom(*m_job.m_options.oldestPerson);
        return;
    }
    ExportWindowPlan::findOldest(m_client, this, [this, planFrom](Result<QDateTime> oldest) {
        if (!oldest) {
            stopWith(oldest.error());
            return;
        }
        planFrom(*oldest);
    });
}

Result<void> InitialPeopleSync::Pass::saveCheckpoint(const QList<ExportWindow>& windows)
{
    return m_store.transaction([&]() -> Result<void> {
        if (Result<void> saved = m_runs.saveCheckpoint(
                QString::fromLatin1(stream), m_run.id, ExportWindowPlan::checkpoint(windows, m_runStart));
            !saved) {
            return saved;
        }
        return m_runs.saveProgress(m_run.id, m_counts);
    });
}

void InitialPeopleSync::Pass::startPipeline(QList<ExportWindow> windows)
{
    BulkExportOptions options = m_job.m_options.exports;
    options.directory = m_job.m_options.filesDirectory;
    options.fields = m_fields.exportFields();
    m_pipeline = std::make_unique<ExportPipelineHost>(
        m_job.m_connection, m_job.m_options.budget, options, std::move(windows));
    connect(m_pipeline.get(), &ExportPipelineHost::windowReady, this, &Pass::scheduleApply);
    connect(m_pipeline.get(), &ExportPipelineHost::failed, this, &Pass::stopWith);
    connect(m_pipeline.get(), &ExportPipelineHost::progress, this, [this] {
        // Files ahead download while rows are applied: the phase stays what the admin waits for.
        report(m_phase == SyncPhase::Applying ? SyncPhase::Applying : SyncPhase::Downloading);
    });
    connect(m_pipeline.get(), &ExportPipelineHost::changed, this, [this] {
        if (m_stopping || m_outcome) {
            // The pipeline's thread may still report a change it made before it was stopped; its checkpoint
            // would mark the run "running" again over the pause (or end) being recorded. Whatever it
            // changed is a job at Marketo, made again on resume; no row depends on it.
            return;
        }
        m_counts.total = m_pipeline->peopleInFiles();
        if (!dryRun()) {
            if (Result<void> saved = saveCheckpoint(m_pipeline->windows()); !saved) {
                stopWith(saved.error());
                return;
            }
        }
        report(m_phase == SyncPhase::Preparing ? SyncPhase::Extracting : m_phase);
    });
    m_counts.total = m_pipeline->peopleInFiles();
    m_pipeline->start();
    report(SyncPhase::Extracting);
    scheduleApply();
}

void InitialPeopleSync::Pass::scheduleApply()
{
    if (m_applyScheduled || m_stopping) {
        return;
    }
    m_applyScheduled = true;
    // One batch per event: downloads (on Qt's network thread) and status answers get their turn between.
    QTimer::singleShot(0, this, [this] {
        m_applyScheduled = false;
        applyNext();
    });
}

void InitialPeopleSync::Pass::applyNext()
{
    if (m_stopping || m_outcome) {
        return;
    }
    if (m_context.isCancelled()) {
        checkStop();
        return;
    }
    if (m_pipeline->isFinished()) {
        opportunities();
        return;
    }
    const int index = m_pipeline->cursor();
    if (!m_pipeline->isReady(index)) {
        return; // windowReady brings us back
    }
    if (m_parserWindow != index) {
        auto parser = LeadExportParser::open(
            m_pipeline->filePath(index), m_pipeline->windows().at(index).appliedOffset, m_fields);
        if (!parser) {
            if (parser.error().code == u"sync.export-header" || parser.error().code == u"sync.file-offset"
                || !QFileInfo::exists(m_pipeline->filePath(index))) {
                // A file that is not what it should be, or gone since it was verified: fetch it again.
                m_pipeline->redownload(index);
                return;
            }
            stopWith(parser.error());
            return;
        }
        m_parser = std::move(parser).value();
        m_parserWindow = index;
    }
    Result<ExportBatch> batch = m_parser->next(m_job.m_options.batchSize);
    if (!batch) {
        stopWith(batch.error());
        return;
    }
    QList<ExportWindow> windows = m_pipeline->windows();
    windows[index].appliedOffset = batch->endOffset;
    if (batch->atEnd) {
        windows[index].state = ExportWindow::State::Applied;
    }
    SyncCounts counts = m_counts;
    const Result<void> committed = m_store.transaction([&]() -> Result<void> {
        Result<SyncCounts> applied = m_job.applyBatch(*m_writer, batch->records);
        if (!applied) {
            return applied.error();
        }
        counts += *applied;
        for (const ExportRowProblem& problem : std::as_const(batch->problems)) {
            ++counts.processed;
            ++counts.skipped;
            if (dryRun()) {
                continue;
            }
            const QString ref = problem.marketoId > 0
                ? QStringLiteral("marketo:%1").arg(problem.marketoId)
                : QStringLiteral("file:%1@%2").arg(windows.at(index).exportId).arg(problem.offset);
            if (Result<void> recorded
                = m_runs.recordError(m_run.id, ref, SyncErrorOutcome::Skipped, problem.code, problem.message);
                !recorded) {
                return recorded;
            }
        }
        if (dryRun()) {
            return {};
        }
        if (Result<void> saved = m_runs.saveProgress(m_run.id, counts); !saved) {
            return saved;
        }
        return m_runs.saveCheckpoint(
            QString::fromLatin1(stream), m_run.id, ExportWindowPlan::checkpoint(windows, m_runStart));
    });
    if (!committed) {
        stopWith(committed.error()); // nothing of this batch was written: the checkpoint stands before it
        return;
    }
    m_counts = counts;
    m_pipeline->setAppliedOffset(index, batch->endOffset);
    if (batch->atEnd) {
        m_parser.reset();
        m_parserWindow = -1;
        m_pipeline->markApplied(index);
    }
    m_meter.record(m_clock.elapsed(), m_counts.processed);
    report(SyncPhase::Applying);
    scheduleApply();
}

void InitialPeopleSync::Pass::opportunities()
{
    if (m_phase == SyncPhase::Opportunities || m_phase == SyncPhase::Finishing) {
        return;
    }
    report(SyncPhase::Opportunities);
    auto finish = [this](const QString& message) {
        report(SyncPhase::Finishing);
        m_job.finishPass(m_counts);
        if (!dryRun()) {
            const Result<void> finished = m_store.transaction([&]() -> Result<void> {
                if (Result<void> cleared = m_runs.clearCheckpoint(QString::fromLatin1(stream)); !cleared) {
                    return cleared;
                }
                return m_runs.finish(m_run.id, SyncRunState::Completed, m_counts, message);
            });
            if (!finished) {
                end(finished.error());
                return;
            }
        }
        end(JobEnding::Completed);
    };
    if (!m_job.m_roles) {
        finish(tr("The opportunity IDs were not read: Salesforce's opportunity contact roles are not "
                  "available to this sync yet. They are filled in by the next sync."));
        return;
    }
    m_job.m_roles->primaryRoles(this, [this, finish](Result<QList<OpportunityRole>> roles) {
        if (!roles && roles.error().code == u"salesforce.not-connected") {
            // The people are Marketo's and complete without Salesforce (as the incremental sync does): the
            // contacts' opportunities come with the first sync after step 2 connects the org.
            finish(tr("The opportunity IDs were not read: Salesforce is not connected. Connect it in step "
                      "2; the next sync fills them in."));
            return;
        }
        if (!roles) {
            stopWith(roles.error());
            return;
        }
        Result<qint64> changed = 0;
        const Result<void> applied = m_store.transaction([&]() -> Result<void> {
            changed = m_writer->setOpportunities(*roles, true, dryRun());
            return changed ? Result<void>() : Result<void>(changed.error());
        });
        if (!applied) {
            stopWith(applied.error());
            return;
        }
        finish(QString());
    });
}

void InitialPeopleSync::Pass::report(SyncPhase phase)
{
    m_phase = phase;
    SyncProgress progress;
    progress.runId = m_run.id;
    progress.kind = SyncKind::PeopleInitial;
    progress.dryRun = dryRun();
    progress.phase = phase;
    progress.counts = m_counts;
    if (m_pipeline) {
        progress.windowsTotal = int(m_pipeline->windows().size());
        progress.windowsDone = m_pipeline->cursor();
        progress.bytesDownloaded = m_pipeline->bytesDownloaded();
        progress.bytesTotal = m_pipeline->bytesTotal();
        progress.apiCallsUsed = m_pipeline->callsMade();
    }
    progress.peoplePerSecond = m_meter.perSecond();
    progress.etaSeconds = m_meter.etaSeconds(m_counts.total);
    QString stage;
    switch (phase) {
    case SyncPhase::Preparing:
        stage = tr("Planning the export");
        break;
    case SyncPhase::Extracting:
        stage = tr("Marketo is exporting the people");
        break;
    case SyncPhase::Downloading:
        stage = tr("Downloading the people");
        break;
    case SyncPhase::Applying:
        stage = dryRun() ? tr("Checking the people") : tr("Saving the people");
        break;
    case SyncPhase::Opportunities:
        stage = tr("Reading the opportunity IDs");
        break;
    case SyncPhase::Changes:
    case SyncPhase::TaskImport:
    case SyncPhase::TaskPush:
    case SyncPhase::TaskDeletions:
    case SyncPhase::Logging:
    case SyncPhase::Finishing:
        stage = tr("Finishing");
        break;
    }
    m_context.reportProgress(m_counts.processed, m_counts.total, stage, progress.toJson());
}

void InitialPeopleSync::Pass::checkStop()
{
    if (m_stopping || m_outcome || !m_context.isCancelled()) {
        return;
    }
    m_stopping = true;
    const bool cancel = m_job.m_options.stop->cancel.load();
    auto stopped = [this, cancel] {
        if (!dryRun()) {
            const Result<void> finished
                = m_runs.finish(m_run.id, cancel ? SyncRunState::Cancelled : SyncRunState::Paused, m_counts);
            if (!finished) {
                end(finished.error());
                return;
            }
        }
        end(JobEnding::Cancelled);
    };
    if (cancel && m_pipeline) {
        // Our queued jobs at Marketo go too: they would only use the queue and the day's quota.
        m_pipeline->cancelJobs(std::chrono::milliseconds(700), stopped);
        return;
    }
    if (m_pipeline) {
        m_pipeline->stop();
    }
    stopped();
}

void InitialPeopleSync::Pass::stopWith(const Error& error)
{
    if (m_outcome) {
        return;
    }
    m_stopping = true;
    if (m_pipeline) {
        m_pipeline->stop();
    }
    if (dryRun() || m_run.id <= 0) {
        end(error);
        return;
    }
    recordPause(error, 0);
}

void InitialPeopleSync::Pass::recordPause(const Error& error, int attempt)
{
    // Paused, not failed: the checkpoint is good and resume continues from it once the cause is gone. A
    // locked database may refuse this too: try again for a few seconds; after that the run stays
    // "running" with a heartbeat that goes stale, and is resumed as interrupted.
    const Result<void> paused = m_runs.finish(m_run.id, SyncRunState::Paused, m_counts, error.message);
    if (paused || attempt >= 6) {
        if (!paused) {
            qWarning("sia: the people sync could not record how it stopped: %s",
                qPrintable(paused.error().message));
        }
        end(error);
        return;
    }
    QTimer::singleShot(500, this, [this, error, attempt] { recordPause(error, attempt + 1); });
}

void InitialPeopleSync::Pass::end(Result<JobEnding> outcome)
{
    if (m_outcome) {
        return;
    }
    m_outcome = std::move(outcome);
    m_loop.quit();
}

InitialPeopleSync::InitialPeopleSync(
    MarketoConnection connection, OpportunityRoleSource* roles, InitialSyncOptions options)
    : m_connection(std::move(connection))
    , m_roles(roles)
    , m_options(std::move(options))
{ }

InitialPeopleSync::~InitialPeopleSync() = default;

Result<SyncCounts> InitialPeopleSync::applyBatch(PeopleWriter& writer, const QList<PersonRecord>& records)
{
    return writer.apply(records);
}

Result<JobEnding> InitialPeopleSync::run(Store& store, JobContext& context)
{
    Pass pass(*this, store, context);
    return pass.run();
}

} // namespace sia
