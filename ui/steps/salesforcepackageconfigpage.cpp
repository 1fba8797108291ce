#include "salesforcepackageconfigpage.h"

#include "banner.h"
#include "pagecards.h"
#include "setup/steps/stepregistry.h"
#include "theme.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using PageCards::card;
using PageCards::paragraph;
using State = sia::ChecklistItemResult::State;

SalesforcePackageConfigPage::SalesforcePackageConfigPage(QWidget* parent)
    : StepPageBase(sia::StepRegistry::get<sia::SalesforcePackageConfigStep>(), parent)
{
    setControls(buildControls());
    updateEnabled();
}

QWidget* SalesforcePackageConfigPage::buildControls()
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
    m_complete = new Banner(Banner::Tone::Info, controls);
    m_complete->setTitle(tr("The checklist is complete"));
    m_complete->setText(
        tr("Every item was verified through the Salesforce API or confirmed by hand: mark the "
           "step done below."));
    m_complete->hide();
    layout->addWidget(m_complete);

    QVBoxLayout* body = nullptr;
    QFrame* frame = card(controls, tr("Salesforce configuration checklist"), body);
    auto* hint
        = paragraph(tr("Each item is verified through the Salesforce API where it can be. Where the API "
                       "cannot tell, or only a person can, check it in Salesforce and confirm it: "
                       "your name and the time are recorded."),
            frame);
    Theme::setRole(hint, Theme::Role::Muted);
    body->addWidget(hint);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(14);
    grid->setVerticalSpacing(10);
    grid->setColumnStretch(1, 1);
    int line = 0;
    for (const sia::ChecklistItemDefinition& item : sia::SalesforceChecklist::items()) {
        Row row;
        row.state = new QLabel(tr("Not checked"), frame);
        row.state->setMinimumWidth(150);
        row.title = new QLabel(item.title, frame);
        row.title->setWordWrap(true);
        QFont bold = row.title->font();
        bold.setBold(true);
        row.title->setFont(bold);
        row.details = paragraph(item.instructions, frame);
        Theme::setRole(row.details, Theme::Role::Muted);
        row.confirm = new QPushButton(tr("Confirm"), frame);
        row.confirm->setAccessibleName(tr("Confirm by hand: %1").arg(item.title));
        connect(row.confirm, &QPushButton::clicked, this, [this, key = item.key] { onConfirm(key); });
        row.withdraw = new QPushButton(tr("Withdraw"), frame);
        row.withdraw->setAccessibleName(tr("Withdraw the confirmation: %1").arg(item.title));
        connect(row.withdraw, &QPushButton::clicked, this, [this, key = item.key] { onWithdraw(key); });
        auto* buttons = new QHBoxLayout;
        buttons->addWidget(row.confirm);
        buttons->addWidget(row.withdraw);
        grid->addWidget(row.state, line, 0, Qt::AlignTop);
        grid->addWidget(row.title, line, 1);
        grid->addLayout(buttons, line, 2, Qt::AlignTop);
        grid->addWidget(row.details, line + 1, 1, 1, 2);
        m_rows.insert(item.key, row);
        line += 2;
    }
    body->addLayout(grid);
    auto* checkRow = new QHBoxLayout;
    m_check = new QPushButton(tr("Check again"), frame);
    Theme::setRole(m_check, Theme::Role::PrimaryButton);
    connect(m_check, &QPushButton::clicked, this, &SalesforcePackageConfigPage::runCheck);
    checkRow->addWidget(m_check);
    checkRow->addStretch(1);
    body->addLayout(checkRow);
    layout->addWidget(frame);
    return controls;
}

QString SalesforcePackageConfigPage::stateText(const QString& key) const
{
    return m_rows.contains(key) ? m_rows.value(key).state->text() : QString();
}

QString SalesforcePackageConfigPage::detailsText(const QString& key) const
{
    return m_rows.contains(key) ? m_rows.value(key).details->text() : QString();
}

QPushButton* SalesforcePackageConfigPage::confirmButton(const QString& key) const
{
    return m_rows.value(key).confirm;
}

