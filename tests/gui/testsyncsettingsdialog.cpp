// The Salesforce sync settings dialog (SPEC 6, issue 12) on the offscreen platform, over a real database on
// both backends (read and written on the store's worker thread, as in the window): the summary of changes
// is shown before anything is stored, and Cancel there stores nothing; Save records the values and the
// audit log; a user's own value says so and "Use the instance's value" brings the instance's back; the
// instance-only keys are read-only for a user; a malformed Email-to-Salesforce address blocks Save; the
// API tab is disabled with the reason when the org has no API (an in-process sandbox org) and says so
// when the org could not be asked; saving the task sync on starts a run on a scripted TaskSyncService and
// shows its progress and end, or its refusal. SIA_TOUR_DIR=DIR keeps a picture of each tab.
#include "../salesforce/fixtureclientsource.h"
#include "../salesforce/salesforcetestsupport.h"
#include "banner.h"
#include "settings/bcctab.h"
#include "settings/emailapitab.h"
#include "settings/settingbinding.h"
#include "settings/settingsrepository.h"
#include "settings/syncsettingsdialog.h"
#include "settings/tasksyncrunview.h"
#include "settings/tasksynctab.h"
#include "store/auditlog.h"
#include "store/storerunner.h"
#include "store/storeworker.h"
#include "storetesthelpers.h"
#include "sync/tasksyncservice.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTest>

using namespace sia;
using namespace sia::test;
using namespace salesforcetest;

namespace {

const QString admin = QStringLiteral("sam@acme.example");
const QString seller = QStringLiteral("ana@acme.example");

// A TaskSyncService whose runs the test plays: start() is counted (or refused with the test's error), and
// the test emits the progress and the end as the engine would.
class ScriptedTaskSyncService : public TaskSyncService
{
    Q_OBJECT

public:
    using TaskSyncService::TaskSyncService;

    std::optional<Error> refusal;
    int starts = 0;

    Result<void> start() override
    {
        if (refusal) {
            return *refusal;
        }
        ++starts;
        m_running = true;
        return {};
    }
    void cancel() override { }
    bool isRunning() const override { return m_running; }
    void status(Done<TaskSyncStatus> done) override { done(TaskSyncStatus {}); }
    void history(int, Done<QList<SyncRun>> done) override { done(QList<SyncRun> {}); }

    void report(SyncPhase phase, qint64 processed, qint64 total)
    {
        SyncProgress progress;
        progress.runId = 1;
        progress.kind = SyncKind::Tasks;
        progress.phase = phase;
        progress.counts.total = total;
        progress.counts.processed = processed;
        progress.counts.created = 3;
        emit progressChanged(progress);
    }
    void finish(SyncRunState state, const QString& message = {})
    {
        m_running = false;
        SyncRun run;
        run.id = 1;
        run.kind = SyncKind::Tasks;
        run.state = state;
        run.message = message;
        run.counts.total = 40;
        run.counts.processed = 40;
        run.counts.created = 7;
        emit runFinished(run);
    }

private:
    bool m_running = false;
};

} // namespace

class TestSyncSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void summaryIsShownBeforeAnythingIsStoredAndCancelStoresNothing();
    void saveRecordsTheValueAndTheAuditEntry();
    void nothingChangedSavesNothingAndSaysSo();
    void aUsersOwnValueSaysSoAndUseTheInstancesValueBringsItBack();
    void instanceOnlyKeysAreReadOnlyForAUser();
    void malformedEmailToSalesforceAddressBlocksSave();
    void apiTabDisabledWithTheReasonWhenTheOrgHasNoApi();
    void apiTabEnabledWhenTheOrgHasTheApi();
    void apiTabSaysWhenTheOrgCouldNotBeAsked();
    void savingTheTaskSyncOnStartsARunAndShowsItsProgress();
    void aRefusedStartIsShownWithItsMessage();
    void closingWithUnsavedEditsAsksFirst();
    void choosingAnotherUserWithUnsavedEditsAsksFirst();

