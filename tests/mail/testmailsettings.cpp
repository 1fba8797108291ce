// The mail settings over a real database (SQLite and PostgreSQL): a fresh instance means the outbox on
// port 587 with STARTTLS; every field saved comes back as saved (trimmed), each change audited once and an
// unchanged save audited not at all; MailSettings::check refuses each wrong input with its own code and a
// message, and a refused save stores nothing; a security value this build does not know reads as the safe
// default. Through MailSettingsEditor (the Mail dialog's core), the SMTP password goes to the keychain only,
// never into the settings table or anywhere else in the database, is required for a new user, kept for
// the same user, and removed with the user.
#undef QT_NO_CAST_FROM_ASCII

#include "mail/mailsettings.h"
#include "mail/mailsettingseditor.h"
#include "memorysecretstore.h"
#include "settings/settingsrepository.h"
#include "store/storerunner.h"
#include "storetesthelpers.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <optional>

using namespace sia;
using namespace sia::test;

namespace {

const QString actor = "alice@acme.example";
const QString instance = "mail-settings-test";

MailSettings serverSettings()
{
    MailSettings settings;
    settings.smtpHost = "smtp.acme.example";
    settings.smtpPort = 465;
    settings.security = SmtpSecurity::Tls;
    settings.smtpUser = "invites@acme.example";
    settings.fromAddress = "invites@acme.example";
    settings.fromName = "Acme Admins";
    settings.outboxFolder = "/var/tmp/sia-outbox";
    settings.language = "ko";
    return settings;
}

bool sameSettings(const MailSettings& a, const MailSettings& b)
{
    return a.smtpHost == b.smtpHost && a.smtpPort == b.smtpPort && a.security == b.security
        && a.smtpUser == b.smtpUser && a.fromAddress == b.fromAddress && a.fromName == b.fromName
        && a.outboxFolder == b.outboxFolder && a.language == b.language;
}

} // namespace

class TestMailSettings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void loadsTheDefaults();
    void savesAndLoadsEveryField();
    void auditsOnlyWhatChanged();
    void refusesWrongInput_data();
    void refusesWrongInput();
    void readsAnUnknownSecurityAsStartTls();
    void keepsThePasswordInTheKeychainOnly();
    void needsAPasswordForANewUser();
    void removesThePasswordWithTheUser();

private:
    Result<void> saveThroughEditor(const MailSettingsChange& change);
    std::optional<QByteArray> storedPassword();
    int auditRows() const { return rowCount(*m_store, "audit_log"); }
    QString databaseText() const;

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<DirectStoreRunner> m_runner;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<MailSettingsEditor> m_editor;
};

void TestMailSettings::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> store = m_database->open();
    QVERIFY2(store.ok(), failureText(store).constData());
    m_store = std::move(*store);
    m_runner = std::make_unique<DirectStoreRunner>(*m_store);
    m_secrets = std::make_unique<MemorySecretStore>();
    m_editor = std::make_unique<MailSettingsEditor>(*m_runner, *m_secrets, instance, actor);
}

void TestMailSettings::cleanup()
{
    m_editor.reset();
    m_secrets.reset();
    m_runner.reset();
    m_store.reset();
    m_database.reset();
}

Result<void> TestMailSettings::saveThroughEditor(const MailSettingsChange& change)
{
    std::optional<Result<void>> saved;
    m_editor->save(change, [&saved](Result<void> done) { saved = done; });
    if (!QTest::qWaitFor([&saved] { return saved.has_value(); }, 5000)) {
        return Error::internal("test.timeout", "the editor never answered");
    }
    return *saved;
}

std::optional<QByteArray> TestMailSettings::storedPassword()
{
    std::optional<Result<QByteArray>> read;
    m_secrets->read(
        MailSettingsRepository::passwordKey(instance), [&read](Result<QByteArray> value) { read = value; });
    if (!QTest::qWaitFor([&read] { return read.has_value(); }, 5000) || !read->ok()) {
        return std::nullopt;
    }
    return **read;
}

// Every byte the database holds: the SQLite file with its journal files as they are on disk, or every row
// of every table on PostgreSQL.
QString TestMailSettings::databaseText() const
{
    if (m_database->backend() == TestBackend::Postgres) {
        return m_database->fingerprint().join('\n');
    }
    QByteArray bytes;
    for (const QString& path :
        QStringList { m_database->filePath() } + sidecarFiles(m_database->filePath())) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            bytes += file.readAll();
        }
    }
    return QString::fromLatin1(bytes);
}

