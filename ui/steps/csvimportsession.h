// What step 5's CSV import wizard works on: the file and the encoding asked for, the preview as
// sia::UsersService last answered it (or the file's refusal), the import's outcome, and whether an answer
// is on its way. Every change is forwarded to the service (the file is read and each row decided on the
// store's thread, never here); the wizard's pages show this session and call it, and decide nothing.
#pragma once

#include "users/usersservice.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace sia {
class ImportPreviewModel;
class ImportReportModel;
} // namespace sia

class CsvImportSession : public QObject
{
    Q_OBJECT

public:
    explicit CsvImportSession(sia::UsersService* service, QObject* parent = nullptr);

    // Reads the file (again): the columns matched from its header, or the ones kept for it.
    void read(const QString& path, const QString& encoding); // encoding empty: detected
    // The same table with another mapping: every row decided again.
    void remap(const sia::ColumnMapping& mapping);
    // Invites the valid rows of the preview shown, all or none; rememberMapping keeps the columns for the
    // next file with this header first. A stale preview (users.import-stale) is planned again at once.
    void invite(bool rememberMapping);
    // The preview's report (what would happen to each row) before Invite, the import's (what did) after.
    void saveReport(const QString& path);

    QString path() const { return m_path; }
    QString encoding() const { return m_encoding; }
    bool isBusy() const { return m_pending > 0 || m_inviting || m_reporting; }
    bool isReading() const { return m_pending > 0; } // a file read, or its rows decided again
    bool isInviting() const { return m_inviting; }

    // Null before a file was read and when it was refused (readError() says why).
    const sia::ImportPreview* preview() const { return m_preview ? &*m_preview : nullptr; }
    const std::optional<sia::Error>& readError() const { return m_readError; }
    // Core's answer to "may Invite go ahead?" for the preview shown (the mapping's refusal, nobody valid).
    sia::Result<void> importable() const;
    sia::ImportPreviewModel* model() const { return m_model; }

    const std::optional<sia::ImportResult>& result() const { return m_result; }
    const std::optional<sia::Error>& inviteError() const { return m_inviteError; }
    bool wasStale() const { return m_stale; } // the last invite was refused as stale and planned again
    const std::optional<sia::Error>& reportError() const { return m_reportError; }
    // After Invite: each row, invited or why not, and its invitation email as it stands (updated after each
    // delivery round); reportReadError() when the store could not be read for it.
    sia::ImportReportModel* reportModel() const { return m_reportModel; }
    const std::optional<sia::Error>& reportReadError() const { return m_reportReadError; }
    QString reportPath() const { return m_reportPath; }

signals:
    void busyChanged();
    void previewChanged(); // a new preview, or the file's refusal
    void inviteFinished(); // invited (result()), or refused (inviteError())
    void reportFinished(); // written (reportPath()), or not (reportError())
    void reportChanged(); // the import's report was read again (reportModel())

private:
    template<typename T> using Done = std::function<void(sia::Result<T>)>;
    // The service's answer to the latest request only: an older one that arrives late is dropped.
    Done<sia::ImportPreview> previewAnswer();
    void finishInvite(std::optional<sia::Error> error);
    void refreshReport();

    QPointer<sia::UsersService> m_service;
    sia::ImportPreviewModel* m_model;
    sia::ImportReportModel* m_reportModel;
    std::optional<sia::Error> m_reportReadError;
    QString m_path;
    QString m_encoding;
    std::optional<sia::ImportPreview> m_preview;
    std::optional<sia::Error> m_readError;
    std::optional<sia::ImportResult> m_result;
    std::optional<sia::Error> m_inviteError;
    std::optional<sia::Error> m_reportError;
    QString m_reportPath;
    quint64 m_request = 0;
    int m_pending = 0;
    bool m_inviting = false;
    bool m_reporting = false;
    bool m_stale = false;
};
