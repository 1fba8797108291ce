#include "overviewpage.h"

#include "personatableview.h"
#include "prerequisitecard.h"
#include "progresssummary.h"
#include "setup/personatablemodel.h"
#include "theme.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QLabel* sectionTitle(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    Theme::setRole(label, Theme::Role::SectionTitle);
    return label;
}

} // namespace

OverviewPage::OverviewPage(QWidget* parent)
    : QScrollArea(parent)
    , m_model(new sia::PersonaTableModel(this))
{
    setObjectName(QStringLiteral("overview"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Overview"));
    Theme::setRole(this, Theme::Role::Content);

    auto* content = new QWidget;
    Theme::setRole(content, Theme::Role::Content);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(32, 24, 32, 32);
    layout->setSpacing(16);
    layout->addWidget(buildHeader());
    layout->addWidget(buildProgress());
    layout->addWidget(buildTable());
    layout->addWidget(buildPrerequisites());
    layout->addStretch();
    setWidget(content);
}

QWidget* OverviewPage::buildHeader()
{
    auto* header = new QWidget;
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    auto* eyebrow = new QLabel(tr("SALES INSIGHT ACTIONS SETUP"), header);
    Theme::setRole(eyebrow, Theme::Role::PageEyebrow);
    auto* title = new QLabel(tr("Overview"), header);
    title->setObjectName(QStringLiteral("pageTitle"));
    Theme::setRole(title, Theme::Role::PageTitle);
    // Who owns which step is the plan's to say.
    auto* summary = new QLabel(sia::PlanDefinition::ownershipSummary(), header);
    summary->setWordWrap(true);
    Theme::setRole(summary, Theme::Role::PageSummary);
    layout->addWidget(eyebrow);
    layout->addWidget(title);
    layout->addWidget(summary);
    return header;
}

QWidget* OverviewPage::buildProgress()
{
    auto* frame = new QFrame;
    Theme::setRole(frame, Theme::Role::Card);
    auto* layout = new QHBoxLayout(frame);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(24);
    m_progress = new ProgressSummary(frame);
    layout->addWidget(m_progress, 1);

    auto* next = new QVBoxLayout;
    next->setSpacing(6);
    m_continue = new QPushButton(frame);
    m_continue->setObjectName(QStringLiteral("continueButton"));
    Theme::setRole(m_continue, Theme::Role::PrimaryButton);
    m_continue->hide();
    m_nextHint = new QLabel(frame);
    m_nextHint->setWordWrap(true);
    m_nextHint->setMaximumWidth(320);
    Theme::setRole(m_nextHint, Theme::Role::Muted);
    next->addWidget(m_continue, 0, Qt::AlignRight);
    next->addWidget(m_nextHint, 0, Qt::AlignRight);
    layout->addLayout(next);
    layout->setAlignment(next, Qt::AlignVCenter);
    frame->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    connect(m_continue, &QPushButton::clicked, this, [this]() {
        if (m_suggestedStep > 0) {
            emit stepRequested(m_suggestedStep);
        } else {
            revealPrerequisites();
        }
    });
    return frame;
}

QWidget* OverviewPage::buildTable()
{
    auto* section = new QWidget;
    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    auto* title = sectionTitle(tr("&Persona table"), section);
    auto* hint = new QLabel(
        tr("Who does what, and where each step stands. Open a step with a click or Enter."), section);
    Theme::setRole(hint, Theme::Role::Muted);

    m_table = new PersonaTableView(m_model, section);
    m_table->setObjectName(QStringLiteral("personaTable"));
    m_table->setAccessibleName(tr("Persona table"));
    m_table->setAccessibleDescription(
        tr("One row per setup step: persona, step, status, owner and last change. "
           "Press Enter to open the step."));
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setFittedRows(sia::PlanDefinition::stepCount);
    title->setBuddy(m_table);

    connect(m_table, &QTableView::activated, this, &OverviewPage::openRow);
    connect(m_table, &QTableView::clicked, this, &OverviewPage::openRow);

    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_table);
    return section;
}

QWidget* OverviewPage::buildPrerequisites()
{
    auto* section = new QWidget;
    section->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // the page's spare room stays below
    m_prerequisiteSection = section;
    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(sectionTitle(tr("Before you start"), section));
    auto* hint = new QLabel(
        tr("Confirm these once they are true; the steps they gate stay locked until then."), section);
    Theme::setRole(hint, Theme::Role::Muted);
    layout->addWidget(hint);
    auto* cards = new QHBoxLayout;
    cards->setSpacing(16);
    for (const sia::PrerequisiteDefinition& definition : sia::PlanDefinition::prerequisites()) {
        auto* card = new PrerequisiteCard(definition, section);
        connect(
            card, &PrerequisiteCard::confirmationRequested, this, &OverviewPage::prerequisiteChangeRequested);
        connect(card, &PrerequisiteCard::checkRequested, this, &OverviewPage::prerequisiteCheckRequested);
        cards->addWidget(card, 1);
        m_prerequisites.append(card);
    }
    layout->addLayout(cards);
    return section;
}

void OverviewPage::openRow(const QModelIndex& index)
{
    if (index.isValid()) {
        emit stepRequested(index.data(sia::PersonaTableModel::StepNumberRole).toInt());
    }
}

void OverviewPage::setSnapshot(const sia::PlanSnapshot& snapshot)
{
    m_model->setSnapshot(snapshot);
    m_progress->setSnapshot(snapshot);
    for (PrerequisiteCard* card : std::as_const(m_prerequisites)) {
        for (const sia::PrerequisiteState& state : snapshot.prerequisites) {
            if (state.definition.key == card->key()) {
                card->setState(state);
            }
        }
    }

    // What to suggest is core's answer (PlanSnapshot::next); the page only words it.
    const sia::PlanNext next = snapshot.next;
    m_suggestedStep = next.kind == sia::PlanNext::Kind::WorkOnStep ? next.step : 0;
    switch (next.kind) {
    case sia::PlanNext::Kind::WorkOnStep: {
        const sia::StepView* view = snapshot.step(next.step);
        m_continue->setText(tr("C&ontinue with step %1").arg(next.step));
        m_continue->setAccessibleName(
            tr("Continue with step %1: %2").arg(next.step).arg(view ? view->definition.title : QString()));
        m_nextHint->setText(tr("Next: %1").arg(view ? view->definition.title : QString()));
        break;
    }
    case sia::PlanNext::Kind::ConfirmPrerequisites:
        m_continue->setText(tr("C&onfirm the prerequisites"));
        m_continue->setAccessibleName(tr("Go to the prerequisites"));
        m_nextHint->setText(tr("The steps wait for the prerequisites below."));
        break;
    case sia::PlanNext::Kind::Finished:
        m_nextHint->setText(tr("Every step is done or skipped."));
        break;
    case sia::PlanNext::Kind::Waiting:
        m_nextHint->setText(tr("No step can be worked on right now: see what the locked steps wait for."));
        break;
    }
    m_continue->setVisible(next.kind == sia::PlanNext::Kind::WorkOnStep
        || next.kind == sia::PlanNext::Kind::ConfirmPrerequisites);
}

void OverviewPage::revealPrerequisites()
{
    ensureWidgetVisible(m_prerequisiteSection, 0, 16);
    for (PrerequisiteCard* card : std::as_const(m_prerequisites)) {
        if (!card->checkBox()->isChecked() && card->checkBox()->isEnabled()) {
            card->checkBox()->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void OverviewPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (PrerequisiteCard* card : std::as_const(m_prerequisites)) {
        card->setReadOnly(readOnly);
    }
}

PrerequisiteCard* OverviewPage::prerequisiteCard(const QString& key) const
{
    for (PrerequisiteCard* card : m_prerequisites) {
        if (card->key() == key) {
            return card;
        }
    }
    return nullptr;
}