void TestMailSettings::loadsTheDefaults()
{
    const Result<MailSettings> loaded = MailSettingsRepository(*m_store).load();
    QVERIFY2(loaded.ok(), failureText(loaded).constData());
    QVERIFY(loaded->usesOutbox());
    QVERIFY(loaded->smtpHost.isEmpty());
    QCOMPARE(loaded->smtpPort, 587);
    QCOMPARE(loaded->security, SmtpSecurity::StartTls);
    QVERIFY(loaded->smtpUser.isEmpty());
    QVERIFY(loaded->fromAddress.isEmpty());
    QVERIFY(loaded->fromName.isEmpty());
    QVERIFY(loaded->outboxFolder.isEmpty());
    QVERIFY(loaded->language.isEmpty());
    QVERIFY(loaded->check().ok());
    QCOMPARE(rowCount(*m_store, "settings"), 0); // defaults are not stored
}

void TestMailSettings::savesAndLoadsEveryField()
{
    MailSettings given = serverSettings();
    given.smtpHost = "  smtp.acme.example ";
    given.fromName = " Acme Admins\t";
    QVERIFY(MailSettingsRepository(*m_store).save(given, actor).ok());
    const Result<MailSettings> loaded = MailSettingsRepository(*m_store).load();
    QVERIFY2(loaded.ok(), failureText(loaded).constData());
    QVERIFY(sameSettings(*loaded, serverSettings()));
    QCOMPARE(*SettingsRepository(*m_store).get<QString>(SettingKey::SmtpSecurity), "tls");

    // Every security choice comes back as itself.
    for (const SmtpSecurity security : { SmtpSecurity::StartTls, SmtpSecurity::None, SmtpSecurity::Tls }) {
        MailSettings settings = serverSettings();
        settings.security = security;
        if (security == SmtpSecurity::None) {
            settings.smtpUser.clear(); // a password never goes in clear
        }
        QVERIFY(MailSettingsRepository(*m_store).save(settings, actor).ok());
        QCOMPARE(MailSettingsRepository(*m_store).load()->security, security);
    }
}

void TestMailSettings::auditsOnlyWhatChanged()
{
    const int before = auditRows();
    QVERIFY(MailSettingsRepository(*m_store).save(serverSettings(), actor).ok());
    QCOMPARE(auditRows(), before + 8); // eight fields differ from the defaults
    QVERIFY(MailSettingsRepository(*m_store).save(serverSettings(), actor).ok());
    QCOMPARE(auditRows(), before + 8); // the same again: nothing
    MailSettings changed = serverSettings();
    changed.smtpPort = 2525;
    QVERIFY(MailSettingsRepository(*m_store).save(changed, actor).ok());
    QCOMPARE(auditRows(), before + 9);
}

void TestMailSettings::refusesWrongInput_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("named"); // a word the message must hold
    QTest::newRow("port 0") << "port"
                            << "0"
                            << "mail.invalid-port"
                            << "65535";
    QTest::newRow("port 65536") << "port"
                                << "65536"
                                << "mail.invalid-port"
                                << "65536";
    QTest::newRow("language") << "language"
                              << "de"
                              << "mail.invalid-language"
                              << "zh_TW";
    QTest::newRow("sender") << "from"
                            << "invites at acme"
                            << "mail.invalid-from"
                            << "invites at acme";
    QTest::newRow("sender with a line break") << "from"
                                              << "a@acme.example\nBcc: b@evil.example"
                                              << "mail.invalid-from"
                                              << "admin@example.com";
    QTest::newRow("sender with brackets") << "from"
                                          << "<a@acme.example>"
                                          << "mail.invalid-from"
                                          << "admin@example.com";
    QTest::newRow("host with a space") << "host"
                                       << "smtp acme.example"
                                       << "mail.invalid-host"
                                       << "smtp acme.example";
    QTest::newRow("host as a URL") << "host"
                                   << "smtp://smtp.acme.example"
                                   << "mail.invalid-host"
                                   << "port";
    QTest::newRow("server without sender") << "from"
                                           << ""
                                           << "mail.no-from"
                                           << "sender";
    QTest::newRow("user in clear") << "security"
                                   << "none"
                                   << "mail.password-in-clear"
                                   << "STARTTLS";
}

void TestMailSettings::refusesWrongInput()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, code);
    QFETCH(QString, named);
    MailSettings settings = serverSettings();
    if (field == "port") {
        settings.smtpPort = value.toInt();
    } else if (field == "language") {
        settings.language = value;
    } else if (field == "from") {
        settings.fromAddress = value;
    } else if (field == "host") {
        settings.smtpHost = value;
    } else if (field == "security") {
        settings.security = SmtpSecurity::None;
    }
    const Result<void> checked = settings.check();
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().code, code);
    QCOMPARE(checked.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(checked.error().message.contains(named), qPrintable(checked.error().message));

    // Saved: refused the same way, and nothing at all stored.
    const Result<void> saved = MailSettingsRepository(*m_store).save(settings, actor);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, code);
    QCOMPARE(rowCount(*m_store, "settings"), 0);
    QCOMPARE(auditRows(), 0);
    // The editor (the dialog) gives the same answer.
    const Result<void> edited = saveThroughEditor({ settings, "pw" });
    QVERIFY(!edited.ok());
    QCOMPARE(edited.error().code, code);
    QCOMPARE(rowCount(*m_store, "settings"), 0);
    QCOMPARE(m_secrets->size(), 0);
}

