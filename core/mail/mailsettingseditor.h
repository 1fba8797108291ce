// What the Mail dialog (File › Mail settings…) works through: the mail settings as MailSettingsRepository
// checks and stores them (audited), the SMTP password in the keychain only, under the entry that
// `sia-admin mail --user` writes and InvitationDelivery reads, and a test message sent with the dialog's
// settings, saved or not, on a thread of its own (a server may take its time to answer). Every rule is
// here, none in the dialog. Answers come back later on this object's thread.
#pragma once

#include "common/result.h"
#include "mail/mailsettings.h"
#include "mail/mailtransport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace sia {

class SecretStore;
class StoreRunner;

// The dialog's fields as stored.
struct MailSettingsForm
{
    MailSettings settings;
    bool passwordStored = false; // the keychain holds the SMTP user's password
    QString defaultOutboxFolder; // where the outbox is when settings.outboxFolder is empty
};

// What the admin saves or tests: the fields, and a password when one was typed (empty: the stored one).
struct MailSettingsChange
{
    MailSettings settings; // smtpHost empty: the outbox (no user then, and no password)
    QByteArray newPassword; // in memory only until it is in the keychain
};

class MailSettingsEditor : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Done = std::function<void(Result<T>)>;

    // store and secrets must outlive this object; instance: ConnectionSecrets::instanceOf the store.
    MailSettingsEditor(
        StoreRunner& store, SecretStore& secrets, QString instance, QString actor, QObject* parent = nullptr);
    ~MailSettingsEditor() override; // waits for a test message still being sent (its timeouts bound it)

    void load(Done<MailSettingsForm> done);
    // Checks (MailSettings::check), writes a typed password to the keychain, then the settings. A server
    // user needs a password, typed or stored for that same user; without a user (or with the outbox) the
    // stored password is removed. Nothing is stored when anything is refused.
    void save(MailSettingsChange change, Done<void> done);
    // Sends MailTestMessage to `to` the way the change says (the outbox writes an .eml file). Refused
    // (mail.test-busy) while a test message is still on its way.
    void sendTest(MailSettingsChange change, QString to, Done<MailDelivery> done);
    bool isSendingTest() const { return m_testBusy; } // from the call until its answer

    // How long an SMTP connection and a whole message may take (SmtpTransport::setTimeouts). Tests
    // shorten them.
    void setSmtpTimeouts(int connectSeconds, int totalSeconds);

    // The settings as saved: trimmed, and without a user when they mean the outbox.
    static MailSettings normalised(MailSettings settings);

private:
    struct Stored; // what save() and sendTest() read from the store first
    void readStored(std::function<void(Result<Stored>)> then);
    void storeSettings(const MailSettings& settings, bool removePassword, Done<void> done);
    void send(
        MailSettings settings, QByteArray password, QString extraCaFile, QString to, Done<MailDelivery> done);
    template<typename T> void later(Result<T> result, Done<T> done);

    StoreRunner& m_store;
    SecretStore& m_secrets;
    QString m_instance;
    QString m_actor;
    int m_connectSeconds = 20;
    int m_totalSeconds = 60;
    std::unique_ptr<QThread> m_testThread;
    bool m_testBusy = false;
};

} // namespace sia
