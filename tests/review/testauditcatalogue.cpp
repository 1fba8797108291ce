// The audit catalogue words an entry from its stored key and arguments, in the reader's language: the
// same stored entry reads differently under another translation, with the database untouched. An
// unknown key still shows, as its key and arguments; every action core writes is in the catalogue.
#include "connections/connectionrepository.h"
#include "review/auditcatalogue.h"
#include "settings/settingdefinition.h"
#include "settings/settingsrepository.h"
#include "setup/handconfirmationrepository.h"
#include "setup/plandefinition.h"
#include "setup/setupplan.h"
#include "storetesthelpers.h"
#include "sync/tasksyncstore.h"
#include "tasks/taskrepository.h"
#include "users/admininvitationrepository.h"
#include "users/csv/csvreader.h"
#include "users/instancerepository.h"
#include "users/userdirectory.h"
#include "users/userremovalrule.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <QTest>
#include <QTranslator>

using namespace sia;
using namespace sia::test;

namespace {

// A test catalogue: a translation of a few of the catalogue's texts, installed like any .qm would be.
class GermanAuditTexts : public QTranslator
{
public:
    QString translate(
        const char* context, const char* source, const char* /*disambiguation*/, int /*n*/) const override
    {
        if (qstrcmp(context, "sia::AuditCatalogue") != 0) {
            return {};
        }
        static const QHash<QByteArray, QString> texts {
            { "Step blocked", QStringLiteral("Schritt blockiert") },
            { "Step %1 · %2", QStringLiteral("Schritt %1 · %2") },
            { "From %1 to %2. Reason: %3", QStringLiteral("Von %1 nach %2. Grund: %3") },
        };
        return texts.value(source);
    }
    bool isEmpty() const override { return false; }
};

AuditEntry entry(const QString& action, const QJsonObject& arguments)
{
    AuditEntry result;
    result.id = 1;
    result.actor = QStringLiteral("alice");
    result.action = action;
    result.arguments = arguments;
    return result;
}

} // namespace

class TestAuditCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void rendersFromKeyAndArguments_data();
    void rendersFromKeyAndArguments();
    void anotherTranslationChangesTheTextNotTheDatabase();
    void filterFindsTitlesInTheReadersLanguage();
    void unknownKeyShowsKeyAndArguments();
    void knownKeyWithoutItsArgumentsStillShows();
    void everyActionCoreWritesIsKnown();
    void jsonCarriesKeyArgumentsAndText();

private:
    Result<AuditEntry> storedBlock();

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
};

void TestAuditCatalogue::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    auto opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    m_store = std::move(opened).value();
}

void TestAuditCatalogue::cleanup()
{
    m_store.reset();
    m_database.reset();
}

