#include "sandbox/marketo/marketobulkexport.h"

#include "sandbox/dataset/sandboxdataset.h"
#include "sandbox/marketo/marketoenvelope.h"
#include "sandbox/marketo/marketoparameters.h"
#include "sandbox/marketo/marketousage.h"
#include "sandbox/sandboxclock.h"
#include "sandbox/sandboxcounters.h"
#include "sandbox/sandboxoptions.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace sia::sandbox::marketo {
namespace {

QString invalid()
{
    return QString::fromLatin1(code::invalidValue);
}

QString timeText(qint64 ms)
{
    return marketoTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

} // namespace

QString ExportJob::stateName(State state)
{
    switch (state) {
    case State::Created:
        return QStringLiteral("Created");
    case State::Queued:
        return QStringLiteral("Queued");
    case State::Processing:
        return QStringLiteral("Processing");
    case State::Completed:
        return QStringLiteral("Completed");
    case State::Cancelled:
        return QStringLiteral("Cancelled");
    case State::Failed:
        break;
    }
    return QStringLiteral("Failed");
}

MarketoBulkExport::MarketoBulkExport(const SandboxDataset& dataset, const SandboxClock& clock,
    SandboxCounters& counters, const SandboxOptions& options)
    : m_dataset(dataset)
    , m_clock(clock)
    , m_counters(counters)
    , m_options(options)
{
    reset();
}

void MarketoBulkExport::reset()
{
    m_jobs.clear();
    m_bytesByDay.clear();
    m_freeSlotsSinceMs = QList<qint64>(m_options.limits.marketoExportProcessing, 0);
}

ExportJob* MarketoBulkExport::find(const QString& exportId)
{
    for (const auto& job : std::as_const(m_jobs)) {
        if (job->exportId == exportId) {
            return job.get();
        }
    }
    return nullptr;
}

SandboxResponse MarketoBulkExport::create(const SandboxRequest& request, const QString& requestId)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Envelope::failure(requestId, QString::fromLatin1(code::invalidJson));
    }
    if (auto refused = refuseOverDailyQuota(requestId)) {
        return std::move(*refused);
    }
    const QJsonObject body = document.object();
    auto job = std::make_shared<ExportJob>();
    job->format = body.value(QStringLiteral("format")).toString(QStringLiteral("CSV")).toUpper();
    if (job->format == u"CSV") {
        job->spec.delimiter = ',';
    } else if (job->format == u"TSV") {
        job->spec.delimiter = '\t';
    } else if (job->format == u"SSV") {
        job->spec.delimiter = ' ';
    } else {
        return Envelope::failure(
            requestId, invalid(), QStringLiteral("Invalid format '%1': CSV, TSV or SSV").arg(job->format));
    }
    const QJsonArray fields = body.value(QStringLiteral("fields")).toArray();
    if (fields.isEmpty()) {
        return Envelope::failure(requestId, invalid(), QStringLiteral("fields cannot be blank"));
    }
    const QJsonObject headerNames = body.value(QStringLiteral("columnHeaderNames")).toObject();
    for (const QJsonValue& value : fields) {
        const MarketoField* field = MarketoFields::byRestName(value.toString());
        if (!field) {
            return Envelope::failure(requestId, QString::fromLatin1(code::fieldNotFound),
                QStringLiteral("Field '%1' not found").arg(value.toString()));
        }
        job->spec.fields.append(field->key);
        job->spec.headerNames.append(headerNames.value(field->restName).toString(field->restName));
    }

    const QJsonObject filter = body.value(QStringLiteral("filter")).toObject();
    const bool byCreated = filter.contains(QStringLiteral("createdAt"));
    const bool byUpdated = filter.contains(QStringLiteral("updatedAt"));
    if (byUpdated && !m_options.marketoUpdatedAtFilter) {
        return Envelope::failure(requestId, QString::fromLatin1(code::filterNotSupported),
            QStringLiteral("Unsupported filter type for target subscription: updatedAt"));
    }
    for (const char* list : { "staticListId", "staticListName", "smartListId", "smartListName" }) {
        if (filter.contains(QLatin1String(list))) {
            // The sandbox's subscription has no lists (README: simplified).
            return Envelope::failure(
                requestId, invalid(), QStringLiteral("%1 not found").arg(QLatin1String(list)));
        }
    }
    if (byCreated == byUpdated) {
        return Envelope::failure(
            requestId, invalid(), QStringLiteral("filter needs exactly one of createdAt or updatedAt"));
    }
    const QJsonObject window
        = filter.value(byCreated ? QStringLiteral("createdAt") : QStringLiteral("updatedAt")).toObject();
    const QString startText = window.value(QStringLiteral("startAt")).toString();
    const QString endText = window.value(QStringLiteral("endAt")).toString();
    // Marketo's bulk filters take whole seconds: a date with a fraction of a second is refused.
    static const QRegularExpression fraction(QStringLiteral("T\\d\\d:\\d\\d:\\d\\d[.,]"));
    for (const QString& text : { startText, endText }) {
        if (text.contains(fraction)) {
            return Envelope::failure(requestId, invalid(),
                QStringLiteral("Invalid date '%1': write it without milliseconds").arg(text));
        }
    }
    const QDateTime start = parseMarketoTime(startText);
    const QDateTime end = parseMarketoTime(endText);
    if (!start.isValid() || !end.isValid() || end < start) {
        return Envelope::failure(requestId, invalid(), QStringLiteral("Invalid startAt or endAt"));
    }
    // endAt is inclusive: a window of exactly 31 days would cover a second more than 31 days.
    if (start.msecsTo(end) >= qint64(maxWindowDays) * 24 * 3600 * 1000) {
        return Envelope::failure(requestId, invalid(),
            QStringLiteral("Date range must be shorter than %1 days").arg(maxWindowDays));
    }
    job->spec.byUpdatedAt = byUpdated;
    job->spec.startMs = start.toMSecsSinceEpoch();
    job->spec.endMs = end.toMSecsSinceEpoch();
    job->exportId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    job->createdAtMs = m_clock.nowMs();
    m_jobs.append(job);
    m_counters.increment(QStringLiteral("marketo.bulk.created"));
    return jobAnswer(*job, requestId);
}

