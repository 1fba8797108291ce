#include "steppagebase.h"

#include "banner.h"
#include "pagecards.h"
#include "personabadge.h"
#include "reasondialog.h"
#include "recordtable.h"
#include "review/stephistorymodel.h"
#include "setup/steps/setupstep.h"
#include "statusdecorationmodel.h"
#include "stepstatuspanel.h"
#include "theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using PageCards::card;
using PageCards::paragraph;

namespace {

QString bulletList(const QStringList& items)
{
    QString html = QStringLiteral("<ul style=\"margin-top: 2px; margin-bottom: 0px; -qt-list-indent: 1;\">");
    for (const QString& item : items) {
        html += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

StepPageBase::StepPageBase(const sia::SetupStep& step, QWidget* parent)
    : QScrollArea(parent)
    , m_setupStep(step)
    , m_step(step.number())
    , m_lockBanner(new Banner(Banner::Tone::Locked))
    , m_cautionBanner(new Banner(Banner::Tone::Warning))
    , m_statusPanel(new StepStatusPanel)
    , m_historyModel(new sia::StepHistoryModel(this))
{
    const sia::StepDefinition& definition = step.definition();
    setObjectName(QStringLiteral("step-%1").arg(m_step));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Step %1: %2").arg(m_step).arg(definition.title));
    Theme::setRole(this, Theme::Role::Content);

    auto* content = new QWidget;
    Theme::setRole(content, Theme::Role::Content);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 24, 32, 32);
    layout->setSpacing(16);
    layout->addWidget(buildHeader(definition));

    m_lockBanner->setParent(content);
    m_lockBanner->setTitle(tr("This step is locked"));
    m_lockBanner->hide();
    layout->addWidget(m_lockBanner);
    m_cautionBanner->setParent(content);
    m_cautionBanner->setObjectName(QStringLiteral("cautionBanner"));
    m_cautionBanner->setTitle(tr("Keep in mind"));
    m_cautionBanner->hide();
    layout->addWidget(m_cautionBanner);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(20);
    auto* left = new QVBoxLayout;
    left->setSpacing(16);
    left->addWidget(buildInstructions(definition));
    left->addWidget(buildDoneWhen(definition));
    m_controlsSlot = new QVBoxLayout;
    m_controlsSlot->setContentsMargins(0, 0, 0, 0);
    left->addLayout(m_controlsSlot);
    left->addStretch();
    auto* right = new QVBoxLayout;
    m_statusPanel->setParent(content);
    right->addWidget(m_statusPanel);
    right->addStretch();
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    layout->addLayout(columns);
    m_wideSlot = new QVBoxLayout;
    m_wideSlot->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_wideSlot);
    layout->addWidget(buildHistory());
    layout->addStretch();
    setWidget(content);

    connect(m_statusPanel, &StepStatusPanel::actionRequested, this, &StepPageBase::onActionRequested);
}

QWidget* StepPageBase::buildHeader(const sia::StepDefinition& definition)
{
    auto* header = new QWidget;
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    auto* eyebrow
        = new QLabel(tr("STEP %1 OF %2").arg(definition.number).arg(sia::PlanDefinition::stepCount), header);
    Theme::setRole(eyebrow, Theme::Role::PageEyebrow);
    auto* title = new QLabel(definition.title, header);
    title->setObjectName(QStringLiteral("pageTitle"));
    title->setWordWrap(true);
    Theme::setRole(title, Theme::Role::PageTitle);

    auto* personas = new QHBoxLayout;
    personas->setSpacing(8);
    auto* owner = new QLabel(tr("Owned by"), header);
    Theme::setRole(owner, Theme::Role::Muted);
    personas->addWidget(owner);
    bool first = true;
    for (sia::Persona persona : { sia::Persona::MarketoAdmin, sia::Persona::SalesforceAdmin }) {
        if (!definition.personas.testFlag(persona)) {
            continue;
        }
        if (!first) {
            auto* either = new QLabel(tr("or"), header);
            Theme::setRole(either, Theme::Role::Muted);
            personas->addWidget(either);
        }
        personas->addWidget(new PersonaBadge(persona, header));
        first = false;
    }
    personas->addStretch();

    auto* summary = paragraph(definition.summary, header);
    Theme::setRole(summary, Theme::Role::PageSummary);

    layout->addWidget(eyebrow);
    layout->addWidget(title);
    layout->addLayout(personas);
    layout->addSpacing(2);
    layout->addWidget(summary);
    return header;
}

QWidget* StepPageBase::buildInstructions(const sia::StepDefinition& definition)
{
    QVBoxLayout* body = nullptr;
    QFrame* frame = card(nullptr, tr("What to do"), body);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->setVerticalSpacing(10);
    for (int i = 0; i < definition.instructions.size(); ++i) {
        auto* number = new QLabel(QString::number(i + 1), frame);
        number->setAlignment(Qt::AlignCenter);
        number->setFixedSize(24, 24);
        number->setStyleSheet(
            QStringLiteral("QLabel { background: #e3ebf7; color: #0b3d91; border-radius: 12px;"
                           " font-weight: 600; }"));
        number->setAccessibleName(tr("Instruction %1").arg(i + 1));
        grid->addWidget(number, i, 0, Qt::AlignTop);
        grid->addWidget(paragraph(definition.instructions.at(i), frame), i, 1);
    }
    grid->setColumnStretch(1, 1);
    body->addLayout(grid);
    return frame;
}

QWidget* StepPageBase::buildDoneWhen(const sia::StepDefinition& definition)
{
    QVBoxLayout* body = nullptr;
    QFrame* frame = card(nullptr, tr("Done when"), body);
    body->addWidget(paragraph(definition.doneWhen, frame));
    return frame;
}

void StepPageBase::setControls(QWidget* controls)
{
    Q_ASSERT_X(!m_controls, "StepPageBase::setControls", "a step page places its controls once");
    if (!controls) {
        return;
    }
    m_controls = controls;
    m_controlsSlot->addWidget(controls);
}

QWidget* StepPageBase::pendingControls() const
{
    const QString pendingText = m_setupStep.controlsPending();
    if (pendingText.isEmpty()) {
        return nullptr;
    }
    QVBoxLayout* body = nullptr;
    QFrame* frame = card(nullptr, tr("Step controls"), body);
    frame->setObjectName(QStringLiteral("stepControls"));
    auto* pending = new QLabel(tr("Arrives in a later release"), frame);
    Theme::setRole(pending, Theme::Role::Chip);
    pending->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    body->addWidget(pending);
    auto* text = paragraph(pendingText, frame);
    Theme::setRole(text, Theme::Role::Muted);
    body->addWidget(text);
    return frame;
}

void StepPageBase::stepViewChanged(const sia::StepView&) { }

void StepPageBase::setWideControls(QWidget* controls)
{
    Q_ASSERT_X(!m_wideControls, "StepPageBase::setWideControls", "a step page places them once");
    m_wideControls = controls;
    m_wideSlot->addWidget(controls);
}

QWidget* StepPageBase::buildHistory()
{
    QVBoxLayout* body = nullptr;
    QFrame* frame = card(nullptr, tr("History of this step"), body);
    auto* decorated = new StatusDecorationModel(
        sia::StepHistoryModel::ToColumn, sia::StepHistoryModel::ToStatusKeyRole, -1, this);
    decorated->setSourceModel(m_historyModel);
    m_history = new RecordTable(decorated,
        tr("No changes yet. Every change of status will be listed here, with who made it, when and why."),
        frame);
    m_history->view()->setAccessibleName(tr("History of step %1").arg(m_step));
    m_history->view()->setColumnHidden(sia::StepHistoryModel::StepColumn, true);
    m_history->view()->setColumnWidth(sia::StepHistoryModel::WhenColumn, 150);
    m_history->view()->setColumnWidth(sia::StepHistoryModel::FromColumn, 130);
    m_history->view()->setColumnWidth(sia::StepHistoryModel::ToColumn, 130);
    m_history->view()->setColumnWidth(sia::StepHistoryModel::ByColumn, 200);
    m_history->fitHeightToRows(6);
    body->addWidget(m_history);
    return frame;
}

void StepPageBase::setHistorySource(sia::StoreWorker* worker)
{
    m_historyModel->setSource(worker);
    m_historyModel->setStep(m_step);
    m_historyModel->setPageSize(sia::stepHistoryPageSize);
}

void StepPageBase::setSnapshot(
    const sia::PlanSnapshot& snapshot, const sia::RecordPage<sia::StepHistoryEntry>& history)
{
    const sia::StepView* view = snapshot.step(m_step);
    if (!view) {
        return;
    }
    m_statusPanel->setStepView(*view);
    updateLockBanner(*view);
    updateCautionBanner(*view);
    m_historyModel->setFirstPage(history);
    stepViewChanged(*view);
}

void StepPageBase::updateLockBanner(const sia::StepView& view)
{
    m_lockBanner->clearButtons();
    if (!view.isLocked()) {
        m_lockBanner->hide();
        return;
    }
    m_lockBanner->setRichText(
        tr("It cannot be started or marked done until then:") + bulletList(view.lockReasons));
    // Buttons to where each lock can be lifted: the steps it waits for, and the overview for prerequisites.
    for (int blocking : view.blockers.steps) {
        const sia::StepDefinition* definition = sia::PlanDefinition::step(blocking);
        QPushButton* open = m_lockBanner->addButton(tr("Open step %1").arg(blocking));
        open->setAccessibleName(
            tr("Open step %1: %2").arg(blocking).arg(definition ? definition->title : QString()));
        connect(open, &QPushButton::clicked, this, [this, blocking]() { emit stepRequested(blocking); });
    }
    if (!view.blockers.prerequisites.isEmpty()) {
        QPushButton* open = m_lockBanner->addButton(tr("Open the prerequisites"));
        open->setAccessibleName(tr("Open the prerequisites on the overview"));
        connect(open, &QPushButton::clicked, this, &StepPageBase::prerequisitesRequested);
    }
    m_lockBanner->show();
}

void StepPageBase::updateCautionBanner(const sia::StepView& view)
{
    m_cautionBanner->clearButtons();
    if (view.cautions.isEmpty()) {
        m_cautionBanner->hide();
        return;
    }
    QStringList texts;
    QList<int> related;
    for (const sia::StepCaution& caution : view.cautions) {
        texts << caution.text;
        if (caution.relatedStep > 0 && caution.relatedStep != m_step
            && !related.contains(caution.relatedStep)) {
            related << caution.relatedStep;
        }
    }
    if (texts.size() == 1) {
        m_cautionBanner->setText(texts.constFirst());
    } else {
        m_cautionBanner->setRichText(bulletList(texts));
    }
    for (int step : std::as_const(related)) {
        QPushButton* open = m_cautionBanner->addButton(tr("Open step %1").arg(step));
        connect(open, &QPushButton::clicked, this, [this, step]() { emit stepRequested(step); });
    }
    m_cautionBanner->show();
}

void StepPageBase::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_statusPanel->setReadOnly(readOnly);
}

void StepPageBase::onActionRequested(sia::StepAction action)
{
    if (m_readOnly) {
        return;
    }
    if (!sia::actionNeedsReason(action)) {
        emit changeRequested(m_step, action, {});
        return;
    }
    auto* dialog = new ReasonDialog(m_step, action, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
        [this, dialog]() { emit changeRequested(m_step, dialog->action(), dialog->reason()); });
    dialog->open();
}