void TestAuditCatalogue::rendersFromKeyAndArguments_data()
{
    const QString step3 = PlanDefinition::step(3)->title;
    QTest::addColumn<QString>("action");
    QTest::addColumn<QJsonObject>("arguments");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("details");
    QTest::newRow("step done") << QStringLiteral("step.done")
                               << QJsonObject { { QStringLiteral("step"), 3 },
                                      { QStringLiteral("from"), QStringLiteral("in-progress") },
                                      { QStringLiteral("to"), QStringLiteral("done") } }
                               << QStringLiteral("Step done") << QStringLiteral("Step 3 · %1").arg(step3)
                               << QStringLiteral("From In progress to Done.");
    QTest::newRow("step reopened over done steps")
        << QStringLiteral("step.reopen")
        << QJsonObject { { QStringLiteral("step"), 3 }, { QStringLiteral("from"), QStringLiteral("done") },
               { QStringLiteral("to"), QStringLiteral("in-progress") },
               { QStringLiteral("doneDependents"), QJsonArray { 5, 6 } } }
        << QStringLiteral("Step reopened") << QStringLiteral("Step 3 · %1").arg(step3)
        << QStringLiteral("From Done to In progress. Steps already done that build on it: %1.")
               .arg(QLocale().createSeparatedList({ QStringLiteral("5"), QStringLiteral("6") }));
    QTest::newRow("task edited")
        << QStringLiteral("task.edited")
        << QJsonObject { { QStringLiteral("task"), 7 },
               { QStringLiteral("subject"), QStringLiteral("Call Bob") },
               { QStringLiteral("fields"), QJsonArray { QStringLiteral("subject"), QStringLiteral("due") } } }
        << QStringLiteral("Task edited") << QStringLiteral("Task 7 “Call Bob”")
        << QStringLiteral("Changed: %1.")
               .arg(QLocale().createSeparatedList({ QStringLiteral("subject"), QStringLiteral("due date") }));
    QTest::newRow("task deleted that is in Salesforce")
        << QStringLiteral("task.deleted")
        << QJsonObject { { QStringLiteral("task"), 7 },
               { QStringLiteral("subject"), QStringLiteral("Call Bob") },
               { QStringLiteral("salesforceTask"), QStringLiteral("00T000000000001AAA") } }
        << QStringLiteral("Task deleted") << QStringLiteral("Task 7 “Call Bob”")
        << QStringLiteral("The task sync deletes it in Salesforce too (00T000000000001AAA).");
    QTest::newRow("prerequisite with a note")
        << QStringLiteral("prerequisite.confirmed")
        << QJsonObject { { QStringLiteral("prerequisite"), QStringLiteral("actions-enabled") },
               { QStringLiteral("note"), QStringLiteral("by phone") } }
        << QStringLiteral("Prerequisite confirmed")
        << QStringLiteral("Prerequisite: %1")
               .arg(PlanDefinition::prerequisite(QStringLiteral("actions-enabled"))->title)
        << QStringLiteral("Note: by phone");
    QTest::newRow("a user's setting")
        << QStringLiteral("setting.changed")
        << QJsonObject { { QStringLiteral("setting"), QStringLiteral("ui.theme") },
               { QStringLiteral("user"), 7 }, { QStringLiteral("value"), QStringLiteral("dark") } }
        << QStringLiteral("Setting changed") << QStringLiteral("Setting ui.theme of user 7")
        << QStringLiteral("New value: dark");
}

void TestAuditCatalogue::rendersFromKeyAndArguments()
{
    QFETCH(QString, action);
    QFETCH(QJsonObject, arguments);
    QFETCH(QString, title);
    QFETCH(QString, subject);
    QFETCH(QString, details);
    const AuditText text = AuditCatalogue::render(entry(action, arguments));
    QCOMPARE(text.action, title);
    QCOMPARE(text.subject, subject);
    QCOMPARE(text.details, details);
}

Result<AuditEntry> TestAuditCatalogue::storedBlock()
{
    Result<QList<AuditEntry>> entries = AuditLog(*m_store).entries(1);
    if (!entries) {
        return entries.error();
    }
    if (entries->isEmpty()) {
        return Error::internal(QStringLiteral("test.empty"), QStringLiteral("no entry"));
    }
    return entries->constFirst();
}