private:
    qint64 addUser(const QString& email, const QString& first = {});
    void setStored(SettingKey key, const QVariant& value, qint64 userId = 0);
    std::optional<QVariant> stored(SettingKey key, qint64 userId = 0) const;
    qint64 auditCount() const;
    std::unique_ptr<SyncSettingsDialog> openDialog(
        SyncSettingsDialogOptions::Mode mode, const QString& actor = admin);
    // Presses Save and waits until it ended; the lines the confirmation was shown (answering confirm).
    QStringList saveAnswering(SyncSettingsDialog& dialog, bool confirm);
    void connectOrg(sandbox::SandboxOptions options);
    void keepPictures(SyncSettingsDialog& dialog, const QString& name);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store; // the test's own connection, standing for another reader
    std::unique_ptr<StoreWorker> m_worker;
    std::unique_ptr<WorkerStoreRunner> m_runner;
    FixtureClientSource m_source;
    ScriptedTaskSyncService m_taskSync;
    QList<QUrl> m_callbacks;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<ClientFixture> m_fixture;
};

void TestSyncSettingsDialog::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    m_store = std::move(opened.value());
    m_worker = std::make_unique<StoreWorker>(m_database->options());
    bool open = false;
    m_worker->open(this, [&open](Result<void> result) { open = result.ok(); });
    QTRY_VERIFY(open);
    m_runner = std::make_unique<WorkerStoreRunner>(*m_worker);
    m_source = FixtureClientSource {};
    m_source.refusal = Error::notFound(
        QStringLiteral("salesforce.not-connected"), QStringLiteral("Salesforce is not connected."));
    m_taskSync.refusal.reset();
    m_taskSync.starts = 0;
}

void TestSyncSettingsDialog::cleanup()
{
    m_fixture.reset();
    m_sandbox.reset();
    m_runner.reset();
    m_worker.reset();
    m_store.reset();
    m_database.reset();
}

qint64 TestSyncSettingsDialog::addUser(const QString& email, const QString& first)
{
    Result<QSqlQuery> added = m_store->exec(
        QStringLiteral(
            "INSERT INTO users (email, first_name, created_at, created_by) VALUES (:email, :first, :at, "
            "'test') RETURNING id"),
        { { QStringLiteral("email"), email },
            { QStringLiteral("first"), first.isEmpty() ? QVariant() : first },
            { QStringLiteral("at"), QStringLiteral("2026-11-30T08:00:00Z") } });
    if (!added || !added->next()) {
        qWarning() << failureText(added);
        return 0;
    }
    return added->value(0).toLongLong();
}

void TestSyncSettingsDialog::setStored(SettingKey key, const QVariant& value, qint64 userId)
{
    Result<void> set = SettingsRepository(*m_store).set(key, value, QStringLiteral("seed"), userId);
    QVERIFY2(set.ok(), failureText(set).constData());
}

std::optional<QVariant> TestSyncSettingsDialog::stored(SettingKey key, qint64 userId) const
{
    Result<std::optional<SettingEntry>> entry = SettingsRepository(*m_store).stored(key, userId);
    if (!entry || !*entry) {
        return std::nullopt;
    }
    return (*entry)->value;
}

qint64 TestSyncSettingsDialog::auditCount() const
{
    return rowCount(*m_store, QStringLiteral("audit_log"));
}

