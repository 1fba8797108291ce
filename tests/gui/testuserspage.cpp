// Step 5's page on the offscreen platform, over the real UsersService and InvitationDelivery (a transport of
// the test's own that accepts every recipient but one), a real database on the store's worker thread:
// invite one user with a role and a team, and the confirmation; inviting the same address again sends
// nothing; the table shows what became of each email (sent, or not sent with the reason, then retried);
// filters; teams created, renamed, deleted, Everyone refused with core's reason; role and teams changed;
// remove asks first, and refuses the original user once a people sync started; without a service nothing
// acts. SIA_TOUR_DIR=DIR keeps pictures of the page.
#include "banner.h"
#include "fittedtableview.h"
#include "mail/mailtransport.h"
#include "mail/outboxtransport.h"
#include "memorysecretstore.h"
#include "steps/userspage.h"
#include "store/storerunner.h"
#include "store/storeworker.h"
#include "storetesthelpers.h"
#include "users/instancerepository.h"
#include "users/invitationdelivery.h"
#include "users/usersservice.h"
#include "users/userstablemodel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMutex>
#include <QPushButton>
#include <QSignalSpy>
#include <QtTest>

using namespace sia;
using namespace sia::test;

namespace {

const QString actor = QStringLiteral("alice@acme.example");
const QString refused = QStringLiteral("nobody@acme.example");

struct Mailbox
{
    QMutex mutex;
    QStringList accepted;
    bool refuseNobody = true;
};

// An SMTP server in spirit: accepts every recipient but one, which it refuses as a server would (550).
class TestTransport final : public MailTransport
{
public:
    explicit TestTransport(std::shared_ptr<Mailbox> mailbox)
        : m_mailbox(std::move(mailbox))
    { }

    Result<MailDelivery> send(const MailMessage& message) override
    {
        QMutexLocker lock(&m_mailbox->mutex);
        if (m_mailbox->refuseNobody && message.to.address == refused) {
            return Error::rule(QStringLiteral("smtp.recipient-refused"),
                QStringLiteral("The server refused the recipient: 550 5.1.1 mailbox unavailable"));
        }
        m_mailbox->accepted.append(message.to.address);
        return MailDelivery { QStringLiteral("250 2.0.0 Ok: queued") };
    }

private:
    std::shared_ptr<Mailbox> m_mailbox;
};

} // namespace

// Stands in for the desktop: what the page asked it to open.
class UrlRecorder : public QObject
{
    Q_OBJECT

public slots:
    void open(const QUrl& url) { urls.append(url); }

public:
    QList<QUrl> urls;
};

class TestUsersPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void inviteOneUserWithRoleAndTeamSaysWhatWasSent();
    void invitingTheSameAddressAgainSendsNothing();
    void aRefusedEmailShowsItsReasonAndIsRetried();
    void theOutboxEmailAndItsFolderOpenOnTheDesktop();
    void filtersNarrowTheTable();
    void teamsAreManagedAndEveryoneIsProtected();
    void roleAndTeamsOfASelectedUserChange();
    void removeAsksFirstAndRefusesTheOriginalUserAfterTheSyncStarted();
    void withoutAServiceNothingActs();

private:
    void showPage();
    void invite(const QString& email, UserRole role = UserRole::User, const QString& team = {});
    UserRecord row(const QString& email) const;
    void picture(const QString& name);

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<StoreWorker> m_worker;
    std::unique_ptr<WorkerStoreRunner> m_runner;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<InvitationDelivery> m_delivery;
    std::unique_ptr<UsersService> m_service;
    std::shared_ptr<Mailbox> m_mailbox;
    std::unique_ptr<UsersStepPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    QStringList m_asked; // the confirmations the page asked for
    bool m_answer = true;
};

void TestUsersPage::init()
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
    m_delivery = std::make_unique<InvitationDelivery>(*m_runner, *m_secrets, QStringLiteral("gui-test"));
    m_mailbox = std::make_shared<Mailbox>();
    std::shared_ptr<Mailbox> mailbox = m_mailbox;
    m_delivery->setTransportFactory([mailbox](const MailSettings&, const QByteArray&) {
        return std::make_unique<TestTransport>(mailbox);
    });
    m_service = std::make_unique<UsersService>(*m_runner, m_delivery.get(), actor);
    m_asked.clear();
    m_answer = true;
}

void TestUsersPage::cleanup()
{
    m_modelTester.reset();
    m_page.reset();
    m_service.reset();
    m_delivery.reset();
    m_secrets.reset();
    m_runner.reset();
    m_worker.reset();
    m_database.reset();
}