SandboxResponse MarketoBulkExport::enqueue(
    const QString& exportId, const QString& requestId, ExportJob::Outcome outcome)
{
    advance();
    ExportJob* job = find(exportId);
    if (!job) {
        return Envelope::failure(
            requestId, invalid(), QStringLiteral("Export id '%1' not found").arg(exportId));
    }
    if (job->state != ExportJob::State::Created) {
        return Envelope::failure(
            requestId, invalid(), QStringLiteral("Export job '%1' is not in Created state").arg(exportId));
    }
    // Queued and processing jobs count together against the queue's limit.
    const qint64 waitingOrRunning = std::count_if(m_jobs.cbegin(), m_jobs.cend(), [](const auto& j) {
        return j->state == ExportJob::State::Queued || j->state == ExportJob::State::Processing;
    });
    if (waitingOrRunning >= m_options.limits.marketoExportQueued) {
        return Envelope::failure(requestId, QString::fromLatin1(code::exportLimit),
            QStringLiteral("Too many jobs (%1) in queue").arg(m_options.limits.marketoExportQueued));
    }
    if (auto refused = refuseOverDailyQuota(requestId)) {
        return std::move(*refused);
    }
    job->state = ExportJob::State::Queued;
    job->outcome = outcome;
    job->queuedAtMs = m_clock.nowMs();
    advance();
    return jobAnswer(*job, requestId);
}

std::optional<SandboxResponse> MarketoBulkExport::refuseOverDailyQuota(const QString& requestId) const
{
    if (bytesExportedOn(marketoDay(m_clock.now())) < m_options.limits.marketoExportDailyBytes) {
        return std::nullopt;
    }
    return Envelope::failure(requestId, QString::fromLatin1(code::exportLimit),
        QStringLiteral("Export daily quota %1MB exceeded")
            .arg(m_options.limits.marketoExportDailyBytes / (1024 * 1024)));
}

void MarketoBulkExport::failNow(const QString& exportId)
{
    advance();
    ExportJob* job = find(exportId);
    if (!job) {
        return;
    }
    if (job->state == ExportJob::State::Processing) {
        m_freeSlotsSinceMs.append(m_clock.nowMs());
        fail(*job, m_clock.nowMs());
    } else if (job->state == ExportJob::State::Queued) {
        fail(*job, m_clock.nowMs());
    }
    advance();
}

void MarketoBulkExport::fail(ExportJob& job, qint64 at)
{
    job.state = ExportJob::State::Failed;
    job.finishedAtMs = at;
    job.snapshot.reset();
    m_counters.increment(QStringLiteral("marketo.bulk.failed"));
}

