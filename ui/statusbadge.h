// A step's status as a small pill: its icon and its words on a tint of its colour.
#pragma once

#include "setup/stepstatus.h"

#include <QFrame>

class QLabel;

class StatusBadge : public QFrame
{
    Q_OBJECT

public:
    explicit StatusBadge(QWidget* parent = nullptr);

    void setStatus(sia::StepStatus status, bool locked);
    QString text() const;

private:
    QLabel* m_icon;
    QLabel* m_text;
};
