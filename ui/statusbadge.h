// A step's status as a small pill: its icon and its words on a tint of its colour.
#pragma once

#include "setup/plansnapshot.h"

#include <QFrame>

class QLabel;

class StatusBadge : public QFrame
{
    Q_OBJECT

public:
    explicit StatusBadge(QWidget* parent = nullptr);

    void setStepView(const sia::StepView& view);
    QString text() const;

private:
    QLabel* m_icon;
    QLabel* m_text;
};
