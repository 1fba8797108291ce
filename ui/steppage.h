// One step of the setup, for its owner: what it is, who owns it, what to do and when it is done, why it
// is locked, its status and actions, and its history. One class serves all seven steps.
#pragma once

#include "setup/setupplan.h"

#include <QScrollArea>

class Banner;
class QLabel;
class QGridLayout;
class QHBoxLayout;
class RecordTable;
class StepStatusPanel;

namespace sia {
class StepHistoryModel;
}

class StepPage : public QScrollArea
{
    Q_OBJECT

public:
    explicit StepPage(int step, QWidget* parent = nullptr);

    int step() const { return m_step; }
    // The plan as core sees it, and this step's history (newest first).
    void setSnapshot(const sia::PlanSnapshot& snapshot, const QList<sia::StepHistoryEntry>& history);
    void setReadOnly(bool readOnly);

    StepStatusPanel* statusPanel() const { return m_statusPanel; }
    Banner* lockBanner() const { return m_lockBanner; }
    RecordTable* historyTable() const { return m_history; }
    const sia::StepHistoryModel* historyModel() const { return m_historyModel; }

signals:
    void changeRequested(int step, sia::StepAction action, const QString& reason);
    void stepRequested(int step);
    void prerequisitesRequested();

private:
    QWidget* buildHeader(const sia::StepDefinition& definition);
    QWidget* buildInstructions(const sia::StepDefinition& definition);
    QWidget* buildDoneWhen(const sia::StepDefinition& definition);
    QWidget* buildControls(const sia::StepDefinition& definition);
    QWidget* buildHistory();
    void updateLockBanner(const sia::PlanSnapshot& snapshot, const sia::StepView& view);
    void onActionRequested(sia::StepAction action);

    int m_step;
    bool m_readOnly = false;
    Banner* m_lockBanner;
    StepStatusPanel* m_statusPanel;
    sia::StepHistoryModel* m_historyModel;
    RecordTable* m_history = nullptr;
};
