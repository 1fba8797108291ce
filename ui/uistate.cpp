#include "uistate.h"

#include <QSettings>

namespace {

struct KeyEntry
{
    UiState::Key key;
    const char* name;
    QVariant defaultValue;
};

const KeyEntry& entryFor(UiState::Key key)
{
    static const KeyEntry table[] = {
        { UiState::Key::CurrentPage, "window/currentPage", QStringLiteral("overview") },
        { UiState::Key::WindowGeometry, "window/geometry", QByteArray() },
        { UiState::Key::ReviewTab, "review/currentTab", 0 },
    };
    for (const KeyEntry& entry : table) {
        if (entry.key == key) {
            return entry;
        }
    }
    Q_UNREACHABLE();
}

} // namespace

UiState::UiState(const QString& file)
{
    if (!file.isEmpty()) {
        m_settings = std::make_unique<QSettings>(file, QSettings::IniFormat);
    }
}

UiState::~UiState() = default;

QVariant UiState::value(Key key) const
{
    const KeyEntry& entry = entryFor(key);
    if (!m_settings) {
        return entry.defaultValue;
    }
    return m_settings->value(QString::fromLatin1(entry.name), entry.defaultValue);
}

void UiState::setValue(Key key, const QVariant& value)
{
    if (m_settings) {
        m_settings->setValue(QString::fromLatin1(entryFor(key).name), value);
    }
}

void UiState::sync()
{
    if (m_settings) {
        m_settings->sync();
    }
}