std::unique_ptr<SyncSettingsDialog> TestSyncSettingsDialog::openDialog(
    SyncSettingsDialogOptions::Mode mode, const QString& actor)
{
    SyncSettingsDialogOptions options;
    options.mode = mode;
    options.actor = actor;
    options.store = m_runner.get();
    options.salesforce = &m_source;
    options.taskSync = &m_taskSync;
    auto dialog = std::make_unique<SyncSettingsDialog>(options);
    dialog->setStyleSheet(Theme::styleSheet()); // as the window's child has it
    dialog->setConfirmation([](const QStringList&) {
        QTest::qFail("an unexpected confirmation", __FILE__, __LINE__);
        return false;
    });
    dialog->setDiscardQuestion([] {
        QTest::qFail("an unexpected question", __FILE__, __LINE__);
        return false;
    });
    QSignalSpy loaded(dialog.get(), &SyncSettingsDialog::loaded);
    QSignalSpy checked(dialog.get(), &SyncSettingsDialog::availabilityShown);
    dialog->resize(860, 760);
    dialog->show();
    // A helper's failure is recorded as the test's (QTest::qFail), not only warned about.
    if (loaded.isEmpty() && !loaded.wait(10'000)) {
        QTest::qFail("the settings were not shown", __FILE__, __LINE__);
    }
    if (checked.isEmpty() && !checked.wait(20'000)) {
        QTest::qFail("the API availability was not shown", __FILE__, __LINE__);
    }
    return dialog;
}

QStringList TestSyncSettingsDialog::saveAnswering(SyncSettingsDialog& dialog, bool confirm)
{
    QStringList shown;
    dialog.setConfirmation([&shown, confirm](const QStringList& lines) {
        shown = lines;
        return confirm;
    });
    QSignalSpy ended(&dialog, &SyncSettingsDialog::saveEnded);
    QSignalSpy loaded(&dialog, &SyncSettingsDialog::loaded);
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    // Save may end at once (nothing to save, a malformed address), before a wait could start.
    if (ended.isEmpty() && !ended.wait(10'000)) {
        QTest::qFail("Save did not end", __FILE__, __LINE__);
    }
    if (confirm && !shown.isEmpty() && loaded.isEmpty() && !loaded.wait(10'000)) {
        QTest::qFail("the saved values were not read again", __FILE__, __LINE__);
    }
    return shown;
}

void TestSyncSettingsDialog::connectOrg(sandbox::SandboxOptions options)
{
    m_callbacks = callbacksOnFreePorts();
    m_sandbox = startOrg(m_callbacks, options);
    QVERIFY(m_sandbox);
    m_fixture = std::make_unique<ClientFixture>(*m_sandbox, connectionTo(*m_sandbox, m_callbacks));
    QVERIFY(m_fixture->connect().ok());
    m_source.refusal.reset();
    m_source.client = m_fixture->client.get();
}

void TestSyncSettingsDialog::keepPictures(SyncSettingsDialog& dialog, const QString& name)
{
    const QString dir = qEnvironmentVariable("SIA_TOUR_DIR");
    if (dir.isEmpty()) {
        return;
    }
    QDir().mkpath(dir);
    for (int tab = 0; tab < dialog.tabs()->count(); ++tab) {
        dialog.tabs()->setCurrentIndex(tab);
        for (int pass = 0; pass < 3; ++pass) { // the wrapped texts' heights settle over a few layouts
            QCoreApplication::processEvents();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        }
        QVERIFY(
            dialog.grab().save(QStringLiteral("%1/sync-settings-%2-tab%3.png").arg(dir, name).arg(tab + 1)));
    }
    dialog.tabs()->setCurrentIndex(0);
}

void TestSyncSettingsDialog::summaryIsShownBeforeAnythingIsStoredAndCancelStoresNothing()
{
    auto dialog = openDialog(SyncSettingsDialogOptions::Mode::Instance);
    QCheckBox* bcc = dialog->bccTab()->logViaBccBox();
    QVERIFY(bcc->isEnabled());
    QVERIFY(!bcc->isChecked()); // the default
    bcc->click();
    dialog->taskSyncTab()->intervalSpin()->setValue(15);
    QVERIFY(dialog->hasUnsavedEdits());
    QVERIFY(dialog->binding(SettingKey::EmailLogViaBcc)->sourceLabel()->text().contains(u"once you save"));

    const qint64 auditBefore = auditCount();
    qint64 settingsWhenAsked = -1;
    QStringList shown;
    dialog->setConfirmation([&](const QStringList& lines) {
        shown = lines;
        settingsWhenAsked = rowCount(*m_store, QStringLiteral("settings"));
        return false;
    });
    QSignalSpy ended(dialog.get(), &SyncSettingsDialog::saveEnded);
    QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
    QVERIFY(ended.wait());
    QCOMPARE(shown.size(), 2);
    QCOMPARE(shown.at(0), QStringLiteral("Log email by BCC (Email to Salesforce): off → on (instance)"));
    QCOMPARE(shown.at(1), QStringLiteral("Minutes between task syncs: 5 → 15 (instance)"));
    QCOMPARE(settingsWhenAsked, 0); // shown before anything was stored
    // Cancelled: nothing stored, and the edits are still there.
    QCOMPARE(rowCount(*m_store, QStringLiteral("settings")), 0);
    QCOMPARE(auditCount(), auditBefore);
    QVERIFY(bcc->isChecked());
    QVERIFY(dialog->hasUnsavedEdits());
    QVERIFY(dialog->messageBanner()->text().contains(u"Nothing was stored"));
}

void TestSyncSettingsDialog::saveRecordsTheValueAndTheAuditEntry()
{
    auto dialog = openDialog(SyncSettingsDialogOptions::Mode::Instance);
    dialog->bccTab()->logViaBccBox()->click();
    QSignalSpy saved(dialog.get(), &SyncSettingsDialog::saved);
    const QStringList shown = saveAnswering(*dialog, true);
    QCOMPARE(shown.size(), 1);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(stored(SettingKey::EmailLogViaBcc), std::optional<QVariant>(true));
    Result<QList<AuditEntry>> entries = AuditLog(*m_store).entries(1);
    QVERIFY2(entries.ok(), failureText(entries).constData());
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->at(0).action, QStringLiteral("setting.changed"));
    QCOMPARE(entries->at(0).actor, admin);
    QVERIFY(QJsonDocument(entries->at(0).arguments).toJson().contains("email.log-via-bcc"));
    // Read again: the instance's now, nothing left to save; no task sync run for another setting.
    QVERIFY(!dialog->hasUnsavedEdits());
    QCOMPARE(dialog->binding(SettingKey::EmailLogViaBcc)->sourceLabel()->text(),
        QStringLiteral("Where it comes from: the instance's."));
    QVERIFY(dialog->messageBanner()->title().contains(u"Saved"));
    QCOMPARE(m_taskSync.starts, 0);
    QVERIFY(!dialog->runView()->isVisible());
}

void TestSyncSettingsDialog::nothingChangedSavesNothingAndSaysSo()
{
    auto dialog = openDialog(SyncSettingsDialogOptions::Mode::Instance);
    // A value changed and changed back is no edit.
    dialog->bccTab()->logViaBccBox()->click();
    dialog->bccTab()->logViaBccBox()->click();
    const QStringList shown = saveAnswering(*dialog, true);
    QVERIFY(shown.isEmpty()); // no confirmation asked
    QCOMPARE(dialog->messageBanner()->title(), QStringLiteral("Nothing to save"));
    QCOMPARE(rowCount(*m_store, QStringLiteral("settings")), 0);
}

void TestSyncSettingsDialog::aUsersOwnValueSaysSoAndUseTheInstancesValueBringsItBack()
{
    addUser(QStringLiteral("bob@acme.example"), QStringLiteral("Bob"));
    const qint64 ana = addUser(seller, QStringLiteral("Ana"));
    setStored(SettingKey::EmailLogViaBcc, true);
    setStored(SettingKey::EmailLogViaBcc, false, ana);
    auto dialog = openDialog(SyncSettingsDialogOptions::Mode::User, seller);
    // The actor's own row is chosen, not the first one.
    QCOMPARE(dialog->userId(), ana);
    QCOMPARE(dialog->userCombo()->currentText(), QStringLiteral("Ana (ana@acme.example)"));
    SettingBinding* bcc = dialog->binding(SettingKey::EmailLogViaBcc);
    QCOMPARE(bcc->sourceLabel()->text(), QStringLiteral("Where it comes from: your own."));
    QVERIFY(!dialog->bccTab()->logViaBccBox()->isChecked());
    // A value the user has not set follows the instance's, with nothing to give back.
    SettingBinding* api = dialog->binding(SettingKey::EmailLogViaApi);
    QCOMPARE(api->sourceLabel()->text(), QStringLiteral("Where it comes from: default."));
    QVERIFY(!api->useInstanceButton()->isVisible());

    dialog->tabs()->setCurrentIndex(1);
    QVERIFY(bcc->useInstanceButton()->isVisible());
    QTest::mouseClick(bcc->useInstanceButton(), Qt::LeftButton);
    QVERIFY(dialog->bccTab()->logViaBccBox()->isChecked()); // the instance's value, shown
    QCOMPARE(
        bcc->sourceLabel()->text(), QStringLiteral("Where it comes from: the instance's, once you save."));
    QVERIFY(!bcc->useInstanceButton()->isVisible());
    keepPictures(*dialog, QStringLiteral("user"));

    const QStringList shown = saveAnswering(*dialog, true);
    QCOMPARE(shown,
        QStringList { QStringLiteral(
            "Log email by BCC (Email to Salesforce): off → the instance's value, on (ana@acme.example)") });
    QVERIFY(!stored(SettingKey::EmailLogViaBcc, ana).has_value());
    QCOMPARE(stored(SettingKey::EmailLogViaBcc), std::optional<QVariant>(true)); // the instance's untouched
    QCOMPARE(bcc->sourceLabel()->text(), QStringLiteral("Where it comes from: the instance's."));
    QVERIFY(dialog->bccTab()->logViaBccBox()->isChecked());
    QVERIFY(!bcc->useInstanceButton()->isVisible());
}

void TestSyncSettingsDialog::instanceOnlyKeysAreReadOnlyForAUser()
{
    const qint64 ana = addUser(seller);
    setStored(SettingKey::TaskSyncIntervalMinutes, qint64(30));
    auto dialog = openDialog(SyncSettingsDialogOptions::Mode::User, seller);
    QCOMPARE(dialog->userId(), ana);
    QSpinBox* interval = dialog->taskSyncTab()->intervalSpin();
    QCOMPARE(interval->value(), 30);
    QVERIFY(!interval->isEnabled());
    QVERIFY(!dialog->emailApiTab()->unsubscribeBox()->isEnabled());
    QVERIFY(!dialog->emailApiTab()->syncUnsubscribesBox()->isEnabled());
    for (const SettingKey key : { SettingKey::TaskSyncIntervalMinutes,
             SettingKey::EmailCheckMarketoUnsubscribe, SettingKey::EmailSyncUnsubscribes }) {
        SettingBinding* binding = dialog->binding(key);
        QVERIFY(!binding->isEditable());
        QVERIFY2(binding->sourceLabel()->text().startsWith(u"Set for the instance"),
            qPrintable(binding->sourceLabel()->text()));
        QVERIFY(!binding->useInstanceButton()->isVisible());
    }
    QVERIFY(dialog->binding(SettingKey::TaskSyncIntervalMinutes)
                ->sourceLabel()
                ->text()
                .contains(u"the instance's"));
    // The user's own keys stay editable; the address is there for a user only.
    QVERIFY(dialog->taskSyncTab()->optionButton(QStringLiteral("off"))->isEnabled());
    QVERIFY(dialog->bccTab()->addressEdit()->isEnabled());

    auto instance = openDialog(SyncSettingsDialogOptions::Mode::Instance);
    QVERIFY(instance->taskSyncTab()->intervalSpin()->isEnabled());
    QVERIFY(instance->emailApiTab()->unsubscribeBox()->isEnabled());
    QVERIFY(!instance->bccTab()->addressEdit()->isVisibleTo(instance->bccTab()));
}

void TestSyncSettingsDialog::malformedEmailToSalesforceAddressBlocksSave()
{
    const qint64 ana = addUser(seller);
    auto dialog = openDialog(SyncSettingsDialogOptions::Mode::User, seller);
    dialog->tabs()->setCurrentIndex(1);
    QLineEdit* address = dialog->bccTab()->addressEdit();
    QTest::keyClicks(address, QStringLiteral("ana.acme.example"));
    QVERIFY(dialog->bccTab()->addressError()->isVisible());
    QVERIFY2(dialog->bccTab()->addressError()->text().contains(u"has no “@”"),
        qPrintable(dialog->bccTab()->addressError()->text()));
    const QStringList shown = saveAnswering(*dialog, true);
    QVERIFY(shown.isEmpty()); // never asked: nothing to confirm
    QCOMPARE(dialog->messageBanner()->tone(), Banner::Tone::Error);
    QVERIFY(dialog->messageBanner()->text().contains(u"has no “@”"));
    QVERIFY(!stored(SettingKey::EmailToSalesforceAddress, ana).has_value());
    QCOMPARE(address->text(), QStringLiteral("ana.acme.example")); // nothing typed is lost

    // An address outside salesforce.com is only warned about, and saved.
    address->clear();
    QTest::keyClicks(address, QStringLiteral("ana@acme.example"));
    QVERIFY(!dialog->bccTab()->addressError()->isVisible());
    QVERIFY(dialog->bccTab()->addressWarning()->isVisible());
    QVERIFY(dialog->bccTab()->addressWarning()->text().contains(u"salesforce.com"));
    QCOMPARE(saveAnswering(*dialog, true).size(), 1);
    QCOMPARE(stored(SettingKey::EmailToSalesforceAddress, ana), std::optional<QVariant>(seller));
}

void TestSyncSettingsDialog::apiTabDisabledWithTheReasonWhenTheOrgHasNoApi()
{
    sandbox::SandboxOptions options;
    options.salesforceApiEnabled = false;
    connectOrg(options);
    auto dialog = openDialog(SyncSettingsDialogOptions::Mode::Instance);
    EmailApiTab* tab = dialog->emailApiTab();
    QCOMPARE(tab->availabilityBanner()->tone(), Banner::Tone::Warning);
    QCOMPARE(tab->availabilityBanner()->title(), QStringLiteral("Email cannot be logged through the API"));
    QVERIFY2(tab->availabilityBanner()->text().contains(u"refused API access"),
        qPrintable(tab->availabilityBanner()->text()));
    QVERIFY(tab->availabilityBanner()->text().contains(u"log email by BCC")); // the remedy
    QVERIFY(!tab->logViaApiBox()->isEnabled());
    QVERIFY(!tab->emailSubjectEdit()->isEnabled());
    QVERIFY(!tab->syncUnsubscribesBox()->isEnabled()); // Email Opt Out goes through the same API
    // What needs no API stays usable.
    QVERIFY(tab->unsubscribeBox()->isEnabled());
    QVERIFY(dialog->bccTab()->logViaBccBox()->isEnabled());
    keepPictures(*dialog, QStringLiteral("instance-no-api"));
}

void TestSyncSettingsDialog::apiTabEnabledWhenTheOrgHasTheApi()
{
    connectOrg({});
    SyncSettingsDialogOptions options;
    options.store = m_runner.get();
    options.salesforce = &m_source;
    options.actor = admin;
    SyncSettingsDialog dialog(options);
    // Asking first: disabled, and it says so.
    QCOMPARE(dialog.emailApiTab()->availabilityBanner()->title(),
        QStringLiteral("Checking whether the org has API access…"));
    QVERIFY(!dialog.emailApiTab()->logViaApiBox()->isEnabled());
    QSignalSpy checked(&dialog, &SyncSettingsDialog::availabilityShown);
    QSignalSpy loaded(&dialog, &SyncSettingsDialog::loaded);
    dialog.show();
    QVERIFY(checked.wait(20'000));
    QVERIFY(!loaded.isEmpty() || loaded.wait());
    EmailApiTab* tab = dialog.emailApiTab();
    QCOMPARE(tab->availabilityBanner()->title(), QStringLiteral("The org has API access"));
    QVERIFY(tab->availabilityBanner()->text().contains(u"Enterprise Edition"));
    QVERIFY(tab->logViaApiBox()->isEnabled());
    QVERIFY(tab->syncUnsubscribesBox()->isEnabled());
    QVERIFY(tab->preferencesCard()->findChild<QLineEdit*>(QStringLiteral("emailSubject"))->isEnabled());

    // The preferences card is saved as one document, checked by core.
    tab->logRepliesBox()->click();
    QStringList shown = saveAnswering(dialog, true);
    QCOMPARE(shown.size(), 1);
    std::optional<QVariant> preferences = stored(SettingKey::EmailApiPreferences);
    QVERIFY(preferences.has_value());
    QCOMPARE(preferences->toJsonObject().value(QStringLiteral("logReplies")).toBool(), true);
    // A template too long is refused with the reason, and nothing is stored.
    tab->emailSubjectEdit()->setText(QString(130, u'x'));
    tab->logRepliesBox()->click(); // an edit through the card's own signal
    shown = saveAnswering(dialog, true);
    QVERIFY(shown.isEmpty());
    QCOMPARE(dialog.messageBanner()->tone(), Banner::Tone::Error);
    QVERIFY(dialog.messageBanner()->text().contains(u"120 characters"));
    QCOMPARE(stored(SettingKey::EmailApiPreferences), preferences);

    // Unsubscribes both ways: one line in the summary, stored for the instance.
    tab->emailSubjectEdit()->setText(
        preferences->toJsonObject().value(QStringLiteral("emailSubject")).toString());
    tab->logRepliesBox()->click(); // back to what is stored
    tab->syncUnsubscribesBox()->click();
    shown = saveAnswering(dialog, true);
    QCOMPARE(shown,
        QStringList {
            QStringLiteral("Unsubscribes both ways with Salesforce (Email Opt Out): off → on (instance)") });
    const std::optional<QVariant> syncUnsubscribes = stored(SettingKey::EmailSyncUnsubscribes);
    QVERIFY(syncUnsubscribes.has_value());
    QVERIFY(syncUnsubscribes->toBool());
    keepPictures(dialog, QStringLiteral("instance-api"));
}

void TestSyncSettingsDialog::apiTabSaysWhenTheOrgCouldNotBeAsked()
{
    m_source.refusal = Error::environment(QStringLiteral("network.host-not-found"),
        QStringLiteral("login.salesforce.com could not be reached."));
    auto dialog = openDialog(SyncSettingsDialogOptions::Mode::Instance);
    Banner* banner = dialog->emailApiTab()->availabilityBanner();
    QCOMPARE(banner->tone(), Banner::Tone::Info); // not shown as unavailable
    QCOMPARE(banner->title(), QStringLiteral("API access could not be checked"));
    QVERIFY(banner->text().contains(u"could not be reached"));
    QVERIFY(!dialog->emailApiTab()->logViaApiBox()->isEnabled());

    // Check again asks anew: here Salesforce answers that it is not connected now.
    m_source.refusal
        = Error::notFound(QStringLiteral("salesforce.not-connected"), QStringLiteral("not connected"));
    QCOMPARE(banner->buttons().size(), 1);
    QPushButton* again = banner->buttons().first();
    QCOMPARE(again->text(), QStringLiteral("Check &again"));
    QSignalSpy shown(dialog.get(), &SyncSettingsDialog::availabilityShown);
    again->click();
    QVERIFY(!shown.isEmpty() || shown.wait(20'000));
    QCOMPARE(banner->title(), QStringLiteral("Email through the API needs Salesforce connected"));
    QVERIFY(banner->text().contains(u"step 2"));
    QCOMPARE(banner->buttons().size(), 1); // still there, for after connecting

    auto notConnected = openDialog(SyncSettingsDialogOptions::Mode::Instance);
    QCOMPARE(notConnected->emailApiTab()->availabilityBanner()->title(),
        QStringLiteral("Email through the API needs Salesforce connected"));
}

void TestSyncSettingsDialog::savingTheTaskSyncOnStartsARunAndShowsItsProgress()
{
    auto dialog = openDialog(SyncSettingsDialogOptions::Mode::Instance);
    TaskSyncTab* tab = dialog->taskSyncTab();
    QVERIFY(tab->optionButton(QStringLiteral("off"))->isChecked()); // the default
    dialog->tabs()->setCurrentIndex(2);
    tab->optionButton(QStringLiteral("tasks-and-reminders"))->click();
    const QStringList shown = saveAnswering(*dialog, true);
    QCOMPARE(shown,
        QStringList {
            QStringLiteral("Tasks and reminders → Salesforce tasks: Do not sync to Salesforce tasks → "
                           "Sync tasks and reminders with Salesforce tasks (instance)") });
    QCOMPARE(stored(SettingKey::TaskSync), std::optional<QVariant>(QStringLiteral("tasks-and-reminders")));
    QVERIFY(stored(SettingKey::TaskSyncStartedAt).has_value()); // rule 1, by core
    QCOMPARE(m_taskSync.starts, 1);
    TaskSyncRunView* run = dialog->runView();
    QVERIFY(run->isVisible());
    QCOMPARE(run->titleLabel()->text(), QStringLiteral("The task sync is starting…"));

    m_taskSync.report(SyncPhase::TaskImport, 12, 40);
    QCOMPARE(run->titleLabel()->text(),
        QStringLiteral("Task sync running: Importing new and changed tasks from Salesforce"));
    QVERIFY2(run->detailLabel()->text().startsWith(u"12 of 40 task"), qPrintable(run->detailLabel()->text()));
    QCOMPARE(run->progressBar()->maximum(), 40);
    QCOMPARE(run->progressBar()->value(), 12);
    keepPictures(*dialog, QStringLiteral("instance-running"));
    m_taskSync.report(SyncPhase::TaskPush, 30, 40);
    QVERIFY(run->titleLabel()->text().contains(u"Sending the tasks changed in Actions"));
    m_taskSync.finish(SyncRunState::Completed);
    QCOMPARE(run->titleLabel()->text(), QStringLiteral("The task sync completed"));
    QVERIFY(run->detailLabel()->text().contains(u"created 7"));

    // Turned off again: saved, and no run (nothing to sync).
    tab->optionButton(QStringLiteral("off"))->click();
    QCOMPARE(saveAnswering(*dialog, true).size(), 1);
    QCOMPARE(m_taskSync.starts, 1);
}

void TestSyncSettingsDialog::aRefusedStartIsShownWithItsMessage()
{
    m_taskSync.refusal = Error::rule(QStringLiteral("tasks.not-connected"),
        QStringLiteral("Salesforce is not connected: connect it in step 2, then run the task sync."));
    auto dialog = openDialog(SyncSettingsDialogOptions::Mode::Instance);
    dialog->taskSyncTab()->optionButton(QStringLiteral("tasks-and-reminders"))->click();
    QCOMPARE(saveAnswering(*dialog, true).size(), 1);
    QCOMPARE(stored(SettingKey::TaskSync), std::optional<QVariant>(QStringLiteral("tasks-and-reminders")));
    TaskSyncRunView* run = dialog->runView();
    QVERIFY(run->isVisible());
    QCOMPARE(run->titleLabel()->text(), QStringLiteral("The task sync did not start"));
    QVERIFY(run->detailLabel()->text().contains(u"connect it in step 2"));
    QVERIFY(!run->progressBar()->isVisible());
}

void TestSyncSettingsDialog::closingWithUnsavedEditsAsksFirst()
{
    auto dialog = openDialog(SyncSettingsDialogOptions::Mode::Instance);
    dialog->bccTab()->logViaBccBox()->click();
    int asked = 0;
    bool discard = false;
    dialog->setDiscardQuestion([&] {
        ++asked;
        return discard;
    });
    dialog->reject();
    QCOMPARE(asked, 1);
    QVERIFY(dialog->isVisible()); // kept open, the edit kept
    QVERIFY(dialog->bccTab()->logViaBccBox()->isChecked());
    discard = true;
    dialog->reject();
    QCOMPARE(asked, 2);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(rowCount(*m_store, QStringLiteral("settings")), 0);
}

void TestSyncSettingsDialog::choosingAnotherUserWithUnsavedEditsAsksFirst()
{
    const qint64 ana = addUser(seller, QStringLiteral("Ana"));
    const qint64 bob = addUser(QStringLiteral("bob@acme.example"), QStringLiteral("Bob"));
    setStored(SettingKey::EmailLogViaBcc, true, bob);
    auto dialog = openDialog(SyncSettingsDialogOptions::Mode::User, seller);
    QCOMPARE(dialog->userId(), ana);
    QCOMPARE(dialog->userCombo()->count(), 2);
    dialog->bccTab()->logViaBccBox()->click();
    int asked = 0;
    bool discard = false;
    dialog->setDiscardQuestion([&] {
        ++asked;
        return discard;
    });
    const int bobsRow = dialog->userCombo()->findData(bob);
    dialog->userCombo()->setCurrentIndex(bobsRow);
    QCOMPARE(asked, 1);
    QCOMPARE(dialog->userId(), ana); // kept, with the edit
    QCOMPARE(dialog->userCombo()->currentData().toLongLong(), ana);
    QVERIFY(dialog->hasUnsavedEdits());

    discard = true;
    QSignalSpy loaded(dialog.get(), &SyncSettingsDialog::loaded);
    dialog->userCombo()->setCurrentIndex(bobsRow);
    QVERIFY(loaded.wait());
    QCOMPARE(dialog->userId(), bob);
    QVERIFY(!dialog->hasUnsavedEdits());
    QVERIFY(dialog->bccTab()->logViaBccBox()->isChecked()); // Bob's own
    // Ana looks at Bob's value: it is his own, not hers.
    QCOMPARE(dialog->binding(SettingKey::EmailLogViaBcc)->sourceLabel()->text(),
        QStringLiteral("Where it comes from: the user's own."));
    QCOMPARE(rowCount(*m_store, QStringLiteral("settings")), 1); // Ana's edit was dropped, not stored
}

QTEST_MAIN(TestSyncSettingsDialog)
#include "testsyncsettingsdialog.moc"
