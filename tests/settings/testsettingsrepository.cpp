// Settings are read and written through their declared keys: typed, with the default until a value is
// stored, a user's own value only where the key lets a user override the instance's, every change checked
// against the key's definition and recorded in the audit log, and every stored row listed for the review.
#include "settings/settingsrepository.h"
#include "store/auditlog.h"
#include "storetesthelpers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace sia;
using namespace sia::test;

Q_DECLARE_METATYPE(sia::SettingKey)

namespace {

const QString someTime = QStringLiteral("2026-01-02T03:04:05.678Z");

// An Actions user to hold user settings; returns its id, 0 on failure.
qint64 addUser(Store& store, const QString& email, qint64 id = 0)
{
    Result<QSqlQuery> added = store.exec(id == 0
            ? QStringLiteral("INSERT INTO users (email, created_at, created_by) VALUES (:email, :at, 'test')"
                             " RETURNING id")
            : QStringLiteral("INSERT INTO users (id, email, created_at, created_by)"
                             " VALUES (:id, :email, :at, 'test') RETURNING id"),
        id == 0 ? QVariantMap { { QStringLiteral("email"), email }, { QStringLiteral("at"), someTime } }
                : QVariantMap { { QStringLiteral("id"), id }, { QStringLiteral("email"), email },
                    { QStringLiteral("at"), someTime } });
    if (!added || !added->next()) {
        qWarning() << failureText(added);
        return 0;
    }
    return added->value(0).toLongLong();
}

} // namespace

class TestSettingsRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void roundTripsEachType_data();
    void roundTripsEachType();
    void unsetKeyReadsItsDefault_data();
    void unsetKeyReadsItsDefault();
    void everyDefaultIsAcceptedBySet_data();
    void everyDefaultIsAcceptedBySet();
    void nothingIsStoredUntilSet();
    void overwriteReplacesValue();
    void recordsWhoChangedItAndWhen();

    void userOverridesInstanceValueWhereKeyAllows();
    void clearingUserValueRestoresInstanceValue();
    void clearingInstanceValueRestoresDefault();
    void userReadsInstanceOnlySettingAsInstanceValue();
    void refusesWrongScope_data();
    void refusesWrongScope();
    void readingUserOnlySettingNeedsUser();
    void refusesUnknownUser();

    void refusesWrongType_data();
    void refusesWrongType();
    void typedGetRefusesAnotherType();
    void refusesInvalidValue_data();
    void refusesInvalidValue();
    void refusesUnknownKeyInStoredForm();
    void refusesChangeWithoutActor();

    void changeIsAudited_data();
    void changeIsAudited();
    void clearIsAuditedOnlyWhenSomethingWasStored();
    void allIsOrderedByScopeThenKey();
    void allListsSettingsThisBuildDoesNotDeclare();
    void storedValueOfAnotherTypeDoesNotApply();
    void reviewStoreRefusesChanges();

private:
    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
    qint64 m_user = 0;
};

void TestSettingsRepository::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    m_store = std::move(opened.value());
    m_user = addUser(*m_store, QStringLiteral("seller@example.com"));
    QVERIFY(m_user != 0);
}

void TestSettingsRepository::cleanup()
{
    m_store.reset();
    m_database.reset();
}

void TestSettingsRepository::roundTripsEachType_data()
{
    QTest::addColumn<SettingKey>("key");
    QTest::addColumn<QVariant>("value");

    QTest::newRow("bool true") << SettingKey::EmailLogViaBcc << QVariant(true);
    QTest::newRow("bool false") << SettingKey::EmailLogViaBcc << QVariant(false);
    QTest::newRow("int") << SettingKey::PeopleSyncIntervalMinutes << QVariant(qlonglong(42));
    QTest::newRow("int, given as int") << SettingKey::SmtpPort << QVariant(465);
    QTest::newRow("text") << SettingKey::SmtpHost << QVariant(QStringLiteral("smtp.hej-då.example 管理员"));
    QTest::newRow("text, empty") << SettingKey::SmtpUser << QVariant(QString());
    QTest::newRow("json")
        << SettingKey::EmailApiPreferences
        << QVariant(QJsonObject {
               { QStringLiteral("logAs"), QJsonArray { QStringLiteral("lead"), QStringLiteral("contact") } },
               { QStringLiteral("limits"), QJsonObject { { QStringLiteral("daily"), 50000 } } } });
    QTest::newRow("datetime, UTC") << SettingKey::TaskSyncStartedAt
                                   << QVariant(
                                          QDateTime(QDate(2026, 11, 25), QTime(16, 29, 59, 123), Qt::UTC));
    QTest::newRow("datetime, another zone") << SettingKey::TaskSyncStartedAt
                                            << QVariant(QDateTime(QDate(2026, 6, 1), QTime(9, 0, 0, 5),
                                                   QTimeZone(QByteArrayLiteral("Asia/Taipei"))));
}

