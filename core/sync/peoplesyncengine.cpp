#include "sync/peoplesyncengine.h"

#include "marketo/marketoclient.h"
#include "marketo/marketoconnectionservice.h"
#include "settings/settingsrepository.h"
#include "store/storerunner.h"
#include "sync/dryrunjob.h"
#include "sync/incrementalpeoplesync.h"
#include "sync/peoplerepository.h"
#include "sync/syncpreviewreader.h"
#include "sync/syncrunrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>

namespace sia {

PeopleSyncEngine::PeopleSyncEngine(StoreOptions storeOptions, StoreRunner& store,
    MarketoConnectionService& marketo, OpportunityRoleSource* roles, PeopleSyncEngineOptions options,
    QObject* parent)
    : PeopleSyncService(parent)
    , m_storeOptions(storeOptions)
    , m_store(store)
    , m_marketo(marketo)
    , m_roles(roles)
    , m_options(std::move(options))
    , m_runner(std::move(storeOptions))
{
    if (m_options.filesDirectory.isEmpty()) {
        m_options.filesDirectory = defaultFilesDirectory(m_storeOptions);
    }
    connect(&m_runner, &LongJobRunner::progress, this, &PeopleSyncEngine::onProgress);
    connect(&m_runner, &LongJobRunner::finished, this, &PeopleSyncEngine::onFinished);
    connect(&m_schedule, &QTimer::timeout, this, &PeopleSyncEngine::onScheduleTick);

    // The schedule needs the admin's interval and whether the last initial run completed.
    struct Schedule
    {
        int minutes = 0;
        bool initialCompleted = false;
    };
    m_store.run<Schedule>(
        [](Store& store) -> Result<Schedule> {
            Result<qlonglong> minutes
                = SettingsRepository(store).get<qlonglong>(SettingKey::PeopleSyncIntervalMinutes);
            if (!minutes) {
                return minutes.error();
            }
            Result<std::optional<SyncRun>> initial = SyncRunRepository(store).latest(SyncKind::PeopleInitial);
            if (!initial) {
                return initial.error();
            }
            return Schedule { int(*minutes),
                initial->has_value() && (*initial)->state == SyncRunState::Completed };
        },
        this,
        [this](Result<Schedule> schedule) {
            if (!schedule) {
                // Only the schedule is missing: syncChanges() and status() still work and say what fails.
                qWarning("sia: the people sync's schedule could not be read: %s",
                    qPrintable(schedule.error().message));
                return;
            }
            if (m_intervalMinutes < 0) { // not set meanwhile
                m_intervalMinutes = schedule->minutes;
            }
            if (!m_initialCompleted) { // no run ended meanwhile
                m_initialCompleted = schedule->initialCompleted;
            }
            reschedule();
        });
}

PeopleSyncEngine::~PeopleSyncEngine() = default;

QString PeopleSyncEngine::defaultFilesDirectory(const StoreOptions& options)
{
    // Beside the database, so that a copy of the data directory carries an interrupted sync's files; a
    // server's database has no folder here: this machine's application data then.
    const QString base = options.databaseUrl.isEmpty()
        ? QFileInfo(options.databasePath).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QDir(base).filePath(QStringLiteral("sync"));
}

Error PeopleSyncEngine::notAvailable() const
{
    return Error::environment(QStringLiteral("sync.not-available"),
        tr("This part of the people sync is not available in this build yet."));
}

InitialSyncOptions PeopleSyncEngine::jobOptions() const
{
    InitialSyncOptions options;
    options.filesDirectory = m_options.filesDirectory;
    options.actor = m_options.actor;
    options.batchSize = m_options.batchSize;
    options.exports = m_options.exports;
    options.oldestPerson = m_options.oldestPerson;
    options.stop = m_stop;
    options.budget = m_marketo.budgetGate();
    return options;
}

void PeopleSyncEngine::withConnection(std::function<void(Result<MarketoConnection>)> done)
{
    m_marketo.withClient([done = std::move(done)](Result<MarketoClient*> client) {
        if (!client) {
            done(client.error());
            return;
        }
        // A copy for the job's own client on its own thread: the service's client stays on this one.
        done((*client)->connection());
    });
}

void PeopleSyncEngine::setStarting(bool starting)
{
    const bool before = isRunning();
    m_starting = starting;
    if (starting) {
        m_stopWhenStarted.reset();
    }
    if (isRunning() != before) {
        emit runningChanged(isRunning());
    }
}

void PeopleSyncEngine::applyPendingStop()
{
    if (m_stopWhenStarted) {
        m_stop->cancel = *m_stopWhenStarted;
        m_runner.cancel();
        m_stopWhenStarted.reset();
    }
}

void PeopleSyncEngine::preview(int samples, Done<SyncPreview> done)
{
    // The reader lives as long as its one read: the client it reads through belongs to the connection
    // service and stays valid until the connection changes, which a read of about a second does not outlast
    // in practice; if the admin reconnects meanwhile, the service's replaced client abandons the calls.
    m_marketo.withClient([this, samples, done = std::move(done)](Result<MarketoClient*> client) mutable {
        if (!client) {
            done(client.error());
            return;
        }
        auto* reader = new SyncPreviewReader(**client, m_options.salesforce, this);
        reader->read(samples, [reader, done = std::move(done)](Result<SyncPreview> preview) {
            reader->deleteLater();
            done(std::move(preview));
        });
    });
}

void PeopleSyncEngine::dryRun(Done<EligibilityReport> done)
{
    if (isRunning()) {
        QTimer::singleShot(0, this, [done = std::move(done)] {
            done(Error::rule(QStringLiteral("sync.already-running"),
                tr("A people sync or a dry run is already running. Wait for it to finish, or pause it, "
                   "then start the dry run again.")));
        });
        return;
    }
    setStarting(true);
    withConnection([this, done = std::move(done)](Result<MarketoConnection> connection) mutable {
        if (!connection) {
            setStarting(false);
            done(connection.error());
            return;
        }
        m_stop = std::make_shared<SyncStopRequest>();
        m_report = std::make_shared<EligibilityReport>();
        Result<void> started = m_runner.start(
            std::make_unique<DryRunJob>(std::move(*connection), m_roles, jobOptions(), m_report));
        m_starting = false;
        if (!started) {
            emit runningChanged(false);
            done(started.error());
            return;
        }
        m_dryRunning = true;
        m_dryRunDone = std::move(done);
        applyPendingStop();
    });
}

Result<void> PeopleSyncEngine::start()
{
    if (isRunning()) {
        return Error::rule(QStringLiteral("sync.already-running"),
            tr("The people sync is already running. Pause or cancel it first."));
    }
    setStarting(true);
    withConnection([this](Result<MarketoConnection> connection) {
        Result<void> started = connection.ok() ? Result<void>() : Result<void>(connection.error());
        if (started) {
            m_stop = std::make_shared<SyncStopRequest>();
            m_runId = 0;
            m_runKind = SyncKind::PeopleInitial;
            started = m_runner.start(
                std::make_unique<InitialPeopleSync>(std::move(*connection), m_roles, jobOptions()));
        }
        m_starting = false;
        if (started) {
            applyPendingStop();
        } else {
            refuse(SyncKind::PeopleInitial, started.error());
        }
    });
    return {};
}

void PeopleSyncEngine::refuse(SyncKind kind, const Error& why)
{
    SyncRun refused;
    refused.kind = kind;
    refused.state = SyncRunState::Failed;
    refused.startedBy = m_options.actor;
    refused.startedAt = QDateTime::currentDateTimeUtc();
    refused.finishedAt = refused.startedAt;
    refused.message = why.message;
    emit runningChanged(false);
    emit runFinished(refused);
}

void PeopleSyncEngine::pause()
{
    if (m_starting) {
        m_stopWhenStarted = m_stopWhenStarted.value_or(false);
        return;
    }
    if (m_runner.isRunning()) {
        m_stop->cancel = false;
        m_runner.cancel();
    }
}

void PeopleSyncEngine::cancel()
{
    if (m_starting) {
        m_stopWhenStarted = true;
        return;
    }
    if (m_runner.isRunning()) {
        m_stop->cancel = true;
        m_runner.cancel();
        return;
    }
    // A paused or interrupted run ends cancelled; what it committed stays.
    m_store.run<std::optional<SyncRun>>(
        [](Store& store) -> Result<std::optional<SyncRun>> {
            SyncRunRepository runs(store);
            Result<std::optional<SyncRun>> open = runs.unfinished(SyncKind::PeopleInitial);
            if (!open || !open->has_value()) {
                return open;
            }
            Result<void> done = store.transaction([&]() -> Result<void> {
                if (Result<void> ended = runs.finish((*open)->id, SyncRunState::Cancelled, (*open)->counts);
                    !ended) {
                    return ended;
                }
                return runs.clearCheckpoint(QString::fromLatin1(InitialPeopleSync::stream));
            });
            if (!done) {
                return done.error();
            }
            return runs.run((*open)->id);
        },
        this,
        [this](Result<std::optional<SyncRun>> ended) {
            if (ended && ended->has_value()) {
                noteInitial(**ended);
                emit runFinished(**ended);
            }
        });
}

Result<void> PeopleSyncEngine::syncChanges()
{
    if (isRunning()) {
        return Error::rule(QStringLiteral("sync.already-running"),
            tr("A people sync or a dry run is already running. Wait for it to finish, then sync the "
               "changes."));
    }
    if (m_initialCompleted == false) {
        return IncrementalPeopleSync::initialNotDone();
    }
    // Not known yet (the store has not answered since construction): the job itself refuses then, and
    // runFinished says why.
    setStarting(true);
    withConnection([this](Result<MarketoConnection> connection) {
        Result<void> started = connection.ok() ? Result<void>() : Result<void>(connection.error());
        if (started) {
            m_stop = std::make_shared<SyncStopRequest>();
            m_runId = 0;
            m_runKind = SyncKind::PeopleIncremental;
            auto job
                = std::make_unique<IncrementalPeopleSync>(std::move(*connection), m_roles, m_options.actor);
            job->setBudgetGate(m_marketo.budgetGate()); // counted against the admin's cap, as the initial's
            started = m_runner.start(std::move(job));
        }
        m_starting = false;
        if (started) {
            applyPendingStop();
        } else {
            refuse(SyncKind::PeopleIncremental, started.error());
        }
    });
    return {};
}

void PeopleSyncEngine::noteInitial(const SyncRun& run)
{
    if (run.kind != SyncKind::PeopleInitial || run.id <= 0) {
        return; // an incremental run, or an initial one that never began: the last initial run stands
    }
    m_initialCompleted = run.state == SyncRunState::Completed;
    reschedule();
}

void PeopleSyncEngine::reschedule()
{
    if (m_intervalMinutes <= 0 || m_initialCompleted != true) {
        m_schedule.stop();
        m_nextIncrementalAt = {};
        return;
    }
    const std::chrono::milliseconds tick
        = m_options.incrementalTick.value_or(std::chrono::minutes(m_intervalMinutes));
    m_schedule.start(tick);
    m_nextIncrementalAt = QDateTime::currentDateTimeUtc().addMSecs(tick.count());
}

void PeopleSyncEngine::onScheduleTick()
{
    m_nextIncrementalAt = QDateTime::currentDateTimeUtc().addMSecs(m_schedule.intervalAsDuration().count());
    if (isRunning()) {
        return; // the initial run, a dry run or the last changes still go: the next tick tries again
    }
    if (Result<void> started = syncChanges(); !started) {
        qWarning("sia: the scheduled people changes did not start: %s", qPrintable(started.error().message));
    }
}

void PeopleSyncEngine::onProgress(const JobProgress& progress)
{
    const SyncProgress sync = SyncProgress::fromJson(progress.detail);
    if (!m_dryRunning && sync.runId > 0 && m_runId != sync.runId) {
        m_runId = sync.runId;
        SyncRun run;
        run.id = sync.runId;
        run.kind = m_runKind;
        run.state = SyncRunState::Running;
        run.startedBy = m_options.actor;
        run.startedAt = QDateTime::currentDateTimeUtc();
        run.counts = sync.counts;
        if (m_runKind == SyncKind::PeopleInitial) {
            noteInitial(run); // a new initial run: no changes follow until it has completed
        }
        emit runStarted(run);
    }
    emit progressChanged(sync);
}

void PeopleSyncEngine::onFinished(const Result<JobEnding>& outcome)
{
    if (m_dryRunning) {
        m_dryRunning = false;
        auto done = std::move(m_dryRunDone);
        emit runningChanged(false);
        if (!outcome) {
            done(outcome.error());
        } else if (*outcome == JobEnding::Cancelled) {
            done(Error::rule(QStringLiteral("sync.dry-run-stopped"),
                tr("The dry run was stopped before it finished; start it again for a full report.")));
        } else {
            done(*m_report);
        }
        return;
    }
    const qint64 runId = m_runId;
    const SyncKind kind = m_runKind;
    if (kind == SyncKind::PeopleIncremental && runId <= 0 && !outcome) {
        // The job refused before it began a run (no initial sync completed, in another process perhaps).
        if (outcome.error().code == IncrementalPeopleSync::initialNotDone().code) {
            m_initialCompleted = false;
            reschedule();
        }
        refuse(kind, outcome.error());
        return;
    }
    const QString failure = outcome ? QString() : outcome.error().message;
    m_finishing = true; // until runFinished: a syncChanges() now would not yet know how this run ended
    m_store.run<std::optional<SyncRun>>(
        [runId, kind](Store& store) -> Result<std::optional<SyncRun>> {
            SyncRunRepository runs(store);
            return runId > 0 ? runs.run(runId) : runs.latest(kind);
        },
        this,
        [this, failure](Result<std::optional<SyncRun>> run) {
            m_finishing = false;
            emit runningChanged(false);
            SyncRun ended;
            if (run && run->has_value()) {
                ended = **run;
            } else {
                ended.state = SyncRunState::Failed;
            }
            if (ended.message.isEmpty()) {
                ended.message = failure;
            }
            noteInitial(ended);
            emit runFinished(ended);
        });
}

void PeopleSyncEngine::status(Done<PeopleSyncStatus> done)
{
    const bool running = isRunning();
    m_store.run<PeopleSyncStatus>(
        [running](Store& store) -> Result<PeopleSyncStatus> {
            SyncRunRepository runs(store);
            PeopleSyncStatus status;
            status.running = running;
            Result<qlonglong> minutes
                = SettingsRepository(store).get<qlonglong>(SettingKey::PeopleSyncIntervalMinutes);
            if (!minutes) {
                return minutes.error();
            }
            status.incrementalIntervalMinutes = int(*minutes);
            Result<std::optional<SyncRun>> initial = runs.latest(SyncKind::PeopleInitial);
            if (!initial) {
                return initial.error();
            }
            status.initial = *initial;
            Result<std::optional<SyncRun>> incremental = runs.latest(SyncKind::PeopleIncremental);
            if (!incremental) {
                return incremental.error();
            }
            status.incremental = *incremental;
            if (!running) {
                Result<std::optional<SyncRun>> open = runs.unfinished(SyncKind::PeopleInitial);
                if (!open) {
                    return open.error();
                }
                status.resumable = open->has_value();
            }
            Result<PeopleCounts> counts = PeopleRepository(store).counts();
            if (!counts) {
                return counts.error();
            }
            status.people = counts->total;
            status.eligiblePeople = counts->eligible;
            return status;
        },
        this,
        [this, done = std::move(done)](Result<PeopleSyncStatus> status) {
            if (status) {
                // Another process (the command line) may have completed an initial run or set the interval
                // since this one last looked: the schedule follows what the store says now.
                const bool completed = status->initial && status->initial->state == SyncRunState::Completed;
                if (!isRunning()
                    && (m_initialCompleted != completed
                        || m_intervalMinutes != status->incrementalIntervalMinutes)) {
                    m_initialCompleted = completed;
                    m_intervalMinutes = status->incrementalIntervalMinutes;
                    reschedule();
                }
                status->nextIncrementalAt = m_nextIncrementalAt; // as the schedule stands when it answers
            }
            done(std::move(status));
        });
}

void PeopleSyncEngine::history(int limit, Done<QList<SyncRun>> done)
{
    m_store.run<QList<SyncRun>>(
        [limit](Store& store) -> Result<QList<SyncRun>> { return SyncRunRepository(store).history(limit); },
        this, std::move(done));
}

void PeopleSyncEngine::exportErrors(qint64 runId, const QString& file, Done<qint64> done)
{
    m_store.run<qint64>(
        [runId, file](Store& store) -> Result<qint64> {
            QFile out(file);
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
                return Error::environment(QStringLiteral("sync.export-file"),
                    tr("The file %1 cannot be written (%2). Choose another folder and export again.")
                        .arg(file, out.errorString()));
            }
            Result<qint64> rows = SyncRunRepository(store).exportErrorsCsv(runId, out);
            if (!out.flush()) {
                return Error::environment(QStringLiteral("sync.export-file"),
                    tr("The file %1 cannot be written (%2). Choose another folder and export again.")
                        .arg(file, out.errorString()));
            }
            return rows;
        },
        this, std::move(done));
}

void PeopleSyncEngine::setIncrementalInterval(int minutes, Done<void> done)
{
    // The setting's definition checks the range (0 to a day) and says what is allowed.
    m_store.run<bool>(
        [minutes, actor = m_options.actor](Store& store) -> Result<bool> {
            if (Result<void> saved = SettingsRepository(store).set(
                    SettingKey::PeopleSyncIntervalMinutes, QVariant(qlonglong(minutes)), actor);
                !saved) {
                return saved.error();
            }
            return true;
        },
        this,
        [this, minutes, done = std::move(done)](Result<bool> saved) {
            if (!saved) {
                done(saved.error());
                return;
            }
            m_intervalMinutes = minutes;
            reschedule();
            done({});
        });
}

} // namespace sia
