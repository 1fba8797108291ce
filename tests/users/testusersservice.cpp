// UsersService as the window uses it: every call runs on the StoreWorker's thread and answers later on
// this one; a change says changed(), and one that queued an invitation starts a delivery round; rules
// come back as errors with their reasons (the original user, Everyone); with users-csv, a CSV file is
// previewed with the saved mapping and imported, a header without an email column previewed without a plan,
// the table planned again with another mapping (and against a store that changed), the report written.
#include "mail/mailtransport.h"
#include "memorysecretstore.h"
#include "store/storerunner.h"
#include "store/storeworker.h"
#include "storetesthelpers.h"
#include "users/instancerepository.h"
#include "users/invitationdelivery.h"
#include "users/userremovalrule.h"
#include "users/usersservice.h"

#include <QMutex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sia;
using namespace sia::test;

namespace {

const QString actor = QStringLiteral("alice@acme.example");

struct Recipients
{
    QMutex mutex;
    QStringList accepted;
};

class RecordingTransport final : public MailTransport
{
public:
    explicit RecordingTransport(std::shared_ptr<Recipients> recipients)
        : m_recipients(std::move(recipients))
    { }

    Result<MailDelivery> send(const MailMessage& message) override
    {
        QMutexLocker lock(&m_recipients->mutex);
        m_recipients->accepted.append(message.to.address);
        return MailDelivery { QStringLiteral("250 Ok") };
    }

private:
    std::shared_ptr<Recipients> m_recipients;
};

// The answer of one asynchronous call, waited for on the event loop.
template<typename T> struct Answer
{
    std::optional<Result<T>> result;
    UsersService::Done<T> callback()
    {
        return [this](Result<T> answered) {
            result = std::move(answered);
        };
    }
};

Invitee invitee(const QString& email, UserRole role = UserRole::User)
{
    Invitee one;
    one.email = email;
    one.role = role;
    return one;
}

} // namespace

class TestUsersService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void inviteAnswersLaterAndSendsTheInvitations();
    void alreadyInvitedSendsNothing();
    void teamsChangeThroughTheService();
    void rulesComeBackWithTheirReasons();
    void retryFailedSendsAgain();
    void previewUsesTheSavedMappingAndImportInvites();
    void aHeaderWithoutEmailIsPreviewedWithoutAPlan();
    void replanDecidesEveryRowAgainWithoutReadingTheFile();
    void saveReportWritesThePlansReport();

private:
    template<typename T> Result<T> wait(Answer<T>& answer);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<StoreWorker> m_worker;
    std::unique_ptr<WorkerStoreRunner> m_runner;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<InvitationDelivery> m_delivery;
    std::unique_ptr<UsersService> m_service;
    std::shared_ptr<Recipients> m_recipients;
};

template<typename T> Result<T> TestUsersService::wait(Answer<T>& answer)
{
    if (!QTest::qWaitFor([&answer]() { return answer.result.has_value(); })) {
        return Error::internal(QStringLiteral("test.timeout"), QStringLiteral("no answer came"));
    }
    return std::move(*answer.result);
}

void TestUsersService::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    {
        Result<std::unique_ptr<Store>> store = m_database->open();
        QVERIFY2(store.ok(), failureText(store).constData());
        QVERIFY(InstanceRepository(**store).create(QStringLiteral("Acme"), actor).ok());
    }
    m_worker = std::make_unique<StoreWorker>(m_database->options());
    bool opened = false;
    m_worker->open(this, [&opened](Result<void> result) { opened = result.ok(); });
    QTRY_VERIFY(opened);
    m_runner = std::make_unique<WorkerStoreRunner>(*m_worker);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_delivery = std::make_unique<InvitationDelivery>(*m_runner, *m_secrets, QStringLiteral("test-instance"));
    m_recipients = std::make_shared<Recipients>();
    std::shared_ptr<Recipients> recipients = m_recipients;
    m_delivery->setTransportFactory([recipients](const MailSettings&, const QByteArray&) {
        return std::make_unique<RecordingTransport>(recipients);
    });
    m_service = std::make_unique<UsersService>(*m_runner, m_delivery.get(), actor);
}

