// Asks why a step is blocked or skipped. Core refuses either without a reason, so the dialog cannot be
// confirmed until the reason says something.
#pragma once

#include "setup/stepstatus.h"

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;
class QPushButton;

class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(int step, sia::StepAction action, QWidget* parent = nullptr);

    int step() const { return m_step; }
    sia::StepAction action() const { return m_action; }
    QString reason() const; // trimmed
    void setReason(const QString& reason);
    QPushButton* confirmButton() const { return m_confirm; }

private:
    void updateConfirm();

    int m_step;
    sia::StepAction m_action;
    QPlainTextEdit* m_reason;
    QDialogButtonBox* m_buttons;
    QPushButton* m_confirm;
};
