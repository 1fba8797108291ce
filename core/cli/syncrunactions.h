// The `sync` actions that run the people sync's engine (PeopleSyncService):
// `dry-run [--json]`, `start
// [--json-progress]`, `resume [--json-progress]` and `changes`. Each follows
// its run to the end on the command line's event loop; with --json-progress
// every progress report is one JSON object on a line of its own
// (SyncProgress::toJson), for a script to read as it comes; Ctrl-C asks the run
// to pause at its next checkpoint and the command ends with exit 130, saying
// how to resume.
#pragma once

#include "cli/synccommands.h"

#include <QCoreApplication>

#include <optional>

namespace sia {

class SyncRunAction final : public SyncAction
{
    Q_DECLARE_TR_FUNCTIONS(sia::SyncCommand)

public:
    enum class Mode
    {
        Start,
        Resume,
        Changes
    };

    SyncRunAction(SyncCommand& command, Mode mode);
    StoreAccess storeAccess() const override { return StoreAccess::Write; }
    Result<void> configure(const QCommandLineParser& parser) override;
    void start(CliContext& context) override;

private:
    void begin(CliContext& context, PeopleSyncService& engine);
    void onProgress(CliContext& context, const SyncProgress& progress);
    void onFinished(CliContext& context, const SyncRun& run);

    SyncCommand& m_command;
    Mode m_mode;
    bool m_jsonProgress = false;
    bool m_pausing = false; // Ctrl-C asked the run to pause
    bool m_begun = false; // the engine said the run started (runStarted)
    qint64 m_lastLineAt = 0;
    std::optional<SyncPhase> m_lastPhase;
    QString m_lastLine; // the last text line printed: the same line is not printed twice in a row
};

class SyncDryRunAction final : public SyncAction
{
    Q_DECLARE_TR_FUNCTIONS(sia::SyncCommand)

public:
    explicit SyncDryRunAction(SyncCommand& command);
    StoreAccess storeAccess() const override { return StoreAccess::Read; }
    Result<void> configure(const QCommandLineParser& parser) override;
    void start(CliContext& context) override;

    static QJsonObject toJson(const EligibilityReport& report);
    static void print(const EligibilityReport& report, CliOutput& output);

private:
    SyncCommand& m_command;
    bool m_json = false;
    qint64 m_lastLineAt = 0;
};

// The words of a run's progress, for a person reading the terminal.
class SyncProgressText
{
    Q_DECLARE_TR_FUNCTIONS(sia::SyncCommand)

public:
    static QString phase(SyncPhase phase);
    // One line: the phase (or that the run waits for Marketo's next export file), processed of total, the
    // rate once it is at least one a second, and an ETA only beside such a rate while rows are written.
    static QString line(const SyncProgress& progress);
    static bool isWaitingForExport(const SyncProgress& progress);
};

} // namespace sia