void TestUsersPage::showPage()
{
    m_page = std::make_unique<UsersStepPage>();
    m_page->resize(1300, 1900);
    m_page->setConfirmation([this](const QString&, const QString& question) {
        m_asked.append(question);
        return m_answer;
    });
    m_modelTester = std::make_unique<QAbstractItemModelTester>(
        m_page->usersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(m_page.get(), &UsersStepPage::usersChanged);
    StepServices services;
    services.users = m_service.get();
    services.invitationDelivery = m_delivery.get();
    m_page->setServices(services);
    m_page->show();
    QTRY_VERIFY(loaded.size() >= 1);
}

void TestUsersPage::invite(const QString& email, UserRole role, const QString& team)
{
    m_page->inviteEmailEdit()->setText(email);
    m_page->inviteRoleCombo()->setCurrentIndex(m_page->inviteRoleCombo()->findData(int(role)));
    if (!team.isEmpty()) {
        const QList<QListWidgetItem*> items = m_page->inviteTeamsList()->findItems(team, Qt::MatchExactly);
        QVERIFY2(!items.isEmpty(), qPrintable(team));
        items.first()->setCheckState(Qt::Checked);
    }
    QSignalSpy finished(m_page.get(), &UsersStepPage::actionFinished);
    QVERIFY(m_page->inviteButton()->isEnabled());
    QTest::mouseClick(m_page->inviteButton(), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
}

UserRecord TestUsersPage::row(const QString& email) const
{
    for (const UserRecord& user : m_page->usersModel()->users()) {
        if (user.email == email) {
            return user;
        }
    }
    return {};
}

void TestUsersPage::picture(const QString& name)
{
    if (const QString dir = qEnvironmentVariable("SIA_TOUR_DIR"); !dir.isEmpty()) {
        QDir().mkpath(dir);
        for (int pass = 0; pass < 3; ++pass) {
            QCoreApplication::processEvents();
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        }
        QVERIFY(m_page->widget()->grab().save(dir + QStringLiteral("/step-5-%1.png").arg(name)));
    }
}

void TestUsersPage::inviteOneUserWithRoleAndTeamSaysWhatWasSent()
{
    showPage();
    // A team to put the new user in.
    m_page->teamNameEdit()->setText(QStringLiteral("Sales West"));
    QSignalSpy finished(m_page.get(), &UsersStepPage::actionFinished);
    QTest::mouseClick(m_page->createTeamButton(), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QTRY_COMPARE(m_page->inviteTeamsList()->count(), 2);

    m_page->inviteFirstNameEdit()->setText(QStringLiteral("Olivia"));
    m_page->inviteLastNameEdit()->setText(QStringLiteral("Berg"));
    QSignalSpy delivered(m_delivery.get(), &InvitationDelivery::roundFinished);
    invite(QStringLiteral("olivia@acme.example"), UserRole::Admin, QStringLiteral("Sales West"));
    QVERIFY2(!m_page->errorBanner()->isVisible(), qPrintable(m_page->errorBanner()->text()));
    QVERIFY(m_page->resultBanner()->isVisible());
    QVERIFY2(m_page->resultBanner()->text().contains(QStringLiteral("olivia@acme.example was invited")),
        qPrintable(m_page->resultBanner()->text()));
    QVERIFY(m_page->inviteEmailEdit()->text().isEmpty());

    QTRY_COMPARE(delivered.size(), 1);
    // No SMTP server is set up (the default): the delivery's mark is the outbox's.
    QTRY_COMPARE(row(QStringLiteral("olivia@acme.example")).delivery, DeliveryState::InOutbox);
    const UserRecord olivia = row(QStringLiteral("olivia@acme.example"));
    QCOMPARE(olivia.role, UserRole::Admin);
    QCOMPARE(olivia.firstName, QStringLiteral("Olivia"));
    QVERIFY2(olivia.teams.contains(QStringLiteral("Everyone"))
            && olivia.teams.contains(QStringLiteral("Sales West")),
        qPrintable(olivia.teams.join(u',')));
    QVERIFY(olivia.original); // the first user ever invited
    QCOMPARE(m_mailbox->accepted, QStringList { QStringLiteral("olivia@acme.example") });
    QVERIFY(m_page->deliveryLabel()->isVisible());
    QVERIFY2(!m_page->deliveryLabel()->text().isEmpty(), "the round's outcome is shown");
    const QModelIndex cell = m_page->usersModel()->index(0, UsersTableModel::InvitationColumn);
    QVERIFY2(cell.data().toString().startsWith(QStringLiteral("In the outbox")),
        qPrintable(cell.data().toString()));
    picture(QStringLiteral("invited"));
}

void TestUsersPage::invitingTheSameAddressAgainSendsNothing()
{
    showPage();
    QSignalSpy delivered(m_delivery.get(), &InvitationDelivery::roundFinished);
    invite(QStringLiteral("sam@acme.example"));
    QTRY_COMPARE(delivered.size(), 1);
    invite(QStringLiteral("SAM@acme.example"));
    QVERIFY2(m_page->resultBanner()->text().contains(QStringLiteral("already invited")),
        qPrintable(m_page->resultBanner()->text()));
    QTest::qWait(100);
    QCOMPARE(m_mailbox->accepted.size(), 1); // one email, not two
    QCOMPARE(m_page->usersModel()->rowCount(), 1);
    // A malformed address: refused with the reason, the text kept to correct.
    m_page->inviteEmailEdit()->setText(QStringLiteral("not an address"));
    QSignalSpy finished(m_page.get(), &UsersStepPage::actionFinished);
    QTest::mouseClick(m_page->inviteButton(), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(m_page->errorBanner()->isVisible());
    QCOMPARE(m_page->inviteEmailEdit()->text(), QStringLiteral("not an address"));
    QCOMPARE(m_page->usersModel()->rowCount(), 1);
}

void TestUsersPage::aRefusedEmailShowsItsReasonAndIsRetried()
{
    showPage();
    QSignalSpy delivered(m_delivery.get(), &InvitationDelivery::roundFinished);
    invite(QStringLiteral("ada@acme.example"));
    QTRY_COMPARE(delivered.size(), 1);
    invite(refused);
    QTRY_COMPARE(delivered.size(), 2);
    QTRY_COMPARE(row(refused).delivery, DeliveryState::Failed);
    QVERIFY2(m_page->deliveryLabel()->text().contains(QStringLiteral("retry")),
        qPrintable(m_page->deliveryLabel()->text()));
    QVERIFY(m_page->selectUser(refused));
    const QModelIndex cell = m_page->usersModel()->index(m_page->usersView()->currentIndex().isValid()
            ? m_page->usersView()->selectionModel()->selectedRows().first().row()
            : 0,
        UsersTableModel::InvitationColumn);
    QVERIFY2(cell.data().toString().contains(QStringLiteral("550")), qPrintable(cell.data().toString()));

    // Only the emails not sent.
    m_page->failedOnlyFilter()->setChecked(true);
    QTRY_COMPARE(m_page->usersModel()->rowCount(), 1);
    QCOMPARE(m_page->usersModel()->users().first().email, refused);
    picture(QStringLiteral("not-sent"));

    // The server accepts it now: Retry sends it.
    {
        QMutexLocker lock(&m_mailbox->mutex);
        m_mailbox->refuseNobody = false;
    }
    QSignalSpy finished(m_page.get(), &UsersStepPage::actionFinished);
    QTest::mouseClick(m_page->retryButton(), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY2(m_page->resultBanner()->text().contains(QStringLiteral("1 invitation email")),
        qPrintable(m_page->resultBanner()->text()));
    QTRY_COMPARE(delivered.size(), 3);
    QTRY_COMPARE(m_page->usersModel()->rowCount(), 0); // none left that failed
    m_page->failedOnlyFilter()->setChecked(false);
    QTRY_COMPARE(m_page->usersModel()->rowCount(), 2);
    QCOMPARE(row(refused).delivery, DeliveryState::InOutbox);
    QVERIFY(m_mailbox->accepted.contains(refused));
}

void TestUsersPage::theOutboxEmailAndItsFolderOpenOnTheDesktop()
{
    // No SMTP server: the real outbox writes each invitation as an .eml file.
    QTemporaryDir outbox;
    const QString folder = outbox.filePath(QStringLiteral("outbox"));
    m_delivery->setTransportFactory([folder](const MailSettings&, const QByteArray&) {
        return std::make_unique<OutboxTransport>(folder);
    });
    UrlRecorder desktop;
    QDesktopServices::setUrlHandler(QStringLiteral("file"), &desktop, "open");
    const auto unset = qScopeGuard([] { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); });
    showPage();
    QVERIFY(!m_page->openEmailButton()->isEnabled()); // nothing selected
    QSignalSpy delivered(m_delivery.get(), &InvitationDelivery::roundFinished);
    invite(QStringLiteral("olivia@acme.example"));
    QTRY_COMPARE(delivered.size(), 1);
    QTRY_COMPARE(row(QStringLiteral("olivia@acme.example")).delivery, DeliveryState::InOutbox);
    QVERIFY(m_page->selectUser(QStringLiteral("olivia@acme.example")));
    QVERIFY(m_page->openEmailButton()->isEnabled());
    QVERIFY(m_page->openOutboxButton()->isEnabled());

    QTest::mouseClick(m_page->openEmailButton(), Qt::LeftButton);
    QCOMPARE(desktop.urls.size(), 1);
    const QString email = desktop.urls.constFirst().toLocalFile();
    QCOMPARE(QFileInfo(email).absolutePath(), QFileInfo(folder).absoluteFilePath());
    QFile file(email);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(email));
    QVERIFY(file.readAll().contains("olivia@acme.example")); // the invitation to her
    file.close();
    QTest::mouseClick(m_page->openOutboxButton(), Qt::LeftButton);
    QCOMPARE(desktop.urls.size(), 2);
    QCOMPARE(desktop.urls.at(1).toLocalFile(), QFileInfo(folder).absoluteFilePath());

    // A mail program sent and moved it: the page says so and opens nothing.
    QVERIFY(QFile::remove(email));
    QTest::mouseClick(m_page->openEmailButton(), Qt::LeftButton);
    QCOMPARE(desktop.urls.size(), 2);
    QVERIFY(m_page->resultBanner()->isVisible());
    QVERIFY2(m_page->resultBanner()->text().contains(QStringLiteral("no longer in the outbox")),
        qPrintable(m_page->resultBanner()->text()));
}

void TestUsersPage::filtersNarrowTheTable()
{
    showPage();
    invite(QStringLiteral("olivia@acme.example"), UserRole::Admin);
    invite(QStringLiteral("sam@acme.example"));
    invite(QStringLiteral("kim@acme.example"));
    QTRY_COMPARE(m_page->usersModel()->rowCount(), 3);
    m_page->roleFilter()->setCurrentIndex(m_page->roleFilter()->findData(int(UserRole::Admin)));
    QTRY_COMPARE(m_page->usersModel()->rowCount(), 1);
    m_page->roleFilter()->setCurrentIndex(0);
    QTRY_COMPARE(m_page->usersModel()->rowCount(), 3);
    m_page->searchEdit()->setText(QStringLiteral("kim"));
    QTRY_COMPARE(m_page->usersModel()->rowCount(), 1);
    QCOMPARE(m_page->usersModel()->users().first().email, QStringLiteral("kim@acme.example"));
    m_page->searchEdit()->clear();
    QTRY_COMPARE(m_page->usersModel()->rowCount(), 3);
    m_page->statusFilter()->setCurrentIndex(m_page->statusFilter()->findData(int(UserStatus::Revoked)));
    QTRY_COMPARE(m_page->usersModel()->rowCount(), 0);
}

void TestUsersPage::teamsAreManagedAndEveryoneIsProtected()
{
    showPage();
    QCOMPARE(m_page->teamsList()->count(), 1); // Everyone, from the start
    QSignalSpy finished(m_page.get(), &UsersStepPage::actionFinished);
    m_page->teamNameEdit()->setText(QStringLiteral("Sales"));
    QTest::mouseClick(m_page->createTeamButton(), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QTRY_COMPARE(m_page->teamsList()->count(), 2);

    // Rename it.
    m_page->teamsList()->item(1)->setSelected(true);
    m_page->teamNameEdit()->setText(QStringLiteral("Sales EMEA"));
    QVERIFY(m_page->renameTeamButton()->isEnabled());
    QTest::mouseClick(m_page->renameTeamButton(), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 2);
    QTRY_VERIFY(!m_page->teamsList()->findItems(QStringLiteral("Sales EMEA"), Qt::MatchStartsWith).isEmpty());
    QCOMPARE(m_page->teamFilter()->findData(QStringLiteral("Sales EMEA")) > 0, true);

    // Everyone cannot be deleted: core says why.
    m_page->teamsList()->clearSelection();
    m_page->teamsList()->item(0)->setSelected(true);
    QTest::mouseClick(m_page->deleteTeamButton(), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 3);
    QVERIFY(m_page->errorBanner()->isVisible());
    QVERIFY2(m_page->errorBanner()->text().contains(QStringLiteral("teams.everyone")),
        qPrintable(m_page->errorBanner()->text()));
    QCOMPARE(m_page->teamsList()->count(), 2);

    // The other is deleted once confirmed.
    m_page->teamsList()->clearSelection();
    m_page->teamsList()->item(1)->setSelected(true);
    QTest::mouseClick(m_page->deleteTeamButton(), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 4);
    QCOMPARE(m_asked.size(), 2);
    QTRY_COMPARE(m_page->teamsList()->count(), 1);
}

void TestUsersPage::roleAndTeamsOfASelectedUserChange()
{
    showPage();
    m_page->teamNameEdit()->setText(QStringLiteral("Support"));
    QSignalSpy finished(m_page.get(), &UsersStepPage::actionFinished);
    QTest::mouseClick(m_page->createTeamButton(), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    invite(QStringLiteral("olivia@acme.example"), UserRole::Admin);
    invite(QStringLiteral("sam@acme.example"));
    QTRY_COMPARE(m_page->usersModel()->rowCount(), 2);
    QVERIFY(!m_page->changeRoleButton()->isEnabled()); // nobody selected
    QVERIFY(m_page->selectUser(QStringLiteral("sam@acme.example")));
    m_page->changeRoleCombo()->setCurrentIndex(m_page->changeRoleCombo()->findData(int(UserRole::Admin)));
    QVERIFY(m_page->changeRoleButton()->isEnabled());
    finished.clear();
    QTest::mouseClick(m_page->changeRoleButton(), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QTRY_COMPARE(row(QStringLiteral("sam@acme.example")).role, UserRole::Admin);

    QTRY_VERIFY(m_page->selectUser(QStringLiteral("sam@acme.example")));
    const QList<QListWidgetItem*> support
        = m_page->changeTeamsList()->findItems(QStringLiteral("Support"), Qt::MatchExactly);
    QVERIFY(!support.isEmpty());
    support.first()->setCheckState(Qt::Checked);
    QTest::mouseClick(m_page->changeTeamsButton(), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 2);
    QTRY_VERIFY(row(QStringLiteral("sam@acme.example")).teams.contains(QStringLiteral("Support")));
    QVERIFY(row(QStringLiteral("sam@acme.example")).teams.contains(QStringLiteral("Everyone")));
}

void TestUsersPage::removeAsksFirstAndRefusesTheOriginalUserAfterTheSyncStarted()
{
    showPage();
    invite(QStringLiteral("olivia@acme.example"), UserRole::Admin);
    invite(QStringLiteral("sam@acme.example"));
    QTRY_COMPARE(m_page->usersModel()->rowCount(), 2);
    {
        std::unique_ptr<Store> store = m_database->open().value();
        QVERIFY(
            store
                ->exec(QStringLiteral("INSERT INTO sync_runs (kind, state, started_by, started_at) VALUES "
                                      "('people-initial', 'running', 'alice', '2026-12-01T10:00:00.000Z')"))
                .ok());
    }
    QSignalSpy finished(m_page.get(), &UsersStepPage::actionFinished);
    // Cancelled: nothing happens.
    m_answer = false;
    QVERIFY(m_page->selectUser(QStringLiteral("sam@acme.example")));
    QTest::mouseClick(m_page->removeButton(), Qt::LeftButton);
    QCOMPARE(m_asked.size(), 1);
    QTest::qWait(100);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(row(QStringLiteral("sam@acme.example")).status, UserStatus::Invited);

    // The original user: refused by core with the reason.
    m_answer = true;
    QVERIFY(m_page->selectUser(QStringLiteral("olivia@acme.example")));
    QTest::mouseClick(m_page->removeButton(), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(m_page->errorBanner()->isVisible());
    QVERIFY2(m_page->errorBanner()->text().contains(QStringLiteral("user.original-after-sync")),
        qPrintable(m_page->errorBanner()->text()));
    picture(QStringLiteral("original-refused"));

    // Another user is removed.
    QTRY_VERIFY(m_page->selectUser(QStringLiteral("sam@acme.example")));
    QTest::mouseClick(m_page->removeButton(), Qt::LeftButton);
    QTRY_COMPARE(finished.size(), 2);
    QTRY_COMPARE(row(QStringLiteral("sam@acme.example")).status, UserStatus::Revoked);
    QVERIFY(m_page->selectUser(QStringLiteral("sam@acme.example")));
    QVERIFY(!m_page->removeButton()->isEnabled()); // nothing more to do with a removed user
}

void TestUsersPage::withoutAServiceNothingActs()
{
    m_page = std::make_unique<UsersStepPage>();
    m_page->setServices({});
    m_page->show();
    m_page->inviteEmailEdit()->setText(QStringLiteral("ada@acme.example"));
    QVERIFY(!m_page->inviteButton()->isEnabled());
    QVERIFY(!m_page->retryButton()->isEnabled());
    QVERIFY(!m_page->createTeamButton()->isEnabled());
}

QTEST_MAIN(TestUsersPage)
#include "testuserspage.moc"
