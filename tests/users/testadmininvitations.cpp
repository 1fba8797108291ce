// Step 1 in the store: the instance is created once; admins are invited into users and invitations with
// who and when and where the address came from, the first one the original user; malformed addresses and
// duplicates are refused before anything is saved; a locked database loses nothing; all of it audited.
#include "store/auditlog.h"
#include "storetesthelpers.h"
#include "users/admininvitationrepository.h"
#include "users/emailaddress.h"
#include "users/instancerepository.h"

#include <QTest>

using namespace sia;
using namespace sia::test;

class TestAdminInvitations : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void instanceIsCreatedOnceAndAudited();
    void instanceNeedsAName();
    void invitingNeedsTheInstance();
    void firstInvitedAdminBecomesTheOriginalUser();
    void laterInvitationsKeepTheFirstOriginalUser();
    void invitationRecordsWhoWhenAndSource();
    void addressesAreChecked_data();
    void addressesAreChecked();
    void refusedBatchSavesNothing_data();
    void refusedBatchSavesNothing();
    void lockedDatabaseLosesNothingAndRetrySucceeds();
    void reviewStoreRefusesToInvite();

private:
    static AdminInvitee invitee(
        const QString& email, InvitationSource source = InvitationSource::MarketoAdmin);
    void createInstance();
    QStringList auditActions() const;

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
};

void TestAdminInvitations::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    m_store = std::move(opened.value());
}

void TestAdminInvitations::cleanup()
{
    m_store.reset();
    m_database.reset();
}

AdminInvitee TestAdminInvitations::invitee(const QString& email, InvitationSource source)
{
    AdminInvitee one;
    one.email = email;
    one.source = source;
    return one;
}

void TestAdminInvitations::createInstance()
{
    Result<ActionsInstance> created
        = InstanceRepository(*m_store).create(QStringLiteral("Acme"), QStringLiteral("alice"));
    QVERIFY2(created.ok(), failureText(created).constData());
}

QStringList TestAdminInvitations::auditActions() const
{
    QStringList actions;
    Result<QList<AuditEntry>> entries = AuditLog(*m_store).entries();
    for (const AuditEntry& entry : entries.value()) {
        actions.prepend(entry.action);
    }
    return actions;
}

void TestAdminInvitations::instanceIsCreatedOnceAndAudited()
{
    InstanceRepository instances(*m_store);
    Result<std::optional<ActionsInstance>> none = instances.load();
    QVERIFY2(none.ok(), failureText(none).constData());
    QVERIFY(!none->has_value());

    QVERIFY(instances.create(QStringLiteral("  Acme  "), QStringLiteral("alice")).ok());
    Result<ActionsInstance> again = instances.create(QStringLiteral("Other"), QStringLiteral("bob"));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, QStringLiteral("instance.exists"));
    QVERIFY(again.error().message.contains(QStringLiteral("Acme")));

    Result<std::optional<ActionsInstance>> loaded = instances.load();
    QVERIFY(loaded.ok() && loaded->has_value());
    QCOMPARE((*loaded)->name, QStringLiteral("Acme"));
    QCOMPARE((*loaded)->createdBy, QStringLiteral("alice"));
    QVERIFY((*loaded)->createdAt.isValid());
    QVERIFY(!(*loaded)->activatedAt.isValid());
    QCOMPARE(auditActions(), QStringList { QStringLiteral("instance.created") });
}

void TestAdminInvitations::instanceNeedsAName()
{
    Result<ActionsInstance> created
        = InstanceRepository(*m_store).create(QStringLiteral("  "), QStringLiteral("alice"));
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, QStringLiteral("instance.name-empty"));
    QCOMPARE(rowCount(*m_store, QStringLiteral("instance")), 0);
}

void TestAdminInvitations::invitingNeedsTheInstance()
{
    Result<QList<InvitedAdmin>> invited = AdminInvitationRepository(*m_store).invite(
        { invitee(QStringLiteral("ada@example.com")) }, QStringLiteral("alice"));
    QVERIFY(!invited.ok());
    QCOMPARE(invited.error().code, QStringLiteral("instance.missing"));
    QCOMPARE(rowCount(*m_store, QStringLiteral("users")), 0);
}

void TestAdminInvitations::firstInvitedAdminBecomesTheOriginalUser()
{
    createInstance();
    AdminInvitationRepository invitations(*m_store);
    Result<QList<InvitedAdmin>> invited = invitations.invite(
        { invitee(QStringLiteral("ada@example.com")), invitee(QStringLiteral("bob@example.com")) },
        QStringLiteral("alice"));
    QVERIFY2(invited.ok(), failureText(invited).constData());
    QCOMPARE(invited->size(), 2);
    QVERIFY(invited->at(0).original);
    QVERIFY(!invited->at(1).original);
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT email FROM users WHERE is_original")).toString(),
        QStringLiteral("ada@example.com"));
    // The instance is activated by its first invitation.
    Result<std::optional<ActionsInstance>> instance = InstanceRepository(*m_store).load();
    QVERIFY((*instance)->activatedAt.isValid());
}

