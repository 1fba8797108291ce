// What the window remembers between runs (the page the admin left off on, its geometry), in one INI
// file. Every key is an enum value with its default in one table: no string key anywhere else.
#pragma once

#include <QString>
#include <QVariant>

#include <memory>

class QSettings;

class UiState
{
public:
    enum class Key
    {
        CurrentPage,
        WindowGeometry,
        ReviewTab
    };

    // An empty file name keeps nothing: every value reads as its default and writes are dropped.
    explicit UiState(const QString& file);
    ~UiState();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};