void TestSettingsRepository::roundTripsEachType()
{
    QFETCH(SettingKey, key);
    QFETCH(QVariant, value);
    SettingsRepository settings(*m_store);
    Result<void> saved = settings.set(key, value, QStringLiteral("alice"));
    QVERIFY2(saved.ok(), failureText(saved).constData());

    Result<QVariant> read = settings.value(key);

    QVERIFY2(read.ok(), failureText(read).constData());
    const QMetaType::Type declared = settingMetaType(settingDefinition(key).type);
    QCOMPARE(read->metaType().id(), int(declared));
    QVariant expected = value;
    expected.convert(QMetaType(declared));
    QCOMPARE(*read, expected);
}

void TestSettingsRepository::unsetKeyReadsItsDefault_data()
{
    QTest::addColumn<SettingKey>("key");
    for (SettingKey key : allSettingKeys()) {
        QTest::newRow(qPrintable(settingDefinition(key).name)) << key;
    }
}

void TestSettingsRepository::unsetKeyReadsItsDefault()
{
    QFETCH(SettingKey, key);
    const SettingDefinition& definition = settingDefinition(key);
    const qint64 userId = definition.scopes.testFlag(SettingScope::Instance) ? 0 : m_user;

    Result<QVariant> read = SettingsRepository(*m_store).value(key, userId);

    QVERIFY2(read.ok(), failureText(read).constData());
    QCOMPARE(*read, definition.defaultValue);
}

void TestSettingsRepository::everyDefaultIsAcceptedBySet_data()
{
    unsetKeyReadsItsDefault_data();
}

void TestSettingsRepository::everyDefaultIsAcceptedBySet()
{
    QFETCH(SettingKey, key);
    const SettingDefinition& definition = settingDefinition(key);
    const qint64 userId = definition.scopes.testFlag(SettingScope::Instance) ? 0 : m_user;

    Result<void> saved
        = SettingsRepository(*m_store).set(key, definition.defaultValue, QStringLiteral("alice"), userId);

    QVERIFY2(saved.ok(), failureText(saved).constData());
}

void TestSettingsRepository::nothingIsStoredUntilSet()
{
    SettingsRepository settings(*m_store);
    Result<std::optional<SettingEntry>> stored = settings.stored(SettingKey::SmtpHost);

    QVERIFY2(stored.ok(), failureText(stored).constData());
    QVERIFY(!stored->has_value());
    QCOMPARE(rowCount(*m_store, QStringLiteral("settings")), 0);
}

void TestSettingsRepository::overwriteReplacesValue()
{
    SettingsRepository settings(*m_store);
    QVERIFY(settings.set(SettingKey::SmtpPort, qlonglong(25), QStringLiteral("alice")).ok());

    QVERIFY(settings.set(SettingKey::SmtpPort, qlonglong(2525), QStringLiteral("bob")).ok());

    Result<QList<SettingEntry>> all = settings.all();
    QVERIFY2(all.ok(), failureText(all).constData());
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().type, QMetaType::LongLong);
    QCOMPARE(all->first().value, QVariant(qlonglong(2525)));
    QCOMPARE(all->first().updatedBy, QStringLiteral("bob"));
}

