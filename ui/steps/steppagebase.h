// What every step's page shares: the header (what it is, who owns it), the lock banner and the step's
// cautions, what to do and when it is done, the status panel with its actions, and the history. Each step
// has its own page class over this base (ui/steps/*page.*), which places that step's controls with
// setControls(); core's state class for the step (sia::SetupStep) says what the page shows.
#pragma once

#include "review/recordpage.h"
#include "setup/setupplan.h"
#include "stepservices.h"

#include <QScrollArea>

class Banner;
class QLabel;
class QGridLayout;
class QHBoxLayout;
class QVBoxLayout;
class RecordTable;
class StepStatusPanel;

namespace sia {
class SetupStep;
class StepHistoryModel;
class StoreWorker;
} // namespace sia

class StepPageBase : public QScrollArea
{
    Q_OBJECT

public:
    int step() const { return m_step; }
    const sia::SetupStep& setupStep() const { return m_setupStep; }
    // Where older pages of this step's history come from as its table scrolls.
    void setHistorySource(sia::StoreWorker* worker);
    // The plan as core sees it, and the first page of this step's history (newest first).
    void setSnapshot(
        const sia::PlanSnapshot& snapshot, const sia::RecordPage<sia::StepHistoryEntry>& history);
    void setReadOnly(bool readOnly);
    // The services this step's controls work through (most steps need none).
    virtual void setServices(const StepServices& /*services*/) { }

    StepStatusPanel* statusPanel() const { return m_statusPanel; }
    Banner* lockBanner() const { return m_lockBanner; }
    Banner* cautionBanner() const { return m_cautionBanner; }
    QWidget* controls() const { return m_controls; }
    RecordTable* historyTable() const { return m_history; }
    const sia::StepHistoryModel* historyModel() const { return m_historyModel; }

signals:
    void changeRequested(int step, sia::StepAction action, const QString& reason);
    void stepRequested(int step);
    void prerequisitesRequested();

protected:
    StepPageBase(const sia::SetupStep& step, QWidget* parent);

    // Puts the step's own controls below "Done when"; the page takes ownership. Called once, by the
    // step's page class.
    void setControls(QWidget* controls);
    // Puts more of the step's controls below both columns, at the page's full width (wide tables, long
    // reports); the page takes ownership. Called at most once.
    void setWideControls(QWidget* controls);
    // The card a step shows until its controls exist: what they will do, from core's step class.
    QWidget* pendingControls() const;
    // A fresh view of this step arrived: a step's page updates its own controls here.
    virtual void stepViewChanged(const sia::StepView& view);
    bool isReadOnly() const { return m_readOnly; }

private:
    QWidget* buildHeader(const sia::StepDefinition& definition);
    QWidget* buildInstructions(const sia::StepDefinition& definition);
    QWidget* buildDoneWhen(const sia::StepDefinition& definition);
    QWidget* buildHistory();
    void updateLockBanner(const sia::StepView& view);
    void updateCautionBanner(const sia::StepView& view);
    void onActionRequested(sia::StepAction action);

    const sia::SetupStep& m_setupStep;
    int m_step;
    bool m_readOnly = false;
    Banner* m_lockBanner;
    Banner* m_cautionBanner;
    QVBoxLayout* m_controlsSlot = nullptr;
    QWidget* m_controls = nullptr;
    QVBoxLayout* m_wideSlot = nullptr;
    QWidget* m_wideControls = nullptr;
    StepStatusPanel* m_statusPanel;
    sia::StepHistoryModel* m_historyModel;
    RecordTable* m_history = nullptr;
};