void TestAuditCatalogue::anotherTranslationChangesTheTextNotTheDatabase()
{
    QVERIFY(SetupPlan(*m_store)
                .apply({ 3, StepAction::Block, QStringLiteral("no org yet"), QStringLiteral("bob") })
                .ok());
    m_store.reset(); // nothing holds the database while the texts change
    const QStringList before = m_database->fingerprint();

    auto reviewed = m_database->openForReview();
    QVERIFY2(reviewed.ok(), failureText(reviewed).constData());
    m_store = std::move(reviewed).value();
    const Result<AuditEntry> stored = storedBlock();
    QVERIFY2(stored.ok(), failureText(stored).constData());
    const AuditText english = AuditCatalogue::render(*stored);
    QCOMPARE(english.action, QStringLiteral("Step blocked"));
    QCOMPARE(english.details, QStringLiteral("From Not started to Blocked. Reason: no org yet"));

    GermanAuditTexts german;
    QVERIFY(QCoreApplication::installTranslator(&german));
    const Result<AuditEntry> again = storedBlock();
    QVERIFY2(again.ok(), failureText(again).constData());
    const AuditText translated = AuditCatalogue::render(*again);
    QCoreApplication::removeTranslator(&german);

    QCOMPARE(translated.action, QStringLiteral("Schritt blockiert"));
    QCOMPARE(translated.subject, QStringLiteral("Schritt 3 · %1").arg(PlanDefinition::step(3)->title));
    QVERIFY2(translated.details.startsWith(QStringLiteral("Von ")), qPrintable(translated.details));
    QVERIFY(translated.details.endsWith(QStringLiteral("Grund: no org yet")));
    QCOMPARE(again->action, stored->action);
    QCOMPARE(again->arguments, stored->arguments);
    QCOMPARE(AuditCatalogue::render(*again).action, QStringLiteral("Step blocked")); // removed again
    m_store.reset();
    QCOMPARE(m_database->fingerprint(), before);
}

void TestAuditCatalogue::filterFindsTitlesInTheReadersLanguage()
{
    QCOMPARE(AuditCatalogue::actionsMatching(QStringLiteral("BLOCKED")),
        QStringList { QStringLiteral("step.block") });
    QCOMPARE(AuditCatalogue::actionsMatching(QStringLiteral("blockiert")), QStringList());
    GermanAuditTexts german;
    QVERIFY(QCoreApplication::installTranslator(&german));
    const QStringList matching = AuditCatalogue::actionsMatching(QStringLiteral("blockiert"));
    QCoreApplication::removeTranslator(&german);
    QCOMPARE(matching, QStringList { QStringLiteral("step.block") });
    QCOMPARE(AuditCatalogue::actionsMatching(QStringLiteral("  ")), QStringList());
}

void TestAuditCatalogue::unknownKeyShowsKeyAndArguments()
{
    const AuditEntry future = entry(QStringLiteral("sync.people.finished"),
        { { QStringLiteral("created"), 12 }, { QStringLiteral("run"), QStringLiteral("r-1") } });
    QVERIFY(!AuditCatalogue::isKnown(future.action));
    const AuditText text = AuditCatalogue::render(future);
    QCOMPARE(text.action, QStringLiteral("sync.people.finished"));
    QCOMPARE(text.subject, QString());
    QCOMPARE(text.details, QStringLiteral("created: 12; run: r-1"));
}

void TestAuditCatalogue::knownKeyWithoutItsArgumentsStillShows()
{
    const AuditText text
        = AuditCatalogue::render(entry(QStringLiteral("step.done"), { { QStringLiteral("x"), 1 } }));
    QCOMPARE(text.action, QStringLiteral("Step done"));
    QCOMPARE(text.details, QStringLiteral("x: 1"));
}