SandboxResponse MarketoBulkExport::status(const QString& exportId, const QString& requestId)
{
    advance();
    const ExportJob* job = find(exportId);
    if (!job) {
        return Envelope::failure(
            requestId, invalid(), QStringLiteral("Export id '%1' not found").arg(exportId));
    }
    return jobAnswer(*job, requestId);
}

SandboxResponse MarketoBulkExport::cancel(const QString& exportId, const QString& requestId)
{
    advance();
    ExportJob* job = find(exportId);
    if (!job) {
        return Envelope::failure(
            requestId, invalid(), QStringLiteral("Export id '%1' not found").arg(exportId));
    }
    if (job->state == ExportJob::State::Completed || job->state == ExportJob::State::Cancelled
        || job->state == ExportJob::State::Failed) {
        return Envelope::failure(requestId, invalid(),
            QStringLiteral("Export job '%1' is %2 and cannot be cancelled")
                .arg(exportId, ExportJob::stateName(job->state)));
    }
    if (job->state == ExportJob::State::Processing) {
        m_freeSlotsSinceMs.append(m_clock.nowMs());
        job->snapshot.reset();
    }
    job->state = ExportJob::State::Cancelled;
    job->finishedAtMs = m_clock.nowMs();
    advance();
    return jobAnswer(*job, requestId);
}

SandboxResponse MarketoBulkExport::list(const SandboxRequest& request, const QString& requestId)
{
    advance();
    const QStringList states = MarketoParameters(request).list(QStringLiteral("status"));
    QJsonArray result;
    for (const auto& job : std::as_const(m_jobs)) {
        if (states.isEmpty() || states.contains(ExportJob::stateName(job->state))) {
            result.append(toJson(*job));
        }
    }
    return Envelope::success(requestId, result);
}

SandboxResponse MarketoBulkExport::file(
    const SandboxRequest& request, const QString& exportId, const QString& requestId)
{
    advance();
    const ExportJob* job = find(exportId);
    if (!job) {
        return Envelope::failure(
            requestId, invalid(), QStringLiteral("Export id '%1' not found").arg(exportId));
    }
    if (job->state != ExportJob::State::Completed) {
        return Envelope::failure(requestId, invalid(),
            QStringLiteral("Export job '%1' is %2, not Completed")
                .arg(exportId, ExportJob::stateName(job->state)));
    }
    if (m_clock.nowMs() > job->finishedAtMs + qint64(filesKeptDays) * 24 * 3600 * 1000) {
        return Envelope::failure(
            requestId, invalid(), QStringLiteral("Export file of '%1' has expired").arg(exportId));
    }
    qint64 first = 0;
    qint64 last = job->fileSize - 1;
    bool partial = false;
    const QByteArray range = request.header("Range").trimmed();
    if (!range.isEmpty()) {
        static const QRegularExpression bytes(QStringLiteral("^bytes=(\\d*)-(\\d*)$"));
        const auto m = bytes.match(QString::fromLatin1(range));
        if (m.hasMatch() && !(m.captured(1).isEmpty() && m.captured(2).isEmpty())) {
            if (m.captured(1).isEmpty()) { // the last N bytes
                first = std::max<qint64>(0, job->fileSize - m.captured(2).toLongLong());
            } else {
                first = m.captured(1).toLongLong();
                if (!m.captured(2).isEmpty()) {
                    last = std::min(last, m.captured(2).toLongLong());
                }
            }
            if (first > last || first >= job->fileSize) {
                SandboxResponse refused = SandboxResponse::empty(416);
                refused.setHeader("Content-Range", "bytes */" + QByteArray::number(job->fileSize));
                return refused;
            }
            partial = true;
        }
    }
    auto device = std::make_unique<LeadExportDevice>(*job->snapshot, job->spec);
    device->skipBytes(first);
    const QByteArray type
        = job->format == u"TSV" ? "text/tab-separated-values;charset=UTF-8" : "text/csv;charset=UTF-8";
    SandboxResponse response
        = SandboxResponse::stream(std::move(device), last - first + 1, type, partial ? 206 : 200);
    response.setHeader("Accept-Ranges", "bytes");
    if (partial) {
        response.setHeader("Content-Range",
            "bytes " + QByteArray::number(first) + '-' + QByteArray::number(last) + '/'
                + QByteArray::number(job->fileSize));
    }
    m_counters.increment(QStringLiteral("marketo.bulk.fileBytesServed"), last - first + 1);
    return response;
}

