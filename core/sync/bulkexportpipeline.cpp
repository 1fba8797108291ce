#include "sync/bulkexportpipeline.h"

#include "marketo/marketoapi.h"
#include "marketo/marketoclient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace sia {
namespace {

using State = ExportWindow::State;

class PipelineText
{
    Q_DECLARE_TR_FUNCTIONS(sia::BulkExportPipeline)

public:
    static Error quota(const Error& vendor)
    {
        return Error::environment(QStringLiteral("sync.export-quota"),
            tr("Marketo's daily bulk export quota is used up (%1). The sync is paused at its checkpoint: "
               "resume it after midnight US Central time, when the quota resets.")
                .arg(vendor.message));
    }
    static Error gaveUp(const QString& what, const Error& last)
    {
        //: %1 says what failed ("downloading an export file"), %2 is the last error's message.
        return Error::environment(last.code,
            tr("The sync stopped at its checkpoint: %1 kept failing (%2). Resume the sync when Marketo "
               "answers again.")
                .arg(what, last.message));
    }
    static QString creating() { return tr("creating an export job"); }
    static QString enqueueing() { return tr("enqueueing an export job"); }
    static QString polling() { return tr("asking an export job's status"); }
    static QString downloadingFile() { return tr("downloading an export file"); }
    static QString verifying() { return tr("verifying an export file's checksum"); }
    static Error disk(const QString& path, const QString& why)
    {
        return Error::environment(QStringLiteral("sync.disk"),
            tr("The export file %1 cannot be written (%2). Free some disk space or fix the folder's "
               "permissions, then resume the sync.")
                .arg(path, why));
    }
    static Error checksum(const QString& exportId)
    {
        return Error::environment(QStringLiteral("sync.checksum"),
            tr("The export file of job %1 failed its checksum three times; a new export is made for its "
               "window.")
                .arg(exportId));
    }
};

// Marketo's 1003 for a job or a file that is not there any more (expired, unknown, not completed).
bool isGone(const Error& error)
{
    return error.code == u"marketo.1003" || error.code == u"marketo.610";
}

// The download's file, counting what is written (QFile does not say), for the page's download figure.
class CountingFile : public QFile
{
public:
    CountingFile(const QString& path, std::function<void(qint64)> counted)
        : QFile(path)
        , m_counted(std::move(counted))
    { }

protected:
    qint64 writeData(const char* data, qint64 size) override
    {
        const qint64 written = QFile::writeData(data, size);
        if (written > 0) {
            m_counted(written);
        }
        return written;
    }

private:
    std::function<void(qint64)> m_counted;
};

} // namespace

