// The third page of step 5's CSV import: every row of the file with its verdict and why
// (sia::ImportPreviewModel), the counts per verdict, the teams the import creates, "only rows with
// problems", and Save report… (the per-row report, as the command line's --report writes it). Its commit
// button, "Invite N people", invites the valid rows through the service, all or none; it is off whenever
// core says the preview cannot be imported. A refusal is shown here; a stale preview (the users changed
// meanwhile) is planned again at once and the page says so.
#pragma once

#include <QWizardPage>

#include <functional>

class Banner;
class CsvImportSession;
class QCheckBox;
class QGridLayout;
class QIdentityProxyModel;
class QLabel;
class QPushButton;
class QTableView;

class CsvPreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CsvPreviewPage(CsvImportSession& session, QWidget* parent = nullptr);

    // Asked where to save the report (a file dialog by default): returns the path, or empty.
    using FileChooser = std::function<QString(const QString& suggested)>;
    void setReportFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

    QLabel* validLabel() const { return m_valid; }
    QStringList problemCounts() const; // the counts shown beside the valid rows', in their order
    QLabel* teamsLabel() const { return m_teams; }
    QLabel* hintLabel() const { return m_hint; }
    QCheckBox* problemsOnlyCheck() const { return m_problemsOnly; }
    QTableView* view() const { return m_view; }
    QPushButton* reportButton() const { return m_report; }
    QLabel* reportLabel() const { return m_reportText; }
    Banner* banner() const { return m_banner; }

    void initializePage() override;
    bool isComplete() const override;
    // Starts the import and stays; the wizard moves on when the service answers that it was done.
    bool validatePage() override;

private:
    void showPreview();
    void showInvite();
    void showReport();
    void onSaveReport();

    CsvImportSession& m_session;
    FileChooser m_chooser;
    QLabel* m_valid;
    QGridLayout* m_countsGrid;
    QList<QLabel*> m_counts;
    QLabel* m_teams;
    QLabel* m_hint;
    QCheckBox* m_problemsOnly;
    QIdentityProxyModel* m_decorated;
    QTableView* m_view;
    QPushButton* m_report;
    QLabel* m_reportText;
    Banner* m_banner;
};
