#include "sync/exportpipelinehost.h"

#include "connections/apibudgetgate.h"
#include "marketo/marketoclient.h"
#include "sync/syncvocabulary.h"

#include <QDir>
#include <QMetaObject>

namespace sia {

// The pipeline's side: its client and the pipeline itself, made and destroyed on the pipeline's thread
// (their sockets and timers belong to it), and the number of the owner's calls run so far.
class ExportPipelineHost::Worker : public QObject
{
public:
    Worker(MarketoConnection connection, std::shared_ptr<ApiBudgetGate> budget, BulkExportOptions options,
        QList<ExportWindow> windows)
        : m_connection(std::move(connection))
        , m_budget(std::move(budget))
        , m_options(std::move(options))
        , m_initial(std::move(windows))
    { }

    void create(ExportPipelineHost* host)
    {
        m_client = std::make_unique<MarketoClient>(m_connection);
        m_client->setCallPurpose(toKey(SyncKind::PeopleInitial)); // only the initial sync exports
        if (m_budget) {
            m_client->setBudgetGate(m_budget); // the same cap as the sync's other calls
        }
        m_pipeline = std::make_unique<BulkExportPipeline>(*m_client, m_options, std::move(m_initial));
        QObject::connect(m_pipeline.get(), &BulkExportPipeline::changed, this,
            [host] { host->publish(Event::Changed, -1); });
        QObject::connect(m_pipeline.get(), &BulkExportPipeline::windowReady, this,
            [host](int index) { host->publish(Event::WindowReady, index); });
        QObject::connect(m_pipeline.get(), &BulkExportPipeline::progress, this,
            [host] { host->publish(Event::Progress, -1); });
        QObject::connect(m_pipeline.get(), &BulkExportPipeline::failed, this, [host](const Error& error) {
            QMetaObject::invokeMethod(
                host, [host, error] { emit host->failed(error); }, Qt::QueuedConnection);
        });
    }

    void destroy()
    {
        m_pipeline.reset();
        m_client.reset();
    }

    BulkExportPipeline* pipeline() const { return m_pipeline.get(); }
    qint64 seen = 0; // the owner's calls run here so far

private:
    MarketoConnection m_connection;
    std::shared_ptr<ApiBudgetGate> m_budget;
    BulkExportOptions m_options;
    QList<ExportWindow> m_initial;
    std::unique_ptr<MarketoClient> m_client;
    std::unique_ptr<BulkExportPipeline> m_pipeline;
};

ExportPipelineHost::ExportPipelineHost(MarketoConnection connection, std::shared_ptr<ApiBudgetGate> budget,
    BulkExportOptions options, QList<ExportWindow> windows, QObject* parent)
    : QObject(parent)
    , m_directory(options.directory)
    , m_windows(windows)
{
    m_thread.setObjectName(QStringLiteral("sia-export"));
    m_worker = new Worker(std::move(connection), std::move(budget), std::move(options), std::move(windows));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, this] { worker->create(this); }, Qt::BlockingQueuedConnection);
}

ExportPipelineHost::~ExportPipelineHost()
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker] {
            worker->destroy();
            delete worker;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ExportPipelineHost::start()
{
    send(-1, [](BulkExportPipeline& pipeline) { pipeline.start(); });
}

void ExportPipelineHost::stop()
{
    send(-1, [](BulkExportPipeline& pipeline) { pipeline.stop(); });
}

void ExportPipelineHost::cancelJobs(std::chrono::milliseconds timeout, std::function<void()> done)
{
    send(-1, [this, timeout, done = std::move(done)](BulkExportPipeline& pipeline) {
        pipeline.cancelJobs(timeout, [this, done] {
            QMetaObject::invokeMethod(
                this, [done] { done(); }, Qt::QueuedConnection);
        });
    });
}

int ExportPipelineHost::cursor() const
{
    for (int i = 0; i < m_windows.size(); ++i) {
        if (m_windows.at(i).state != ExportWindow::State::Applied) {
            return i;
        }
    }
    return int(m_windows.size());
}

QString ExportPipelineHost::filePath(int index) const
{
    // BulkExportPipeline::filePath's rule, from the mirror: the file is only read once it is Downloaded.
    return QDir(m_directory).filePath(m_windows.at(index).exportId + QStringLiteral(".csv"));
}

qint64 ExportPipelineHost::peopleInFiles() const
{
    qint64 people = 0;
    for (const ExportWindow& window : m_windows) {
        people += std::max<qint64>(0, window.rows);
    }
    return people;
}

void ExportPipelineHost::setAppliedOffset(int index, qint64 offset)
{
    m_windows[index].appliedOffset = offset;
    send(index, [index, offset](BulkExportPipeline& pipeline) { pipeline.setAppliedOffset(index, offset); });
}

void ExportPipelineHost::markApplied(int index)
{
    m_windows[index].state = ExportWindow::State::Applied;
    send(index, [index](BulkExportPipeline& pipeline) { pipeline.markApplied(index); });
}

void ExportPipelineHost::redownload(int index)
{
    m_windows[index].state = ExportWindow::State::Completed;
    m_windows[index].appliedOffset = 0;
    send(index, [index](BulkExportPipeline& pipeline) { pipeline.redownload(index); });
}

void ExportPipelineHost::send(int index, std::function<void(BulkExportPipeline&)> call)
{
    const qint64 number = ++m_sent;
    if (index >= 0) {
        m_lastCallFor.insert(index, number);
    }
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, call = std::move(call), number] {
            if (worker->pipeline()) {
                call(*worker->pipeline());
            }
            worker->seen = number;
        },
        Qt::QueuedConnection);
}

void ExportPipelineHost::publish(Event event, int index)
{
    const BulkExportPipeline* pipeline = m_worker->pipeline();
    if (!pipeline) {
        return; // being destroyed
    }
    if (event == Event::Progress && m_progressPending.exchange(true)) {
        return; // the owner has not taken the last one yet (it is inside a batch): one will do
    }
    const Figures figures { pipeline->bytesDownloaded(), pipeline->bytesTotal(), pipeline->callsMade() };
    QMetaObject::invokeMethod(
        this,
        [this, event, index, windows = pipeline->windows(), figures, seen = m_worker->seen] {
            receive(event, index, windows, figures, seen);
        },
        Qt::QueuedConnection);
}

void ExportPipelineHost::receive(
    Event event, int index, const QList<ExportWindow>& windows, Figures figures, qint64 seen)
{
    if (event == Event::Progress) {
        m_progressPending = false;
    }
    m_figures = figures;
    for (int i = 0; i < windows.size(); ++i) {
        if (i >= m_windows.size()) {
            m_windows.append(windows.at(i)); // a probe the pipeline added
            continue;
        }
        if (m_lastCallFor.value(i, 0) > seen) {
            continue; // the pipeline had not yet run what the owner did to this window: the mirror knows
                      // better
        }
        // What was applied is the owner's to say; the rest (jobs, files, figures) is the pipeline's.
        const qint64 applied = m_windows.at(i).appliedOffset;
        const bool wasApplied = m_windows.at(i).state == ExportWindow::State::Applied;
        m_windows[i] = windows.at(i);
        m_windows[i].appliedOffset = applied;
        if (wasApplied) {
            m_windows[i].state = ExportWindow::State::Applied;
        }
    }
    switch (event) {
    case Event::Changed:
        emit changed();
        break;
    case Event::WindowReady:
        emit windowReady(index);
        break;
    case Event::Progress:
        emit progress();
        break;
    }
}

} // namespace sia