void TestUsersService::cleanup()
{
    m_service.reset();
    m_delivery.reset();
    m_secrets.reset();
    m_runner.reset();
    m_worker.reset();
    m_database.reset();
}

void TestUsersService::inviteAnswersLaterAndSendsTheInvitations()
{
    QSignalSpy changed(m_service.get(), &UsersService::changed);
    QSignalSpy finished(m_delivery.get(), &InvitationDelivery::roundFinished);
    Answer<QList<InviteResult>> invited;
    m_service->invite({ invitee(QStringLiteral("olivia@acme.example"), UserRole::Admin),
                          invitee(QStringLiteral("sam@acme.example")) },
        invited.callback());
    QVERIFY(!invited.result.has_value()); // never before the call returns
    Result<QList<InviteResult>> result = wait(invited);
    QVERIFY2(result.ok(), failureText(result).constData());
    QCOMPARE(result->size(), 2);
    QCOMPARE(changed.count(), 1);

    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.constFirst().at(0).toInt(), 2);
    QCOMPARE(m_recipients->accepted.size(), 2);
    Answer<QList<UserRecord>> users;
    m_service->users({}, users.callback());
    Result<QList<UserRecord>> listed = wait(users);
    QVERIFY2(listed.ok(), failureText(listed).constData());
    QCOMPARE(listed->size(), 2);
    QVERIFY(listed->at(0).original);
    for (const UserRecord& user : *listed) {
        QVERIFY(user.delivery != DeliveryState::Queued);
    }
}

void TestUsersService::alreadyInvitedSendsNothing()
{
    QSignalSpy finished(m_delivery.get(), &InvitationDelivery::roundFinished);
    Answer<QList<InviteResult>> first;
    m_service->invite({ invitee(QStringLiteral("sam@acme.example")) }, first.callback());
    QVERIFY(wait(first).ok());
    QTRY_COMPARE(finished.count(), 1);

    Answer<QList<InviteResult>> again;
    m_service->invite({ invitee(QStringLiteral("sam@acme.example")) }, again.callback());
    Result<QList<InviteResult>> result = wait(again);
    QCOMPARE(result.value().constFirst().outcome, InviteResult::Outcome::AlreadyInvited);
    QVERIFY(!m_delivery->isBusy()); // no round was started for it
    QCOMPARE(m_recipients->accepted.size(), 1);
}

void TestUsersService::teamsChangeThroughTheService()
{
    QSignalSpy changed(m_service.get(), &UsersService::changed);
    Answer<TeamRecord> created;
    m_service->createTeam(QStringLiteral("Field"), created.callback());
    QCOMPARE(wait(created).value().name, QStringLiteral("Field"));
    Answer<TeamRecord> renamed;
    m_service->renameTeam(QStringLiteral("Field"), QStringLiteral("Inside"), renamed.callback());
    QCOMPARE(wait(renamed).value().name, QStringLiteral("Inside"));

    Answer<QList<InviteResult>> invited;
    m_service->invite({ invitee(QStringLiteral("sam@acme.example")) }, invited.callback());
    QVERIFY(wait(invited).ok());
    Answer<UserRecord> teams;
    m_service->setTeams(QStringLiteral("sam@acme.example"), { QStringLiteral("inside") }, teams.callback());
    QCOMPARE(
        wait(teams).value().teams, (QStringList { QStringLiteral("Everyone"), QStringLiteral("Inside") }));
    Answer<UserRecord> role;
    m_service->setRole(QStringLiteral("sam@acme.example"), UserRole::Admin, role.callback());
    QCOMPARE(wait(role).value().role, UserRole::Admin);

    Answer<bool> deleted;
    m_service->deleteTeam(QStringLiteral("Inside"), deleted.callback());
    QVERIFY(wait(deleted).ok());
    Answer<QList<TeamRecord>> left;
    m_service->teams(left.callback());
    QCOMPARE(wait(left).value().size(), 1);
    QCOMPARE(changed.count(), 6);
}

