#include "taskeditdialog.h"

#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

TaskEditDialog::TaskEditDialog(
    const TaskEditChoices& choices, const std::optional<sia::ActionsTask>& task, QWidget* parent)
    : QDialog(parent)
    , m_task(task)
{
    setObjectName(QStringLiteral("taskEditDialog"));
    setWindowTitle(task ? tr("Edit task") : tr("New task"));
    setMinimumWidth(480);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);

    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("taskSubject"));
    m_subject->setPlaceholderText(tr("What is to be done, for example: Call Bob about the renewal"));
    form->addRow(tr("&Subject:"), m_subject);
    m_subjectHint = new QLabel(tr("A task needs a subject."), this);
    Theme::setRole(m_subjectHint, Theme::Role::Muted);
    form->addRow(QString(), m_subjectHint);

    auto* dueRow = new QHBoxLayout;
    m_hasDue = new QCheckBox(tr("&Due on"), this);
    m_hasDue->setObjectName(QStringLiteral("taskHasDue"));
    m_due = new QDateEdit(this);
    m_due->setObjectName(QStringLiteral("taskDue"));
    m_due->setCalendarPopup(true);
    m_due->setAccessibleName(tr("Due date"));
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    dueRow->addWidget(m_hasDue);
    dueRow->addWidget(m_due, 1);
    form->addRow(tr("Due date:"), dueRow);

    m_priority = new QComboBox(this);
    m_priority->setObjectName(QStringLiteral("taskPriority"));
    int defaultPriority = -1;
    for (const sia::OrgTaskPicklists::Value& value : choices.picklists.priorities) {
        m_priority->addItem(value.label, value.label);
        if (value.isDefault && defaultPriority < 0) {
            defaultPriority = m_priority->count() - 1;
        }
    }
    form->addRow(tr("&Priority:"), m_priority);

    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("taskDescription"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(90);
    form->addRow(tr("D&escription:"), m_description);

    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("taskOwner"));
    m_owner->addItem(tr("Nobody yet"), qint64(0));
    const qint64 owner = task ? task->ownerUserId : choices.defaultOwner;
    for (const sia::UserRecord& user : choices.users) {
        if (user.status == sia::UserStatus::Revoked && user.id != owner) {
            continue; // removed: nobody signs in as them any more
        }
        m_owner->addItem(userText(user), user.id);
    }
    if (task && owner != 0 && m_owner->findData(owner) < 0) {
        m_owner->addItem(task->ownerEmail, owner); // not among the users listed: keep it as it is
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(owner)));
    form->addRow(tr("&Owner:"), m_owner);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(task ? tr("Save") : tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    if (task) {
        m_subject->setText(task->subject);
        m_hasDue->setChecked(task->dueDate.isValid());
        m_due->setDate(task->dueDate.isValid() ? task->dueDate : choices.defaultDue);
        int current = m_priority->findData(task->priority);
        if (current < 0 && !task->priority.isEmpty()) {
            // A value the org no longer lists: kept unless the admin picks another.
            m_priority->addItem(task->priority, task->priority);
            current = m_priority->count() - 1;
        }
        m_priority->setCurrentIndex(current);
        m_description->setPlainText(task->description);
    } else {
        m_hasDue->setChecked(choices.defaultDue.isValid());
        m_due->setDate(choices.defaultDue.isValid() ? choices.defaultDue : QDate::currentDate());
        m_priority->setCurrentIndex(std::max(0, defaultPriority));
    }
    m_due->setEnabled(m_hasDue->isChecked());
    connect(m_subject, &QLineEdit::textChanged, this, &TaskEditDialog::updateOk);
    updateOk();
}

QString TaskEditDialog::userText(const sia::UserRecord& user)
{
    const QString name = QString(user.firstName + u' ' + user.lastName).trimmed();
    //: %1 the user's name, %2 their email
    return name.isEmpty() ? user.email : tr("%1 (%2)").arg(name, user.email);
}

std::optional<qint64> TaskEditDialog::taskId() const
{
    return m_task ? std::optional<qint64>(m_task->id) : std::nullopt;
}

void TaskEditDialog::updateOk()
{
    const bool hasSubject = !m_subject->text().trimmed().isEmpty();
    m_ok->setEnabled(hasSubject);
    m_subjectHint->setVisible(!hasSubject);
}

QDate TaskEditDialog::chosenDue() const
{
    return m_hasDue->isChecked() ? m_due->date() : QDate();
}

qint64 TaskEditDialog::chosenOwner() const
{
    return m_owner->currentData().toLongLong();
}

sia::TaskDraft TaskEditDialog::draft() const
{
    sia::TaskDraft draft;
    draft.subject = m_subject->text().trimmed();
    draft.dueDate = chosenDue();
    draft.priority = m_priority->currentData().toString();
    draft.description = m_description->toPlainText();
    draft.ownerUserId = chosenOwner();
    return draft;
}

sia::TaskEdit TaskEditDialog::changes() const
{
    sia::TaskEdit edit;
    if (!m_task) {
        return edit;
    }
    const sia::TaskDraft now = draft();
    if (now.subject != m_task->subject) {
        edit.subject = now.subject;
    }
    if (now.dueDate != m_task->dueDate) {
        edit.dueDate = now.dueDate;
    }
    if (now.priority != m_task->priority) {
        edit.priority = now.priority;
    }
    if (now.description != m_task->description) {
        edit.description = now.description;
    }
    if (now.ownerUserId != m_task->ownerUserId) {
        edit.ownerUserId = now.ownerUserId;
    }
    return edit;
}
