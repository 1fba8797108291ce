#include "commandcenterpage.h"

#include "banner.h"
#include "store/storerunner.h"
#include "sync/tasksyncengine.h"
#include "tasks/tasksyncsummary.h"
#include "theme.h"

#include <QComboBox>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShowEvent>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

enum Column
{
    SubjectColumn,
    PersonColumn,
    PriorityColumn,
    StatusColumn,
    OwnerColumn,
    ColumnCount
};

QTableWidget* makeTable(QWidget* parent)
{
    auto* table = new QTableWidget(0, ColumnCount, parent);
    table->setHorizontalHeaderLabels({ CommandCenterPage::tr("Subject"), CommandCenterPage::tr("Related to"),
        CommandCenterPage::tr("Priority"), CommandCenterPage::tr("Status"), CommandCenterPage::tr("Owner") });
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(SubjectColumn, QHeaderView::Stretch);
    table->setMinimumHeight(140);
    return table;
}

QLabel* makeSectionTitle(QWidget* parent)
{
    auto* label = new QLabel(parent);
    Theme::setRole(label, Theme::Role::SectionTitle);
    return label;
}

QLabel* makeEmptyNote(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    Theme::setRole(label, Theme::Role::Muted);
    label->hide();
    return label;
}

} // namespace

CommandCenterPage::CommandCenterPage(QWidget* parent)
    : QWidget(parent)
    , m_confirm([this](const QString& question) {
        return QMessageBox::question(this, tr("Delete task"), question) == QMessageBox::Yes;
    })
{
    setObjectName(QStringLiteral("commandCenterPage"));
    auto* layout = new QVBoxLayout(this);

    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("Command center"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    header->addWidget(title, 1);
    auto* ownerLabel = new QLabel(tr("&Tasks of:"), this);
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("commandCenterOwner"));
    m_owner->setMinimumContentsLength(24);
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    ownerLabel->setBuddy(m_owner);
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    header->addWidget(ownerLabel);
    header->addWidget(m_owner);
    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("commandCenterRefresh"));
    connect(refreshButton, &QPushButton::clicked, this, &CommandCenterPage::refresh);
    header->addWidget(refreshButton);
    layout->addLayout(header);

    m_zone = new QLabel(this);
    m_zone->setObjectName(QStringLiteral("commandCenterZone"));
    Theme::setRole(m_zone, Theme::Role::Muted);
    layout->addWidget(m_zone);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("commandCenterStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Task sync status"));
    layout->addWidget(m_status);

    m_message = new Banner(Banner::Tone::Error, this);
    m_message->setObjectName(QStringLiteral("commandCenterMessage"));
    m_message->setClosable(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto* actions = new QHBoxLayout;
    m_new = new QPushButton(tr("&New…"), this);
    m_new->setObjectName(QStringLiteral("taskNew"));
    Theme::setRole(m_new, Theme::Role::PrimaryButton);
    connect(m_new, &QPushButton::clicked, this, [this] { openDialog(std::nullopt); });
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("taskEdit"));
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const std::optional<sia::ActionsTask> task = selectedTask()) {
            openDialog(task);
        }
    });
    m_complete = new QPushButton(tr("&Complete"), this);
    m_complete->setObjectName(QStringLiteral("taskComplete"));
    connect(m_complete, &QPushButton::clicked, this, [this] { completeSelected(true); });
    m_reopen = new QPushButton(tr("Re&open"), this);
    m_reopen->setObjectName(QStringLiteral("taskReopen"));
    connect(m_reopen, &QPushButton::clicked, this, [this] { completeSelected(false); });
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(QStringLiteral("taskDelete"));
    connect(m_delete, &QPushButton::clicked, this, &CommandCenterPage::deleteSelected);
    for (QPushButton* button : { m_new, m_edit, m_complete, m_reopen, m_delete }) {
        actions->addWidget(button);
    }
    actions->addStretch(1);
    layout->addLayout(actions);

    layout->addSpacing(12);
    m_todayTitle = makeSectionTitle(this);
    m_todayTitle->setObjectName(QStringLiteral("commandCenterTodayTitle"));
    layout->addWidget(m_todayTitle);
    m_today = makeTable(this);
    m_today->setObjectName(QStringLiteral("commandCenterToday"));
    m_today->setAccessibleName(tr("Tasks due today"));
    layout->addWidget(m_today, 1);
    m_todayEmpty = makeEmptyNote(tr("Nothing is due today."), this);
    layout->addWidget(m_todayEmpty);

    layout->addSpacing(12);
    m_tomorrowTitle = makeSectionTitle(this);
    m_tomorrowTitle->setObjectName(QStringLiteral("commandCenterTomorrowTitle"));
    layout->addWidget(m_tomorrowTitle);
    m_tomorrow = makeTable(this);
    m_tomorrow->setObjectName(QStringLiteral("commandCenterTomorrow"));
    m_tomorrow->setAccessibleName(tr("Tasks due tomorrow"));
    layout->addWidget(m_tomorrow, 1);
    m_tomorrowEmpty = makeEmptyNote(tr("Nothing is due tomorrow."), this);
    layout->addWidget(m_tomorrowEmpty);
    // Takes the room of the lists when both are empty, so that the notes stay under their titles.
    layout->addStretch(0);

    // One task is selected at a time, in either list.
    for (QTableWidget* table : { m_today, m_tomorrow }) {
        QTableWidget* other = table == m_today ? m_tomorrow : m_today;
        connect(table, &QTableWidget::itemSelectionChanged, this, [this, table, other] {
            if (!table->selectedItems().isEmpty()) {
                const QSignalBlocker quiet(other);
                other->clearSelection();
            }
            updateButtons();
        });
        connect(table, &QTableWidget::cellDoubleClicked, this, [this] {
            if (m_edit->isVisible() && m_edit->isEnabled()) {
                m_edit->click();
            }
        });
    }
    updateButtons();
}

