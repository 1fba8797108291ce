#include "cli/syncrunactions.h"

#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "cli/texttable.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <climits>

namespace sia {

namespace {

// A person reads a line a second at most; a script gets every report
// (--json-progress).
constexpr qint64 textLineIntervalMs = 1000;

QJsonArray reasonsJson(const QList<ReasonCount>& reasons)
{
    QJsonArray array;
    for (const ReasonCount& reason : reasons) {
        array.append(QJsonObject { { QStringLiteral("code"), reason.code },
            { QStringLiteral("text"), reason.text }, { QStringLiteral("count"), reason.count } });
    }
    return array;
}

} // namespace

// progress text
// --------------------------------------------------------------------------------------

QString SyncProgressText::phase(SyncPhase phase)
{
    switch (phase) {
    case SyncPhase::Preparing:
        return tr("Preparing");
    case SyncPhase::Extracting:
        return tr("Marketo is extracting");
    case SyncPhase::Downloading:
        return tr("Downloading");
    case SyncPhase::Applying:
        return tr("Applying");
    case SyncPhase::Opportunities:
        return tr("Reading the opportunities");
    case SyncPhase::Changes:
        return tr("Reading the changes");
    case SyncPhase::TaskImport:
        return tr("Importing Salesforce's tasks");
    case SyncPhase::TaskPush:
        return tr("Sending the changes to Salesforce");
    case SyncPhase::TaskDeletions:
        return tr("Applying Salesforce's deletions");
    case SyncPhase::Logging:
        return tr("Logging sales activity");
    case SyncPhase::Finishing:
        return tr("Finishing");
    }
    return {};
}

bool SyncProgressText::isWaitingForExport(const SyncProgress& progress)
{
    // Every row of the files so far is in, and windows remain: the run waits for Marketo's next file, and
    // "Applying" would only repeat the same count.
    return progress.phase == SyncPhase::Applying && progress.counts.total >= 0
        && progress.counts.processed >= progress.counts.total && progress.windowsDone < progress.windowsTotal;
}

QString SyncProgressText::line(const SyncProgress& progress)
{
    const QLocale locale;
    const bool waiting = isWaitingForExport(progress);
    const QString stage = waiting ? tr("Waiting for Marketo's next export file") : phase(progress.phase);
    QString text = progress.counts.total >= 0
        //: %1 the phase, %2 people processed, %3 of how many
        ? tr("%1: %2 of %3 people")
              .arg(stage, locale.toString(progress.counts.processed), locale.toString(progress.counts.total))
        //: %1 the phase, %2 people processed
        : tr("%1: %2 people").arg(stage, locale.toString(progress.counts.processed));
    // A rate that rounds to nothing says nothing, and an ETA is only worth showing while rows are being
    // written at a rate worth the name: not while the run waits for an export, and never beside a rate of 0.
    const qint64 rate = qRound64(progress.peoplePerSecond);
    if (rate < 1 || waiting) {
        return text;
    }
    //: %Ln people per second
    text += QLatin1Char(' ') + tr("(%Ln people a second)", nullptr, int(std::min<qint64>(rate, INT_MAX)));
    if (progress.etaSeconds && progress.phase == SyncPhase::Applying
        && progress.counts.processed < progress.counts.total) {
        const qint64 minutes = std::max<qint64>(1, (*progress.etaSeconds + 59) / 60);
        text += QLatin1Char(' ')
            + tr("about %n minutes left", nullptr, int(std::min<qint64>(minutes, INT_MAX)));
    }
    return text;
}

// start, resume, changes
// -----------------------------------------------------------------------------

SyncRunAction::SyncRunAction(SyncCommand& command, Mode mode)
    : m_command(command)
    , m_mode(mode)
{ }

Result<void> SyncRunAction::configure(const QCommandLineParser& parser)
{
    m_jsonProgress = parser.isSet(QStringLiteral("json-progress"));
    return {};
}

void SyncRunAction::start(CliContext& context)
{
    Result<PeopleSyncService*> engine = m_command.engine(context);
    if (!engine) {
        context.finish(engine.error());
        return;
    }
    PeopleSyncService& sync = **engine;
    QObject::connect(&sync, &PeopleSyncService::progressChanged, &context,
        [this, &context](const SyncProgress& progress) { onProgress(context, progress); });
    QObject::connect(&sync, &PeopleSyncService::runStarted, &context, [this, &context](const SyncRun& run) {
        m_begun = true;
        if (!m_jsonProgress) {
            context.output().line(run.counts.processed > 0
                    //: %1 the run, %2 people already in
                    ? tr("Resuming run %1 from its checkpoint (%2 people already "
                         "in).")
                          .arg(QString::number(run.id), QLocale().toString(run.counts.processed))
                    : tr("Run %1 started.").arg(run.id));
            context.output().flush();
        }
    });
    QObject::connect(&sync, &PeopleSyncService::runFinished, &context,
        [this, &context](const SyncRun& run) { onFinished(context, run); });
    QObject::connect(&context, &CliContext::cancelRequested, &context, [this, &context, &sync] {
        // Ctrl-C: the run stops at its next checkpoint (a batch
        // boundary, within a second) and says so through
        // runFinished(paused); nothing committed is lost, and
        // resume goes on from there.
        m_pausing = true;
        if (!m_jsonProgress) {
            context.output().error(tr("Pausing at the next checkpoint…"));
            context.output().flush();
        }
        if (m_mode == Mode::Changes) {
            sync.cancel();
        } else {
            sync.pause();
        }
    });
    if (m_mode != Mode::Resume) {
        begin(context, sync);
        return;
    }
    // Resume only what can be resumed: start() would otherwise begin a new
    // initial sync.
    sync.status([this, &context, &sync](Result<PeopleSyncStatus> status) {
        if (!status) {
            context.finish(status.error());
            return;
        }
        if (!status->resumable) {
            context.finish(Error::rule(QStringLiteral("sync.nothing-to-resume"),
                status->initial && status->initial->state == SyncRunState::Completed
                    ? tr("The initial people sync completed: there is nothing to "
                         "resume. Follow the changes "
                         "with: sia-admin sync changes")
                    : tr("There is no paused or interrupted people sync to resume. "
                         "Start one with: sia-admin "
                         "sync start")));
            return;
        }
        begin(context, sync);
    });
}

void SyncRunAction::begin(CliContext& context, PeopleSyncService& engine)
{
    Result<void> started = m_mode == Mode::Changes ? engine.syncChanges() : engine.start();
    if (!started) {
        context.finish(started.error());
    }
}

void SyncRunAction::onProgress(CliContext& context, const SyncProgress& progress)
{
    if (m_jsonProgress) {
        // One object a line, flushed at once, so that a reading script sees each as
        // it happens.
        context.output().line(
            QString::fromUtf8(QJsonDocument(progress.toJson()).toJson(QJsonDocument::Compact)));
        context.output().flush();
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_lastPhase == progress.phase && now - m_lastLineAt < textLineIntervalMs) {
        return;
    }
    const QString line = SyncProgressText::line(progress);
    if (line == m_lastLine) {
        return; // nothing moved (a file downloading while the rows so far are in): say it once
    }
    m_lastPhase = progress.phase;
    m_lastLineAt = now;
    m_lastLine = line;
    context.output().line(line);
    context.output().flush();
}

void SyncRunAction::onFinished(CliContext& context, const SyncRun& run)
{
    CliOutput& output = context.output();
    const QString counts = SyncText::countsLine(run.counts);
    switch (run.state) {
    case SyncRunState::Completed:
        if (!m_jsonProgress) {
            output.line(tr("Run %1 completed: %2.").arg(QString::number(run.id), counts));
        }
        context.finish({});
        return;
    case SyncRunState::Paused:
    case SyncRunState::Interrupted:
        if (m_pausing) {
            // Ends as interrupted (exit 130): the message says where it stands and
            // how to go on.
            context.finish(Error::environment(QStringLiteral("sync.paused"),
                tr("The people sync is paused at its last checkpoint (run %1: %2). "
                   "Nothing committed is lost; "
                   "resume it with: sia-admin sync resume")
                    .arg(QString::number(run.id), counts)));
        } else {
            // Paused by itself (the daily export quota, for example): the message
            // says why and until when.
            context.finish(Error::environment(QStringLiteral("sync.paused"),
                tr("The people sync paused (run %1: %2): %3 Resume it with: "
                   "sia-admin sync resume")
                    .arg(QString::number(run.id), counts, run.message)));
        }
        return;
    case SyncRunState::Cancelled:
        context.finish(m_pausing
                ? CliContext::interruptedError()
                : Error::environment(QStringLiteral("sync.cancelled"),
                    tr("The sync was cancelled (run %1: %2).").arg(QString::number(run.id), counts)));
        return;
    case SyncRunState::Failed:
        context.finish(Error::environment(QStringLiteral("sync.failed"),
            run.id > 0
                ? tr("The sync stopped (run %1: %2): %3").arg(QString::number(run.id), counts, run.message)
                : run.message));
        return;
    case SyncRunState::Running:
        return; // not an end
    }
}

// dry run
// --------------------------------------------------------------------------------------------

SyncDryRunAction::SyncDryRunAction(SyncCommand& command)
    : m_command(command)
{ }

Result<void> SyncDryRunAction::configure(const QCommandLineParser& parser)
{
    m_json = parser.isSet(QStringLiteral("json"));
    return {};
}

void SyncDryRunAction::start(CliContext& context)
{
    Result<PeopleSyncService*> engine = m_command.engine(context);
    if (!engine) {
        context.finish(engine.error());
        return;
    }
    PeopleSyncService& sync = **engine;
    // Progress goes to standard error, so that --json's standard output stays one
    // document.
    QObject::connect(
        &sync, &PeopleSyncService::progressChanged, &context, [this, &context](const SyncProgress& p) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            if (now - m_lastLineAt >= textLineIntervalMs) {
                m_lastLineAt = now;
                context.output().error(SyncProgressText::line(p));
                context.output().flush();
            }
        });
    QObject::connect(&context, &CliContext::cancelRequested, &context, [&context, &sync] {
        sync.cancel(); // a dry run writes nothing: stopping it loses nothing
        context.finish(CliContext::interruptedError());
    });
    sync.dryRun([this, &context](Result<EligibilityReport> report) {
        if (!report) {
            context.finish(report.error());
            return;
        }
        if (m_json) {
            context.output().json(QJsonDocument(toJson(*report)));
        } else {
            print(*report, context.output());
        }
        context.finish({});
    });
}

