// New… and Edit… of the command center: a task's subject (required), due date, priority (the org's values
// as TaskRepository offers them), description and owner. Says what the admin chose; the page stores it
// through TaskRepository, which checks it again.
#pragma once

#include "tasks/taskrepository.h"
#include "users/userdirectory.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

struct TaskEditChoices
{
    QList<sia::UserRecord> users; // who may own the task
    sia::OrgTaskPicklists picklists;
    QDate defaultDue; // a new task's due date (today in the chosen user's zone)
    qint64 defaultOwner = 0; // a new task's owner; 0: nobody's
};

class TaskEditDialog : public QDialog
{
    Q_OBJECT

public:
    // task empty: a new task.
    TaskEditDialog(const TaskEditChoices& choices, const std::optional<sia::ActionsTask>& task,
        QWidget* parent = nullptr);

    // How a user is named in the owner lists: "Ana Lima (ana@acme.example)", or the email alone.
    static QString userText(const sia::UserRecord& user);

    std::optional<qint64> taskId() const;
    sia::TaskDraft draft() const; // a new task as filled in
    sia::TaskEdit changes() const; // what differs from the task edited (empty when nothing does)

    // For tests and accessibility.
    QLineEdit* subjectEdit() const { return m_subject; }
    QCheckBox* dueCheck() const { return m_hasDue; }
    QDateEdit* dueEdit() const { return m_due; }
    QComboBox* priorityCombo() const { return m_priority; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QComboBox* ownerCombo() const { return m_owner; }
    QPushButton* okButton() const { return m_ok; }

private:
    void updateOk();
    QDate chosenDue() const;
    qint64 chosenOwner() const;

    std::optional<sia::ActionsTask> m_task;
    QLineEdit* m_subject = nullptr;
    QLabel* m_subjectHint = nullptr;
    QCheckBox* m_hasDue = nullptr;
    QDateEdit* m_due = nullptr;
    QComboBox* m_priority = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QComboBox* m_owner = nullptr;
    QPushButton* m_ok = nullptr;
};