CommandCenterPage::~CommandCenterPage() = default;

void CommandCenterPage::setStore(sia::StoreRunner* runner, const QString& actor)
{
    m_runner = runner;
    m_actor = actor;
    m_ownersShown = false;
    refresh();
}

void CommandCenterPage::useStore(sia::StoreWorker& worker, const QString& actor)
{
    auto runner = std::make_unique<sia::WorkerStoreRunner>(worker);
    setStore(runner.get(), actor);
    m_ownRunner = std::move(runner);
}

void CommandCenterPage::setTaskSync(sia::TaskSyncService* service)
{
    if (m_taskSync) {
        m_taskSync->disconnect(this);
    }
    m_taskSync = service;
    if (m_taskSync) {
        connect(m_taskSync, &sia::SyncRunService::runStarted, this, [this] {
            m_syncRefusal.clear();
            requestStatus(false);
        });
        connect(m_taskSync, &sia::SyncRunService::runningChanged, this, [this] { requestStatus(false); });
        // A run may bring tasks from Salesforce and remove deleted ones: the lists too.
        connect(m_taskSync, &sia::SyncRunService::runFinished, this, [this] {
            m_syncRefusal.clear();
            refresh();
        });
    }
    requestStatus(false);
}

void CommandCenterPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QPushButton* button : { m_new, m_edit, m_complete, m_reopen, m_delete }) {
        button->setVisible(!readOnly);
    }
    updateButtons();
}

void CommandCenterPage::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refresh();
}

QDateTime CommandCenterPage::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void CommandCenterPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous()) {
        refresh();
    }
}