void TestSettingsRepository::recordsWhoChangedItAndWhen()
{
    SettingsRepository settings(*m_store);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(
        settings.set(SettingKey::SmtpHost, QStringLiteral("smtp.example.com"), QStringLiteral("bob")).ok());
    const QDateTime after = QDateTime::currentDateTimeUtc();

    Result<std::optional<SettingEntry>> read = settings.stored(SettingKey::SmtpHost);

    QVERIFY2(read.ok(), failureText(read).constData());
    QVERIFY(read->has_value());
    QCOMPARE((*read)->key, QStringLiteral("mail.smtp-host"));
    QCOMPARE((*read)->userId, qint64(0));
    QCOMPARE((*read)->updatedBy, QStringLiteral("bob"));
    QVERIFY2((*read)->updatedAt >= before && (*read)->updatedAt <= after,
        qPrintable((*read)->updatedAt.toString(Qt::ISODateWithMs)));
}

void TestSettingsRepository::userOverridesInstanceValueWhereKeyAllows()
{
    SettingsRepository settings(*m_store);
    const qint64 other = addUser(*m_store, QStringLiteral("other@example.com"));
    QVERIFY(other != 0);
    QVERIFY(settings.set(SettingKey::TaskSync, QStringLiteral("tasks-and-reminders"), QStringLiteral("admin"))
                .ok());
    QVERIFY(settings.set(SettingKey::TaskSync, QStringLiteral("off"), QStringLiteral("seller"), m_user).ok());

    QCOMPARE(settings.get<QString>(SettingKey::TaskSync).value(), QStringLiteral("tasks-and-reminders"));
    QCOMPARE(settings.get<QString>(SettingKey::TaskSync, m_user).value(), QStringLiteral("off"));
    QCOMPARE(
        settings.get<QString>(SettingKey::TaskSync, other).value(), QStringLiteral("tasks-and-reminders"));
}

void TestSettingsRepository::clearingUserValueRestoresInstanceValue()
{
    SettingsRepository settings(*m_store);
    QVERIFY(settings.set(SettingKey::EmailLogViaBcc, true, QStringLiteral("admin")).ok());
    QVERIFY(settings.set(SettingKey::EmailLogViaBcc, false, QStringLiteral("seller"), m_user).ok());
    QCOMPARE(settings.get<bool>(SettingKey::EmailLogViaBcc, m_user).value(), false);

    QVERIFY(settings.clear(SettingKey::EmailLogViaBcc, QStringLiteral("seller"), m_user).ok());

    QCOMPARE(settings.get<bool>(SettingKey::EmailLogViaBcc, m_user).value(), true);
    QCOMPARE(rowCount(*m_store, QStringLiteral("settings")), 1);
}

void TestSettingsRepository::clearingInstanceValueRestoresDefault()
{
    SettingsRepository settings(*m_store);
    QVERIFY(settings.set(SettingKey::SmtpPort, qlonglong(2525), QStringLiteral("admin")).ok());

    QVERIFY(settings.clear(SettingKey::SmtpPort, QStringLiteral("admin")).ok());

    QCOMPARE(settings.get<qlonglong>(SettingKey::SmtpPort).value(), qlonglong(587));
    QCOMPARE(rowCount(*m_store, QStringLiteral("settings")), 0);
}

void TestSettingsRepository::userReadsInstanceOnlySettingAsInstanceValue()
{
    SettingsRepository settings(*m_store);
    QVERIFY(
        settings.set(SettingKey::SmtpHost, QStringLiteral("smtp.example.com"), QStringLiteral("admin")).ok());

    QCOMPARE(settings.get<QString>(SettingKey::SmtpHost, m_user).value(), QStringLiteral("smtp.example.com"));
}

void TestSettingsRepository::refusesWrongScope_data()
{
    QTest::addColumn<SettingKey>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("forUser");
    QTest::newRow("instance-only setting for a user")
        << SettingKey::SmtpHost << QVariant(QStringLiteral("smtp.example.com")) << true;
    QTest::newRow("user-only setting for the instance")
        << SettingKey::EmailToSalesforceAddress << QVariant(QStringLiteral("bcc@example.com")) << false;
}

void TestSettingsRepository::refusesWrongScope()
{
    QFETCH(SettingKey, key);
    QFETCH(QVariant, value);
    QFETCH(bool, forUser);

    Result<void> saved
        = SettingsRepository(*m_store).set(key, value, QStringLiteral("alice"), forUser ? m_user : 0);

    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, QStringLiteral("settings.wrong-scope"));
    QCOMPARE(rowCount(*m_store, QStringLiteral("settings")), 0);
    QCOMPARE(rowCount(*m_store, QStringLiteral("audit_log")), 0);
}

