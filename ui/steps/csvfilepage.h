// The first page of step 5's CSV import: the file (Browse…, or a path a test sets), the encoding it is
// read in (detected, or picked from the list CsvReader can decode: picking one reads the file again), and
// what the reader found: the encoding and delimiter, the rows, the header; or the file's refusal
// (empty, binary, not in that encoding, too large, unreadable) with core's message. Next once it was read.
#pragma once

#include <QWizardPage>

#include <functional>

class Banner;
class CsvImportSession;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

class CsvFilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CsvFilePage(CsvImportSession& session, QWidget* parent = nullptr);

    // Asked for the file by Browse… (a file dialog by default): returns the path, or empty.
    using FileChooser = std::function<QString()>;
    void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

    void chooseFile(const QString& path); // reads it with the encoding chosen

    QLineEdit* pathEdit() const { return m_path; }
    QPushButton* browseButton() const { return m_browse; }
    QComboBox* encodingCombo() const { return m_encoding; }
    QLabel* encodingLabel() const { return m_encodingRead; }
    QLabel* delimiterLabel() const { return m_delimiter; }
    QLabel* rowsLabel() const { return m_rows; }
    QLabel* headerLabel() const { return m_header; }
    QLabel* statusLabel() const { return m_status; }
    Banner* refusalBanner() const { return m_refusal; }

    bool isComplete() const override;

private:
    void showRead();

    CsvImportSession& m_session;
    FileChooser m_chooser;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QComboBox* m_encoding;
    QLabel* m_encodingRead;
    QLabel* m_delimiter;
    QLabel* m_rows;
    QLabel* m_header;
    QLabel* m_status;
    Banner* m_refusal;
    QWidget* m_found;
};
