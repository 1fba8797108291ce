#include "stepstatuspanel.h"

#include "review/displaytime.h"
#include "statusbadge.h"
#include "theme.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace {

// The buttons' own words, with mnemonics; core's action labels serve the command line and the log.
QString buttonText(sia::StepAction action)
{
    switch (action) {
    case sia::StepAction::Start:
        return StepStatusPanel::tr("&Start");
    case sia::StepAction::Done:
        return StepStatusPanel::tr("Mark &done");
    case sia::StepAction::Block:
        return StepStatusPanel::tr("Mark &blocked…");
    case sia::StepAction::Skip:
        return StepStatusPanel::tr("S&kip…");
    case sia::StepAction::Reopen:
        return StepStatusPanel::tr("Re&open");
    }
    Q_UNREACHABLE();
}

QString buttonHint(sia::StepAction action)
{
    switch (action) {
    case sia::StepAction::Start:
        return StepStatusPanel::tr(
            "Take this step on: its status becomes In progress and you become its owner.");
    case sia::StepAction::Done:
        return StepStatusPanel::tr("Record that the step is finished.");
    case sia::StepAction::Block:
        return StepStatusPanel::tr("Record that something stands in the way; you will be asked what.");
    case sia::StepAction::Skip:
        return StepStatusPanel::tr("Record that this step is not needed; you will be asked why.");
    case sia::StepAction::Reopen:
        return StepStatusPanel::tr("Take a finished, blocked or skipped step up again.");
    }
    Q_UNREACHABLE();
}

QLabel* fieldValue(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

StepStatusPanel::StepStatusPanel(QWidget* parent)
    : QFrame(parent)
    , m_status(new StatusBadge(this))
    , m_reasonLabel(new QLabel(tr("Reason:"), this))
    , m_reason(fieldValue(this))
    , m_owner(fieldValue(this))
    , m_lastChange(fieldValue(this))
    , m_actions(new QWidget(this))
    , m_readOnlyNote(new QLabel(tr("Read-only review: statuses cannot be changed here."), this))
{
    Theme::setRole(this, Theme::Role::Card);
    setAccessibleName(tr("Status"));

    auto* title = new QLabel(tr("Status"), this);
    Theme::setRole(title, Theme::Role::SectionTitle);

    auto* fields = new QFormLayout;
    fields->setLabelAlignment(Qt::AlignLeft);
    fields->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    fields->setHorizontalSpacing(14);
    fields->setVerticalSpacing(8);
    fields->setRowWrapPolicy(QFormLayout::DontWrapRows);
    fields->addRow(tr("Current:"), m_status);
    fields->addRow(m_reasonLabel, m_reason);
    fields->addRow(tr("Owner:"), m_owner);
    fields->addRow(tr("Last change:"), m_lastChange);

    auto* grid = new QGridLayout(m_actions);
    grid->setContentsMargins(0, 4, 0, 0);
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(8);
    const QList<sia::StepAction> actions = sia::allActions();
    for (int i = 0; i < actions.size(); ++i) {
        const sia::StepAction action = actions.at(i);
        auto* button = new QPushButton(buttonText(action), m_actions);
        button->setObjectName(QStringLiteral("action-") + sia::actionKey(action));
        button->setToolTip(buttonHint(action));
        button->setAccessibleName(sia::actionLabel(action));
        button->setAccessibleDescription(buttonHint(action));
        button->setEnabled(false);
        // Start and Mark done on the first row: the way forward; the rest below.
        grid->addWidget(button, i < 2 ? 0 : 1, i < 2 ? i : i - 2);
        m_buttons.insert(action, button);
        connect(button, &QPushButton::clicked, this, [this, action]() { emit actionRequested(action); });
    }

    m_readOnlyNote->setWordWrap(true);
    Theme::setRole(m_readOnlyNote, Theme::Role::Muted);
    m_readOnlyNote->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 18);
    layout->setSpacing(12);
    layout->addWidget(title);
    layout->addLayout(fields);
    layout->addWidget(m_actions);
    layout->addWidget(m_readOnlyNote);
}

void StepStatusPanel::setStepView(const sia::StepView& view)
{
    m_hasView = true;
    const sia::StepState& state = view.state;
    m_status->setStepView(view);
    const bool hasReason = !state.reason.isEmpty()
        && (state.status == sia::StepStatus::Blocked || state.status == sia::StepStatus::Skipped);
    m_reason->setText(state.reason);
    m_reason->setVisible(hasReason);
    m_reasonLabel->setVisible(hasReason);
    m_owner->setText(state.owner.isEmpty() ? tr("Nobody has taken this step on yet.") : state.owner);
    m_lastChange->setText(state.changedAt.isValid()
            ? tr("%1 by %2").arg(sia::displayTime(state.changedAt), state.changedBy)
            : tr("Never changed"));
    m_allowed = view.allowedActions;
    m_suggested = view.next.kind == sia::NextMove::Kind::Act ? std::optional(view.next.action) : std::nullopt;
    updateButtons();
}

void StepStatusPanel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_actions->setVisible(!readOnly);
    m_readOnlyNote->setVisible(readOnly);
    updateButtons();
}

void StepStatusPanel::updateButtons()
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        QPushButton* button = it.value();
        button->setEnabled(m_hasView && !m_readOnly && m_allowed.contains(it.key()));
        // The action core suggests next is the primary one: the way forward is always the blue button.
        const bool primary = m_suggested == it.key();
        if (button->property("siaRole").isValid() != primary) {
            if (primary) {
                Theme::setRole(button, Theme::Role::PrimaryButton);
            } else {
                button->setProperty("siaRole", QVariant());
            }
            button->style()->unpolish(button);
            button->style()->polish(button);
        }
    }
}

QString StepStatusPanel::statusText() const
{
    return m_status->text();
}