void CommandCenterPage::refresh()
{
    if (!m_runner) {
        requestStatus(false);
        return;
    }
    const int generation = ++m_generation;
    std::optional<qint64> owner;
    if (m_ownersShown && m_owner->currentIndex() >= 0) {
        owner = m_owner->currentData().toLongLong();
    }
    const QString actor = m_actor.trimmed();
    const QDateTime at = now();
    const Clock clock = m_clock;
    m_runner->run<CommandCenterSnapshot>(
        [owner, actor, at, clock](sia::Store& store) -> sia::Result<CommandCenterSnapshot> {
            CommandCenterSnapshot snapshot;
            sia::Result<QList<sia::UserRecord>> users = sia::UserDirectory(store).users();
            if (!users) {
                return users.error();
            }
            snapshot.users = *users;
            if (owner) {
                snapshot.owner = *owner;
            } else {
                // The actor's own tasks first, when the actor is an Actions user; else everyone's.
                for (const sia::UserRecord& user : snapshot.users) {
                    if (user.status != sia::UserStatus::Revoked
                        && user.email.compare(actor, Qt::CaseInsensitive) == 0) {
                        snapshot.owner = user.id;
                        break;
                    }
                }
            }
            sia::Result<QTimeZone> zone = sia::TaskDays::zoneOfUser(store, snapshot.owner);
            if (!zone) {
                return zone.error();
            }
            snapshot.zone = *zone;
            snapshot.days = sia::TaskDays::at(at, snapshot.zone);
            const sia::TaskRepository tasks(store, clock);
            sia::Result<QList<sia::ActionsTask>> today = tasks.dueOn(snapshot.days.today, snapshot.owner);
            if (!today) {
                return today.error();
            }
            snapshot.today = *today;
            sia::Result<QList<sia::ActionsTask>> tomorrow
                = tasks.dueOn(snapshot.days.tomorrow, snapshot.owner);
            if (!tomorrow) {
                return tomorrow.error();
            }
            snapshot.tomorrow = *tomorrow;
            sia::Result<sia::OrgTaskPicklists> picklists = tasks.picklists();
            if (!picklists) {
                return picklists.error();
            }
            snapshot.picklists = *picklists;
            return snapshot;
        },
        this,
        [this, generation](sia::Result<CommandCenterSnapshot> snapshot) {
            if (generation != m_generation) {
                return; // a later read is on its way
            }
            if (!snapshot) {
                showMessage(true, tr("The tasks could not be read"), snapshot.error().message);
            } else {
                showSnapshot(*snapshot);
            }
            requestStatus(false); // its times in the zone just read
        });
}

void CommandCenterPage::showSnapshot(const CommandCenterSnapshot& snapshot)
{
    const std::optional<sia::ActionsTask> kept = selectedTask();
    m_snapshot = snapshot;
    fillOwners(snapshot);
    const QLocale locale;
    //: %1 the date, for example Tuesday, 16 June 2026
    m_todayTitle->setText(tr("Today, %1").arg(locale.toString(snapshot.days.today, QLocale::LongFormat)));
    //: %1 the date, for example Wednesday, 17 June 2026
    m_tomorrowTitle->setText(
        tr("Tomorrow, %1").arg(locale.toString(snapshot.days.tomorrow, QLocale::LongFormat)));
    const QString zone = QString::fromUtf8(snapshot.zone.id());
    //: %1 a time zone, for example Asia/Taipei
    m_zone->setText(snapshot.owner == 0 ? tr("Today and tomorrow in this computer's time zone, %1.").arg(zone)
                                        : tr("Today and tomorrow in the owner's time zone, %1.").arg(zone));
    fillTable(m_today, m_todayEmpty, snapshot.today);
    fillTable(m_tomorrow, m_tomorrowEmpty, snapshot.tomorrow);
    if (m_selectNext) {
        selectTask(*m_selectNext);
        m_selectNext.reset();
    } else if (kept) {
        selectTask(kept->id);
    }
    updateButtons();
    emit refreshed();
}

void CommandCenterPage::fillOwners(const CommandCenterSnapshot& snapshot)
{
    const QSignalBlocker quiet(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("Everyone"), qint64(0));
    for (const sia::UserRecord& user : snapshot.users) {
        if (user.status != sia::UserStatus::Revoked || user.id == snapshot.owner) {
            m_owner->addItem(TaskEditDialog::userText(user), user.id);
        }
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(snapshot.owner)));
    m_ownersShown = true;
}

