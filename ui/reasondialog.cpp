#include "reasondialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

ReasonDialog::ReasonDialog(int step, sia::StepAction action, QWidget* parent)
    : QDialog(parent)
    , m_step(step)
    , m_action(action)
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    const bool blocking = action == sia::StepAction::Block;
    setWindowTitle(blocking ? tr("Mark step %1 blocked").arg(step) : tr("Skip step %1").arg(step));

    auto* prompt
        = new QLabel(blocking ? tr("What stands in the way? Say it so that the next admin knows whom to "
                                   "ask or what to wait for.")
                              : tr("Why is this step not needed? The reason is kept in the step's history "
                                   "and in the audit log."),
            this);
    prompt->setWordWrap(true);

    auto* label = new QLabel(tr("&Reason:"), this);
    label->setBuddy(m_reason);
    m_reason->setTabChangesFocus(true);
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setPlaceholderText(blocking
            ? tr("For example: waiting for the Adobe account team to enable Actions")
            : tr("For example: the users are invited from Salesforce instead"));

    m_confirm = m_buttons->button(QDialogButtonBox::Ok);
    m_confirm->setText(blocking ? tr("Mark &blocked") : tr("S&kip step"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Cancel"));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(prompt);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(m_buttons);
    resize(460, 240);

    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReasonDialog::updateConfirm);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    // Enter starts a new line in the reason; Ctrl+Enter confirms, as in most editors' dialogs.
    auto* confirmShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(confirmShortcut, &QShortcut::activated, this, [this]() {
        if (m_confirm->isEnabled()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateConfirm();
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void ReasonDialog::setReason(const QString& reason)
{
    m_reason->setPlainText(reason);
}

void ReasonDialog::updateConfirm()
{
    m_confirm->setEnabled(!reason().isEmpty());
}
