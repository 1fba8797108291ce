#include "sync/exportwindowplan.h"

#include "common/enumkeys.h"
#include "marketo/marketoapi.h"
#include "marketo/marketoclient.h"

#include <QJsonArray>
#include <QPointer>

#include <memory>

namespace sia {

template<> struct EnumKeys<ExportWindow::State>
{
    static constexpr EnumKey<ExportWindow::State> table[] = { { ExportWindow::State::Planned, "planned" },
        { ExportWindow::State::Created, "created" }, { ExportWindow::State::Queued, "queued" },
        { ExportWindow::State::Completed, "completed" }, { ExportWindow::State::Downloaded, "downloaded" },
        { ExportWindow::State::Applied, "applied" } };
};

namespace {

QDateTime parseTime(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate).toUTC();
}

qint64 integer(const QJsonObject& json, const char* key, qint64 otherwise)
{
    const QJsonValue value = json.value(QLatin1String(key));
    return value.isDouble() ? qint64(value.toDouble()) : otherwise;
}

} // namespace

QJsonObject ExportWindow::toJson() const
{
    QJsonObject json { { QStringLiteral("start"), ExportWindowPlan::filterTime(start) },
        { QStringLiteral("end"), ExportWindowPlan::filterTime(end) },
        { QStringLiteral("state"), toKey(state) }, { QStringLiteral("appliedOffset"), appliedOffset } };
    if (probe) {
        json.insert(QStringLiteral("probe"), true);
    }
    if (!exportId.isEmpty()) {
        json.insert(QStringLiteral("exportId"), exportId);
    }
    if (rows >= 0) {
        json.insert(QStringLiteral("rows"), rows);
    }
    if (fileBytes >= 0) {
        json.insert(QStringLiteral("fileBytes"), fileBytes);
        json.insert(QStringLiteral("checksum"), checksum);
    }
    return json;
}

ExportWindow ExportWindow::fromJson(const QJsonObject& json)
{
    ExportWindow window;
    window.start = parseTime(json.value(QStringLiteral("start")));
    window.end = parseTime(json.value(QStringLiteral("end")));
    window.probe = json.value(QStringLiteral("probe")).toBool();
    window.state = fromKey<State>(json.value(QStringLiteral("state")).toString()).value_or(State::Planned);
    window.exportId = json.value(QStringLiteral("exportId")).toString();
    window.rows = integer(json, "rows", -1);
    window.fileBytes = integer(json, "fileBytes", -1);
    window.checksum = json.value(QStringLiteral("checksum")).toString();
    window.appliedOffset = integer(json, "appliedOffset", 0);
    return window;
}

QString ExportWindowPlan::filterTime(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QList<ExportWindow> ExportWindowPlan::windows(const QDateTime& oldest, const QDateTime& until)
{
    QList<ExportWindow> plan;
    // Whole seconds: Marketo's bulk filters refuse milliseconds.
    QDateTime start = QDateTime::fromSecsSinceEpoch(oldest.toSecsSinceEpoch(), Qt::UTC);
    const QDateTime last = QDateTime::fromSecsSinceEpoch(until.toSecsSinceEpoch(), Qt::UTC);
    while (start <= last) {
        ExportWindow window;
        window.start = start;
        window.end = std::min(start.addSecs(windowSeconds), last);
        plan.append(window);
        start = window.end.addSecs(1);
    }
    return plan;
}

ExportWindow ExportWindowPlan::probeBefore(const QDateTime& start)
{
    ExportWindow window;
    window.end = start.addSecs(-1);
    window.start = window.end.addSecs(-windowSeconds);
    window.probe = true;
    return window;
}

QJsonObject ExportWindowPlan::checkpoint(const QList<ExportWindow>& windows, const QDateTime& runStart)
{
    QJsonArray list;
    for (const ExportWindow& window : windows) {
        list.append(window.toJson());
    }
    return { { QStringLiteral("runStart"), filterTime(runStart) }, { QStringLiteral("windows"), list } };
}

QList<ExportWindow> ExportWindowPlan::fromCheckpoint(const QJsonObject& checkpoint, QDateTime* runStart)
{
    if (runStart) {
        *runStart = parseTime(checkpoint.value(QStringLiteral("runStart")));
    }
    QList<ExportWindow> windows;
    for (const QJsonValue& value : checkpoint.value(QStringLiteral("windows")).toArray()) {
        windows.append(ExportWindow::fromJson(value.toObject()));
    }
    return windows;
}

namespace {

struct OldestSearch
{
    MarketoClient* client;
    QPointer<QObject> receiver;
    std::function<void(Result<QDateTime>)> done;
    int block = 0;
    int blocksFound = 0;
    QDateTime oldest;
};

void searchBlock(std::shared_ptr<OldestSearch> search)
{
    if (search->blocksFound >= ExportWindowPlan::blocksWithPeople
        || search->block >= ExportWindowPlan::maxBlocks) {
        search->done(search->oldest);
        return;
    }
    QStringList ids;
    const qint64 first = qint64(search->block) * ExportWindowPlan::idBlock + 1;
    for (qint64 id = first; id < first + ExportWindowPlan::idBlock; ++id) {
        ids.append(QString::number(id));
    }
    ++search->block;
    MarketoApi(*search->client)
        .lookupLeads(QStringLiteral("id"), ids, { QStringLiteral("id"), QStringLiteral("createdAt") },
            search->receiver, [search](Result<QList<QJsonObject>> found) {
                if (!found) {
                    search->done(found.error());
                    return;
                }
                for (const QJsonObject& lead : std::as_const(*found)) {
                    const QDateTime created = parseTime(lead.value(QStringLiteral("createdAt")));
                    if (created.isValid() && (!search->oldest.isValid() || created < search->oldest)) {
                        search->oldest = created;
                    }
                }
                search->blocksFound += found->isEmpty() ? 0 : 1;
                searchBlock(search);
            });
}

} // namespace

void ExportWindowPlan::findOldest(
    MarketoClient& client, QObject* receiver, std::function<void(Result<QDateTime>)> done)
{
    auto search = std::make_shared<OldestSearch>();
    search->client = &client;
    search->receiver = receiver;
    search->done = std::move(done);
    searchBlock(search);
}

} // namespace sia