QJsonObject SyncDryRunAction::toJson(const EligibilityReport& report)
{
    QJsonArray examples;
    for (const DuplicateEmail& duplicate : report.duplicateExamples) {
        QJsonArray ids;
        for (const qint64 id : duplicate.marketoIds) {
            ids.append(id);
        }
        examples.append(QJsonObject { { QStringLiteral("email"), duplicate.email },
            { QStringLiteral("count"), duplicate.count }, { QStringLiteral("marketoIds"), ids } });
    }
    return { { QStringLiteral("scanned"), report.scanned }, { QStringLiteral("eligible"), report.eligible },
        { QStringLiteral("excluded"), reasonsJson(report.excluded) },
        { QStringLiteral("warnings"), reasonsJson(report.warnings) },
        { QStringLiteral("duplicateEmails"), report.duplicateEmails },
        { QStringLiteral("peopleWithDuplicateEmail"), report.peopleWithDuplicateEmail },
        { QStringLiteral("duplicateExamples"), examples },
        { QStringLiteral("wouldDo"), SyncText::toJson(report.wouldDo) } };
}

void SyncDryRunAction::print(const EligibilityReport& report, CliOutput& output)
{
    const QLocale locale;
    output.line(tr("Dry run of the people sync (nothing was written):"));
    //: %1 people scanned, %2 of them eligible
    output.line(tr("%1 people in Marketo, %2 of them eligible (with a Sales Owner).")
                    .arg(locale.toString(report.scanned), locale.toString(report.eligible)));
    for (const ReasonCount& reason : report.excluded) {
        //: %1 how many, %2 why
        output.line(
            QStringLiteral("  ") + tr("excluded: %1 — %2").arg(locale.toString(reason.count), reason.text));
    }
    for (const ReasonCount& warning : report.warnings) {
        output.line(
            QStringLiteral("  ") + tr("warning: %1 — %2").arg(locale.toString(warning.count), warning.text));
    }
    if (report.duplicateEmails > 0) {
        //: %1 distinct emails, %2 people holding them
        output.line(tr("%1 email addresses are shared by %2 eligible people. "
                       "Actions keeps them as separate "
                       "records, as Marketo does; clean them up in Marketo first "
                       "if they are one person.")
                        .arg(locale.toString(report.duplicateEmails),
                            locale.toString(report.peopleWithDuplicateEmail)));
        for (const DuplicateEmail& duplicate : report.duplicateExamples) {
            QStringList ids;
            for (const qint64 id : duplicate.marketoIds) {
                ids.append(QString::number(id));
            }
            //: %1 the email, %2 how many people, %3 some of their Marketo IDs
            output.line(QStringLiteral("  ")
                + tr("%1: %2 people (Marketo IDs %3)")
                      .arg(
                          duplicate.email, locale.toString(duplicate.count), ids.join(QStringLiteral(", "))));
        }
    } else {
        output.line(tr("No two eligible people share an email address."));
    }
    const SyncCounts& c = report.wouldDo;
    //: %1 created, %2 updated, %3 unchanged, %4 skipped
    output.line(tr("A sync now would create %1, update %2, leave %3 unchanged "
                   "and skip %4.")
                    .arg(locale.toString(c.created), locale.toString(c.updated), locale.toString(c.unchanged),
                        locale.toString(c.skipped)));
}

} // namespace sia