BulkExportPipeline::BulkExportPipeline(
    MarketoClient& client, BulkExportOptions options, QList<ExportWindow> windows, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_options(std::move(options))
    , m_windows(std::move(windows))
    , m_runtime(m_windows.size())
{ }

int BulkExportPipeline::cursor() const
{
    for (int i = 0; i < m_windows.size(); ++i) {
        if (m_windows.at(i).state != State::Applied) {
            return i;
        }
    }
    return int(m_windows.size());
}

qint64 BulkExportPipeline::peopleInFiles() const
{
    qint64 people = 0;
    for (const ExportWindow& window : m_windows) {
        people += std::max<qint64>(0, window.rows);
    }
    return people;
}

QString BulkExportPipeline::filePath(int index) const
{
    return QDir(m_options.directory).filePath(m_windows.at(index).exportId + QStringLiteral(".csv"));
}

QString BulkExportPipeline::partPath(int index) const
{
    return filePath(index) + QStringLiteral(".part");
}

void BulkExportPipeline::start()
{
    if (!QDir().mkpath(m_options.directory)) {
        QTimer::singleShot(0, this, [this] { fail(PipelineText::disk(m_options.directory, QString())); });
        return;
    }
    m_running = true;
    // What a previous process left: a verified file that is gone is fetched again.
    for (int i = 0; i < m_windows.size(); ++i) {
        if (m_windows.at(i).state == State::Downloaded && !QFile::exists(filePath(i))) {
            m_windows[i].state = State::Completed;
        }
    }
    QTimer::singleShot(0, this, &BulkExportPipeline::pump);
}

void BulkExportPipeline::stop()
{
    m_running = false;
}

void BulkExportPipeline::cancelJobs(std::chrono::milliseconds timeout, std::function<void()> done)
{
    stop();
    auto waiting = std::make_shared<int>(0);
    auto finished = std::make_shared<bool>(false);
    auto finish = [done, finished]() {
        if (!*finished) {
            *finished = true;
            done();
        }
    };
    for (int i = 0; i < m_windows.size(); ++i) {
        ExportWindow& window = m_windows[i];
        if ((window.state == State::Created || window.state == State::Queued) && !window.exportId.isEmpty()) {
            ++*waiting;
            ++m_calls;
            MarketoApi(m_client).cancelLeadExport(
                window.exportId, this, [waiting, finish](Result<QJsonObject>) {
                    if (--*waiting == 0) {
                        finish();
                    }
                });
            window.state = State::Planned;
            window.exportId.clear();
        }
    }
    if (*waiting == 0) {
        QTimer::singleShot(0, this, finish);
        return;
    }
    QTimer::singleShot(timeout, this, finish);
}

void BulkExportPipeline::pump()
{
    if (!m_running) {
        return;
    }
    const int from = cursor();
    int ahead = 0;
    int enqueued = 0;
    for (int i = from; i < m_windows.size(); ++i) {
        const State state = m_windows.at(i).state;
        ahead += state != State::Planned && state != State::Applied ? 1 : 0;
        enqueued += state == State::Queued ? 1 : 0;
    }
    // The probes first: they are planned at the end of the list, and a probe that holds people makes
    // another one, so left in list order they would run last and alone, one slot idle beside each.
    QList<int> order;
    order.reserve(m_windows.size() - from);
    for (int i = from; i < m_windows.size(); ++i) {
        if (m_windows.at(i).probe) {
            order.append(i);
        }
    }
    for (int i = from; i < m_windows.size(); ++i) {
        if (!m_windows.at(i).probe) {
            order.append(i);
        }
    }
    for (const int i : std::as_const(order)) {
        Runtime& runtime = m_runtime[i];
        if (runtime.busy) {
            continue;
        }
        switch (m_windows.at(i).state) {
        case State::Planned:
            if (!m_creating && !m_queueFullWait && ahead < m_options.windowsAhead) {
                ++ahead;
                create(i);
            }
            break;
        case State::Created:
            if (!m_queueFullWait && enqueued < m_options.maxEnqueued) {
                ++enqueued;
                enqueue(i);
            }
            break;
        case State::Queued:
            if (!runtime.pollScheduled) {
                runtime.pollScheduled = true;
                runtime.pollInterval = runtime.pollInterval.count() == 0
                    ? m_options.firstPoll
                    : std::min(runtime.pollInterval * 2, m_options.maxPoll);
                QTimer::singleShot(runtime.pollInterval, this, [this, i] {
                    m_runtime[i].pollScheduled = false;
                    if (m_running && m_windows.at(i).state == State::Queued) {
                        poll(i);
                    }
                });
            }
            break;
        case State::Completed:
            if (!m_downloading) {
                download(i);
            }
            break;
        case State::Downloaded:
        case State::Applied:
            break;
        }
    }
}

void BulkExportPipeline::create(int index)
{
    const ExportWindow& window = m_windows.at(index);
    const QJsonObject spec { { QStringLiteral("fields"), QJsonArray::fromStringList(m_options.fields) },
        { QStringLiteral("format"), QStringLiteral("CSV") },
        { QStringLiteral("filter"),
            QJsonObject { { QStringLiteral("createdAt"),
                QJsonObject { { QStringLiteral("startAt"), ExportWindowPlan::filterTime(window.start) },
                    { QStringLiteral("endAt"), ExportWindowPlan::filterTime(window.end) } } } } } };
    m_creating = true;
    m_runtime[index].busy = true;
    ++m_calls;
    MarketoApi(m_client).createLeadExport(spec, this, [this, index](Result<QJsonObject> job) {
        m_creating = false;
        m_runtime[index].busy = false;
        if (!m_running) {
            return;
        }
        if (!job) {
            if (retryOrFail(index, job.error())) {
                pump();
            }
            return;
        }
        m_runtime[index].attempts = 0;
        ExportWindow& window = m_windows[index];
        window.exportId = job->value(QStringLiteral("exportId")).toString();
        window.state = State::Created;
        window.rows = -1;
        window.fileBytes = -1;
        window.appliedOffset = 0;
        emit changed(); // saved before it is enqueued: a restart finds its job instead of making another
        pump();
    });
}

void BulkExportPipeline::enqueue(int index)
{
    m_runtime[index].busy = true;
    ++m_calls;
    MarketoApi(m_client).enqueueLeadExport(
        m_windows.at(index).exportId, this, [this, index](Result<QJsonObject> job) {
            m_runtime[index].busy = false;
            if (!m_running) {
                return;
            }
            if (!job) {
                if (isGone(job.error())) {
                    // Enqueued already (by a process that was killed before it saved so), or gone: ask.
                    m_windows[index].state = State::Queued;
                    poll(index);
                    return;
                }
                if (retryOrFail(index, job.error())) {
                    pump();
                }
                return;
            }
            m_runtime[index].attempts = 0;
            m_runtime[index].pollInterval = std::chrono::milliseconds(0);
            m_windows[index].state = State::Queued;
            onJob(index, *job);
        });
}

void BulkExportPipeline::poll(int index)
{
    m_runtime[index].busy = true;
    ++m_calls;
    MarketoApi(m_client).leadExportStatus(
        m_windows.at(index).exportId, this, [this, index](Result<QJsonObject> job) {
            m_runtime[index].busy = false;
            if (!m_running) {
                return;
            }
            if (!job) {
                if (isGone(job.error())) {
                    remake(index);
                    return;
                }
                if (retryOrFail(index, job.error())) {
                    pump();
                }
                return;
            }
            m_runtime[index].attempts = 0;
            onJob(index, *job);
        });
}

void BulkExportPipeline::onJob(int index, const QJsonObject& job)
{
    const QString status = job.value(QStringLiteral("status")).toString();
    ExportWindow& window = m_windows[index];
    if (status == u"Completed") {
        window.state = State::Completed;
        window.rows = qint64(job.value(QStringLiteral("numberOfRecords")).toDouble());
        window.fileBytes = qint64(job.value(QStringLiteral("fileSize")).toDouble());
        window.checksum = job.value(QStringLiteral("fileChecksum")).toString();
        extendProbes(index);
        emit changed();
    } else if (status == u"Failed" || status == u"Cancelled") {
        remake(index);
        return;
    } else if (status == u"Created") {
        window.state = State::Created;
    }
    pump();
}

void BulkExportPipeline::extendProbes(int index)
{
    const ExportWindow& window = m_windows.at(index);
    if (!window.probe || window.rows <= 0) {
        return;
    }
    for (const ExportWindow& other : std::as_const(m_windows)) {
        if (other.start < window.start) {
            return; // an earlier probe exists already
        }
    }
    m_windows.append(ExportWindowPlan::probeBefore(window.start));
    m_runtime.append(Runtime {});
}

void BulkExportPipeline::remake(int index)
{
    QFile::remove(partPath(index));
    QFile::remove(filePath(index));
    ExportWindow& window = m_windows[index];
    window.state = State::Planned;
    window.exportId.clear();
    window.rows = -1;
    window.fileBytes = -1;
    window.checksum.clear();
    window.appliedOffset = 0;
    m_runtime[index] = Runtime {};
    emit changed();
    pump();
}

bool BulkExportPipeline::isQuotaRefusal(const Error& error) const
{
    // 1029 means a full queue or the day's quota; only the vendor's own (English) text inside the message
    // tells them apart: "Export daily quota 500MB exceeded" against "Too many jobs (10) in queue".
    return error.code == u"marketo.1029"
        && error.message.contains(QStringLiteral("daily quota"), Qt::CaseInsensitive);
}

bool BulkExportPipeline::retryOrFail(int index, const Error& error)
{
    if (isQuotaRefusal(error)) {
        fail(PipelineText::quota(error));
        return false;
    }
    if (error.code == u"marketo.1029") {
        // The queue is full (other integrations' jobs count too): wait, then try again.
        m_queueFullWait = true;
        QTimer::singleShot(m_options.retryWait, this, [this] {
            m_queueFullWait = false;
            pump();
        });
        return false;
    }
    if (error.code == u"budget.cap-reached" || error.code == u"budget.quota-exhausted"
        || error.code == u"marketo.607" || error.code == u"marketo.603"
        || error.kind == ErrorKind::RuleViolation || error.kind == ErrorKind::InvalidInput) {
        fail(error); // a retry cannot fix these
        return false;
    }
    Runtime& runtime = m_runtime[index];
    if (++runtime.attempts >= m_options.maxAttempts) {
        const State state = m_windows.at(index).state;
        fail(PipelineText::gaveUp(state == State::Planned ? PipelineText::creating()
                : state == State::Created                 ? PipelineText::enqueueing()
                : state == State::Queued                  ? PipelineText::polling()
                                                          : PipelineText::downloadingFile(),
            error));
        return false;
    }
    // The client retried already; wait a little longer before the next attempt.
    runtime.busy = true;
    QTimer::singleShot(std::min(m_options.retryWait, std::chrono::milliseconds(1000) * runtime.attempts),
        this, [this, index] {
            m_runtime[index].busy = false;
            if (m_windows.at(index).state == State::Queued) {
                poll(index);
            } else {
                pump();
            }
        });
    return false;
}

void BulkExportPipeline::fail(const Error& error)
{
    if (!m_running) {
        return;
    }
    m_running = false;
    emit failed(error);
}

void BulkExportPipeline::download(int index)
{
    QPointer<BulkExportPipeline> self(this);
    auto file = std::make_shared<CountingFile>(partPath(index), [self](qint64 bytes) {
        if (self) {
            self->m_downloadedBytes += bytes;
            emit self->progress();
        }
    });
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append)) {
        fail(PipelineText::disk(file->fileName(), file->errorString()));
        return;
    }
    const ExportWindow& window = m_windows.at(index);
    const qint64 from = file->size();
    if (from > window.fileBytes) {
        file->close();
        file->remove();
        download(index);
        return;
    }
    if (from == window.fileBytes) {
        file->close();
        downloaded(index);
        return;
    }
    m_downloading = true;
    m_runtime[index].busy = true;
    m_downloadTotal = window.fileBytes;
    m_downloadedBytes = from;
    ++m_calls;
    MarketoApi(m_client).downloadLeadExportFile(
        window.exportId, from, file.get(), this, [this, index, file](Result<MarketoFileChunk> chunk) {
            const bool written = file->flush() && file->error() == QFileDevice::NoError;
            const QString why = file->errorString();
            file->close();
            m_downloading = false;
            m_runtime[index].busy = false;
            if (!m_running) {
                return;
            }
            if (!written) {
                fail(PipelineText::disk(file->fileName(), why));
                return;
            }
            if (!chunk) {
                if (isGone(chunk.error())) {
                    remake(index);
                    return;
                }
                if (retryOrFail(index, chunk.error())) {
                    pump();
                }
                return;
            }
            if (chunk->httpStatus == 200 && chunk->bytesWritten > 0 && file->size() > chunk->bytesWritten) {
                // Asked for a range, sent the whole file: what was there before is one copy too many.
                QFile::remove(file->fileName());
                pump();
                return;
            }
            downloaded(index);
        });
}