void TestSettingsRepository::readingUserOnlySettingNeedsUser()
{
    SettingsRepository settings(*m_store);
    QVERIFY(settings
                .set(SettingKey::EmailToSalesforceAddress, QStringLiteral("bcc@example.com"),
                    QStringLiteral("seller"), m_user)
                .ok());

    Result<QVariant> read = settings.value(SettingKey::EmailToSalesforceAddress);

    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, QStringLiteral("settings.wrong-scope"));
    QCOMPARE(settings.get<QString>(SettingKey::EmailToSalesforceAddress, m_user).value(),
        QStringLiteral("bcc@example.com"));
}

void TestSettingsRepository::refusesUnknownUser()
{
    Result<void> saved
        = SettingsRepository(*m_store).set(SettingKey::EmailLogViaBcc, true, QStringLiteral("alice"), 999);

    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, QStringLiteral("settings.unknown-user"));
    QCOMPARE(rowCount(*m_store, QStringLiteral("settings")), 0);
}

void TestSettingsRepository::refusesWrongType_data()
{
    QTest::addColumn<SettingKey>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("text for a bool") << SettingKey::EmailLogViaBcc << QVariant(QStringLiteral("yes"));
    QTest::newRow("text for an int") << SettingKey::SmtpPort << QVariant(QStringLiteral("587"));
    QTest::newRow("int for a text") << SettingKey::SmtpHost << QVariant(42);
    QTest::newRow("bytes for a text") << SettingKey::SmtpHost << QVariant(QByteArrayLiteral("smtp"));
    QTest::newRow("nothing for a bool") << SettingKey::EmailLogViaBcc << QVariant();
}

void TestSettingsRepository::refusesWrongType()
{
    QFETCH(SettingKey, key);
    QFETCH(QVariant, value);

    Result<void> saved = SettingsRepository(*m_store).set(key, value, QStringLiteral("alice"));

    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, QStringLiteral("settings.wrong-type"));
    QCOMPARE(rowCount(*m_store, QStringLiteral("settings")), 0);
    QCOMPARE(rowCount(*m_store, QStringLiteral("audit_log")), 0);
}

void TestSettingsRepository::typedGetRefusesAnotherType()
{
    Result<QString> read = SettingsRepository(*m_store).get<QString>(SettingKey::SmtpPort);

    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, QStringLiteral("settings.wrong-type"));
}

void TestSettingsRepository::refusesInvalidValue_data()
{
    QTest::addColumn<SettingKey>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("code");
    const QString invalid = QStringLiteral("settings.invalid-value");
    const QString secret = QStringLiteral("settings.secret-in-value");
    QTest::newRow("port 0") << SettingKey::SmtpPort << QVariant(qlonglong(0)) << invalid;
    QTest::newRow("port 65536") << SettingKey::SmtpPort << QVariant(qlonglong(65536)) << invalid;
    QTest::newRow("interval over a day")
        << SettingKey::PeopleSyncIntervalMinutes << QVariant(qlonglong(24 * 60 + 1)) << invalid;
    QTest::newRow("interval below 0")
        << SettingKey::PeopleSyncIntervalMinutes << QVariant(qlonglong(-1)) << invalid;
    QTest::newRow("not a choice") << SettingKey::TaskSync << QVariant(QStringLiteral("sometimes")) << invalid;
    QTest::newRow("choice in another case")
        << SettingKey::SmtpSecurity << QVariant(QStringLiteral("TLS")) << invalid;
    QTest::newRow("not an email address")
        << SettingKey::EmailToSalesforceAddress << QVariant(QStringLiteral("nobody")) << invalid;
    QTest::newRow("not a URL") << SettingKey::ProxyUrl << QVariant(QStringLiteral("proxy here")) << invalid;
    QTest::newRow("URL of another scheme")
        << SettingKey::ProxyUrl << QVariant(QStringLiteral("ftp://proxy:21")) << invalid;
    QTest::newRow("one bad URL of a list")
        << SettingKey::SalesforceCallbackUrls
        << QVariant(QStringLiteral("http://localhost:1717/OauthRedirect localhost")) << invalid;
    QTest::newRow("proxy URL with a password")
        << SettingKey::ProxyUrl << QVariant(QStringLiteral("http://bob:hunter2@proxy.example.com:3128"))
        << secret;
    QTest::newRow("callback URL with a password")
        << SettingKey::SalesforceCallbackUrls
        << QVariant(QStringLiteral("http://admin:s3cret@localhost:1717/OauthRedirect")) << secret;
}

