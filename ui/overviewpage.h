// The overview: how far the setup is, the persona table itself (SPEC section 3; a row opens its step),
// the next step to take, and the prerequisites to confirm before step 1.
#pragma once

#include "setup/setupplan.h"

#include <QScrollArea>

class PrerequisiteCard;
class ProgressSummary;
class QLabel;
class QPushButton;
class PersonaTableView;

namespace sia {
class PersonaTableModel;
}

class OverviewPage : public QScrollArea
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget* parent = nullptr);

    void setSnapshot(const sia::PlanSnapshot& snapshot);
    void setReadOnly(bool readOnly);
    // Scrolls to the prerequisites and puts the keyboard on the first one still to confirm.
    void revealPrerequisites();

    PersonaTableView* table() const { return m_table; }
    ProgressSummary* progress() const { return m_progress; }
    QPushButton* continueButton() const { return m_continue; }
    PrerequisiteCard* prerequisiteCard(const QString& key) const;

signals:
    void stepRequested(int step);
    void prerequisiteChangeRequested(const QString& key, bool confirmed);
    void prerequisiteCheckRequested(const QString& key);

private:
    QWidget* buildHeader();
    QWidget* buildProgress();
    QWidget* buildTable();
    QWidget* buildPrerequisites();
    void openRow(const QModelIndex& index);

    sia::PersonaTableModel* m_model;
    PersonaTableView* m_table = nullptr;
    ProgressSummary* m_progress = nullptr;
    QPushButton* m_continue = nullptr;
    QLabel* m_nextHint = nullptr;
    QWidget* m_prerequisiteSection = nullptr;
    QList<PrerequisiteCard*> m_prerequisites;
    bool m_readOnly = false;
    int m_suggestedStep = 0; // 0: none; then the button leads to the prerequisites, if any is open
};
