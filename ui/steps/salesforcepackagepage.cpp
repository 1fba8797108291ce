#include "salesforcepackagepage.h"

#include "banner.h"
#include "pagecards.h"
#include "setup/steps/stepregistry.h"
#include "theme.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using PageCards::card;
using PageCards::paragraph;
using Verdict = sia::PackageReport::Verdict;

SalesforcePackagePage::SalesforcePackagePage(QWidget* parent)
    : StepPageBase(sia::StepRegistry::get<sia::SalesforcePackageStep>(), parent)
{
    setControls(buildControls());
    updateEnabled();
}

QWidget* SalesforcePackagePage::buildControls()
{
    auto* controls = new QWidget(this);
    controls->setObjectName(QStringLiteral("stepControls"));
    auto* layout = new QVBoxLayout(controls);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    m_error = new Banner(Banner::Tone::Error, controls);
    m_error->setClosable(true);
    m_error->hide();
    layout->addWidget(m_error);

    QVBoxLayout* body = nullptr;
    QFrame* package = card(controls, tr("Marketo Sales Insight in the org"), body);
    //: %1 the namespace prefix, %2 the supported version.
    auto* hint
        = paragraph(tr("SIA Admin reads the org's installed packages (Tooling API) and looks for the "
                       "namespace %1; version %2 or newer is supported.")
                        .arg(sia::PackageReport::namespacePrefix(), sia::PackageReport::supportedVersion()),
            package);
    Theme::setRole(hint, Theme::Role::Muted);
    body->addWidget(hint);
    m_verdict = paragraph(tr("Not checked yet."), package);
    m_verdict->setObjectName(QStringLiteral("packageVerdict"));
    body->addWidget(m_verdict);
    m_version = paragraph(QString(), package);
    m_version->setObjectName(QStringLiteral("packageVersion"));
    m_version->hide();
    body->addWidget(m_version);
    m_guide = new QLabel(package);
    m_guide->setTextFormat(Qt::RichText);
    m_guide->setOpenExternalLinks(true);
    m_guide->setText(
        QStringLiteral("<a href=\"%1\">%2</a>")
            .arg(sia::PackageReport::installGuide().toString(QUrl::FullyEncoded),
                tr("How to install or upgrade Marketo Sales Insight from AppExchange").toHtmlEscaped()));
    body->addWidget(m_guide);
    auto* row = new QHBoxLayout;
    m_check = new QPushButton(tr("Check again"), package);
    Theme::setRole(m_check, Theme::Role::PrimaryButton);
    connect(m_check, &QPushButton::clicked, this, &SalesforcePackagePage::runCheck);
    row->addWidget(m_check);
    row->addStretch(1);
    body->addLayout(row);
    layout->addWidget(package);

    QVBoxLayout* handBody = nullptr;
    QFrame* hand = card(controls, tr("Confirm by hand"), handBody);
    m_handCard = hand;
    auto* handHint = paragraph(tr("Only where the Salesforce API cannot tell (not connected, or no access to "
                                  "the Tooling API): check Setup, Installed Packages, in Salesforce, then "
                                  "confirm here. Your name and the time are recorded."),
        hand);
    Theme::setRole(handHint, Theme::Role::Muted);
    handBody->addWidget(handHint);
    m_confirmation = paragraph(QString(), hand);
    m_confirmation->setObjectName(QStringLiteral("packageConfirmation"));
    handBody->addWidget(m_confirmation);
    m_note = new QLineEdit(hand);
    m_note->setPlaceholderText(tr("Note (optional): the version you saw, for example"));
    m_note->setAccessibleName(tr("Note"));
    handBody->addWidget(m_note);
    auto* handRow = new QHBoxLayout;
    m_confirm = new QPushButton(tr("Confirm the package is installed"), hand);
    connect(m_confirm, &QPushButton::clicked, this, &SalesforcePackagePage::onConfirm);
    handRow->addWidget(m_confirm);
    m_withdraw = new QPushButton(tr("Withdraw the confirmation"), hand);
    connect(m_withdraw, &QPushButton::clicked, this, &SalesforcePackagePage::onWithdraw);
    handRow->addWidget(m_withdraw);
    handRow->addStretch(1);
    handBody->addLayout(handRow);
    hand->hide();
    layout->addWidget(hand);
    return controls;
}

