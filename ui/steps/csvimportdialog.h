// Step 5's "Import from CSV…" (SPEC: choose a CSV file → check that the fields are mapped correctly →
// Invite → a confirmation), as a wizard of four pages: the file, its columns, every row with Invite N
// people, and what was done. The pages show one CsvImportSession, which forwards everything to
// sia::UsersService; nobody is invited before the third page's Invite, and then all of its valid rows or
// none, so that a cancelled wizard leaves nothing behind.
#pragma once

#include <QWizard>

#include <functional>

class CsvFilePage;
class CsvImportSession;
class CsvMappingPage;
class CsvPreviewPage;
class FittedTableView;
class QLabel;
class QPushButton;

namespace sia {
class UsersService;
} // namespace sia

class CsvImportDialog : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePageId,
        MappingPageId,
        PreviewPageId,
        DonePageId
    };

    explicit CsvImportDialog(sia::UsersService* service, QWidget* parent = nullptr);

    CsvImportSession* session() const { return m_session; }
    // Where the last page's report goes (tests answer without a dialog); an empty answer saves nothing.
    using FileChooser = std::function<QString(const QString& suggested)>;
    void setReportFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }
    CsvFilePage* filePage() const { return m_file; }
    CsvMappingPage* mappingPage() const { return m_mapping; }
    CsvPreviewPage* previewPage() const { return m_preview; }
    QLabel* doneLabel() const { return m_done; }
    QLabel* doneEmailsLabel() const { return m_doneEmails; }
    FittedTableView* doneTable() const { return m_doneTable; }
    QPushButton* saveDoneReportButton() const { return m_saveDoneReport; }

signals:
    void imported(int invited, const QString& fileName); // the import was done (the page says so too)

private:
    QWizardPage* buildDonePage();
    void showDone();

    CsvImportSession* m_session;
    FileChooser m_chooser;
    CsvFilePage* m_file;
    CsvMappingPage* m_mapping;
    CsvPreviewPage* m_preview;
    QLabel* m_done = nullptr;
    QLabel* m_doneTeams = nullptr;
    QLabel* m_doneEmails = nullptr;
    FittedTableView* m_doneTable = nullptr;
    QPushButton* m_saveDoneReport = nullptr;
    QLabel* m_doneSaved = nullptr;
};
