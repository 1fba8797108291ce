#include "settings/settingschange.h"

#include "settings/settingsrepository.h"
#include "settings/syncsettings.h"
#include "store/store.h"

#include <QJsonObject>

namespace sia {

void SettingsChange::set(SettingKey key, const QVariant& value)
{
    for (Edit& edit : m_edits) {
        if (edit.key == key) {
            edit.value = value;
            return;
        }
    }
    m_edits.append({ key, value });
}

void SettingsChange::useInstanceValue(SettingKey key)
{
    for (Edit& edit : m_edits) {
        if (edit.key == key) {
            edit.value.reset();
            return;
        }
    }
    m_edits.append({ key, std::nullopt });
}

Result<QList<SettingChangeLine>> SettingsChange::summary(Store& store) const
{
    QList<SettingChangeLine> lines;
    const QString scope = m_userId == 0 ? tr("instance")
                                        : (m_userLabel.isEmpty() ? tr("user %1").arg(m_userId) : m_userLabel);
    for (const Edit& edit : m_edits) {
        Result<EffectiveSetting> current = SyncSettings::read(store, edit.key, m_userId);
        if (!current) {
            return current.error();
        }
        SettingChangeLine line;
        line.key = edit.key;
        line.userId = m_userId;
        line.from = current->value;
        if (!edit.value) {
            if (m_userId == 0) {
                return Error::input(QStringLiteral("settings.no-instance-to-inherit"),
                    tr("The instance's own value cannot be replaced by the instance's value: set a value "
                       "instead."));
            }
            if (current->source != SettingSource::User) {
                continue; // nothing of the user's own to remove
            }
            line.to = current->instanceValue;
            line.backToInherited = true;
        } else {
            Result<QVariant> checked = SettingsRepository::checkValue(edit.key, *edit.value, m_userId);
            if (!checked) {
                return checked.error();
            }
            line.to = *checked;
            // The preferences are a document the engines read field by field: a wrong field is refused
            // here, not found by the first email logged.
            if (edit.key == SettingKey::EmailApiPreferences) {
                if (Result<EmailApiPreferences> preferences
                    = EmailApiPreferences::fromJson(line.to.toJsonObject());
                    !preferences) {
                    return preferences.error();
                }
            }
            // The same value again is no change, unless it makes a default or an inherited value the
            // user's own (then it no longer follows the instance).
            if (line.to == line.from && (m_userId == 0 || current->source == SettingSource::User)) {
                continue;
            }
        }
        if (edit.key == SettingKey::EmailApiPreferences) {
            // A document: the fields that differ, not "changed → changed".
            const Result<EmailApiPreferences> before
                = EmailApiPreferences::fromJson(line.from.toJsonObject());
            const Result<EmailApiPreferences> after = EmailApiPreferences::fromJson(line.to.toJsonObject());
            const QStringList changes = SyncSettings::preferenceChanges(
                before ? *before : EmailApiPreferences(), after ? *after : EmailApiPreferences());
            if (changes.isEmpty() && !line.backToInherited) {
                continue; // the same preferences, written differently
            }
            //: %1 the setting, %2 its fields that change ("replies logged: off → on; …"), %3 whose
            line.text
                = tr("%1: %2 (%3)")
                      .arg(SyncSettings::label(edit.key),
                          changes.isEmpty() ? tr("the instance's value") : changes.join(QStringLiteral("; ")),
                          scope);
            lines.append(line);
            continue;
        }
        const QString from = SyncSettings::valueText(edit.key, line.from);
        const QString to = SyncSettings::valueText(edit.key, line.to);
        //: %1 the setting, %2 its value before, %3 after, %4 whose ("instance", a user's email)
        line.text = line.backToInherited
            ? tr("%1: %2 → the instance's value, %3 (%4)").arg(SyncSettings::label(edit.key), from, to, scope)
            : tr("%1: %2 → %3 (%4)").arg(SyncSettings::label(edit.key), from, to, scope);
        lines.append(line);
    }
    return lines;
}

Result<AppliedSettings> SettingsChange::apply(
    Store& store, const QString& actor, const std::function<QDateTime()>& now) const
{
    AppliedSettings applied;
    Result<void> done = store.transaction([&]() -> Result<void> {
        // Read again inside the transaction: what is applied is what the summary says now.
        Result<QList<SettingChangeLine>> lines = summary(store);
        if (!lines) {
            return lines.error();
        }
        SettingsRepository settings(store);
        for (const SettingChangeLine& line : *lines) {
            Result<void> written = line.backToInherited ? settings.clear(line.key, actor, m_userId)
                                                        : settings.set(line.key, line.to, actor, m_userId);
            if (!written) {
                return written;
            }
            if (line.key != SettingKey::TaskSync) {
                continue;
            }
            applied.taskSyncChanged = true;
            const bool wasOn = line.from.toString() != u"off";
            const bool isOn = line.to.toString() != u"off";
            applied.taskSyncRuns = isOn;
            if (!wasOn && isOn) {
                applied.taskSyncTurnedOn = true;
                // Rule 1: the moment it was turned on, in the same transaction.
                const QDateTime at = now ? now() : QDateTime::currentDateTimeUtc();
                if (Result<void> started = settings.set(SettingKey::TaskSyncStartedAt, at, actor, m_userId);
                    !started) {
                    return started;
                }
            }
        }
        applied.lines = *lines;
        return {};
    });
    if (!done) {
        return done.error();
    }
    return applied;
}

} // namespace sia