void BulkExportPipeline::downloaded(int index)
{
    const qint64 size = QFileInfo(partPath(index)).size();
    ExportWindow& window = m_windows[index];
    if (size < window.fileBytes) {
        // A short body (a cut connection that still said it was done): the rest with a Range.
        if (++m_runtime[index].attempts >= m_options.maxAttempts) {
            fail(PipelineText::gaveUp(PipelineText::downloadingFile(),
                Error::environment(QStringLiteral("sync.short-file"), QString())));
            return;
        }
        pump();
        return;
    }
    if (Result<void> verified = verify(index); !verified) {
        QFile::remove(partPath(index));
        if (++m_runtime[index].checksumFailures >= 3) {
            qWarning("sia: %s", qPrintable(PipelineText::checksum(window.exportId).message));
            remake(index);
            return;
        }
        pump();
        return;
    }
    QFile::remove(filePath(index));
    if (!QFile::rename(partPath(index), filePath(index))) {
        fail(PipelineText::disk(filePath(index), QString()));
        return;
    }
    m_runtime[index].attempts = 0;
    window.state = State::Downloaded;
    emit changed();
    emit windowReady(index);
    pump();
}

Result<void> BulkExportPipeline::verify(int index)
{
    QFile file(partPath(index));
    if (!file.open(QIODevice::ReadOnly)) {
        return PipelineText::disk(file.fileName(), file.errorString());
    }
    QCryptographicHash sha256(QCryptographicHash::Sha256);
    if (!sha256.addData(&file)) {
        return PipelineText::disk(file.fileName(), file.errorString());
    }
    const QString expected = m_windows.at(index).checksum;
    const QString actual = QStringLiteral("sha256:") + QString::fromLatin1(sha256.result().toHex());
    if (expected.compare(actual, Qt::CaseInsensitive) != 0
        && expected.compare(actual.mid(7), Qt::CaseInsensitive) != 0) {
        return PipelineText::checksum(m_windows.at(index).exportId);
    }
    return {};
}

void BulkExportPipeline::markApplied(int index)
{
    QFile::remove(filePath(index));
    m_windows[index].state = State::Applied;
    pump();
}

void BulkExportPipeline::redownload(int index)
{
    QFile::remove(filePath(index));
    m_windows[index].state = State::Completed;
    m_windows[index].appliedOffset = 0;
    pump();
}

} // namespace sia
