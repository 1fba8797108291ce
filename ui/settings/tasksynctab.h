// The sync settings' third tab (SPEC 6, "Tasks and reminders → Salesforce tasks"): the options of
// sia::SyncSettings::taskSyncOptions() as radio buttons ("do not sync" first, the default), each with its
// one-line explanation and what the first sync will do; and the minutes between two runs (the instance's).
#pragma once

#include <QWidget>

class QButtonGroup;
class QRadioButton;
class QSpinBox;
class SettingBinding;

class TaskSyncTab : public QWidget
{
    Q_OBJECT

public:
    explicit TaskSyncTab(QWidget* parent = nullptr);

    QList<SettingBinding*> bindings() const { return m_bindings; }

    // For tests and accessibility: the button of an option by its stored key ("off").
    QRadioButton* optionButton(const QString& key) const;
    QSpinBox* intervalSpin() const { return m_interval; }

private:
    QString chosen() const;
    void choose(const QString& key);

    QButtonGroup* m_options;
    QList<QRadioButton*> m_buttons; // in the options' order
    QSpinBox* m_interval;
    QList<SettingBinding*> m_bindings;
};