void TestAuditCatalogue::everyActionCoreWritesIsKnown()
{
    SetupPlan plan(*m_store);
    const QString who = QStringLiteral("alice");
    QVERIFY(
        plan.confirmPrerequisite(QStringLiteral("actions-enabled"), true, who, QStringLiteral("note")).ok());
    for (const StepChange& change :
        { StepChange { 1, StepAction::Start, {}, who }, StepChange { 1, StepAction::Done, {}, who },
            StepChange { 1, StepAction::Reopen, QStringLiteral("again"), who },
            StepChange { 3, StepAction::Block, QStringLiteral("why"), who },
            StepChange { 7, StepAction::Skip, QStringLiteral("not needed"), who } }) {
        const Result<StepState> applied = plan.apply(change);
        QVERIFY2(applied.ok(), failureText(applied).constData());
    }
    QVERIFY(plan.confirmPrerequisite(QStringLiteral("actions-enabled"), false, who).ok());
    SettingsRepository settings(*m_store);
    const Result<void> set
        = settings.set(SettingKey::ProxyUrl, QStringLiteral("http://proxy.example.com:3128"), who);
    QVERIFY2(set.ok(), failureText(set).constData());
    const Result<void> cleared = settings.clear(SettingKey::ProxyUrl, who);
    QVERIFY2(cleared.ok(), failureText(cleared).constData());
    // The connection's changes: connect, test, every hand-over state, disconnect.
    ConnectionRepository connections(*m_store);
    ConnectionRecord connection;
    connection.service = ConnectionService::Salesforce;
    QVERIFY(connections.saveConnected(connection, who).ok());
    QVERIFY(connections.recordTest(ConnectionService::Salesforce, {}, who).ok());
    QVERIFY(connections.startHandOver(ConnectionService::Salesforce, QStringLiteral("bob")).ok());
    QVERIFY(connections.cancelHandOver(ConnectionService::Salesforce, QStringLiteral("bob")).ok());
    QVERIFY(connections.startHandOver(ConnectionService::Salesforce, QStringLiteral("bob")).ok());
    QVERIFY(connections.completeHandOver(connection, QStringLiteral("bob")).ok());
    QVERIFY(connections.recordRetirement(ConnectionService::Salesforce, {}, QStringLiteral("bob")).ok());
    QVERIFY(connections.startHandOver(ConnectionService::Salesforce, who).ok());
    QVERIFY(connections.completeHandOver(connection, who).ok());
    QVERIFY(connections
                .recordRetirement(ConnectionService::Salesforce,
                    Error::environment(QStringLiteral("x.y"), QStringLiteral("no")), who)
                .ok());
    QVERIFY(connections.disconnect(ConnectionService::Salesforce, who).ok());
    // Step 1: the instance and its first admin.
    QVERIFY(InstanceRepository(*m_store).create(QStringLiteral("Acme"), who).ok());
    QVERIFY(AdminInvitationRepository(*m_store)
                .invite({ AdminInvitee {
                            QStringLiteral("ada@example.com"), {}, {}, {}, InvitationSource::MarketoAdmin } },
                    who)
                .ok());
    // A second admin, then removed again (before any people sync, so the rule allows it).
    QVERIFY(AdminInvitationRepository(*m_store)
                .invite({ AdminInvitee {
                            QStringLiteral("bo@example.com"), {}, {}, {}, InvitationSource::MarketoAdmin } },
                    who)
                .ok());
    QVERIFY(UserRemovalRule::remove(*m_store, QStringLiteral("bo@example.com"), who).ok());

    // Step 5: teams, a user's invitation, role and teams, its delivery, a failed one retried and revoked.
    UserDirectory directory(*m_store);
    QVERIFY(directory.createTeam(QStringLiteral("Sales"), who).ok());
    QVERIFY(directory.renameTeam(QStringLiteral("Sales"), QStringLiteral("Field"), who).ok());
    Invitee cy;
    cy.email = QStringLiteral("cy@example.com");
    cy.teams = QStringList { QStringLiteral("Field") };
    Invitee dee = cy;
    dee.email = QStringLiteral("dee@example.com");
    QVERIFY(directory.invite({ cy }, who).ok());
    QVERIFY(directory.setRole(cy.email, UserRole::Admin, who).ok());
    QVERIFY(directory.setTeams(cy.email, {}, who).ok());
    QVERIFY(directory.resend(cy.email, who).ok());
    const Result<UserRecord> invitedCy = directory.user(cy.email);
    QVERIFY(
        directory.markDelivered(invitedCy->invitationId, DeliveryState::Sent, QStringLiteral("250 Ok")).ok());
    QVERIFY(directory.invite({ dee }, who).ok());
    const Result<UserRecord> invitedDee = directory.user(dee.email);
    QVERIFY(directory.markFailed(invitedDee->invitationId, QStringLiteral("550 no such user")).ok());
    QCOMPARE(directory.retryFailed(who).value(), 1);
    QVERIFY(directory.revoke(dee.email, who).ok());
    QVERIFY(directory.deleteTeam(QStringLiteral("Field"), who).ok());
    Result<CsvTable> csv = CsvReader::parse("Email,Teams\nemi@example.com,Import\n");
    QVERIFY(csv.ok());
    Result<ImportContext> context = directory.importContext();
    QVERIFY(context.ok());
    const InviteImportPlan importPlan = InviteImportPlan::build(*csv, ColumnMapping::autoMatched(csv->header),
        context->existingUsers, context->pendingInvitations, context->knownTeams);
    QVERIFY(directory.import(importPlan, QStringLiteral("people.csv"), who).ok());

    // Steps 6 and 7: a confirmation by hand, then withdrawn.
    HandConfirmationRepository confirmations(*m_store);
    QVERIFY(confirmations.confirm(QStringLiteral("package.installed"), who, QStringLiteral("seen in Setup"))
                .ok());
    QVERIFY(confirmations.withdraw(QStringLiteral("package.installed"), who).ok());

    // The task sync: a task changed on both sides.
    QVERIFY(TaskSyncStore(*m_store)
                .recordConflict(who,
                    { 1, QStringLiteral("00T000000000001AAA"), TaskConflict::Kept::Actions,
                        QStringLiteral("Call"), QDateTime::currentDateTimeUtc(),
                        QDateTime::currentDateTimeUtc().addSecs(-60) })
                .ok());

    // The command center's tasks: created, edited, completed, reopened, deleted.
    TaskRepository tasks(*m_store);
    TaskDraft draft;
    draft.subject = QStringLiteral("Call Bob");
    draft.dueDate = QDate(2026, 6, 16);
    const Result<ActionsTask> task = tasks.create(draft, who);
    QVERIFY2(task.ok(), failureText(task).constData());
    TaskEdit edit;
    edit.subject = QStringLiteral("Call Bob back");
    QVERIFY(tasks.edit(task->id, edit, who).ok());
    QVERIFY(tasks.complete(task->id, who).ok());
    QVERIFY(tasks.reopen(task->id, who).ok());
    QVERIFY(tasks.remove(task->id, who).ok());

    Result<QList<AuditEntry>> entries = AuditLog(*m_store).entries();
    QVERIFY2(entries.ok(), failureText(entries).constData());
    QCOMPARE(entries->size(), 26 + 15 + 1 + 5); // the import: its team, its user, the import itself
    QSet<QString> seen;
    for (const AuditEntry& written : *entries) {
        QVERIFY2(AuditCatalogue::isKnown(written.action), qPrintable(written.action));
        const AuditText text = AuditCatalogue::render(written);
        QVERIFY2(!text.subject.isEmpty(), qPrintable(written.action)); // worded, not the fallback
        seen.insert(written.action);
    }
    QCOMPARE(seen.size(), int(AuditCatalogue::knownActions().size()));
}

void TestAuditCatalogue::jsonCarriesKeyArgumentsAndText()
{
    AuditEntry done = entry(QStringLiteral("step.done"),
        { { QStringLiteral("step"), 1 }, { QStringLiteral("from"), QStringLiteral("in-progress") },
            { QStringLiteral("to"), QStringLiteral("done") } });
    done.at = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
    const QJsonObject json = AuditCatalogue::toJson(done);
    QCOMPARE(json.value(QStringLiteral("action")).toString(), QStringLiteral("step.done"));
    QCOMPARE(json.value(QStringLiteral("arguments")).toObject(), done.arguments);
    QCOMPARE(json.value(QStringLiteral("at")).toString(), QStringLiteral("2026-03-04T05:06:07.000Z"));
    const QJsonObject text = json.value(QStringLiteral("text")).toObject();
    QCOMPARE(text.value(QStringLiteral("action")).toString(), QStringLiteral("Step done"));
    QCOMPARE(text.value(QStringLiteral("details")).toString(), QStringLiteral("From In progress to Done."));
}

QTEST_GUILESS_MAIN(TestAuditCatalogue)
#include "testauditcatalogue.moc"
