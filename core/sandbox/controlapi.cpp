#include "sandbox/controlapi.h"

#include "sandbox/marketo/newpeoplerequest.h"
#include "sandbox/sandbox.h"

#include <QJsonDocument>

namespace sia::sandbox {
namespace {

SandboxResponse badRequest(const QString& message)
{
    return SandboxResponse::json(QJsonObject { { QStringLiteral("error"), message } }, 400);
}

// Arguments come as a JSON body or, for curl-friendliness, as query items.
QJsonObject arguments(const SandboxRequest& request)
{
    QJsonObject object = QJsonDocument::fromJson(request.body).object();
    for (const auto& [key, value] : request.query.queryItems(QUrl::FullyDecoded)) {
        bool isNumber = false;
        const qint64 number = value.toLongLong(&isNumber);
        object.insert(key,
            isNumber
                ? QJsonValue(number)
                : (value == u"true" || value == u"false" ? QJsonValue(value == u"true") : QJsonValue(value)));
    }
    return object;
}

} // namespace

void ControlApi::registerRoutes(SandboxRouter& router)
{
    router.add("POST", QStringLiteral("/sandbox/reset"), QStringLiteral("sandbox.reset"),
        [this](const SandboxRequest&) {
            m_sandbox.reset();
            return SandboxResponse::json(QJsonObject { { QStringLiteral("reset"), true } });
        });
    router.add("POST", QStringLiteral("/sandbox/mutate"), QStringLiteral("sandbox.mutate"),
        [this](const SandboxRequest& r) { return mutate(r); });
    router.add({ "GET", "POST" }, QStringLiteral("/sandbox/clock"), QStringLiteral("sandbox.clock"),
        [this](const SandboxRequest& r) { return clock(r); });
    router.add({ "GET", "POST", "DELETE" }, QStringLiteral("/sandbox/faults"),
        QStringLiteral("sandbox.faults"), [this](const SandboxRequest& r) { return faults(r); });
    router.add("GET", QStringLiteral("/sandbox/counters"), QStringLiteral("sandbox.counters"),
        [this](const SandboxRequest&) { return countersAnswer(); });
    router.add({ "GET", "POST", "DELETE" }, QStringLiteral("/sandbox/permissions"),
        QStringLiteral("sandbox.permissions"), [this](const SandboxRequest& r) {
            for (const auto& api : m_sandbox.apis()) {
                if (std::optional<SandboxResponse> answer
                    = api->control(r.method, QStringLiteral("permissions"), arguments(r))) {
                    return std::move(*answer);
                }
            }
            return badRequest(QStringLiteral("no module keeps permissions"));
        });
    router.add("GET", QStringLiteral("/sandbox/info"), QStringLiteral("sandbox.info"),
        [this](const SandboxRequest&) { return SandboxResponse::json(m_sandbox.readyInfo()); });
    router.addFallback(
        QStringLiteral("/sandbox/"), QStringLiteral("sandbox.unknown"), [](const SandboxRequest& r) {
            return SandboxResponse::json(QJsonObject { { QStringLiteral("error"),
                                             QStringLiteral("no control endpoint %1 %2")
                                                 .arg(QString::fromLatin1(r.method), r.path) } },
                404);
        });
}

SandboxResponse ControlApi::mutate(const SandboxRequest& request)
{
    const QJsonObject args = arguments(request);
    const QString kind = args.value(QStringLiteral("kind")).toString(QStringLiteral("people"));
    const qint64 count = args.value(QStringLiteral("count")).toInteger(1);
    if (count < 1) {
        return badRequest(QStringLiteral("count must be at least 1"));
    }
    QJsonObject answer { { QStringLiteral("kind"), kind } };
    if (kind == u"people" || kind == u"deletedPeople") {
        const QList<qint64> ids = kind == u"people" ? m_sandbox.dataset().mutatePeople(count)
                                                    : m_sandbox.dataset().deletePeople(count);
        QJsonArray idArray;
        for (const qint64 id : ids) {
            idArray.append(id);
        }
        answer.insert(QStringLiteral("changed"), ids.size());
        answer.insert(QStringLiteral("ids"), idArray);
        answer.insert(QStringLiteral("at"), m_sandbox.clock().now().toString(Qt::ISODateWithMs));
        return SandboxResponse::json(answer);
    }
    if (kind == u"reownPeople") {
        // "to": "user" (another user owns them; a queue's lead gains a Sales Owner), "queue" (leads lose
        // theirs), absent: either, drawn.
        const QString to = args.value(QStringLiteral("to")).toString();
        if (!to.isEmpty() && to != u"user" && to != u"queue") {
            return badRequest(QStringLiteral("'to' is 'user' or 'queue' (or absent: drawn)"));
        }
        const SandboxDataset::OwnerChange change = to == u"user"
            ? SandboxDataset::OwnerChange::ToUser
            : (to == u"queue" ? SandboxDataset::OwnerChange::ToQueue : SandboxDataset::OwnerChange::Drawn);
        QJsonArray idArray;
        for (const qint64 id : m_sandbox.dataset().reownPeople(count, change)) {
            idArray.append(id);
        }
        answer.insert(QStringLiteral("changed"), idArray.size());
        answer.insert(QStringLiteral("ids"), idArray);
        answer.insert(QStringLiteral("at"), m_sandbox.clock().now().toString(Qt::ISODateWithMs));
        return SandboxResponse::json(answer);
    }
    if (kind == u"newPeople") {
        const Result<NewPeopleSpec> spec = marketo::NewPeopleRequest::parse(args);
        if (!spec) {
            return badRequest(spec.error().message);
        }
        QJsonArray idArray;
        for (const qint64 id : m_sandbox.dataset().addPeople(*spec)) {
            idArray.append(id);
        }
        answer.insert(QStringLiteral("changed"), idArray.size());
        answer.insert(QStringLiteral("ids"), idArray);
        answer.insert(QStringLiteral("at"), m_sandbox.clock().now().toString(Qt::ISODateWithMs));
        return SandboxResponse::json(answer);
    }
    for (const auto& api : m_sandbox.apis()) {
        if (std::optional<QJsonObject> changed = api->mutate(kind, count)) {
            for (auto it = changed->begin(); it != changed->end(); ++it) {
                answer.insert(it.key(), it.value());
            }
            answer.insert(QStringLiteral("at"), m_sandbox.clock().now().toString(Qt::ISODateWithMs));
            return SandboxResponse::json(answer);
        }
    }
    return badRequest(QStringLiteral("nothing to mutate of kind '%1' (people, newPeople, reownPeople, "
                                     "deletedPeople, or a module's kind such "
                                     "as tasks, deletedTasks, emailOptOuts, emailOptIns)")
                          .arg(kind));
}

SandboxResponse ControlApi::clock(const SandboxRequest& request)
{
    SandboxClock& clock = m_sandbox.clock();
    if (request.method == "POST") {
        const QJsonObject args = arguments(request);
        // Freezing goes first: a set or advance in the same call then is the frozen time exactly (frozen
        // after them, the clock would stop a millisecond or more later than asked on a busy machine).
        const bool freezing = args.value(QStringLiteral("frozen")).toBool();
        if (freezing) {
            clock.setFrozen(true);
        }
        if (args.contains(QStringLiteral("set"))) {
            const QDateTime at
                = QDateTime::fromString(args.value(QStringLiteral("set")).toString(), Qt::ISODateWithMs);
            if (!at.isValid()) {
                return badRequest(
                    QStringLiteral("'set' needs an ISO 8601 date and time, e.g. 2025-03-01T12:00:00Z"));
            }
            clock.set(at);
        }
        if (args.contains(QStringLiteral("advanceSeconds"))) {
            clock.advance(qint64(args.value(QStringLiteral("advanceSeconds")).toDouble() * 1000));
        }
        if (args.contains(QStringLiteral("advanceMs"))) {
            clock.advance(args.value(QStringLiteral("advanceMs")).toInteger());
        }
        if (args.contains(QStringLiteral("frozen")) && !freezing) {
            clock.setFrozen(false);
        }
        if (args.value(QStringLiteral("reset")).toBool()) {
            clock.reset();
        }
    }
    return SandboxResponse::json(QJsonObject {
        { QStringLiteral("now"), clock.now().toString(Qt::ISODateWithMs) },
        { QStringLiteral("offsetMs"), clock.offsetMs() }, { QStringLiteral("frozen"), clock.isFrozen() } });
}

SandboxResponse ControlApi::faults(const SandboxRequest& request)
{
    if (request.method == "DELETE") {
        m_sandbox.faults().clear();
    } else if (request.method == "POST") {
        const QJsonObject args = arguments(request);
        if (Result<void> configured
            = m_sandbox.configureFaults(args.value(QStringLiteral("spec")).toString());
            !configured) {
            return badRequest(configured.error().message);
        }
        if (args.contains(QStringLiteral("seed"))) {
            m_sandbox.faults().setSeed(quint64(args.value(QStringLiteral("seed")).toInteger()));
        }
    }
    return SandboxResponse::json(QJsonObject { { QStringLiteral("rules"), m_sandbox.faults().toJson() },
        { QStringLiteral("fired"), m_sandbox.faults().firedCount() } });
}

SandboxResponse ControlApi::countersAnswer() const
{
    QJsonObject answer = m_sandbox.counters().toJson();
    const SandboxDataset& data = m_sandbox.dataset();
    answer.insert(QStringLiteral("people"), data.peopleCount());
    answer.insert(QStringLiteral("livingPeople"), data.peopleCount() - data.deletions().size());
    answer.insert(QStringLiteral("eligiblePeople"), data.eligiblePeopleCount());
    answer.insert(QStringLiteral("changes"), data.changes().size());
    answer.insert(QStringLiteral("faultsFired"), m_sandbox.faults().firedCount());
    answer.insert(QStringLiteral("inFlight"), m_sandbox.inFlight());
    for (const auto& api : m_sandbox.apis()) {
        const QJsonObject part = api->counters();
        if (!part.isEmpty()) {
            answer.insert(api->vendor(), part);
        }
    }
    return SandboxResponse::json(answer);
}

} // namespace sia::sandbox