QPushButton* SalesforcePackageConfigPage::withdrawButton(const QString& key) const
{
    return m_rows.value(key).withdraw;
}

void SalesforcePackageConfigPage::setServices(const StepServices& services)
{
    m_service = services.salesforceChecklist;
    updateEnabled();
    runCheck();
}

void SalesforcePackageConfigPage::stepViewChanged(const sia::StepView&)
{
    updateEnabled();
}

void SalesforcePackageConfigPage::runCheck()
{
    if (!m_service || m_busy) {
        return;
    }
    m_busy = true;
    m_error->hide();
    for (Row& row : m_rows) {
        row.state->setText(tr("Checking…"));
    }
    updateEnabled();
    m_service->check([this](sia::Result<sia::ChecklistReport> report) { answer(report); });
}

void SalesforcePackageConfigPage::onConfirm(const QString& key)
{
    if (!m_service || m_busy) {
        return;
    }
    m_busy = true;
    m_error->hide();
    updateEnabled();
    m_service->confirmByHand(
        key, QString(), [this](sia::Result<sia::ChecklistReport> report) { answer(report); });
}

void SalesforcePackageConfigPage::onWithdraw(const QString& key)
{
    if (!m_service || m_busy) {
        return;
    }
    m_busy = true;
    m_error->hide();
    updateEnabled();
    m_service->withdrawConfirmation(
        key, [this](sia::Result<sia::ChecklistReport> report) { answer(report); });
}

void SalesforcePackageConfigPage::answer(const sia::Result<sia::ChecklistReport>& report)
{
    m_busy = false;
    if (!report) {
        m_error->setTitle(tr("Salesforce configuration checklist"));
        m_error->setText(QStringLiteral("%1 [%2]").arg(report.error().message, report.error().code));
        m_error->show();
        if (m_report) {
            showReport(*m_report);
        }
    } else {
        showReport(*report);
    }
    updateEnabled();
    emit checklistChanged();
}

void SalesforcePackageConfigPage::showReport(const sia::ChecklistReport& report)
{
    m_report = report;
    for (const sia::ChecklistItemResult& item : report.items) {
        Row& row = m_rows[item.definition.key];
        QString details;
        switch (item.state) {
        case State::Verified:
            row.state->setText(tr("✔ Verified"));
            details = tr("%1 (How: %2)").arg(item.finding, item.definition.verifiedBy);
            break;
        case State::NotDone:
            row.state->setText(tr("✘ Not done"));
            //: %1 what the API found, %2 what to do.
            details = tr("%1 To do: %2").arg(item.finding, item.definition.instructions);
            break;
        case State::ConfirmedByHand: {
            row.state->setText(tr("✔ Confirmed by hand"));
            const QString when
                = QLocale().toString(item.confirmation->confirmedAt.toLocalTime(), QLocale::ShortFormat);
            details = tr("Confirmed by %1 on %2.").arg(item.confirmation->confirmedBy, when);
            break;
        }
        case State::NeedsConfirmation:
            row.state->setText(tr("To confirm by hand"));
            details = item.apiProblem
                //: %1 why the API cannot tell, %2 what to do.
                ? tr("The API cannot tell (%1). To do: %2")
                      .arg(item.apiProblem->message, item.definition.instructions)
                : tr("Only a person can tell. To do: %1").arg(item.definition.instructions);
            break;
        }
        row.details->setText(details);
    }
    m_complete->setVisible(report.complete());
}

void SalesforcePackageConfigPage::updateEnabled()
{
    const bool canAct = m_service && !isReadOnly() && !m_busy;
    m_check->setEnabled(canAct);
    for (auto it = m_rows.begin(); it != m_rows.end(); ++it) {
        const sia::ChecklistItemResult* item = m_report ? m_report->item(it.key()) : nullptr;
        const bool confirmed = item && item->state == State::ConfirmedByHand;
        it->confirm->setVisible(item && item->state == State::NeedsConfirmation);
        it->confirm->setEnabled(canAct);
        it->withdraw->setVisible(confirmed);
        it->withdraw->setEnabled(canAct);
    }
}