void MarketoBulkExport::advance()
{
    const qint64 now = m_clock.nowMs();
    for (;;) {
        // Start queued jobs, first come first served, as soon as a slot is idle.
        bool started = false;
        for (const auto& job : std::as_const(m_jobs)) {
            if (job->state != ExportJob::State::Queued || m_freeSlotsSinceMs.isEmpty()) {
                continue;
            }
            const auto slot = std::min_element(m_freeSlotsSinceMs.begin(), m_freeSlotsSinceMs.end());
            const qint64 at = std::max(job->queuedAtMs, *slot);
            if (at > now) {
                break;
            }
            m_freeSlotsSinceMs.erase(slot);
            startProcessing(*job, at);
            started = true;
        }
        // Complete the job that finishes first, if it has by now; that may free a slot for the queue.
        ExportJob* next = nullptr;
        for (const auto& job : std::as_const(m_jobs)) {
            if (job->state == ExportJob::State::Processing
                && (!next || job->finishedAtMs < next->finishedAtMs)) {
                next = job.get();
            }
        }
        if (next && next->finishedAtMs <= now) {
            if (next->outcome == ExportJob::Outcome::Failed) {
                fail(*next, next->finishedAtMs);
            } else {
                complete(*next);
            }
            m_freeSlotsSinceMs.append(next->finishedAtMs);
            continue;
        }
        if (!started) {
            return;
        }
    }
}

void MarketoBulkExport::startProcessing(ExportJob& job, qint64 at)
{
    job.state = ExportJob::State::Processing;
    job.startedAtMs = at;
    job.snapshot = m_dataset.people();
    job.numberOfRecords = LeadExportRows(*job.snapshot, job.spec).countMatching();
    const qint64 seconds = m_options.marketoExportBaseSeconds
        + job.numberOfRecords * m_options.marketoExportSecondsPer1000 / 1000;
    job.finishedAtMs = at + seconds * 1000;
}

void MarketoBulkExport::complete(ExportJob& job)
{
    // Generate the file once, through the hash, keeping nothing but its size and checksum.
    LeadExportDevice device(*job.snapshot, job.spec);
    QCryptographicHash sha256(QCryptographicHash::Sha256);
    qint64 size = 0;
    char buffer[64 * 1024];
    for (qint64 n; (n = device.read(buffer, sizeof buffer)) > 0;) {
        sha256.addData(QByteArrayView(buffer, n));
        size += n;
    }
    job.fileSize = size;
    job.fileChecksum = QStringLiteral("sha256:") + QString::fromLatin1(sha256.result().toHex());
    job.state = ExportJob::State::Completed;
    m_bytesByDay[marketoDay(QDateTime::fromMSecsSinceEpoch(job.finishedAtMs, Qt::UTC))] += size;
    m_counters.increment(QStringLiteral("marketo.bulk.completed"));
    m_counters.increment(QStringLiteral("marketo.bulk.bytes"), size);
}

QJsonObject MarketoBulkExport::toJson(const ExportJob& job) const
{
    QJsonObject object { { QStringLiteral("exportId"), job.exportId },
        { QStringLiteral("format"), job.format },
        { QStringLiteral("status"), ExportJob::stateName(job.state) },
        { QStringLiteral("createdAt"), timeText(job.createdAtMs) } };
    if (job.queuedAtMs > 0) {
        object.insert(QStringLiteral("queuedAt"), timeText(job.queuedAtMs));
    }
    if (job.startedAtMs > 0) {
        object.insert(QStringLiteral("startedAt"), timeText(job.startedAtMs));
    }
    if (job.state == ExportJob::State::Completed || job.state == ExportJob::State::Cancelled
        || job.state == ExportJob::State::Failed) {
        object.insert(QStringLiteral("finishedAt"), timeText(job.finishedAtMs));
    }
    if (job.state == ExportJob::State::Failed) {
        object.insert(QStringLiteral("errorMsg"), QStringLiteral("Export job failed: create a new one"));
    }
    if (job.state == ExportJob::State::Completed) {
        object.insert(QStringLiteral("numberOfRecords"), job.numberOfRecords);
        object.insert(QStringLiteral("fileSize"), job.fileSize);
        object.insert(QStringLiteral("fileChecksum"), job.fileChecksum);
    }
    return object;
}

SandboxResponse MarketoBulkExport::jobAnswer(const ExportJob& job, const QString& requestId) const
{
    return Envelope::success(requestId, QJsonArray { toJson(job) });
}

} // namespace sia::sandbox::marketo
