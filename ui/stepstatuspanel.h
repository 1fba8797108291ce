// A step's state and what can be done to it: its status (and why), its owner, its last change, and one
// button per action, enabled exactly when core allows that action. It asks; core decides.
#pragma once

#include "setup/setupplan.h"

#include <QFrame>
#include <QMap>

#include <optional>

class QLabel;
class QPushButton;
class StatusBadge;

class StepStatusPanel : public QFrame
{
    Q_OBJECT

public:
    explicit StepStatusPanel(QWidget* parent = nullptr);

    void setStepView(const sia::StepView& view);
    // Review mode: the state stays visible, the actions go away.
    void setReadOnly(bool readOnly);

    QPushButton* button(sia::StepAction action) const { return m_buttons.value(action); }
    QString statusText() const;

signals:
    void actionRequested(sia::StepAction action);

private:
    void updateButtons();

    StatusBadge* m_status;
    QLabel* m_reasonLabel;
    QLabel* m_reason;
    QLabel* m_owner;
    QLabel* m_lastChange;
    QWidget* m_actions;
    QLabel* m_readOnlyNote;
    QMap<sia::StepAction, QPushButton*> m_buttons;
    QList<sia::StepAction> m_allowed;
    std::optional<sia::StepAction> m_suggested; // core's next action for this step
    bool m_hasView = false;
    bool m_readOnly = false;
};
