// The Salesforce sync settings of SPEC section 6 (the three tabs: email via the API, email via BCC, tasks
// and reminders), as the dialog, `sia-admin settings` and the engines read them: each value with where it
// comes from (the default, the instance's, or the user's own override) and whether a user may override
// it; the email-logging preferences as a typed document; the task-sync options, each explained in one line
// with what the first sync will do.
#pragma once

#include "common/result.h"
#include "settings/settingdefinition.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QVariant>

namespace sia {

class Store;

enum class SettingSource
{
    Default,
    Instance,
    User // the user's own value, over the instance's
};

struct EffectiveSetting
{
    SettingKey key;
    QVariant value; // of the key's type
    SettingSource source = SettingSource::Default;
    bool userMayOverride = false;
    QVariant instanceValue; // what applies when the user has none (a user's snapshot only)
};

// The card of preferences for email activity logged through the Salesforce API (email.api-preferences).
struct EmailApiPreferences
{
    bool logSentEmails = true;
    bool logReplies = false; // a reply received, as its own task
    bool logCalls = true;
    // A contact's task is also related to the person's opportunity, else account (a lead's never: Salesforce
    // refuses a WhatId beside a lead's WhoId).
    bool relateToOpportunityOrAccount = true;
    QString emailSubtype = QStringLiteral("Email"); // Task.TaskSubtype of an email's task: Email or Task
    QString emailSubject = QStringLiteral("Email: {subject}"); // {subject} is the email's subject
    QString callSubject = QStringLiteral("Call: {subject}");

    QJsonObject toJson() const;
    // Missing keys keep their default; a wrong type or value is an input error that names it.
    static Result<EmailApiPreferences> fromJson(const QJsonObject& json);
    friend bool operator==(const EmailApiPreferences&, const EmailApiPreferences&) = default;
};

// One choice of tasks.sync.
struct TaskSyncOption
{
    QString key; // as stored: "off", "tasks-and-reminders"
    QString title;
    QString explanation; // one line
    QString firstRun; // what the first sync will do (empty for off)
};

class SyncSettings
{
    Q_DECLARE_TR_FUNCTIONS(sia::SyncSettings)

public:
    // The settings of the three tabs, in the dialog's order.
    static const QList<SettingKey>& keys();
    static bool isSyncSetting(SettingKey key);

    // Each key's value that applies, with its source: for the instance (userId 0) or for one user (only
    // the keys a user may hold, with the instance's value beside).
    static Result<QList<EffectiveSetting>> read(Store& store, qint64 userId = 0);
    static Result<EffectiveSetting> read(Store& store, SettingKey key, qint64 userId);

    static QList<TaskSyncOption> taskSyncOptions();

    // For people: the setting's name ("Log email through the Salesforce API"), a value as text ("on",
    // "Tasks and reminders ↔ Salesforce tasks"), where it comes from ("default", "the instance's", "your
    // own").
    static QString label(SettingKey key);
    static QString valueText(SettingKey key, const QVariant& value);
    // viewerIsTheUser: whoever reads it is the user whose own value it is ("your own").
    static QString sourceText(SettingSource source, bool viewerIsTheUser = true);
    // What differs between two preference documents, one phrase per field ("replies logged: off → on").
    static QStringList preferenceChanges(const EmailApiPreferences& from, const EmailApiPreferences& to);
};

} // namespace sia
