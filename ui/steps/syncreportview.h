// The dry run's report on step 4's page: people scanned and eligible, the excluded with their reasons,
// the warnings that exclude nobody, the duplicate emails among the eligible with examples (and that
// Actions keeps them as separate records, as Marketo does), and what a sync now would create, update,
// leave unchanged and skip. Shows a sia::EligibilityReport; decides nothing.
#pragma once

#include "sync/peoplesyncservice.h"

#include <QWidget>

class QLabel;
class SyncCountsView;

class SyncReportView : public QWidget
{
    Q_OBJECT

public:
    explicit SyncReportView(QWidget* parent = nullptr);

    void showReport(const sia::EligibilityReport& report);
    void clear();
    bool hasReport() const { return m_hasReport; }

    // For tests and the tour.
    QLabel* summaryLabel() const { return m_summary; }
    QLabel* exclusionsLabel() const { return m_exclusions; }
    QLabel* warningsLabel() const { return m_warnings; }
    QLabel* duplicatesLabel() const { return m_duplicates; }
    QLabel* duplicateExamplesLabel() const { return m_examples; }
    SyncCountsView* wouldDoView() const { return m_wouldDo; }

private:
    static QString reasonLines(const QList<sia::ReasonCount>& reasons);

    QLabel* m_empty;
    QWidget* m_body;
    QLabel* m_summary;
    QLabel* m_exclusions;
    QLabel* m_warnings;
    QLabel* m_duplicates;
    QLabel* m_examples;
    SyncCountsView* m_wouldDo;
    QLabel* m_finished;
    bool m_hasReport = false;
};