void CommandCenterPage::fillTable(QTableWidget* table, QLabel* empty, const QList<sia::ActionsTask>& tasks)
{
    const QSignalBlocker quiet(table);
    table->clearSelection();
    table->setRowCount(int(tasks.size()));
    const QColor doneColour = palette().color(QPalette::Disabled, QPalette::Text);
    for (int row = 0; row < tasks.size(); ++row) {
        const sia::ActionsTask& task = tasks.at(row);
        QString owner = tr("Nobody yet");
        if (task.ownerUserId != 0) {
            owner = task.ownerEmail;
            for (const sia::UserRecord& user : m_snapshot.users) {
                if (user.id == task.ownerUserId) {
                    owner = TaskEditDialog::userText(user);
                }
            }
        }
        //: %1 the task's status as the org names it (Completed)
        const QString status = task.isClosed ? tr("✓ %1").arg(task.status) : task.status;
        QString person = task.personId == 0 ? QStringLiteral("—") : task.personName;
        if (task.personOptedOut) {
            //: %1 the related person's name; they opted out of email
            person = tr("%1 (opted out of email)").arg(task.personName);
        }
        const QStringList cells { task.subject, person, task.priority, status, owner };
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, task.id);
            if (task.isClosed) {
                QFont font = item->font();
                font.setStrikeOut(column == SubjectColumn);
                item->setFont(font);
                item->setForeground(doneColour);
            }
            table->setItem(row, column, item);
        }
        QStringList notes;
        if (task.isClosed) {
            notes << tr("Completed.");
        }
        if (task.waitsForSalesforce) {
            notes << tr("A change waits for Salesforce.");
        }
        if (!task.description.isEmpty()) {
            notes << task.description;
        }
        table->item(row, SubjectColumn)->setToolTip(notes.join(u'\n'));
        if (task.personId != 0) {
            table->item(row, PersonColumn)->setToolTip(task.personEmail);
        }
    }
    table->resizeColumnToContents(PersonColumn);
    table->resizeColumnToContents(PriorityColumn);
    table->resizeColumnToContents(StatusColumn);
    table->resizeColumnToContents(OwnerColumn);
    table->setVisible(!tasks.isEmpty());
    empty->setVisible(tasks.isEmpty());
}

bool CommandCenterPage::selectTask(qint64 id)
{
    for (QTableWidget* table : { m_today, m_tomorrow }) {
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
                table->selectRow(row);
                return true;
            }
        }
    }
    return false;
}

std::optional<sia::ActionsTask> CommandCenterPage::selectedTask() const
{
    for (const auto& [table, tasks] :
        { std::pair { m_today, &m_snapshot.today }, std::pair { m_tomorrow, &m_snapshot.tomorrow } }) {
        const QList<QTableWidgetItem*> chosen = table->selectedItems();
        if (chosen.isEmpty()) {
            continue;
        }
        const qint64 id = chosen.first()->data(Qt::UserRole).toLongLong();
        for (const sia::ActionsTask& task : *tasks) {
            if (task.id == id) {
                return task;
            }
        }
    }
    return std::nullopt;
}

void CommandCenterPage::updateButtons()
{
    const std::optional<sia::ActionsTask> task = selectedTask();
    const bool canChange = !m_readOnly && m_runner;
    m_new->setEnabled(canChange);
    m_edit->setEnabled(canChange && task);
    m_complete->setEnabled(canChange && task && !task->isClosed);
    m_reopen->setEnabled(canChange && task && task->isClosed);
    m_delete->setEnabled(canChange && task);
}

void CommandCenterPage::requestStatus(bool startAfter)
{
    QPointer<CommandCenterPage> self(this);
    if (m_taskSync) {
        // The service answers on its own receiver: the page may be gone by then.
        m_taskSync->status([self, startAfter](sia::Result<sia::TaskSyncStatus> status) {
            if (self) {
                self->showStatus(status, startAfter);
            }
        });
    } else if (m_runner) {
        m_runner->run<sia::TaskSyncStatus>(&sia::TaskSyncEngine::readStatus, this,
            [this](sia::Result<sia::TaskSyncStatus> status) { showStatus(status, false); });
    }
}

void CommandCenterPage::showStatus(const sia::Result<sia::TaskSyncStatus>& status, bool startAfter)
{
    if (!status) {
        //: %1 why
        m_status->setText(tr("Task sync: its status could not be read: %1").arg(status.error().message));
        emit statusShown();
        return;
    }
    // A local change goes to Salesforce at once while the sync is on; a refusal is said here, not in a
    // dialog.
    if (startAfter && status->enabled && !status->running && !m_readOnly && m_taskSync
        && !m_taskSync->isRunning()) {
        if (const sia::Result<void> started = m_taskSync->start(); !started) {
            //: %1 why the run was refused and what to do
            m_syncRefusal = tr("The run after your change did not start: %1").arg(started.error().message);
        } else {
            m_syncRefusal.clear();
            requestStatus(false); // now running
            return;
        }
    }
    const QTimeZone zone = m_snapshot.zone.isValid() ? m_snapshot.zone : QTimeZone::systemTimeZone();
    QStringList sentences = sia::TaskSyncSummary::sentences(*status, zone, now());
    if (!m_syncRefusal.isEmpty()) {
        sentences << m_syncRefusal;
    }
    m_status->setText(sentences.join(u' '));
    emit statusShown();
}

