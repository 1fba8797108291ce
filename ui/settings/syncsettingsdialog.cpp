#include "syncsettingsdialog.h"

#include "bcctab.h"
#include "emailapitab.h"
#include "settingbinding.h"
#include "settings/emailapiavailability.h"
#include "settings/syncsettings.h"
#include "store/storerunner.h"
#include "tasksyncrunview.h"
#include "tasksynctab.h"
#include "theme.h"
#include "users/userdirectory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

QScrollArea* scrolled(QWidget* tab, QWidget* parent)
{
    auto* area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(tab);
    return area;
}

} // namespace

SyncSettingsDialog::SyncSettingsDialog(SyncSettingsDialogOptions options, QWidget* parent)
    : QDialog(parent)
    , m_options(std::move(options))
    , m_confirm([this](const QStringList& lines) {
        const int count = int(lines.size());
        QMessageBox box(QMessageBox::Question, tr("Save the sync settings"),
            tr("Save %n change(s)?", nullptr, count), QMessageBox::Save | QMessageBox::Cancel, this);
        QStringList bullets;
        for (const QString& line : lines) {
            //: one line of the summary of changes
            bullets << tr("• %1").arg(line);
        }
        box.setInformativeText(bullets.join(u'\n'));
        box.setDefaultButton(QMessageBox::Save);
        return box.exec() == QMessageBox::Save;
    })
    , m_discard([this] {
        return QMessageBox::question(this, tr("Discard your changes?"),
                   tr("The changes you made to the sync settings are not saved. Discard them?"),
                   QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Discard;
    })
{
    const bool userMode = m_options.mode == SyncSettingsDialogOptions::Mode::User;
    setObjectName(QStringLiteral("syncSettingsDialog"));
    setWindowTitle(userMode ? tr("My account: Salesforce sync settings") : tr("Salesforce sync settings"));
    setMinimumSize(760, 640);
    auto* layout = new QVBoxLayout(this);

    if (userMode) {
        auto* whose = new QHBoxLayout;
        auto* label = new QLabel(tr("&Whose settings:"), this);
        m_users = new QComboBox(this);
        m_users->setObjectName(QStringLiteral("settingsUser"));
        m_users->setMinimumContentsLength(30);
        label->setBuddy(m_users);
        whose->addWidget(label);
        whose->addWidget(m_users, 1);
        layout->addLayout(whose);
        QLabel* hint = new QLabel(tr("A user's own values replace the instance's for that user only; the "
                                     "others follow the instance."),
            this);
        hint->setWordWrap(true);
        Theme::setRole(hint, Theme::Role::Muted);
        layout->addWidget(hint);
    } else {
        QLabel* hint
            = new QLabel(tr("The instance's values: every user follows them, except where a user has set "
                            "their own in My account."),
                this);
        hint->setWordWrap(true);
        Theme::setRole(hint, Theme::Role::Muted);
        layout->addWidget(hint);
    }

    m_message = new Banner(Banner::Tone::Info, this);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setClosable(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_emailApi = new EmailApiTab;
    connect(m_emailApi, &EmailApiTab::checkAgainRequested, this, &SyncSettingsDialog::checkApi);
    m_bcc = new BccTab;
    m_bcc->setUserMode(userMode);
    m_taskSync = new TaskSyncTab;
    m_tabs->addTab(scrolled(m_emailApi, m_tabs), tr("Email via the Salesforce API"));
    m_tabs->addTab(scrolled(m_bcc, m_tabs), tr("Email via BCC (Email to Salesforce)"));
    m_tabs->addTab(scrolled(m_taskSync, m_tabs), tr("Tasks and reminders"));
    layout->addWidget(m_tabs, 1);
    m_bindings = m_emailApi->bindings() + m_bcc->bindings() + m_taskSync->bindings();

    m_run = new TaskSyncRunView(this);
    layout->addWidget(m_run);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    layout->addWidget(m_buttons);
    saveButton()->setEnabled(false); // until the values are shown
    connect(saveButton(), &QPushButton::clicked, this, &SyncSettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SyncSettingsDialog::reject);

    if (!m_options.store) {
        showMessage(Banner::Tone::Error, tr("The settings cannot be read here"),
            tr("This window has no database open. Open SIA Admin on the Actions database to change the sync "
               "settings."));
    } else if (userMode) {
        connect(m_users, &QComboBox::currentIndexChanged, this, &SyncSettingsDialog::userChosen);
        loadUsers();
    } else {
        loadSettings(0, QString());
    }
    checkApi();
}

SyncSettingsDialog::~SyncSettingsDialog() = default;

QPushButton* SyncSettingsDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

SettingBinding* SyncSettingsDialog::binding(sia::SettingKey key) const
{
    for (SettingBinding* binding : m_bindings) {
        if (binding->key() == key) {
            return binding;
        }
    }
    return nullptr;
}

bool SyncSettingsDialog::hasUnsavedEdits() const
{
    return std::any_of(m_bindings.cbegin(), m_bindings.cend(),
        [](const SettingBinding* binding) { return binding->isEdited(); });
}

void SyncSettingsDialog::checkApi()
{
    m_emailApi->showChecking();
    if (!m_options.salesforce) {
        m_emailApi->showAvailability(sia::EmailApiAvailabilityCheck::decide(
            sia::Error::notFound(QStringLiteral("salesforce.not-connected"), QString()), std::nullopt));
        emit availabilityShown();
        return;
    }
    sia::EmailApiAvailabilityCheck::read(
        *m_options.salesforce, this, [this](const sia::EmailApiAvailability& availability) {
            m_emailApi->showAvailability(availability);
            emit availabilityShown();
        });
}

void SyncSettingsDialog::loadUsers()
{
    setBusy(true);
    m_options.store->run<QList<sia::UserRecord>>(
        [](sia::Store& store) { return sia::UserDirectory(store).users(); }, this,
        [this](sia::Result<QList<sia::UserRecord>> users) {
            setBusy(false);
            if (!users) {
                showMessage(Banner::Tone::Error, tr("The users could not be read"), users.error().message);
                return;
            }
            int own = -1;
            m_users->blockSignals(true);
            for (const sia::UserRecord& user : *users) {
                if (user.status == sia::UserStatus::Revoked) {
                    continue; // removed: nobody signs in as them any more
                }
                const QString name = QString(user.firstName + u' ' + user.lastName).trimmed();
                //: %1 the user's name, %2 their email
                m_users->addItem(name.isEmpty() ? user.email : tr("%1 (%2)").arg(name, user.email), user.id);
                m_users->setItemData(m_users->count() - 1, user.email, Qt::UserRole + 1);
                if (own < 0 && user.email.compare(m_options.actor.trimmed(), Qt::CaseInsensitive) == 0) {
                    own = m_users->count() - 1;
                }
            }
            m_users->setCurrentIndex(-1);
            m_users->blockSignals(false);
            if (m_users->count() == 0) {
                showMessage(Banner::Tone::Info, tr("There are no users yet"),
                    tr("Invite users in step 5; then each one's own settings can be set here."));
                return;
            }
            m_users->setCurrentIndex(own >= 0 ? own : 0);
        });
}

void SyncSettingsDialog::userChosen(int index)
{
    if (index < 0 || index == m_userIndex) {
        return;
    }
    if (hasUnsavedEdits() && !m_discard()) {
        m_users->blockSignals(true);
        m_users->setCurrentIndex(m_userIndex);
        m_users->blockSignals(false);
        return;
    }
    m_userIndex = index;
    loadSettings(
        m_users->itemData(index).toLongLong(), m_users->itemData(index, Qt::UserRole + 1).toString());
}

void SyncSettingsDialog::loadSettings(qint64 userId, const QString& userEmail)
{
    m_loaded = false;
    setBusy(true);
    m_options.store->run<QList<sia::EffectiveSetting>>(
        [userId](sia::Store& store) -> sia::Result<QList<sia::EffectiveSetting>> {
            // Every key of the tabs, the instance-only ones too: a user's mode shows them read-only.
            QList<sia::EffectiveSetting> settings;
            for (const sia::SettingKey key : sia::SyncSettings::keys()) {
                sia::Result<sia::EffectiveSetting> one = sia::SyncSettings::read(store, key, userId);
                if (!one) {
                    return one.error();
                }
                settings.append(*one);
            }
            return settings;
        },
        this,
        [this, userId, userEmail](sia::Result<QList<sia::EffectiveSetting>> settings) {
            setBusy(false);
            if (!settings) {
                showMessage(
                    Banner::Tone::Error, tr("The sync settings could not be read"), settings.error().message);
                return;
            }
            m_userId = userId;
            m_userEmail = userEmail;
            for (const sia::EffectiveSetting& setting : *settings) {
                if (SettingBinding* shown = binding(setting.key)) {
                    shown->load(setting, userId,
                        userId == 0
                            || userEmail.compare(m_options.actor.trimmed(), Qt::CaseInsensitive) == 0);
                }
            }
            m_loaded = true;
            setBusy(false);
            emit loaded();
        });
}

void SyncSettingsDialog::save()
{
    if (m_busy || !m_loaded || !m_options.store) {
        return;
    }
    if (const QString problem = m_bcc->problem(); !problem.isEmpty()) {
        showMessage(Banner::Tone::Error, tr("The settings were not saved"),
            //: %1 what is wrong with the address
            tr("The Email-to-Salesforce address: %1 Correct it or clear it, then save again.").arg(problem));
        m_tabs->setCurrentIndex(1);
        m_bcc->addressEdit()->setFocus();
        emit saveEnded();
        return;
    }
    sia::SettingsChange change(m_userId, m_userEmail);
    for (const SettingBinding* binding : std::as_const(m_bindings)) {
        binding->addTo(change);
    }
    if (change.isEmpty()) {
        showMessage(
            Banner::Tone::Info, tr("Nothing to save"), tr("No setting was changed, so nothing was stored."));
        emit saveEnded();
        return;
    }
    setBusy(true);
    m_options.store->run<QList<sia::SettingChangeLine>>(
        [change](sia::Store& store) { return change.summary(store); }, this,
        [this, change](sia::Result<QList<sia::SettingChangeLine>> lines) {
            setBusy(false);
            if (!lines) {
                showMessage(Banner::Tone::Error, tr("The settings were not saved"), lines.error().message);
                emit saveEnded();
                return;
            }
            if (lines->isEmpty()) {
                showMessage(Banner::Tone::Info, tr("Nothing to save"),
                    tr("The values shown are the ones that apply already, so nothing was stored."));
                emit saveEnded();
                return;
            }
            QStringList texts;
            for (const sia::SettingChangeLine& line : *lines) {
                texts << line.text;
            }
            if (!m_confirm(texts)) {
                showMessage(Banner::Tone::Info, tr("Not saved"),
                    tr("Nothing was stored; your changes are still here. Save again when they are right."));
                emit saveEnded();
                return;
            }
            apply(change);
        });
}

void SyncSettingsDialog::apply(const sia::SettingsChange& change)
{
    setBusy(true);
    const QString actor = m_options.actor;
    m_options.store->run<sia::AppliedSettings>(
        [change, actor](sia::Store& store) { return change.apply(store, actor); }, this,
        [this](sia::Result<sia::AppliedSettings> applied) {
            setBusy(false);
            if (!applied) {
                showMessage(Banner::Tone::Error, tr("The settings were not saved"), applied.error().message);
                emit saveEnded();
                return;
            }
            const int count = int(applied->lines.size());
            showMessage(Banner::Tone::Info, tr("Saved"),
                tr("%n change(s) saved and recorded in the audit log.", nullptr, count));
            // Rule 2: saving the task-sync setting runs the sync.
            if (applied->taskSyncRuns) {
                m_run->start(m_options.taskSync);
            }
            loadSettings(m_userId, m_userEmail);
            emit saved(*applied);
            emit saveEnded();
        });
}

void SyncSettingsDialog::reject()
{
    if (hasUnsavedEdits() && !m_discard()) {
        return;
    }
    QDialog::reject();
}

void SyncSettingsDialog::setBusy(bool busy)
{
    m_busy = busy;
    saveButton()->setEnabled(!busy && m_loaded);
    m_tabs->setEnabled(!busy);
    if (m_users) {
        m_users->setEnabled(!busy);
    }
}

void SyncSettingsDialog::showMessage(Banner::Tone tone, const QString& title, const QString& text)
{
    m_message->setTone(tone);
    m_message->setTitle(title);
    m_message->setText(text);
    m_message->show();
}