void SalesforcePackagePage::setServices(const StepServices& services)
{
    m_service = services.salesforcePackage;
    updateEnabled();
    runCheck();
}

void SalesforcePackagePage::stepViewChanged(const sia::StepView&)
{
    updateEnabled();
}

void SalesforcePackagePage::runCheck()
{
    if (!m_service || m_busy) {
        return;
    }
    m_busy = true;
    m_error->hide();
    m_verdict->setText(tr("Asking Salesforce for the installed packages…"));
    updateEnabled();
    m_service->check([this](sia::Result<sia::PackageReport> report) { answer(report); });
}

void SalesforcePackagePage::onConfirm()
{
    if (!m_service || m_busy) {
        return;
    }
    m_busy = true;
    m_error->hide();
    updateEnabled();
    m_service->confirmByHand(
        m_note->text(), [this](sia::Result<sia::PackageReport> report) { answer(report); });
}

void SalesforcePackagePage::onWithdraw()
{
    if (!m_service || m_busy) {
        return;
    }
    m_busy = true;
    m_error->hide();
    updateEnabled();
    m_service->withdrawConfirmation([this](sia::Result<sia::PackageReport> report) { answer(report); });
}

void SalesforcePackagePage::answer(const sia::Result<sia::PackageReport>& report)
{
    m_busy = false;
    if (!report) {
        m_error->setTitle(tr("Sales Insight package"));
        m_error->setText(QStringLiteral("%1 [%2]").arg(report.error().message, report.error().code));
        m_error->show();
        if (m_report) {
            showReport(*m_report);
        }
    } else {
        m_note->clear();
        showReport(*report);
    }
    updateEnabled();
    emit reportChanged();
}

void SalesforcePackagePage::showReport(const sia::PackageReport& report)
{
    m_report = report;
    m_verdict->setText(report.advice());
    if (report.detected && report.detected->action != sia::SalesforcePackageStatus::Action::Install) {
        //: %1 the package's name, %2 its version, %3 the supported version.
        m_version->setText(tr("Found: %1, version %2 (supported: %3 or newer).")
                               .arg(report.detected->name,
                                   QStringLiteral("%1.%2")
                                       .arg(report.detected->majorVersion)
                                       .arg(report.detected->minorVersion),
                                   sia::PackageReport::supportedVersion()));
        m_version->show();
    } else {
        m_version->hide();
    }
    const bool byHand
        = report.verdict == Verdict::ConfirmByHand || report.verdict == Verdict::ConfirmedByHand;
    m_handCard->setVisible(byHand);
    if (report.confirmation && byHand) {
        const QString when
            = QLocale().toString(report.confirmation->confirmedAt.toLocalTime(), QLocale::ShortFormat);
        m_confirmation->setText(report.confirmation->note.isEmpty()
                ? tr("Confirmed by %1 on %2.").arg(report.confirmation->confirmedBy, when)
                //: %1 who, %2 when, %3 the note.
                : tr("Confirmed by %1 on %2: “%3”.")
                      .arg(report.confirmation->confirmedBy, when, report.confirmation->note));
    } else {
        m_confirmation->setText(tr("Not confirmed."));
    }
}

void SalesforcePackagePage::updateEnabled()
{
    const bool canAct = m_service && !isReadOnly() && !m_busy;
    m_check->setEnabled(canAct);
    const bool confirmed = m_report && m_report->verdict == Verdict::ConfirmedByHand;
    m_confirm->setEnabled(canAct && m_report && m_report->verdict == Verdict::ConfirmByHand);
    m_withdraw->setEnabled(canAct && confirmed);
    m_withdraw->setVisible(confirmed);
    m_note->setReadOnly(!canAct);
}