void TestMailSettings::readsAnUnknownSecurityAsStartTls()
{
    // What a newer SIA Admin might write; this one never sends in clear because of it.
    SettingEntry entry;
    entry.key = "mail.security";
    entry.type = QMetaType::QString;
    entry.value = "starttls";
    entry.updatedBy = actor;
    entry.updatedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(SettingsRepository(*m_store).set(entry).ok());
    QSqlQuery query(m_store->database());
    QVERIFY(query.exec("UPDATE settings SET value = 'quantum' WHERE key = 'mail.security'"));
    const Result<MailSettings> loaded = MailSettingsRepository(*m_store).load();
    QVERIFY2(loaded.ok(), failureText(loaded).constData());
    QCOMPARE(loaded->security, SmtpSecurity::StartTls);
}

void TestMailSettings::keepsThePasswordInTheKeychainOnly()
{
    const QByteArray password = "Sm7p-pa55-word";
    const Result<void> saved = saveThroughEditor({ serverSettings(), password });
    QVERIFY2(saved.ok(), failureText(saved).constData());
    QCOMPARE(storedPassword(), std::optional<QByteArray>(password));
    QVERIFY(sameSettings(*MailSettingsRepository(*m_store).load(), serverSettings()));

    // Nowhere in the database: not in the settings table, not in the audit log, not in any other row.
    const QString everything = databaseText();
    QVERIFY(!everything.isEmpty());
    QVERIFY(everything.contains("invites@acme.example"));
    QVERIFY(!everything.contains(QString::fromUtf8(password)));
    QVERIFY(!everything.contains(QString::fromLatin1(password.toBase64())));
    QSqlQuery query(m_store->database());
    QVERIFY(query.exec("SELECT key, value FROM settings"));
    while (query.next()) {
        QVERIFY2(!query.value(1).toString().contains(QString::fromUtf8(password)),
            qPrintable(query.value(0).toString()));
    }

    // The form says that one is stored, and never what it is.
    std::optional<Result<MailSettingsForm>> form;
    m_editor->load([&form](Result<MailSettingsForm> loaded) { form = loaded; });
    QTRY_VERIFY(form.has_value());
    QVERIFY(form->ok());
    QVERIFY((*form)->passwordStored);
    QVERIFY(!(*form)->defaultOutboxFolder.isEmpty());

    // Saved again without typing it: the same user keeps the stored password.
    MailSettings renamed = serverSettings();
    renamed.fromName = "Acme";
    QVERIFY(saveThroughEditor({ renamed, {} }).ok());
    QCOMPARE(storedPassword(), std::optional<QByteArray>(password));
}

void TestMailSettings::needsAPasswordForANewUser()
{
    const Result<void> saved = saveThroughEditor({ serverSettings(), {} });
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, "smtp.password-missing");
    QVERIFY2(saved.error().message.contains("invites@acme.example"), qPrintable(saved.error().message));
    QCOMPARE(rowCount(*m_store, "settings"), 0);

    // Another user than the stored one does not inherit its password.
    QVERIFY(saveThroughEditor({ serverSettings(), "first" }).ok());
    MailSettings other = serverSettings();
    other.smtpUser = "bob@acme.example";
    const Result<void> again = saveThroughEditor({ other, {} });
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, "smtp.password-missing");
    QCOMPARE(MailSettingsRepository(*m_store).load()->smtpUser, "invites@acme.example");
}

void TestMailSettings::removesThePasswordWithTheUser()
{
    QVERIFY(saveThroughEditor({ serverSettings(), "first" }).ok());
    QVERIFY(storedPassword().has_value());
    MailSettings relay = serverSettings();
    relay.smtpUser.clear();
    QVERIFY(saveThroughEditor({ relay, {} }).ok());
    QVERIFY(!storedPassword().has_value());

    // The outbox: no server, so no user either, and no password.
    QVERIFY(saveThroughEditor({ serverSettings(), "second" }).ok());
    MailSettings outbox = serverSettings();
    outbox.smtpHost.clear();
    QVERIFY(saveThroughEditor({ outbox, {} }).ok());
    const Result<MailSettings> loaded = MailSettingsRepository(*m_store).load();
    QVERIFY(loaded->usesOutbox());
    QVERIFY(loaded->smtpUser.isEmpty());
    QVERIFY(!storedPassword().has_value());
    QCOMPARE(m_secrets->size(), 0);
}

QTEST_GUILESS_MAIN(TestMailSettings)
#include "testmailsettings.moc"
