// The vocabulary of the setup plan: a step's status, what an admin can do to it, and who owns it.
// Keys are stable English words (stored in the database, typed on the command line, written to JSON);
// labels are translated and only ever shown.
#pragma once

#include <QFlags>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace sia {

enum class StepStatus
{
    NotStarted,
    InProgress,
    Done,
    Blocked,
    Skipped
};

enum class StepAction
{
    Start,
    Done,
    Block,
    Skip,
    Reopen
};

enum class Persona
{
    MarketoAdmin = 0x1,
    SalesforceAdmin = 0x2
};
Q_DECLARE_FLAGS(Personas, Persona)
Q_DECLARE_OPERATORS_FOR_FLAGS(Personas)

QString statusKey(StepStatus status);
std::optional<StepStatus> statusFromKey(const QString& key);
QString statusLabel(StepStatus status);
QList<StepStatus> allStatuses();

QString actionKey(StepAction action);
std::optional<StepAction> actionFromKey(const QString& key);
QString actionLabel(StepAction action);
QList<StepAction> allActions();
bool actionNeedsReason(StepAction action);

QString personaLabel(Personas personas); // "Marketo admin or Salesforce admin"
QStringList personaKeys(Personas personas); // ["marketo-admin", "salesforce-admin"]

} // namespace sia