void TestUsersService::rulesComeBackWithTheirReasons()
{
    Answer<QList<InviteResult>> invited;
    m_service->invite({ invitee(QStringLiteral("olivia@acme.example"), UserRole::Admin),
                          invitee(QStringLiteral("sam@acme.example")) },
        invited.callback());
    QVERIFY(wait(invited).ok());
    {
        Result<std::unique_ptr<Store>> store = Store::attach(m_database->options());
        QVERIFY2(store.ok(), failureText(store).constData());
        QVERIFY((*store)
                    ->exec(QStringLiteral(
                        "INSERT INTO sync_runs (kind, state, started_by, started_at)"
                        " VALUES ('people-initial', 'running', 'a', '2026-12-01T10:00:00.000Z')"))
                    .ok());
    }
    QSignalSpy changed(m_service.get(), &UsersService::changed);
    Answer<UserRecord> removed;
    m_service->remove(QStringLiteral("olivia@acme.example"), removed.callback());
    Result<UserRecord> refused = wait(removed);
    QCOMPARE(refused.error().code, QString::fromLatin1(UserRemovalRule::originalAfterSyncCode));
    QVERIFY(refused.error().message.contains(QStringLiteral("original user")));
    Answer<bool> everyone;
    m_service->deleteTeam(QStringLiteral("Everyone"), everyone.callback());
    QCOMPARE(wait(everyone).error().code, QStringLiteral("teams.everyone"));
    QCOMPARE(changed.count(), 0); // a refusal changes nothing

    Answer<UserRecord> revoked;
    m_service->revoke(QStringLiteral("sam@acme.example"), revoked.callback());
    QCOMPARE(wait(revoked).value().status, UserStatus::Revoked);
}

void TestUsersService::retryFailedSendsAgain()
{
    QSignalSpy finished(m_delivery.get(), &InvitationDelivery::roundFinished);
    Answer<QList<InviteResult>> invited;
    m_service->invite({ invitee(QStringLiteral("sam@acme.example")) }, invited.callback());
    QVERIFY(wait(invited).ok());
    QTRY_COMPARE(finished.count(), 1);
    {
        Result<std::unique_ptr<Store>> store = Store::attach(m_database->options());
        QVERIFY2(store.ok(), failureText(store).constData());
        QVERIFY((*store)->exec(QStringLiteral("UPDATE invitations SET delivery = 'failed'")).ok());
    }
    Answer<int> retried;
    m_service->retryFailed(retried.callback());
    QCOMPARE(wait(retried).value(), 1);
    QTRY_COMPARE(finished.count(), 2);
    QCOMPARE(m_recipients->accepted.size(), 2);
}

void TestUsersService::previewUsesTheSavedMappingAndImportInvites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("people.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Work address;Given;Group\r\nana@acme.example;Ana;Field\r\nbad address;X;\r\n");
    file.close();
    const QStringList header { QStringLiteral("Work address"), QStringLiteral("Given"),
        QStringLiteral("Group") };
    ColumnMapping mapping;
    mapping.setColumn(InviteeField::Email, 0);
    mapping.setColumn(InviteeField::FirstName, 1);
    mapping.setColumn(InviteeField::Teams, 2);
    Answer<bool> saved;
    m_service->saveMapping(mapping, header, saved.callback());
    QVERIFY2(wait(saved).ok(), "saved");

    Answer<ImportPreview> previewed;
    m_service->preview(path, {}, std::nullopt, previewed.callback());
    Result<ImportPreview> preview = wait(previewed);
    QVERIFY2(preview.ok(), failureText(preview).constData());
    QCOMPARE(preview->mapping, mapping);
    QCOMPARE(preview->plan.counts().valid, 1);

    QSignalSpy finished(m_delivery.get(), &InvitationDelivery::roundFinished);
    Answer<ImportResult> imported;
    m_service->import(*preview, imported.callback());
    Result<ImportResult> result = wait(imported);
    QVERIFY2(result.ok(), failureText(result).constData());
    QCOMPARE(result->invited, 1);
    QCOMPARE(result->teamsCreated, QStringList { QStringLiteral("Field") });
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(m_recipients->accepted, QStringList { QStringLiteral("ana@acme.example") });
}