void TestSettingsRepository::refusesInvalidValue()
{
    QFETCH(SettingKey, key);
    QFETCH(QVariant, value);
    QFETCH(QString, code);
    const qint64 userId = settingDefinition(key).scopes.testFlag(SettingScope::Instance) ? 0 : m_user;

    Result<void> saved = SettingsRepository(*m_store).set(key, value, QStringLiteral("alice"), userId);

    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, code);
    QCOMPARE(rowCount(*m_store, QStringLiteral("settings")), 0);
    QCOMPARE(rowCount(*m_store, QStringLiteral("audit_log")), 0);
}

void TestSettingsRepository::refusesUnknownKeyInStoredForm()
{
    SettingEntry entry;
    entry.key = QStringLiteral("marketo.rest-url"); // connection details live in the connections table
    entry.value = QStringLiteral("https://123-abc.mktorest.com/rest");
    entry.updatedBy = QStringLiteral("alice");

    Result<void> saved = SettingsRepository(*m_store).set(entry);

    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, QStringLiteral("settings.unknown-key"));
    QCOMPARE(rowCount(*m_store, QStringLiteral("settings")), 0);
}

void TestSettingsRepository::refusesChangeWithoutActor()
{
    Result<void> saved
        = SettingsRepository(*m_store).set(SettingKey::SmtpHost, QStringLiteral("smtp"), QStringLiteral(" "));

    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, QStringLiteral("settings.no-actor"));
    QCOMPARE(rowCount(*m_store, QStringLiteral("settings")), 0);
}

void TestSettingsRepository::changeIsAudited_data()
{
    QTest::addColumn<bool>("forUser");
    QTest::newRow("instance") << false;
    QTest::newRow("user") << true;
}

void TestSettingsRepository::changeIsAudited()
{
    QFETCH(bool, forUser);
    const qint64 userId = forUser ? m_user : 0;
    QVERIFY(SettingsRepository(*m_store)
                .set(SettingKey::EmailLogViaApi, true, QStringLiteral("carol"), userId)
                .ok());

    Result<QList<AuditEntry>> entries = AuditLog(*m_store).entries();

    QVERIFY2(entries.ok(), failureText(entries).constData());
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().actor, QStringLiteral("carol"));
    QCOMPARE(entries->first().action, QStringLiteral("setting.changed"));
    const QJsonObject& arguments = entries->first().arguments;
    QCOMPARE(arguments.value(QStringLiteral("setting")).toString(), QStringLiteral("email.log-via-api"));
    QCOMPARE(arguments.value(QStringLiteral("user")).toInteger(), userId);
    QCOMPARE(arguments.value(QStringLiteral("value")).toString(), QStringLiteral("true"));
}

void TestSettingsRepository::clearIsAuditedOnlyWhenSomethingWasStored()
{
    SettingsRepository settings(*m_store);
    QVERIFY(settings.clear(SettingKey::SmtpHost, QStringLiteral("carol")).ok());
    QCOMPARE(rowCount(*m_store, QStringLiteral("audit_log")), 0);

    QVERIFY(
        settings.set(SettingKey::SmtpHost, QStringLiteral("smtp.example.com"), QStringLiteral("carol")).ok());
    QVERIFY(settings.clear(SettingKey::SmtpHost, QStringLiteral("dave")).ok());

    Result<QList<AuditEntry>> entries = AuditLog(*m_store).entries();
    QVERIFY2(entries.ok(), failureText(entries).constData());
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->first().actor, QStringLiteral("dave"));
    QCOMPARE(entries->first().action, QStringLiteral("setting.cleared"));
    QCOMPARE(entries->first().arguments.value(QStringLiteral("setting")).toString(),
        QStringLiteral("mail.smtp-host"));
    QVERIFY(!entries->first().arguments.contains(QStringLiteral("value")));
}

