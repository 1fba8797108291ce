// Drives the initial sync's export windows through Marketo's bulk lead extract, ahead of the rows being
// applied: creates and enqueues jobs (a few windows ahead of the apply cursor, within the vendor's 2
// processing and 10 queued+processing, and a small cap of files on disk), polls each job's status with an
// interval that grows to the vendor's once a minute, downloads each file to <dir>/<exportId>.csv.part with
// Range resume after an interruption or a short body, verifies its SHA-256 and renames it; a job that
// Failed, was cancelled elsewhere, or whose file expired or went missing is made again for the same
// window; 1029 with a full queue waits, 1029 for the daily export quota stops with a message that says
// when it resets. Runs on its owner's thread (the long job's event loop); the owner applies files in
// window order and calls markApplied. The windows are the checkpoint: changed() says when to save them.
#pragma once

#include "common/result.h"
#include "sync/exportwindowplan.h"

#include <QCoreApplication>
#include <QObject>
#include <QStringList>

#include <chrono>
#include <functional>

namespace sia {

class MarketoClient;

struct BulkExportOptions
{
    QString directory; // where the files go (<data dir>/sync)
    QStringList fields; // the REST names to export
    std::chrono::milliseconds firstPoll { 5000 }; // after an enqueue that did not complete at once
    std::chrono::milliseconds maxPoll { 60000 }; // the vendor: at most about once a minute
    std::chrono::milliseconds retryWait { 60000 }; // a full queue (1029), a download that keeps failing
    int windowsAhead = 6; // jobs exported or downloaded ahead of the apply cursor (files on disk among them)
    // Ours queued or processing at once. Marketo processes two at a time; two more waiting in its queue (of
    // ten, shared with the subscription's other integrations) start the moment a slot frees, instead of
    // after our next poll. Measured with the vendor's delays (sia-people-sync-bench --throttled, README):
    // the slots were busy 94 % of the run with 4 (and 6 ahead), 83 % with 2 (and 4 ahead).
    int maxEnqueued = 4;
    int maxAttempts = 5; // a download, a status or a create in a row, before the run stops
};

class BulkExportPipeline : public QObject
{
    Q_OBJECT

public:
    BulkExportPipeline(MarketoClient& client, BulkExportOptions options, QList<ExportWindow> windows,
        QObject* parent = nullptr);

    void start();
    // Stops asking Marketo anything; with cancelJobs, our queued or processing jobs are cancelled (done
    // runs when Marketo answered, or after at most timeout).
    void stop();
    void cancelJobs(std::chrono::milliseconds timeout, std::function<void()> done);

    const QList<ExportWindow>& windows() const { return m_windows; }
    // The first window not applied yet (windows().size() once all are).
    int cursor() const;
    bool isReady(int index) const { return m_windows.at(index).state == ExportWindow::State::Downloaded; }
    QString filePath(int index) const;
    // The owner applied rows of the window up to offset (its checkpoint), or all of them.
    void setAppliedOffset(int index, qint64 offset) { m_windows[index].appliedOffset = offset; }
    void markApplied(int index); // the file is deleted
    // A file that could not be parsed: it is downloaded again (the job may be made again).
    void redownload(int index);
    bool isFinished() const { return cursor() >= m_windows.size(); }

    qint64 bytesDownloaded() const { return m_downloadedBytes; }
    qint64 bytesTotal() const { return m_downloadTotal; }
    qint64 callsMade() const { return m_calls; }
    qint64 peopleInFiles() const; // numberOfRecords of the windows completed so far

signals:
    void windowReady(int index);
    void changed(); // the windows changed (a job made, a file verified): save the checkpoint
    void failed(const sia::Error& error); // a fault it cannot get past: stop at the last checkpoint
    void progress(); // bytes of a download

private:
    struct Runtime
    {
        bool busy = false; // a call for this window is out
        bool pollScheduled = false;
        std::chrono::milliseconds pollInterval { 0 };
        int attempts = 0;
        int checksumFailures = 0;
    };

    void pump();
    void create(int index);
    void enqueue(int index);
    void poll(int index);
    void download(int index);
    void downloaded(int index);
    void onJob(int index, const QJsonObject& job);
    void remake(int index); // the job is gone or useless: a new one for the same window
    bool retryOrFail(int index, const Error& error);
    void fail(const Error& error);
    void extendProbes(int index);
    Result<void> verify(int index);
    QString partPath(int index) const;
    bool isQuotaRefusal(const Error& error) const;

    MarketoClient& m_client;
    BulkExportOptions m_options;
    QList<ExportWindow> m_windows;
    QList<Runtime> m_runtime;
    bool m_running = false;
    bool m_creating = false;
    bool m_downloading = false;
    bool m_queueFullWait = false;
    qint64 m_downloadedBytes = 0;
    qint64 m_downloadTotal = -1;
    qint64 m_calls = 0;
};

} // namespace sia
