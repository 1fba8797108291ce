// Runs the initial sync's BulkExportPipeline on a thread of its own, with a MarketoClient of its own, so
// that Marketo's export jobs, status polls and file downloads go on while the sync's thread is inside a
// batch's transaction (half a second at a time at a million people): on one thread, every step of a
// window's chain (create, enqueue, poll, download) waited for the batch in between, and the rows waited
// for the files. The owner (the sync's thread) sees a mirror of the windows, refreshed from the
// pipeline's thread after each change, and sends its own changes (a window applied, up to where, or to be
// downloaded again) back as queued calls. Who owns what: the pipeline decides the jobs and files; the
// owner decides what was applied. A snapshot that left the pipeline before it had received one of the
// owner's calls does not undo that call in the mirror.
#pragma once

#include "common/result.h"
#include "marketo/marketoconnection.h"
#include "sync/bulkexportpipeline.h"

#include <QHash>
#include <QObject>
#include <QThread>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace sia {

class ApiBudgetGate;

class ExportPipelineHost : public QObject
{
    Q_OBJECT

public:
    ExportPipelineHost(MarketoConnection connection, std::shared_ptr<ApiBudgetGate> budget,
        BulkExportOptions options, QList<ExportWindow> windows, QObject* parent = nullptr);
    ~ExportPipelineHost() override; // stops the pipeline and its thread, waiting for them

    void start();
    void stop();
    // Our queued or processing jobs are cancelled; done runs on this (the owner's) thread.
    void cancelJobs(std::chrono::milliseconds timeout, std::function<void()> done);

    const QList<ExportWindow>& windows() const { return m_windows; }
    int cursor() const;
    bool isReady(int index) const { return m_windows.at(index).state == ExportWindow::State::Downloaded; }
    bool isFinished() const { return cursor() >= m_windows.size(); }
    QString filePath(int index) const;
    void setAppliedOffset(int index, qint64 offset);
    void markApplied(int index);
    void redownload(int index);

    qint64 bytesDownloaded() const { return m_figures.downloaded; }
    qint64 bytesTotal() const { return m_figures.total; }
    qint64 callsMade() const { return m_figures.calls; }
    qint64 peopleInFiles() const;

signals:
    void windowReady(int index);
    void changed();
    void failed(const sia::Error& error);
    void progress();

private:
    struct Figures
    {
        qint64 downloaded = 0;
        qint64 total = -1;
        qint64 calls = 0;
    };
    enum class Event
    {
        Changed,
        WindowReady,
        Progress
    };
    class Worker;

    // On the pipeline's thread: what it says, with the windows as they stand there.
    void publish(Event event, int index);
    // On the owner's thread.
    void receive(Event event, int index, const QList<ExportWindow>& windows, Figures figures, qint64 seen);
    // Queued to the pipeline's thread, numbered so that receive knows which of them a snapshot saw.
    void send(int index, std::function<void(BulkExportPipeline&)> call);

    QString m_directory;
    QList<ExportWindow> m_windows; // the owner's mirror
    Figures m_figures;
    qint64 m_sent = 0; // calls sent to the pipeline
    QHash<int, qint64> m_lastCallFor; // window → the number of the last call about it
    std::atomic<bool> m_progressPending { false }; // a download's progress is on its way to the owner
    QThread m_thread;
    Worker* m_worker = nullptr; // lives on m_thread
};

} // namespace sia
