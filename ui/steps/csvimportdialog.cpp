#include "csvimportdialog.h"

#include "csvfilepage.h"
#include "csvimportsession.h"
#include "csvmappingpage.h"
#include "csvpreviewpage.h"
#include "fittedtableview.h"
#include "theme.h"
#include "users/csv/importreportmodel.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

CsvImportDialog::CsvImportDialog(sia::UsersService* service, QWidget* parent)
    : QWizard(parent)
    , m_session(new CsvImportSession(service, this))
    , m_chooser([this](const QString& suggested) {
        return QFileDialog::getSaveFileName(
            this, tr("Save the import's report"), suggested, tr("CSV files (*.csv)"));
    })
{
    setWindowTitle(tr("Invite users from a CSV file"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(860, 600);
    m_file = new CsvFilePage(*m_session, this);
    m_mapping = new CsvMappingPage(*m_session, this);
    m_preview = new CsvPreviewPage(*m_session, this);
    setPage(FilePageId, m_file);
    setPage(MappingPageId, m_mapping);
    setPage(PreviewPageId, m_preview);
    setPage(DonePageId, buildDonePage());
    // Invite is the one action of the wizard that changes anything: it looks it. QWizard made and polished
    // its buttons already, so the style sheet is asked again.
    QAbstractButton* invite = button(QWizard::CommitButton);
    Theme::setRole(invite, Theme::Role::PrimaryButton);
    invite->style()->unpolish(invite);
    invite->style()->polish(invite);
    connect(m_session, &CsvImportSession::inviteFinished, this, [this] {
        if (const std::optional<sia::ImportResult>& result = m_session->result()) {
            showDone();
            emit imported(result->invited, QFileInfo(m_session->path()).fileName());
        }
    });
    connect(m_session, &CsvImportSession::reportChanged, this, &CsvImportDialog::showDone);
    connect(m_session, &CsvImportSession::reportFinished, this, [this] {
        if (currentId() != DonePageId) {
            return; // the preview page shows its own report's outcome
        }
        m_doneSaved->setText(m_session->reportError()
                ? m_session->reportError()->message
                : tr("The report was saved to %1.").arg(QDir::toNativeSeparators(m_session->reportPath())));
        m_doneSaved->show();
    });
}

QWizardPage* CsvImportDialog::buildDonePage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Invited"));
    page->setSubTitle(
        tr("The valid rows of the file are users of Actions now, invited and waiting to sign in."));
    auto* layout = new QVBoxLayout(page);
    m_done = new QLabel(page);
    m_done->setObjectName(QStringLiteral("importDone"));
    m_done->setWordWrap(true);
    Theme::setRole(m_done, Theme::Role::Headline);
    layout->addWidget(m_done);
    m_doneTeams = new QLabel(page);
    m_doneTeams->setWordWrap(true);
    m_doneTeams->hide();
    layout->addWidget(m_doneTeams);
    m_doneEmails = new QLabel(page);
    m_doneEmails->setObjectName(QStringLiteral("importEmails"));
    m_doneEmails->setWordWrap(true);
    layout->addWidget(m_doneEmails);
    m_doneTable = new FittedTableView(page);
    m_doneTable->setModel(m_session->reportModel());
    m_doneTable->setFittedRows(10);
    m_doneTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_doneTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_doneTable->verticalHeader()->hide();
    m_doneTable->horizontalHeader()->setStretchLastSection(true);
    m_doneTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_doneTable->setAccessibleName(tr("What became of each row"));
    layout->addWidget(m_doneTable, 1);
    auto* actions = new QHBoxLayout;
    m_saveDoneReport = new QPushButton(tr("Save report…"), page);
    m_saveDoneReport->setToolTip(tr("Every row of the file as CSV: invited or why not, and what became of "
                                    "its invitation email."));
    connect(m_saveDoneReport, &QPushButton::clicked, this, [this] {
        const QFileInfo file(m_session->path());
        //: The suggested name of the import's report; %1 the CSV file's name without its extension.
        const QString suggested = file.dir().filePath(tr("%1 - invited.csv").arg(file.completeBaseName()));
        if (const QString path = m_chooser(suggested); !path.isEmpty()) {
            m_doneSaved->setText(tr("Saving the report…"));
            m_doneSaved->show();
            m_session->saveReport(path);
        }
    });
    actions->addWidget(m_saveDoneReport, 0, Qt::AlignLeft);
    m_doneSaved = new QLabel(page);
    m_doneSaved->setWordWrap(true);
    m_doneSaved->hide();
    actions->addWidget(m_doneSaved, 1);
    layout->addLayout(actions);
    auto* next = new QLabel(tr("The emails' states change here as they go out. Step 5's users table keeps "
                               "them afterwards, where you can resend or revoke an invitation."),
        page);
    next->setWordWrap(true);
    Theme::setRole(next, Theme::Role::Muted);
    layout->addWidget(next);
    return page;
}

void CsvImportDialog::showDone()
{
    const std::optional<sia::ImportResult>& result = m_session->result();
    if (!result) {
        return;
    }
    //: %1 the CSV file's name.
    m_done->setText(tr("%n people invited from %1.", nullptr, result->invited)
                        .arg(QFileInfo(m_session->path()).fileName()));
    //: %1 the teams' names.
    m_doneTeams->setText(tr("Created %n team(s): %1.", nullptr, int(result->teamsCreated.size()))
                             .arg(result->teamsCreated.join(QStringLiteral(", "))));
    m_doneTeams->setVisible(!result->teamsCreated.isEmpty());
    if (m_session->reportReadError()) {
        m_doneEmails->setText(m_session->reportReadError()->message);
        return;
    }
    const sia::ImportReportCounts counts = m_session->reportModel()->report().counts();
    if (counts.rows == 0) {
        m_doneEmails->setText(tr("Reading what became of each row…"));
        return;
    }
    //: The invitation emails of the people just invited, by state.
    QString emails = tr("Invitation emails: %1 sent, %2 in the outbox, %3 not sent, %4 waiting to be sent.")
                         .arg(counts.sent)
                         .arg(counts.inOutbox)
                         .arg(counts.failed)
                         .arg(counts.waiting);
    if (counts.notInvited > 0) {
        emails += QLatin1Char('\n')
            + tr("%n row(s) of the file were not invited: the table says why.", nullptr, counts.notInvited);
    }
    m_doneEmails->setText(emails);
}
