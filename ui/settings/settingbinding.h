// One sync setting's editor bound to what is stored (SPEC 6): the value loaded with where it comes from,
// whether the dialog's mode may change it (a user only the keys a user may override; the instance only
// its own keys), a user's "Use the instance's value", and the admin's edit as a SettingsChange entry. The
// editor widget stays its tab's; the binding reads and shows a value through two functions.
#pragma once

#include "settings/settingdefinition.h"
#include "settings/syncsettings.h"

#include <QObject>
#include <QVariant>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QWidget;

namespace sia {
class SettingsChange;
}

class SettingBinding : public QObject
{
    Q_OBJECT

public:
    using Reader = std::function<QVariant()>; // what the editor holds now
    using Writer = std::function<void(const QVariant&)>; // shows a value in the editor

    // editor: the widget (or the card of widgets) that edits the value; enabled only when it may be.
    SettingBinding(sia::SettingKey key, QWidget* editor, Reader read, Writer write, QWidget* parent);

    sia::SettingKey key() const { return m_key; }
    // Where the value comes from, and the action back to the instance's: for the tab to place.
    QWidget* sourceLine() const { return m_line; }
    QLabel* sourceLabel() const { return m_source; }
    QPushButton* useInstanceButton() const { return m_useInstance; }

    // The stored value as read for the instance (userId 0) or one user; shown, and the baseline of edits.
    // viewerIsTheUser: the one looking is that user (their own value reads "your own").
    void load(const sia::EffectiveSetting& setting, qint64 userId, bool viewerIsTheUser = true);
    bool isLoaded() const { return m_setting.has_value(); }
    // This mode may change the key: the instance its instance keys, a user the keys a user may override.
    bool isEditable() const;
    // Beyond the mode, whether the editor can be used now (the API tab: only when the org has the API).
    void setAvailable(bool available);
    bool isEdited() const;
    void addTo(sia::SettingsChange& change) const;

    // The tab's editor signals connect here: the admin changed the value.
    void noteEdited();

signals:
    void edited();

private:
    void useInstanceValue();
    void update();

    sia::SettingKey m_key;
    QWidget* m_editor;
    Reader m_read;
    Writer m_write;
    QWidget* m_line;
    QLabel* m_source;
    QPushButton* m_useInstance;
    std::optional<sia::EffectiveSetting> m_setting;
    qint64 m_userId = 0;
    bool m_viewerIsTheUser = true;
    QVariant m_baseline; // the loaded value as the editor gives it back
    bool m_backToInstance = false; // "Use the instance's value" pressed, not edited since
    bool m_available = true;
    bool m_showing = false; // the binding itself is writing to the editor
};