void TestAdminInvitations::laterInvitationsKeepTheFirstOriginalUser()
{
    createInstance();
    AdminInvitationRepository invitations(*m_store);
    QVERIFY(invitations.invite({ invitee(QStringLiteral("ada@example.com")) }, QStringLiteral("alice")).ok());
    Result<QList<InvitedAdmin>> later = invitations.invite(
        { invitee(QStringLiteral("cy@example.com"), InvitationSource::Single) }, QStringLiteral("bob"));
    QVERIFY2(later.ok(), failureText(later).constData());
    QVERIFY(!later->first().original);

    Result<QList<InvitedAdmin>> all = invitations.invited();
    QVERIFY2(all.ok(), failureText(all).constData());
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->first().email, QStringLiteral("ada@example.com"));
    QVERIFY(all->first().original);
    QVERIFY(!all->last().original);
}

void TestAdminInvitations::invitationRecordsWhoWhenAndSource()
{
    createInstance();
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    AdminInvitee ada = invitee(QStringLiteral(" Ada@Example.com "));
    ada.firstName = QStringLiteral("Ada");
    ada.lastName = QStringLiteral("Lovelace");
    ada.marketoUserId = QStringLiteral("ada@example.com.mkto");
    QVERIFY(AdminInvitationRepository(*m_store)
                .invite({ ada, invitee(QStringLiteral("typed@example.com"), InvitationSource::Single) },
                    QStringLiteral("alice"))
                .ok());

    Result<QList<InvitedAdmin>> all = AdminInvitationRepository(*m_store).invited();
    QVERIFY2(all.ok(), failureText(all).constData());
    QCOMPARE(all->size(), 2);
    const InvitedAdmin& first = all->at(0);
    QCOMPARE(first.email, QStringLiteral("Ada@Example.com")); // trimmed, its case kept
    QCOMPARE(first.firstName, QStringLiteral("Ada"));
    QCOMPARE(first.invitedBy, QStringLiteral("alice"));
    QVERIFY(first.invitedAt >= before);
    QCOMPARE(first.source, InvitationSource::MarketoAdmin);
    QCOMPARE(first.status, InvitationStatus::Pending); // recorded, not sent: email delivery comes later
    QCOMPARE(first.userStatus, UserStatus::Invited);
    QCOMPARE(all->at(1).source, InvitationSource::Single);
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT role FROM users WHERE email = 'typed@example.com'"))
                 .toString(),
        QStringLiteral("admin"));
    QCOMPARE(
        scalar(*m_store, QStringLiteral("SELECT marketo_user_id FROM users WHERE is_original")).toString(),
        QStringLiteral("ada@example.com.mkto"));
    QCOMPARE(auditActions(),
        (QStringList { QStringLiteral("instance.created"), QStringLiteral("user.invited"),
            QStringLiteral("user.invited") }));
}

void TestAdminInvitations::addressesAreChecked_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code"); // empty: accepted

    QTest::newRow("plain") << QStringLiteral("ada@example.com") << QString();
    QTest::newRow("subdomain and plus") << QStringLiteral("ada+mkto@mail.example.co.uk") << QString();
    QTest::newRow("spaces around") << QStringLiteral("  ada@example.com ") << QString();
    QTest::newRow("empty") << QStringLiteral("   ") << QStringLiteral("email.empty");
    QTest::newRow("no at") << QStringLiteral("ada.example.com") << QStringLiteral("email.malformed");
    QTest::newRow("two ats") << QStringLiteral("ada@@example.com") << QStringLiteral("email.malformed");
    QTest::newRow("no domain dot") << QStringLiteral("ada@localhost") << QStringLiteral("email.malformed");
    QTest::newRow("space inside") << QStringLiteral("ada lovelace@example.com")
                                  << QStringLiteral("email.malformed");
    QTest::newRow("display name") << QStringLiteral("Ada <ada@example.com>")
                                  << QStringLiteral("email.malformed");
    QTest::newRow("trailing dot") << QStringLiteral("ada@example.com.") << QStringLiteral("email.malformed");
    QTest::newRow("two addresses") << QStringLiteral("ada@example.com,bob@example.com")
                                   << QStringLiteral("email.malformed");
}

