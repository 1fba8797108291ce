// How far the setup is, at a glance: "3 of 7 steps complete", a bar, and what is in progress, blocked,
// skipped or locked.
#pragma once

#include "setup/plansnapshot.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QProgressBar;

class ProgressSummary : public QWidget
{
    Q_OBJECT

public:
    explicit ProgressSummary(QWidget* parent = nullptr);

    void setSnapshot(const sia::PlanSnapshot& snapshot);
    QString headline() const;
    QStringList details() const; // the chips' texts
    QProgressBar* bar() const { return m_bar; }

private:
    QLabel* m_headline;
    QProgressBar* m_bar;
    QHBoxLayout* m_chips;
    QList<QLabel*> m_chipLabels;
};