// The window shows the header and lets the admin pick the email column: the preview comes back with the
// table and no plan, and importable() (what Invite asks) refuses with the mapping's reason.
void TestUsersService::aHeaderWithoutEmailIsPreviewedWithoutAPlan()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("people.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Kontakt,Namn\nana@acme.example,Ana\n");
    file.close();
    Answer<ImportPreview> previewed;
    m_service->preview(path, {}, std::nullopt, previewed.callback());
    Result<ImportPreview> preview = wait(previewed);
    QVERIFY2(preview.ok(), failureText(preview).constData());
    QCOMPARE(preview->table.header, (QStringList { QStringLiteral("Kontakt"), QStringLiteral("Namn") }));
    QVERIFY(preview->plan.rows().isEmpty());
    QCOMPARE(preview->importable().error().code, QStringLiteral("csv.mapping-no-email"));

    Answer<ImportResult> imported;
    m_service->import(*preview, imported.callback());
    QCOMPARE(wait(imported).error().code, QStringLiteral("csv.mapping-no-email"));
}

void TestUsersService::replanDecidesEveryRowAgainWithoutReadingTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("people.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Kontakt,Other\nana@acme.example,bo@acme.example\n");
    file.close();
    Answer<ImportPreview> previewed;
    m_service->preview(path, {}, std::nullopt, previewed.callback());
    Result<ImportPreview> preview = wait(previewed);
    QVERIFY2(preview.ok(), failureText(preview).constData());
    QVERIFY(!preview->mappingSaved);
    QVERIFY(QFile::remove(path)); // the table is planned again, not read again

    ColumnMapping mapping;
    mapping.setColumn(InviteeField::Email, 1);
    Answer<ImportPreview> replanned;
    m_service->replan(*preview, mapping, replanned.callback());
    Result<ImportPreview> again = wait(replanned);
    QVERIFY2(again.ok(), failureText(again).constData());
    QCOMPARE(again->mapping, mapping);
    QCOMPARE(again->plan.rows().size(), 1);
    QCOMPARE(again->plan.rows().first().email, QStringLiteral("bo@acme.example"));
    QVERIFY(again->importable().ok());

    // The store changed since: the same mapping planned again says so (and Invite would do nothing stale).
    Answer<QList<InviteResult>> invited;
    m_service->invite({ invitee(QStringLiteral("bo@acme.example")) }, invited.callback());
    QVERIFY(wait(invited).ok());
    Answer<ImportPreview> stale;
    m_service->replan(*again, mapping, stale.callback());
    Result<ImportPreview> fresh = wait(stale);
    QVERIFY2(fresh.ok(), failureText(fresh).constData());
    QCOMPARE(fresh->plan.rows().first().verdict, RowVerdict::AlreadyInvited);
    QCOMPARE(fresh->importable().error().code, QStringLiteral("users.import-nothing"));
}

void TestUsersService::saveReportWritesThePlansReport()
{
    CsvTable table;
    table.header = { QStringLiteral("Email") };
    table.delimiter = u',';
    table.rows
        = { CsvRow { 2, { QStringLiteral("ana@acme.example") } }, CsvRow { 3, { QStringLiteral("=1+1") } } };
    ColumnMapping mapping;
    mapping.setColumn(InviteeField::Email, 0);
    const InviteImportPlan plan = InviteImportPlan::build(table, mapping, {}, {}, {});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.csv"));
    Answer<bool> saved;
    m_service->saveReport(plan, path, saved.callback());
    QVERIFY2(wait(saved).ok(), "saved");
    QFile report(path);
    QVERIFY(report.open(QIODevice::ReadOnly));
    QCOMPARE(report.readAll(), plan.reportCsv());

    Answer<bool> refused;
    m_service->saveReport(
        plan, dir.filePath(QStringLiteral("no/such/folder/report.csv")), refused.callback());
    QCOMPARE(wait(refused).error().code, QStringLiteral("users.import-report"));
}

QTEST_GUILESS_MAIN(TestUsersService)
#include "testusersservice.moc"