void TestAdminInvitations::addressesAreChecked()
{
    QFETCH(QString, typed);
    QFETCH(QString, code);
    Result<QString> checked = EmailAddress::checked(typed);
    QCOMPARE(checked.ok(), code.isEmpty());
    if (checked.ok()) {
        QCOMPARE(*checked, typed.trimmed());
    } else {
        QCOMPARE(checked.error().code, code);
        QCOMPARE(checked.error().kind, ErrorKind::InvalidInput);
    }
}

void TestAdminInvitations::refusedBatchSavesNothing_data()
{
    QTest::addColumn<QStringList>("batch");
    QTest::addColumn<QString>("code");

    // ada@example.com is invited before each row.
    QTest::newRow("already invited") << QStringList { QStringLiteral("new@example.com"),
        QStringLiteral("ada@example.com") }
                                     << QStringLiteral("invitation.already-invited");
    QTest::newRow("already invited, other case")
        << QStringList { QStringLiteral("ADA@example.COM") } << QStringLiteral("invitation.already-invited");
    QTest::newRow("twice in the batch")
        << QStringList { QStringLiteral("new@example.com"), QStringLiteral("New@example.com") }
        << QStringLiteral("invitation.duplicate-in-batch");
    QTest::newRow("one malformed") << QStringList { QStringLiteral("new@example.com"),
        QStringLiteral("oops") } << QStringLiteral("email.malformed");
    QTest::newRow("empty batch") << QStringList {} << QStringLiteral("invitation.none");
}

void TestAdminInvitations::refusedBatchSavesNothing()
{
    QFETCH(QStringList, batch);
    QFETCH(QString, code);
    createInstance();
    AdminInvitationRepository invitations(*m_store);
    QVERIFY(invitations.invite({ invitee(QStringLiteral("ada@example.com")) }, QStringLiteral("alice")).ok());
    const QStringList before = m_database->fingerprint();

    QList<AdminInvitee> invitees;
    for (const QString& email : batch) {
        invitees.append(invitee(email, InvitationSource::Single));
    }
    Result<QList<InvitedAdmin>> refused = invitations.invite(invitees, QStringLiteral("bob"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, code);
    QVERIFY(!refused.error().message.isEmpty());
    QCOMPARE(m_database->fingerprint(), before);
}

void TestAdminInvitations::lockedDatabaseLosesNothingAndRetrySucceeds()
{
    createInstance();
    StoreOptions options = m_store->options();
    options.busyTimeoutMs = 100;
    Result<std::unique_ptr<Store>> other = Store::attach(options);
    QVERIFY2(other.ok(), failureText(other).constData());
    const QList<AdminInvitee> batch { invitee(QStringLiteral("ada@example.com")),
        invitee(QStringLiteral("bob@example.com")) };

    // Another program holds the write lock while we invite: the whole batch is refused, nothing half-saved.
    std::optional<Result<QList<InvitedAdmin>>> whileLocked;
    Result<void> holder = m_store->transaction([&]() -> Result<void> {
        Result<QSqlQuery> touch = m_store->exec(QStringLiteral("UPDATE instance SET name = name"));
        if (!touch) {
            return touch.error();
        }
        whileLocked = AdminInvitationRepository(**other).invite(batch, QStringLiteral("bob"));
        return {};
    });
    QVERIFY2(holder.ok(), failureText(holder).constData());
    QVERIFY(whileLocked.has_value());
    QVERIFY(!whileLocked->ok());
    QCOMPARE(whileLocked->error().code, QStringLiteral("store.locked"));
    QCOMPARE(rowCount(*m_store, QStringLiteral("users")), 0);
    QCOMPARE(rowCount(*m_store, QStringLiteral("invitations")), 0);

    // The same batch again, once the lock is gone, goes through whole.
    Result<QList<InvitedAdmin>> retried
        = AdminInvitationRepository(**other).invite(batch, QStringLiteral("bob"));
    QVERIFY2(retried.ok(), failureText(retried).constData());
    QCOMPARE(rowCount(*m_store, QStringLiteral("invitations")), 2);
}

void TestAdminInvitations::reviewStoreRefusesToInvite()
{
    createInstance();
    m_store.reset();
    Result<std::unique_ptr<Store>> review = m_database->openForReview();
    QVERIFY2(review.ok(), failureText(review).constData());
    Result<QList<InvitedAdmin>> invited = AdminInvitationRepository(**review).invite(
        { invitee(QStringLiteral("ada@example.com")) }, QStringLiteral("alice"));
    QVERIFY(!invited.ok());
    QCOMPARE(invited.error().kind, ErrorKind::RuleViolation);
}

QTEST_GUILESS_MAIN(TestAdminInvitations)
#include "testadmininvitations.moc"
