#include "review/auditcatalogue.h"

#include "common/timestamps.h"
#include "connections/connectionservice.h"
#include "setup/plandefinition.h"
#include "setup/stepstatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>

#include <functional>

namespace sia {

namespace {

// Titles are marked with QT_TRANSLATE_NOOP in the table below and translated here, when shown.
QString titleText(const char* text)
{
    return QCoreApplication::translate("sia::AuditCatalogue", text);
}

QString jsonValueText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString statusText(const QJsonValue& key)
{
    const std::optional<StepStatus> status = statusFromKey(key.toString());
    return status ? statusLabel(*status) : key.toString();
}

QString stepSubject(const QJsonObject& arguments)
{
    const int number = arguments.value(QStringLiteral("step")).toInt();
    const StepDefinition* step = PlanDefinition::step(number);
    return step
        ? QCoreApplication::translate("sia::AuditCatalogue", "Step %1 · %2").arg(number).arg(step->title)
        : QCoreApplication::translate("sia::AuditCatalogue", "Step %1").arg(number);
}

AuditText stepChange(const char* title, const AuditEntry& entry)
{
    const QJsonObject& a = entry.arguments;
    const QString from = statusText(a.value(QStringLiteral("from")));
    const QString to = statusText(a.value(QStringLiteral("to")));
    const QString reason = a.value(QStringLiteral("reason")).toString();
    QString details = reason.isEmpty()
        ? QCoreApplication::translate("sia::AuditCatalogue", "From %1 to %2.").arg(from, to)
        : QCoreApplication::translate("sia::AuditCatalogue", "From %1 to %2. Reason: %3")
              .arg(from, to, reason);
    QStringList dependents;
    for (const QJsonValue& step : a.value(QStringLiteral("doneDependents")).toArray()) {
        dependents << QLocale().toString(step.toInt());
    }
    if (!dependents.isEmpty()) {
        details += QLatin1Char(' ')
            + QCoreApplication::translate("sia::AuditCatalogue", "Steps already done that build on it: %1.")
                  .arg(QLocale().createSeparatedList(dependents));
    }
    return { titleText(title), stepSubject(a), details };
}

AuditText prerequisiteChange(const char* title, const AuditEntry& entry)
{
    const QString key = entry.arguments.value(QStringLiteral("prerequisite")).toString();
    const PrerequisiteDefinition* prerequisite = PlanDefinition::prerequisite(key);
    const QString note = entry.arguments.value(QStringLiteral("note")).toString();
    return { titleText(title),
        QCoreApplication::translate("sia::AuditCatalogue", "Prerequisite: %1")
            .arg(prerequisite ? prerequisite->title : key),
        note.isEmpty() ? QString()
                       : QCoreApplication::translate("sia::AuditCatalogue", "Note: %1").arg(note) };
}

AuditText settingChange(const char* title, const AuditEntry& entry)
{
    const QJsonObject& a = entry.arguments;
    const QString key = a.value(QStringLiteral("setting")).toString();
    const qint64 user = a.value(QStringLiteral("user")).toInteger();
    return { titleText(title),
        user == 0
            ? QCoreApplication::translate("sia::AuditCatalogue", "Setting %1").arg(key)
            : QCoreApplication::translate("sia::AuditCatalogue", "Setting %1 of user %2").arg(key).arg(user),
        a.contains(QStringLiteral("value"))
            ? QCoreApplication::translate("sia::AuditCatalogue", "New value: %1")
                  .arg(jsonValueText(a.value(QStringLiteral("value"))))
            : QCoreApplication::translate("sia::AuditCatalogue", "Back to its default value.") };
}

QString connectionSubject(const QJsonObject& arguments)
{
    const QString key = arguments.value(QStringLiteral("service")).toString();
    const std::optional<ConnectionService> service = fromKey<ConnectionService>(key);
    const QString name = !service                ? key
        : *service == ConnectionService::Marketo ? QStringLiteral("Marketo")
                                                 : QStringLiteral("Salesforce");
    return QCoreApplication::translate("sia::AuditCatalogue", "Connection to %1").arg(name);
}

// One wording per connection action; the arguments are those ConnectionRepository writes.
QString connectionDetails(const AuditEntry& entry)
{
    const QJsonObject& a = entry.arguments;
    const auto text = [&a](const char* name) {
        return a.value(QLatin1String(name)).toString();
    };
    const QString action = entry.action;
    if (action == QLatin1String("connection.connected")) {
        return QCoreApplication::translate("sia::AuditCatalogue", "As %1, from %2.")
            .arg(text("user"), text("from"));
    }
    if (action == QLatin1String("connection.tested")) {
        QStringList failed;
        for (const QJsonValue& key : a.value(QStringLiteral("failed")).toArray()) {
            failed << key.toString();
        }
        return a.value(QStringLiteral("passed")).toBool()
            ? QCoreApplication::translate("sia::AuditCatalogue", "Every check passed.")
            : QCoreApplication::translate("sia::AuditCatalogue", "Failed checks: %1.")
                  .arg(QLocale().createSeparatedList(failed));
    }
    if (action == QLatin1String("connection.disconnected")
        || action == QLatin1String("connection.handover-started")) {
        return QCoreApplication::translate("sia::AuditCatalogue", "Owner: %1.").arg(text("owner"));
    }
    if (action == QLatin1String("connection.handover-cancelled")) {
        return QCoreApplication::translate("sia::AuditCatalogue", "Started by %1.").arg(text("by"));
    }
    if (action == QLatin1String("connection.handed-over")) {
        return QCoreApplication::translate(
            "sia::AuditCatalogue", "Taken over from %1; now connected as %2 from %3.")
            .arg(text("from"), text("user"), text("machine"));
    }
    if (action == QLatin1String("connection.previous-retired")) {
        return QCoreApplication::translate("sia::AuditCatalogue", "The credentials of %1 were retired.")
            .arg(text("from"));
    }
    if (action == QLatin1String("connection.retire-failed")) {
        return QCoreApplication::translate(
            "sia::AuditCatalogue", "The credentials of %1 could not be retired (%2): retire them by hand.")
            .arg(text("from"), text("code"));
    }
    return AuditCatalogue::argumentsText(a);
}

AuditText connectionChange(const char* title, const AuditEntry& entry)
{
    return { titleText(title), connectionSubject(entry.arguments), connectionDetails(entry) };
}

AuditText instanceCreated(const char* title, const AuditEntry& entry)
{
    return { titleText(title),
        QCoreApplication::translate("sia::AuditCatalogue", "Actions instance %1")
            .arg(entry.arguments.value(QStringLiteral("name")).toString()),
        QString() };
}

// Step 1's entries carry no role: they are admins. A user's entry is titled as such, whatever the key's
// title (which the filter matches) says.
bool aboutAUser(const QJsonObject& arguments)
{
    return arguments.value(QStringLiteral("role")).toString() == QLatin1String("user");
}

QString teamsText(const QJsonValue& teams)
{
    QStringList names;
    for (const QJsonValue& team : teams.toArray()) {
        names << team.toString();
    }
    return QLocale().createSeparatedList(names);
}

AuditText userInvited(const char* title, const AuditEntry& entry)
{
    const QJsonObject& a = entry.arguments;
    const bool original = a.value(QStringLiteral("original")).toBool();
    const QString source = a.value(QStringLiteral("source")).toString();
    const bool fromMarketo = source == QLatin1String("marketo-admin");
    QString details;
    if (source == QLatin1String("csv")) {
        //: %1 the CSV file's name, %2 its row
        details = QCoreApplication::translate("sia::AuditCatalogue", "From row %2 of %1.")
                      .arg(a.value(QStringLiteral("file")).toString())
                      .arg(a.value(QStringLiteral("row")).toInt());
    } else if (original) {
        details = fromMarketo ? QCoreApplication::translate("sia::AuditCatalogue",
                      "Chosen from Marketo's admins; the original user of the instance.")
                              : QCoreApplication::translate(
                                  "sia::AuditCatalogue", "Typed in; the original user of the instance.");
    } else {
        details = fromMarketo
            ? QCoreApplication::translate("sia::AuditCatalogue", "Chosen from Marketo's admins.")
            : QCoreApplication::translate("sia::AuditCatalogue", "Typed in.");
    }
    if (a.value(QStringLiteral("again")).toBool()) {
        details += QLatin1Char(' ')
            + QCoreApplication::translate("sia::AuditCatalogue", "Invited again after removal or expiry.");
    }
    const QString teams = teamsText(a.value(QStringLiteral("teams")));
    if (!teams.isEmpty()) {
        details
            += QLatin1Char(' ') + QCoreApplication::translate("sia::AuditCatalogue", "Teams: %1.").arg(teams);
    }
    return { aboutAUser(a) ? QCoreApplication::translate("sia::AuditCatalogue", "User invited")
                           : titleText(title),
        a.value(QStringLiteral("email")).toString(), details };
}

AuditText userRemoved(const char* title, const AuditEntry& entry)
{
    const QJsonObject& a = entry.arguments;
    return { aboutAUser(a) ? QCoreApplication::translate("sia::AuditCatalogue", "User removed")
                           : titleText(title),
        a.value(QStringLiteral("email")).toString(),
        a.value(QStringLiteral("original")).toBool() ? QCoreApplication::translate(
            "sia::AuditCatalogue", "The original user, removed before the people sync started.")
                                                     : QString() };
}

AuditText roleChanged(const char* title, const AuditEntry& entry)
{
    const QJsonObject& a = entry.arguments;
    return { titleText(title), a.value(QStringLiteral("email")).toString(),
        QCoreApplication::translate("sia::AuditCatalogue", "From %1 to %2.")
            .arg(a.value(QStringLiteral("from")).toString(), a.value(QStringLiteral("to")).toString()) };
}

AuditText teamsChanged(const char* title, const AuditEntry& entry)
{
    const QJsonObject& a = entry.arguments;
    return { titleText(title), a.value(QStringLiteral("email")).toString(),
        QCoreApplication::translate("sia::AuditCatalogue", "Teams now: %1.")
            .arg(teamsText(a.value(QStringLiteral("to")))) };
}

AuditText invitationChange(const char* title, const AuditEntry& entry)
{
    const QJsonObject& a = entry.arguments;
    QString details;
    if (entry.action == QLatin1String("invitation.delivered")) {
        details = a.value(QStringLiteral("delivery")).toString() == QLatin1String("outbox")
            ? QCoreApplication::translate("sia::AuditCatalogue", "Written to the outbox: %1")
                  .arg(a.value(QStringLiteral("where")).toString())
            : QCoreApplication::translate("sia::AuditCatalogue", "Accepted by the mail server: %1")
                  .arg(a.value(QStringLiteral("where")).toString());
    } else if (entry.action == QLatin1String("invitation.delivery-failed")) {
        details = a.value(QStringLiteral("reason")).toString();
    } else if (a.value(QStringLiteral("expired")).toBool()) {
        details
            = QCoreApplication::translate("sia::AuditCatalogue", "The invitation had expired: a new one.");
    } else if (a.value(QStringLiteral("original")).toBool()) {
        details = QCoreApplication::translate(
            "sia::AuditCatalogue", "The original user, revoked before the people sync started.");
    }
    return { titleText(title), a.value(QStringLiteral("email")).toString(), details };
}

AuditText invitationsRetried(const char* title, const AuditEntry& entry)
{
    const int count = entry.arguments.value(QStringLiteral("count")).toInt();
    return { titleText(title),
        QCoreApplication::translate(
            "sia::AuditCatalogue", "%n failed invitation(s) queued again", nullptr, count),
        QString() };
}

AuditText teamChange(const char* title, const AuditEntry& entry)
{
    const QJsonObject& a = entry.arguments;
    QString details;
    if (a.contains(QStringLiteral("to"))) {
        details = QCoreApplication::translate("sia::AuditCatalogue", "Renamed to %1.")
                      .arg(a.value(QStringLiteral("to")).toString());
    } else if (a.contains(QStringLiteral("members"))) {
        // The count in a variable of its own: Qt 6.4's lupdate never finishes on a call with arguments there.
        const int members = a.value(QStringLiteral("members")).toInt();
        details = QCoreApplication::translate(
            "sia::AuditCatalogue", "%n member(s) left the team.", nullptr, members);
    } else if (a.contains(QStringLiteral("file"))) {
        details = QCoreApplication::translate("sia::AuditCatalogue", "Named in %1.")
                      .arg(a.value(QStringLiteral("file")).toString());
    }
    return { titleText(title),
        QCoreApplication::translate("sia::AuditCatalogue", "Team %1")
            .arg(a.value(QStringLiteral("team")).toString()),
        details };
}

AuditText usersImported(const char* title, const AuditEntry& entry)
{
    const QJsonObject& a = entry.arguments;
    const QString teams = teamsText(a.value(QStringLiteral("teamsCreated")));
    const int invited = a.value(QStringLiteral("invited")).toInt(); // a plain count: see teamChange
    return { titleText(title), a.value(QStringLiteral("file")).toString(),
        teams.isEmpty()
            ? QCoreApplication::translate("sia::AuditCatalogue", "%n user(s) invited.", nullptr, invited)
            : QCoreApplication::translate(
                "sia::AuditCatalogue", "%n user(s) invited; teams created: %1.", nullptr, invited)
                  .arg(teams) };
}

AuditText handConfirmation(const char* title, const AuditEntry& entry)
{
    const QString note = entry.arguments.value(QStringLiteral("note")).toString();
    return { titleText(title),
        QCoreApplication::translate("sia::AuditCatalogue", "Confirmed by hand: %1")
            .arg(entry.arguments.value(QStringLiteral("item")).toString()),
        note.isEmpty() ? QString()
                       : QCoreApplication::translate("sia::AuditCatalogue", "Note: %1").arg(note) };
}

AuditText taskConflict(const char* title, const AuditEntry& entry)
{
    const QJsonObject& a = entry.arguments;
    const QString kept = a.value(QStringLiteral("kept")).toString();
    QString outcome;
    if (kept == u"actions") {
        outcome = QCoreApplication::translate(
            "sia::AuditCatalogue", "The Actions edit was kept (it was the later one).");
    } else if (kept == u"salesforce-deletion") {
        outcome = QCoreApplication::translate("sia::AuditCatalogue",
            "Salesforce had deleted the task: the deletion stands over the Actions edit.");
    } else {
        outcome = QCoreApplication::translate(
            "sia::AuditCatalogue", "The Salesforce edit was kept (it was the later one).");
    }
    return { titleText(title),
        QCoreApplication::translate("sia::AuditCatalogue", "Task %1 (Salesforce %2) changed on both sides")
            .arg(a.value(QStringLiteral("task")).toInteger())
            .arg(a.value(QStringLiteral("salesforceTask")).toString()),
        outcome };
}

// The command center's and `sia-admin tasks`' changes (TaskRepository).
AuditText taskChange(const char* title, const AuditEntry& entry)
{
    const QJsonObject& a = entry.arguments;
    const QString subject = QCoreApplication::translate("sia::AuditCatalogue", "Task %1 “%2”")
                                .arg(a.value(QStringLiteral("task")).toInteger())
                                .arg(a.value(QStringLiteral("subject")).toString());
    QString details;
    if (entry.action == u"task.created") {
        const QString due = a.value(QStringLiteral("due")).toString();
        details = due.isEmpty() ? QCoreApplication::translate("sia::AuditCatalogue", "No due date.")
                                : QCoreApplication::translate("sia::AuditCatalogue", "Due %1.").arg(due);
    } else if (entry.action == u"task.edited") {
        QStringList fields;
        for (const QJsonValue& field : a.value(QStringLiteral("fields")).toArray()) {
            const QString key = field.toString();
            fields.append(key == u"subject" ? QCoreApplication::translate("sia::AuditCatalogue", "subject")
                    : key == u"due"         ? QCoreApplication::translate("sia::AuditCatalogue", "due date")
                    : key == u"priority"    ? QCoreApplication::translate("sia::AuditCatalogue", "priority")
                    : key == u"description"
                    ? QCoreApplication::translate("sia::AuditCatalogue", "description")
                    : key == u"owner" ? QCoreApplication::translate("sia::AuditCatalogue", "owner")
                                      : key);
        }
        details = QCoreApplication::translate("sia::AuditCatalogue", "Changed: %1.")
                      .arg(QLocale().createSeparatedList(fields));
    } else if (entry.action == u"task.deleted") {
        details = a.value(QStringLiteral("salesforceTask")).toString().isEmpty()
            ? QCoreApplication::translate("sia::AuditCatalogue", "It was never in Salesforce.")
            : QCoreApplication::translate(
                "sia::AuditCatalogue", "The task sync deletes it in Salesforce too (%1).")
                  .arg(a.value(QStringLiteral("salesforceTask")).toString());
    } else {
        details = QCoreApplication::translate("sia::AuditCatalogue", "Status: %1.")
                      .arg(a.value(QStringLiteral("status")).toString());
    }
    return { titleText(title), subject, details };
}

struct ActionWording
{
    const char* key;
    const char* title; // marked for lupdate, translated when shown
    std::function<AuditText(const char*, const AuditEntry&)> render;
    const char* requiredArgument; // without it the entry is worded as an unknown one
};

const QList<ActionWording>& wordings()
{
    static const QList<ActionWording> table {
        { "step.start", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Step started"), stepChange, "step" },
        { "step.done", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Step done"), stepChange, "step" },
        { "step.block", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Step blocked"), stepChange, "step" },
        { "step.skip", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Step skipped"), stepChange, "step" },
        { "step.reopen", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Step reopened"), stepChange, "step" },
        { "prerequisite.confirmed", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Prerequisite confirmed"),
            prerequisiteChange, "prerequisite" },
        { "prerequisite.withdrawn", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Prerequisite withdrawn"),
            prerequisiteChange, "prerequisite" },
        { "task.conflict", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Task sync conflict"), taskConflict,
            "task" },
        { "task.created", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Task created"), taskChange, "task" },
        { "task.edited", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Task edited"), taskChange, "task" },
        { "task.completed", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Task completed"), taskChange, "task" },
        { "task.reopened", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Task reopened"), taskChange, "task" },
        { "task.deleted", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Task deleted"), taskChange, "task" },
        { "setting.changed", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Setting changed"), settingChange,
            "setting" },
        { "setting.cleared", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Setting cleared"), settingChange,
            "setting" },
        { "connection.connected", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Connected"), connectionChange,
            "service" },
        { "connection.tested", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Connection tested"),
            connectionChange, "service" },
        { "connection.disconnected", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Disconnected"),
            connectionChange, "service" },
        { "connection.handover-started", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Hand-over started"),
            connectionChange, "service" },
        { "connection.handover-cancelled", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Hand-over cancelled"),
            connectionChange, "service" },
        { "connection.handed-over", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Connection handed over"),
            connectionChange, "service" },
        { "connection.previous-retired",
            QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Previous credentials retired"), connectionChange,
            "service" },
        { "connection.retire-failed",
            QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Previous credentials not retired"), connectionChange,
            "service" },
        { "instance.created", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Instance created"), instanceCreated,
            "name" },
        { "user.invited", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Admin invited"), userInvited, "email" },
        { "user.removed", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Admin removed"), userRemoved, "email" },
        { "user.role-changed", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Role changed"), roleChanged,
            "email" },
        { "user.teams-changed", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Teams changed"), teamsChanged,
            "email" },
        { "users.imported", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Users imported from CSV"),
            usersImported, "file" },
        { "invitation.resent", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Invitation sent again"),
            invitationChange, "email" },
        { "invitation.revoked", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Invitation revoked"),
            invitationChange, "email" },
        { "invitation.delivered", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Invitation email delivered"),
            invitationChange, "email" },
        { "invitation.delivery-failed",
            QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Invitation email not delivered"), invitationChange,
            "email" },
        { "invitation.retried", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Failed invitations retried"),
            invitationsRetried, "count" },
        { "team.created", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Team created"), teamChange, "team" },
        { "team.renamed", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Team renamed"), teamChange, "team" },
        { "team.deleted", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Team deleted"), teamChange, "team" },
        { "confirmation.recorded", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Confirmed by hand"),
            handConfirmation, "item" },
        { "confirmation.withdrawn", QT_TRANSLATE_NOOP("sia::AuditCatalogue", "Confirmation withdrawn"),
            handConfirmation, "item" },
    };
    return table;
}

const ActionWording* wording(const QString& key)
{
    for (const ActionWording& candidate : wordings()) {
        if (key == QLatin1String(candidate.key)) {
            return &candidate;
        }
    }
    return nullptr;
}

} // namespace

bool AuditCatalogue::isKnown(const QString& actionKey)
{
    return wording(actionKey) != nullptr;
}

QStringList AuditCatalogue::knownActions()
{
    QStringList keys;
    for (const ActionWording& candidate : wordings()) {
        keys << QLatin1String(candidate.key);
    }
    return keys;
}

QString AuditCatalogue::actionTitle(const QString& actionKey)
{
    const ActionWording* known = wording(actionKey);
    return known ? titleText(known->title) : actionKey;
}

AuditText AuditCatalogue::render(const AuditEntry& entry)
{
    const ActionWording* known = wording(entry.action);
    if (known && entry.arguments.contains(QLatin1String(known->requiredArgument))) {
        return known->render(known->title, entry);
    }
    return { known ? titleText(known->title) : entry.action, QString(), argumentsText(entry.arguments) };
}

QStringList AuditCatalogue::actionsMatching(const QString& text)
{
    const QString wanted = text.trimmed();
    QStringList keys;
    if (wanted.isEmpty()) {
        return keys;
    }
    for (const ActionWording& candidate : wordings()) {
        if (titleText(candidate.title).contains(wanted, Qt::CaseInsensitive)) {
            keys << QLatin1String(candidate.key);
        }
    }
    return keys;
}

QString AuditCatalogue::argumentsText(const QJsonObject& arguments)
{
    QStringList parts;
    for (auto it = arguments.constBegin(); it != arguments.constEnd(); ++it) {
        parts << tr("%1: %2").arg(it.key(), jsonValueText(it.value()));
    }
    return parts.join(QStringLiteral("; "));
}

QJsonObject AuditCatalogue::toJson(const AuditEntry& entry)
{
    const AuditText text = render(entry);
    return {
        { QStringLiteral("id"), entry.id },
        { QStringLiteral("at"),
            entry.at.isValid() ? QJsonValue(toStoredTimestamp(entry.at)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("actor"), entry.actor },
        { QStringLiteral("action"), entry.action },
        { QStringLiteral("arguments"), entry.arguments },
        { QStringLiteral("text"),
            QJsonObject { { QStringLiteral("action"), text.action },
                { QStringLiteral("subject"), text.subject }, { QStringLiteral("details"), text.details } } },
    };
}

} // namespace sia
