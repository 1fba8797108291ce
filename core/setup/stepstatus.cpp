#include "setup/stepstatus.h"

#include <QCoreApplication>

namespace sia {

namespace {

struct StatusName
{
    StepStatus status;
    const char* key;
    const char* label;
};

constexpr StatusName statusNames[] = {
    { StepStatus::NotStarted, "not-started", QT_TRANSLATE_NOOP("sia::StepStatus", "Not started") },
    { StepStatus::InProgress, "in-progress", QT_TRANSLATE_NOOP("sia::StepStatus", "In progress") },
    { StepStatus::Done, "done", QT_TRANSLATE_NOOP("sia::StepStatus", "Done") },
    { StepStatus::Blocked, "blocked", QT_TRANSLATE_NOOP("sia::StepStatus", "Blocked") },
    { StepStatus::Skipped, "skipped", QT_TRANSLATE_NOOP("sia::StepStatus", "Skipped") },
};

struct ActionName
{
    StepAction action;
    const char* key;
    const char* label;
    bool needsReason;
};

constexpr ActionName actionNames[] = {
    { StepAction::Start, "start", QT_TRANSLATE_NOOP("sia::StepStatus", "Start"), false },
    { StepAction::Done, "done", QT_TRANSLATE_NOOP("sia::StepStatus", "Mark done"), false },
    { StepAction::Block, "block", QT_TRANSLATE_NOOP("sia::StepStatus", "Mark blocked…"), true },
    { StepAction::Skip, "skip", QT_TRANSLATE_NOOP("sia::StepStatus", "Skip…"), true },
    { StepAction::Reopen, "reopen", QT_TRANSLATE_NOOP("sia::StepStatus", "Reopen"), false },
};

QString translate(const char* text)
{
    return QCoreApplication::translate("sia::StepStatus", text);
}

} // namespace

QString statusKey(StepStatus status)
{
    for (const StatusName& name : statusNames) {
        if (name.status == status) {
            return QString::fromLatin1(name.key);
        }
    }
    Q_UNREACHABLE();
}

std::optional<StepStatus> statusFromKey(const QString& key)
{
    for (const StatusName& name : statusNames) {
        if (key == QLatin1String(name.key)) {
            return name.status;
        }
    }
    return std::nullopt;
}

QString statusLabel(StepStatus status)
{
    for (const StatusName& name : statusNames) {
        if (name.status == status) {
            return translate(name.label);
        }
    }
    Q_UNREACHABLE();
}

QList<StepStatus> allStatuses()
{
    QList<StepStatus> result;
    for (const StatusName& name : statusNames) {
        result.append(name.status);
    }
    return result;
}

QString actionKey(StepAction action)
{
    for (const ActionName& name : actionNames) {
        if (name.action == action) {
            return QString::fromLatin1(name.key);
        }
    }
    Q_UNREACHABLE();
}

std::optional<StepAction> actionFromKey(const QString& key)
{
    for (const ActionName& name : actionNames) {
        if (key == QLatin1String(name.key)) {
            return name.action;
        }
    }
    return std::nullopt;
}

QString actionLabel(StepAction action)
{
    for (const ActionName& name : actionNames) {
        if (name.action == action) {
            return translate(name.label);
        }
    }
    Q_UNREACHABLE();
}

QList<StepAction> allActions()
{
    QList<StepAction> result;
    for (const ActionName& name : actionNames) {
        result.append(name.action);
    }
    return result;
}

bool actionNeedsReason(StepAction action)
{
    for (const ActionName& name : actionNames) {
        if (name.action == action) {
            return name.needsReason;
        }
    }
    return false;
}

QString personaLabel(Personas personas)
{
    if (personas == (Persona::MarketoAdmin | Persona::SalesforceAdmin)) {
        return translate(QT_TRANSLATE_NOOP("sia::StepStatus", "Marketo admin or Salesforce admin"));
    }
    if (personas.testFlag(Persona::SalesforceAdmin)) {
        return translate(QT_TRANSLATE_NOOP("sia::StepStatus", "Salesforce admin"));
    }
    return translate(QT_TRANSLATE_NOOP("sia::StepStatus", "Marketo admin"));
}

QStringList personaKeys(Personas personas)
{
    QStringList keys;
    if (personas.testFlag(Persona::MarketoAdmin)) {
        keys << QStringLiteral("marketo-admin");
    }
    if (personas.testFlag(Persona::SalesforceAdmin)) {
        keys << QStringLiteral("salesforce-admin");
    }
    return keys;
}

} // namespace sia
