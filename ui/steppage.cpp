#include "steppage.h"

#include "banner.h"
#include "personabadge.h"
#include "reasondialog.h"
#include "recordtable.h"
#include "review/stephistorymodel.h"
#include "statusdecorationmodel.h"
#include "stepstatuspanel.h"
#include "theme.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QFrame* card(QWidget* parent, const QString& title, QVBoxLayout*& body)
{
    auto* frame = new QFrame(parent);
    Theme::setRole(frame, Theme::Role::Card);
    body = new QVBoxLayout(frame);
    body->setContentsMargins(18, 16, 18, 18);
    body->setSpacing(10);
    auto* heading = new QLabel(title, frame);
    Theme::setRole(heading, Theme::Role::SectionTitle);
    body->addWidget(heading);
    return frame;
}

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString bulletList(const QStringList& items)
{
    QString html = QStringLiteral("<ul style=\"margin-top: 2px; margin-bottom: 0px; -qt-list-indent: 1;\">");
    for (const QString& item : items) {
        html += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

StepPage::StepPage(int step, QWidget* parent)
    : QScrollArea(parent)
    , m_step(step)
    , m_lockBanner(new Banner(Banner::Tone::Locked))
    , m_statusPanel(new StepStatusPanel)
    , m_historyModel(new sia::StepHistoryModel(this))
{
    const sia::StepDefinition& definition = *sia::PlanDefinition::step(step);
    setObjectName(QStringLiteral("step-%1").arg(step));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Step %1: %2").arg(step).arg(definition.title));
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

    auto* columns = new QHBoxLayout;
    columns->setSpacing(20);
    auto* left = new QVBoxLayout;
    left->setSpacing(16);
    left->addWidget(buildInstructions(definition));
    left->addWidget(buildDoneWhen(definition));
    if (QWidget* controls = buildControls(definition)) {
        left->addWidget(controls);
    }
    left->addStretch();
    auto* right = new QVBoxLayout;
    m_statusPanel->setParent(content);
    right->addWidget(m_statusPanel);
    right->addStretch();
    columns->addLayout(left, 3);
    columns->addLayout(right, 2);
    layout->addLayout(columns);
    layout->addWidget(buildHistory());
    layout->addStretch();
    setWidget(content);

    connect(m_statusPanel, &StepStatusPanel::actionRequested, this, &StepPage::onActionRequested);
}

QWidget* StepPage::buildHeader(const sia::StepDefinition& definition)
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

QWidget* StepPage::buildInstructions(const sia::StepDefinition& definition)
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

QWidget* StepPage::buildDoneWhen(const sia::StepDefinition& definition)
{
    QVBoxLayout* body = nullptr;
    QFrame* frame = card(nullptr, tr("Done when"), body);
    body->addWidget(paragraph(definition.doneWhen, frame));
    return frame;
}

QWidget* StepPage::buildControls(const sia::StepDefinition& definition)
{
    if (definition.controlsPending.isEmpty()) {
        return nullptr;
    }
    QVBoxLayout* body = nullptr;
    QFrame* frame = card(nullptr, tr("Step controls"), body);
    frame->setObjectName(QStringLiteral("stepControls"));
    auto* pending = new QLabel(tr("Arrives in a later release"), frame);
    Theme::setRole(pending, Theme::Role::Chip);
    pending->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    body->addWidget(pending);
    auto* text = paragraph(definition.controlsPending, frame);
    Theme::setRole(text, Theme::Role::Muted);
    body->addWidget(text);
    return frame;
}

QWidget* StepPage::buildHistory()
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

void StepPage::setSnapshot(const sia::PlanSnapshot& snapshot, const QList<sia::StepHistoryEntry>& history)
{
    const sia::StepView* view = snapshot.step(m_step);
    if (!view) {
        return;
    }
    m_statusPanel->setStepView(*view);
    updateLockBanner(snapshot, *view);
    m_historyModel->setEntries(history);
}

void StepPage::updateLockBanner(const sia::PlanSnapshot& snapshot, const sia::StepView& view)
{
    m_lockBanner->clearButtons();
    if (!view.isLocked()) {
        m_lockBanner->hide();
        return;
    }
    m_lockBanner->setRichText(
        tr("It cannot be started or marked done until then:") + bulletList(view.lockReasons));
    // Buttons to where each lock can be lifted: the steps it waits for, and the overview for prerequisites.
    for (int dependency : view.definition.dependsOn) {
        const sia::StepView* blocking = snapshot.step(dependency);
        if (blocking && blocking->state.status != sia::StepStatus::Done) {
            QPushButton* open = m_lockBanner->addButton(tr("Open step %1").arg(dependency));
            open->setAccessibleName(tr("Open step %1: %2").arg(dependency).arg(blocking->definition.title));
            connect(
                open, &QPushButton::clicked, this, [this, dependency]() { emit stepRequested(dependency); });
        }
    }
    for (const sia::PrerequisiteState& prerequisite : snapshot.prerequisites) {
        if (!prerequisite.confirmed && prerequisite.definition.gatesSteps.contains(m_step)) {
            QPushButton* open = m_lockBanner->addButton(tr("Open the prerequisites"));
            open->setAccessibleName(tr("Open the prerequisites on the overview"));
            connect(open, &QPushButton::clicked, this, &StepPage::prerequisitesRequested);
            break;
        }
    }
    m_lockBanner->show();
}

void StepPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_statusPanel->setReadOnly(readOnly);
}

void StepPage::onActionRequested(sia::StepAction action)
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
