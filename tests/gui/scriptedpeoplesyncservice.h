// A PeopleSyncService whose answers a test gives: it records what the page asked (start, pause, cancel,
// the changes, the interval, the exports), keeps the callbacks of the slow questions (preview, dry run,
// export) until the test answers them, and emits the service's signals when the test says so — so that a
// page can be driven through every state of a run without an engine. Answers arrive queued, as the real
// service's do (they come from another thread).
#pragma once

#include "sync/peoplesyncservice.h"

#include <QMetaObject>

namespace sia::test {

class ScriptedPeopleSyncService : public PeopleSyncService
{
    Q_OBJECT

public:
    using PeopleSyncService::PeopleSyncService;

    // What the status and the history answer.
    PeopleSyncStatus statusAnswer;
    QList<SyncRun> historyAnswer;
    // Set: start() and syncChanges() refuse with it.
    std::optional<Error> refusal;

    // What the page asked.
    int previewsAsked = 0;
    int lastPreviewSamples = 0;
    int dryRunsAsked = 0;
    int starts = 0;
    int pauses = 0;
    int cancels = 0;
    int changesAsked = 0;
    int statusAsked = 0;
    QList<int> intervalsSet;
    QList<QPair<qint64, QString>> exportsAsked;

    // The callbacks waiting for the test's answer.
    Done<SyncPreview> pendingPreview;
    Done<EligibilityReport> pendingDryRun;
    Done<qint64> pendingExport;

    void preview(int samples, Done<SyncPreview> done) override
    {
        ++previewsAsked;
        lastPreviewSamples = samples;
        pendingPreview = std::move(done);
    }
    void dryRun(Done<EligibilityReport> done) override
    {
        ++dryRunsAsked;
        pendingDryRun = std::move(done);
    }
    Result<void> start() override
    {
        if (refusal) {
            return *refusal;
        }
        ++starts;
        return {};
    }
    void pause() override { ++pauses; }
    void cancel() override { ++cancels; }
    Result<void> syncChanges() override
    {
        if (refusal) {
            return *refusal;
        }
        ++changesAsked;
        return {};
    }
    bool isRunning() const override { return m_running; }

    void status(Done<PeopleSyncStatus> done) override
    {
        ++statusAsked;
        PeopleSyncStatus answer = statusAnswer;
        answer.running = m_running;
        later([done, answer] { done(answer); });
    }
    void history(int limit, Done<QList<SyncRun>> done) override
    {
        const QList<SyncRun> answer = historyAnswer.mid(0, limit);
        later([done, answer] { done(answer); });
    }
    void exportErrors(qint64 runId, const QString& file, Done<qint64> done) override
    {
        exportsAsked.append({ runId, file });
        pendingExport = std::move(done);
    }
    void setIncrementalInterval(int minutes, Done<void> done) override
    {
        intervalsSet.append(minutes);
        statusAnswer.incrementalIntervalMinutes = minutes;
        later([done] { done(Result<void>()); });
    }

    // The run begins (as the engine says once its job is on its thread).
    void beginRun(const SyncRun& run)
    {
        m_running = true;
        emit runningChanged(true);
        emit runStarted(run);
    }
    void report(const SyncProgress& progress) { emit progressChanged(progress); }
    // The run ends in run.state (paused, completed, failed, cancelled).
    void endRun(const SyncRun& run)
    {
        m_running = false;
        emit runFinished(run);
        emit runningChanged(false);
    }

private:
    template<typename F> void later(F f)
    {
        QMetaObject::invokeMethod(this, std::move(f), Qt::QueuedConnection);
    }

    bool m_running = false;
};

} // namespace sia::test
