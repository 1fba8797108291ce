#include "csvimportsession.h"

#include "users/csv/importpreviewmodel.h"
#include "users/csv/importreportmodel.h"
#include "users/invitationdelivery.h"

CsvImportSession::CsvImportSession(sia::UsersService* service, QObject* parent)
    : QObject(parent)
    , m_service(service)
    , m_model(new sia::ImportPreviewModel(this))
    , m_reportModel(new sia::ImportReportModel(this))
{
    // The emails go out after the import: each round's outcome shows in the report.
    if (m_service && m_service->delivery()) {
        connect(m_service->delivery(), &sia::InvitationDelivery::roundFinished, this,
            &CsvImportSession::refreshReport);
    }
}

void CsvImportSession::refreshReport()
{
    if (!m_service || !m_result || !m_preview) {
        return;
    }
    m_service->importReport(
        m_preview->plan, [self = QPointer<CsvImportSession>(this)](sia::Result<sia::ImportReport> report) {
            if (!self) {
                return;
            }
            if (report) {
                self->m_reportModel->setReport(std::move(*report));
                self->m_reportReadError.reset();
            } else {
                self->m_reportReadError = report.error();
            }
            emit self->reportChanged();
        });
}

CsvImportSession::Done<sia::ImportPreview> CsvImportSession::previewAnswer()
{
    const quint64 request = ++m_request;
    ++m_pending;
    emit busyChanged();
    // The service answers on its own object; this session may be gone by then (the wizard closed).
    return [self = QPointer<CsvImportSession>(this), request](sia::Result<sia::ImportPreview> answer) {
        if (!self) {
            return;
        }
        --self->m_pending;
        if (request == self->m_request) {
            if (answer) {
                self->m_preview = std::move(*answer);
                self->m_readError.reset();
                self->m_model->setPlan(self->m_preview->plan);
            } else {
                self->m_preview.reset();
                self->m_readError = answer.error();
                self->m_model->clear();
            }
            emit self->previewChanged();
        }
        emit self->busyChanged();
    };
}

void CsvImportSession::read(const QString& path, const QString& encoding)
{
    if (!m_service || m_inviting) {
        return;
    }
    m_path = path;
    m_encoding = encoding;
    m_result.reset();
    m_inviteError.reset();
    m_stale = false;
    sia::CsvReadOptions options;
    options.encoding = encoding;
    m_service->preview(path, options, std::nullopt, previewAnswer());
}

void CsvImportSession::remap(const sia::ColumnMapping& mapping)
{
    if (!m_service || !m_preview || m_inviting) {
        return;
    }
    m_inviteError.reset();
    m_stale = false;
    m_service->replan(*m_preview, mapping, previewAnswer());
}

sia::Result<void> CsvImportSession::importable() const
{
    if (m_readError) {
        return *m_readError;
    }
    if (!m_preview) {
        return sia::Error::input(
            QStringLiteral("users.import-no-file"), tr("Choose the CSV file to invite people from."));
    }
    return m_preview->importable();
}

void CsvImportSession::invite(bool rememberMapping)
{
    if (!m_service || isBusy() || m_result || !importable()) {
        return;
    }
    m_inviting = true;
    m_inviteError.reset();
    m_stale = false;
    emit busyChanged();
    const QPointer<CsvImportSession> self(this);
    const auto import = [self, service = m_service, preview = *m_preview] {
        if (!self || !service) {
            return;
        }
        service->import(preview, [self](sia::Result<sia::ImportResult> imported) {
            if (!self) {
                return;
            }
            if (imported) {
                self->m_result = std::move(*imported);
                self->refreshReport();
                self->finishInvite(std::nullopt);
            } else {
                self->finishInvite(imported.error());
            }
        });
    };
    if (!rememberMapping) {
        import();
        return;
    }
    m_service->saveMapping(
        m_preview->mapping, m_preview->table.header, [self, import](sia::Result<bool> saved) {
            if (!self) {
                return;
            }
            if (!saved) {
                self->finishInvite(saved.error()); // nobody invited: the admin sees why and tries again
                return;
            }
            import();
        });
}

void CsvImportSession::finishInvite(std::optional<sia::Error> error)
{
    m_inviting = false;
    m_inviteError = std::move(error);
    // Core refused because the store changed since the preview: the same file planned again against the
    // store as it is now, for the admin to check before inviting again.
    m_stale = m_inviteError && m_inviteError->code == QStringLiteral("users.import-stale");
    if (m_stale && m_preview) {
        m_service->replan(*m_preview, m_preview->mapping, previewAnswer());
    }
    emit inviteFinished();
    emit busyChanged();
}

void CsvImportSession::saveReport(const QString& path)
{
    if (!m_service || !m_preview || m_reporting || path.isEmpty()) {
        return;
    }
    m_reporting = true;
    m_reportError.reset();
    emit busyChanged();
    auto written = [self = QPointer<CsvImportSession>(this), path](sia::Result<bool> written) {
        if (!self) {
            return;
        }
        self->m_reporting = false;
        if (written) {
            self->m_reportPath = path;
        } else {
            self->m_reportError = written.error();
        }
        emit self->reportFinished();
        emit self->busyChanged();
    };
    // Before Invite, what would happen to each row; after it, what did.
    if (m_result) {
        m_service->saveImportReport(m_reportModel->report(), path, std::move(written));
    } else {
        m_service->saveReport(m_preview->plan, path, std::move(written));
    }
}
