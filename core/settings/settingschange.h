// What an admin changed in the sync settings (the dialog's edits, `settings set`, `settings import`),
// against what is stored: the summary of changes shown before anything is applied (one line each, empty
// when nothing changed), then applied in ONE transaction with the audit log. Turning the task sync on
// (tasks.sync from "off" to another option) records tasks.sync-started-at in the same transaction: only
// Actions tasks created after it are ever pushed (SPEC 6, rule 1).
#pragma once

#include "common/result.h"
#include "settings/settingdefinition.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QVariant>

#include <functional>
#include <optional>

namespace sia {

class Store;

struct SettingChangeLine
{
    SettingKey key;
    qint64 userId = 0; // 0: the instance
    QVariant from; // the value that applied before
    QVariant to; // the value that applies after
    bool backToInherited = false; // a user's override removed (the instance's value applies again)
    QString text; // "Log email by BCC: off → on (instance)"
};

struct AppliedSettings
{
    QList<SettingChangeLine> lines;
    bool taskSyncChanged = false; // tasks.sync was one of the lines
    bool taskSyncTurnedOn = false; // from off to another option (rule 1: tasks.sync-started-at set)
    // tasks.sync saved and not off: the dialog and the command line start a task sync run (rule 2).
    bool taskSyncRuns = false;

    // Several changes applied together (an imported file): their lines, and any of their task sync facts.
    void append(const AppliedSettings& other)
    {
        lines.append(other.lines);
        taskSyncChanged = taskSyncChanged || other.taskSyncChanged;
        taskSyncTurnedOn = taskSyncTurnedOn || other.taskSyncTurnedOn;
        taskSyncRuns = taskSyncRuns || other.taskSyncRuns;
    }
};

class SettingsChange
{
    Q_DECLARE_TR_FUNCTIONS(sia::SettingsChange)

public:
    // Changes for the instance (userId 0) or one user's own values.
    explicit SettingsChange(qint64 userId = 0, QString userLabel = {})
        : m_userId(userId)
        , m_userLabel(std::move(userLabel))
    { }

    qint64 userId() const { return m_userId; }
    void set(SettingKey key, const QVariant& value);
    // A user's own value removed, so that the instance's applies (refused for the instance).
    void useInstanceValue(SettingKey key);
    bool isEmpty() const { return m_edits.isEmpty(); }

    // Each edit checked (type, scope, format) before anything is shown or applied; then the lines of what
    // would change (an edit to the value that already applies is no change).
    Result<QList<SettingChangeLine>> summary(Store& store) const;
    // The summary's changes, all or none. now: when the task sync was turned on (tests pin it).
    Result<AppliedSettings> apply(
        Store& store, const QString& actor, const std::function<QDateTime()>& now = {}) const;

private:
    struct Edit
    {
        SettingKey key;
        std::optional<QVariant> value; // empty: back to the instance's
    };

    qint64 m_userId = 0;
    QString m_userLabel;
    QList<Edit> m_edits;
};

} // namespace sia