void TestSettingsRepository::allIsOrderedByScopeThenKey()
{
    SettingsRepository settings(*m_store);
    const qint64 three = addUser(*m_store, QStringLiteral("three@example.com"), 3);
    const qint64 twelve = addUser(*m_store, QStringLiteral("twelve@example.com"), 12);
    QCOMPARE(three, qint64(3));
    QCOMPARE(twelve, qint64(12));
    // Written out of order; user 12 after user 3 although "12" < "3" as text.
    QVERIFY(settings.set(SettingKey::TaskSync, QStringLiteral("off"), QStringLiteral("a"), twelve).ok());
    QVERIFY(settings.set(SettingKey::TaskSync, QStringLiteral("off"), QStringLiteral("a")).ok());
    QVERIFY(settings.set(SettingKey::EmailLogViaBcc, true, QStringLiteral("a"), three).ok());
    QVERIFY(settings.set(SettingKey::EmailLogViaBcc, true, QStringLiteral("a")).ok());
    QVERIFY(settings.set(SettingKey::EmailLogViaBcc, true, QStringLiteral("a"), twelve).ok());

    Result<QList<SettingEntry>> all = settings.all();

    QVERIFY2(all.ok(), failureText(all).constData());
    QStringList order;
    for (const SettingEntry& entry : *all) {
        order << QStringLiteral("%1/%2").arg(entry.userId).arg(entry.key);
    }
    QCOMPARE(order,
        QStringList({ QStringLiteral("0/email.log-via-bcc"), QStringLiteral("0/tasks.sync"),
            QStringLiteral("3/email.log-via-bcc"), QStringLiteral("12/email.log-via-bcc"),
            QStringLiteral("12/tasks.sync") }));
}

// A database written by a newer SIA Admin may hold keys and types this build does not know: the review
// still lists them, as text.
void TestSettingsRepository::allListsSettingsThisBuildDoesNotDeclare()
{
    Result<QSqlQuery> written
        = m_store->exec(QStringLiteral("INSERT INTO settings (key, type, value, updated_by, updated_at)"
                                       " VALUES ('future.retention', 'duration', 'P30D', 'newer', :at)"),
            { { QStringLiteral("at"), someTime } });
    QVERIFY2(written.ok(), failureText(written).constData());

    Result<QList<SettingEntry>> all = SettingsRepository(*m_store).all();

    QVERIFY2(all.ok(), failureText(all).constData());
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().key, QStringLiteral("future.retention"));
    QCOMPARE(all->first().type, QMetaType::QString);
    QCOMPARE(all->first().value, QVariant(QStringLiteral("P30D")));
    QCOMPARE(all->first().updatedAt, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC));
}

void TestSettingsRepository::storedValueOfAnotherTypeDoesNotApply()
{
    Result<QSqlQuery> written
        = m_store->exec(QStringLiteral("INSERT INTO settings (key, type, value, updated_by, updated_at)"
                                       " VALUES ('smtp.port', 'text', 'submission', 'older', :at)"),
            { { QStringLiteral("at"), someTime } });
    QVERIFY2(written.ok(), failureText(written).constData());

    QCOMPARE(SettingsRepository(*m_store).get<qlonglong>(SettingKey::SmtpPort).value(), qlonglong(587));
}

void TestSettingsRepository::reviewStoreRefusesChanges()
{
    m_store.reset();
    const QStringList before = m_database->fingerprint();
    {
        Result<std::unique_ptr<Store>> review = m_database->openForReview();
        QVERIFY2(review.ok(), failureText(review).constData());

        Result<void> saved = SettingsRepository(**review).set(
            SettingKey::SmtpHost, QStringLiteral("smtp"), QStringLiteral("alice"));
        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, QStringLiteral("review.read-only"));

        Result<void> cleared
            = SettingsRepository(**review).clear(SettingKey::SmtpHost, QStringLiteral("alice"));
        QVERIFY(!cleared.ok());
        QCOMPARE(cleared.error().code, QStringLiteral("review.read-only"));
    }
    QCOMPARE(m_database->fingerprint(), before);
}

QTEST_GUILESS_MAIN(TestSettingsRepository)
#include "testsettingsrepository.moc"
