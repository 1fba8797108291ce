#include "csvimportdialog.h"

#include "csvfilepage.h"
#include "csvimportsession.h"
#include "csvmappingpage.h"
#include "csvpreviewpage.h"
#include "theme.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

CsvImportDialog::CsvImportDialog(sia::UsersService* service, QWidget* parent)
    : QWizard(parent)
    , m_session(new CsvImportSession(service, this))
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
    auto* next = new QLabel(tr("Their invitation emails go out now. What becomes of each one (sent, in the "
                               "outbox, not sent and why) is in the users table of step 5, where you can "
                               "resend or revoke an invitation."),
        page);
    next->setWordWrap(true);
    Theme::setRole(next, Theme::Role::Muted);
    layout->addWidget(next);
    layout->addStretch(1);
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
}