void CommandCenterPage::openDialog(const std::optional<sia::ActionsTask>& task)
{
    if (m_readOnly || !m_runner || m_dialog) {
        return;
    }
    TaskEditChoices choices;
    choices.users = m_snapshot.users;
    choices.picklists = m_snapshot.picklists;
    choices.defaultDue = m_snapshot.days.today;
    choices.defaultOwner = m_snapshot.owner;
    m_dialog = new TaskEditDialog(choices, task, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::finished, this, &CommandCenterPage::dialogDone);
    m_dialog->open();
}

void CommandCenterPage::dialogDone(int result)
{
    TaskEditDialog* dialog = m_dialog;
    if (!dialog || result != QDialog::Accepted) {
        return;
    }
    const QString actor = m_actor;
    const Clock clock = m_clock;
    if (const std::optional<qint64> id = dialog->taskId()) {
        const sia::TaskEdit edit = dialog->changes();
        if (edit.isEmpty()) {
            return;
        }
        change<sia::ActionsTask>(
            tr("The task could not be changed"),
            [id = *id, edit, actor, clock](
                sia::Store& store) { return sia::TaskRepository(store, clock).edit(id, edit, actor); },
            [](const sia::ActionsTask&) {});
        return;
    }
    const sia::TaskDraft draft = dialog->draft();
    change<sia::ActionsTask>(
        tr("The task could not be created"),
        [draft, actor, clock](
            sia::Store& store) { return sia::TaskRepository(store, clock).create(draft, actor); },
        [this](const sia::ActionsTask& task) { m_selectNext = task.id; });
}

void CommandCenterPage::completeSelected(bool closed)
{
    const std::optional<sia::ActionsTask> task = selectedTask();
    if (!task) {
        return;
    }
    const QString actor = m_actor;
    const Clock clock = m_clock;
    const qint64 id = task->id;
    change<sia::ActionsTask>(
        closed ? tr("The task could not be completed") : tr("The task could not be opened again"),
        [id, closed, actor, clock](sia::Store& store) {
            sia::TaskRepository tasks(store, clock);
            return closed ? tasks.complete(id, actor) : tasks.reopen(id, actor);
        },
        [](const sia::ActionsTask&) {});
}

void CommandCenterPage::deleteSelected()
{
    const std::optional<sia::ActionsTask> task = selectedTask();
    if (!task || m_readOnly) {
        return;
    }
    //: %1 the task's subject
    const QString question = task->salesforceTaskId.isEmpty()
        ? tr("Delete the task “%1”?").arg(task->subject)
        : tr("Delete the task “%1” here and, with the next task sync, in Salesforce?").arg(task->subject);
    if (!m_confirm(question)) {
        return;
    }
    const QString actor = m_actor;
    const Clock clock = m_clock;
    const qint64 id = task->id;
    const QString subject = task->subject;
    change<sia::TaskDeletion>(
        tr("The task could not be deleted"),
        [id, actor, clock](sia::Store& store) { return sia::TaskRepository(store, clock).remove(id, actor); },
        [this, subject](const sia::TaskDeletion& deletion) {
            showMessage(false, tr("Task deleted"),
                deletion == sia::TaskDeletion::Removed
                    ? tr("The task “%1” is deleted.").arg(subject)
                    : tr("The task “%1” is deleted here; the next task sync deletes it in Salesforce.")
                          .arg(subject));
        });
}

template<typename T>
void CommandCenterPage::change(const QString& failure, std::function<sia::Result<T>(sia::Store&)> job,
    std::function<void(const T&)> done)
{
    if (m_readOnly || !m_runner) {
        return;
    }
    m_message->hide();
    m_runner->run<T>(std::move(job), this, [this, failure, done](sia::Result<T> result) {
        if (!result) {
            showMessage(true, failure, result.error().message);
            refresh();
            return;
        }
        done(*result);
        refresh();
        requestStatus(true);
        emit changed();
    });
}

void CommandCenterPage::showMessage(bool error, const QString& title, const QString& text)
{
    m_message->setTone(error ? Banner::Tone::Error : Banner::Tone::Info);
    m_message->setTitle(title);
    m_message->setText(text);
    m_message->show();
}
