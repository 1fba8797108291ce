#include "settingbinding.h"

#include "settings/settingschange.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

SettingBinding::SettingBinding(
    sia::SettingKey key, QWidget* editor, Reader read, Writer write, QWidget* parent)
    : QObject(parent)
    , m_key(key)
    , m_editor(editor)
    , m_read(std::move(read))
    , m_write(std::move(write))
{
    const QString name = sia::settingDefinition(key).name;
    m_line = new QWidget(parent);
    m_line->setObjectName(QStringLiteral("source-") + name);
    auto* layout = new QHBoxLayout(m_line);
    layout->setContentsMargins(0, 0, 0, 0);
    m_source = new QLabel(m_line);
    m_source->setObjectName(QStringLiteral("sourceLabel-") + name);
    m_source->setWordWrap(true);
    Theme::setRole(m_source, Theme::Role::Muted);
    layout->addWidget(m_source, 1);
    m_useInstance = new QPushButton(tr("Use the instance's value"), m_line);
    m_useInstance->setObjectName(QStringLiteral("useInstance-") + name);
    //: %1 the setting's name
    m_useInstance->setAccessibleName(
        tr("Use the instance's value for %1").arg(sia::SyncSettings::label(key)));
    m_useInstance->hide();
    connect(m_useInstance, &QPushButton::clicked, this, &SettingBinding::useInstanceValue);
    layout->addWidget(m_useInstance);
    m_editor->setEnabled(false); // until a value is shown
}

void SettingBinding::load(const sia::EffectiveSetting& setting, qint64 userId, bool viewerIsTheUser)
{
    m_setting = setting;
    m_userId = userId;
    m_viewerIsTheUser = viewerIsTheUser;
    m_backToInstance = false;
    m_showing = true;
    m_write(setting.value);
    m_showing = false;
    m_baseline = m_read();
    update();
}

bool SettingBinding::isEditable() const
{
    const sia::SettingScopes scopes = sia::settingDefinition(m_key).scopes;
    return m_userId == 0 ? scopes.testFlag(sia::SettingScope::Instance)
                         : scopes.testFlag(sia::SettingScope::User);
}

void SettingBinding::setAvailable(bool available)
{
    m_available = available;
    update();
}

bool SettingBinding::isEdited() const
{
    return m_setting && isEditable() && (m_backToInstance || m_read() != m_baseline);
}

void SettingBinding::addTo(sia::SettingsChange& change) const
{
    if (!isEdited()) {
        return;
    }
    if (m_backToInstance) {
        change.useInstanceValue(m_key);
    } else {
        change.set(m_key, m_read());
    }
}

void SettingBinding::noteEdited()
{
    if (m_showing || !m_setting) {
        return;
    }
    m_backToInstance = false;
    update();
    emit edited();
}

void SettingBinding::useInstanceValue()
{
    if (!m_setting) {
        return;
    }
    m_showing = true;
    m_write(m_setting->instanceValue);
    m_showing = false;
    // Back to what applies already: nothing to save. From the user's own value: its removal is the edit.
    m_backToInstance = m_setting->source == sia::SettingSource::User;
    update();
    emit edited();
}

void SettingBinding::update()
{
    if (!m_setting) {
        m_editor->setEnabled(false);
        m_source->clear();
        m_useInstance->hide();
        return;
    }
    const bool editable = isEditable();
    m_editor->setEnabled(editable && m_available);
    const bool edited = isEdited();
    if (!editable) {
        m_source->setText(m_userId == 0
                ? tr("Each user sets their own in My account.")
                //: %1 where the value comes from ("default", "the instance's")
                : tr("Set for the instance; a user cannot have their own. Where it comes from: %1.")
                      .arg(sia::SyncSettings::sourceText(m_setting->source, m_viewerIsTheUser)));
        m_useInstance->hide();
        return;
    }
    if (edited) {
        const sia::SettingSource pending
            = m_backToInstance || m_userId == 0 ? sia::SettingSource::Instance : sia::SettingSource::User;
        //: %1 where the value will come from ("the instance's", "your own")
        m_source->setText(tr("Where it comes from: %1, once you save.")
                              .arg(sia::SyncSettings::sourceText(pending, m_viewerIsTheUser)));
    } else {
        //: %1 where the value comes from ("default", "the instance's", "your own")
        m_source->setText(tr("Where it comes from: %1.")
                              .arg(sia::SyncSettings::sourceText(m_setting->source, m_viewerIsTheUser)));
    }
    // A user's own value, saved or typed, can give way to the instance's.
    const bool own = (m_setting->source == sia::SettingSource::User && !m_backToInstance)
        || (edited && !m_backToInstance);
    m_useInstance->setVisible(m_userId != 0 && own);
    m_useInstance->setEnabled(m_available);
}
