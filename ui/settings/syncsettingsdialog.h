// Admin Settings → Salesforce → Sync Settings (SPEC 6, issue 12), for the instance or, as My account, for
// one user: three tabs (email through the Salesforce API, email by BCC, tasks and reminders), each value
// with where it comes from; Save shows the summary of what would change (sia::SettingsChange) and applies
// it once confirmed, then runs the task sync when its setting changed and it is on, with its progress.
// Closing with unsaved edits asks first. Every read and write goes through the store's worker thread.
#pragma once

#include "banner.h"
#include "settings/settingschange.h"

#include <QDialog>

#include <functional>

class BccTab;
class EmailApiTab;
class QComboBox;
class QDialogButtonBox;
class QPushButton;
class QTabWidget;
class SettingBinding;
class TaskSyncRunView;
class TaskSyncTab;

namespace sia {
class SalesforceClientSource;
class StoreRunner;
class TaskSyncService;
struct UserRecord;
} // namespace sia

struct SyncSettingsDialogOptions
{
    enum class Mode
    {
        Instance, // the instance's values, which every user follows unless they have their own
        User // My account: one user's own values over the instance's
    };
    Mode mode = Mode::Instance;
    QString
        actor; // who the changes are recorded for; a user's mode starts on this user's row if there is one
    sia::StoreRunner* store = nullptr; // must outlive the dialog
    sia::SalesforceClientSource* salesforce
        = nullptr; // asked whether the org has the API; null: not connected
    sia::TaskSyncService* taskSync = nullptr; // run after a change of the task sync; null: none here
};

class SyncSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // Asks whether to apply these changes (the summary's lines); the default is a message box.
    using Confirmation = std::function<bool(const QStringList& lines)>;
    // Asks whether to drop the edits not saved; the default is a message box.
    using DiscardQuestion = std::function<bool()>;

    explicit SyncSettingsDialog(SyncSettingsDialogOptions options, QWidget* parent = nullptr);
    ~SyncSettingsDialog() override;

    void setConfirmation(Confirmation confirm) { m_confirm = std::move(confirm); }
    void setDiscardQuestion(DiscardQuestion ask) { m_discard = std::move(ask); }

    bool hasUnsavedEdits() const;
    qint64 userId() const { return m_userId; } // 0: the instance
    void save();
    void reject() override; // asks first when there are unsaved edits

    // For tests and accessibility.
    QTabWidget* tabs() const { return m_tabs; }
    EmailApiTab* emailApiTab() const { return m_emailApi; }
    BccTab* bccTab() const { return m_bcc; }
    TaskSyncTab* taskSyncTab() const { return m_taskSync; }
    QComboBox* userCombo() const { return m_users; }
    Banner* messageBanner() const { return m_message; }
    TaskSyncRunView* runView() const { return m_run; }
    QPushButton* saveButton() const;
    SettingBinding* binding(sia::SettingKey key) const;

signals:
    void loaded(); // the values of the instance or the chosen user are shown
    void availabilityShown(); // the API tab shows whether the org has the API
    void saved(const sia::AppliedSettings& applied);
    void saveEnded(); // a Save press came to its end: saved, refused, nothing to save or not confirmed

private:
    void loadUsers();
    void userChosen(int index);
    void loadSettings(qint64 userId, const QString& userEmail);
    void checkApi();
    void apply(const sia::SettingsChange& change);
    void setBusy(bool busy);
    void showMessage(Banner::Tone tone, const QString& title, const QString& text);

    SyncSettingsDialogOptions m_options;
    Confirmation m_confirm;
    DiscardQuestion m_discard;
    qint64 m_userId = 0;
    QString m_userEmail;
    int m_userIndex = -1; // the combo's row whose values are shown
    bool m_loaded = false;
    bool m_busy = false;

    QComboBox* m_users = nullptr;
    Banner* m_message;
    QTabWidget* m_tabs;
    EmailApiTab* m_emailApi;
    BccTab* m_bcc;
    TaskSyncTab* m_taskSync;
    TaskSyncRunView* m_run;
    QDialogButtonBox* m_buttons;
    QList<SettingBinding*> m_bindings;
};
