#include "mail/mailsettingseditor.h"

#include "mail/mailtestmessage.h"
#include "mail/outboxtransport.h"
#include "mail/smtptransport.h"
#include "secrets/secretstore.h"
#include "settings/settingsrepository.h"
#include "store/datalocation.h"
#include "store/storerunner.h"
#include "users/emailaddress.h"

#include <QPointer>
#include <QThread>
#include <QTimer>

#include <optional>

namespace sia {

struct MailSettingsEditor::Stored
{
    MailSettings settings;
    QString defaultOutboxFolder;
    QString extraCaFile;
};

MailSettingsEditor::MailSettingsEditor(
    StoreRunner& store, SecretStore& secrets, QString instance, QString actor, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_instance(std::move(instance))
    , m_actor(std::move(actor))
{ }

MailSettingsEditor::~MailSettingsEditor()
{
    if (m_testThread) {
        m_testThread->wait();
    }
}

void MailSettingsEditor::setSmtpTimeouts(int connectSeconds, int totalSeconds)
{
    m_connectSeconds = connectSeconds;
    m_totalSeconds = totalSeconds;
}

MailSettings MailSettingsEditor::normalised(MailSettings settings)
{
    settings.smtpHost = settings.smtpHost.trimmed();
    settings.smtpUser = settings.smtpUser.trimmed();
    settings.fromAddress = settings.fromAddress.trimmed();
    settings.fromName = settings.fromName.trimmed();
    settings.outboxFolder = settings.outboxFolder.trimmed();
    settings.language = settings.language.trimmed();
    if (settings.usesOutbox()) {
        settings.smtpUser.clear(); // the outbox has no server to log in to
    }
    return settings;
}

template<typename T> void MailSettingsEditor::later(Result<T> result, Done<T> done)
{
    // Never before the call returns, as every other answer.
    QTimer::singleShot(0, this, [result = std::move(result), done = std::move(done)] { done(result); });
}

void MailSettingsEditor::readStored(std::function<void(Result<Stored>)> then)
{
    m_store.run<Stored>(
        [](Store& store) -> Result<Stored> {
            Result<MailSettings> settings = MailSettingsRepository(store).load();
            if (!settings) {
                return settings.error();
            }
            Result<QString> extraCa = SettingsRepository(store).get<QString>(SettingKey::NetworkExtraCaFile);
            if (!extraCa) {
                return extraCa.error();
            }
            return Stored { *settings, DataLocation::outboxFolder(store.options()), *extraCa };
        },
        this, std::move(then));
}

void MailSettingsEditor::load(Done<MailSettingsForm> done)
{
    readStored([this, done = std::move(done)](Result<Stored> stored) {
        if (!stored) {
            done(stored.error());
            return;
        }
        MailSettingsForm form { stored->settings, false, stored->defaultOutboxFolder };
        if (form.settings.smtpUser.isEmpty()) {
            done(form);
            return;
        }
        m_secrets.read(MailSettingsRepository::passwordKey(m_instance),
            [form, done](Result<QByteArray> password) mutable {
                if (!password && password.error().kind != ErrorKind::NotFound) {
                    done(password.error()); // a locked keychain says so
                    return;
                }
                form.passwordStored = password.ok();
                done(form);
            });
    });
}

void MailSettingsEditor::save(MailSettingsChange change, Done<void> done)
{
    const MailSettings settings = normalised(change.settings);
    if (Result<void> checked = settings.check(); !checked) {
        later(checked, std::move(done));
        return;
    }
    if (settings.smtpUser.isEmpty()) {
        storeSettings(settings, true, std::move(done));
        return;
    }
    if (!change.newPassword.isEmpty()) {
        // The password first: settings naming a user whose password is missing would fail every round.
        m_secrets.write(MailSettingsRepository::passwordKey(m_instance), change.newPassword,
            [this, settings, done = std::move(done)](Result<void> written) {
                if (!written) {
                    done(written);
                    return;
                }
                storeSettings(settings, false, done);
            });
        return;
    }
    // No password typed: the stored one serves only the user it was stored for.
    readStored([this, settings, done = std::move(done)](Result<Stored> stored) {
        if (!stored) {
            done(stored.error());
            return;
        }
        const Error missing = Error::input(QStringLiteral("smtp.password-missing"),
            tr("Enter the password of %1 for the SMTP server: none is stored for this user yet.")
                .arg(settings.smtpUser));
        if (stored->settings.smtpUser != settings.smtpUser) {
            done(missing);
            return;
        }
        m_secrets.read(MailSettingsRepository::passwordKey(m_instance),
            [this, settings, missing, done](Result<QByteArray> password) {
                if (!password) {
                    done(password.error().kind == ErrorKind::NotFound ? missing : password.error());
                    return;
                }
                storeSettings(settings, false, done);
            });
    });
}

void MailSettingsEditor::storeSettings(const MailSettings& settings, bool removePassword, Done<void> done)
{
    auto store = [this, settings, done] {
        m_store.run<bool>(
            [settings, actor = m_actor](Store& store) -> Result<bool> {
                Result<void> saved = MailSettingsRepository(store).save(settings, actor);
                return saved ? Result<bool>(true) : Result<bool>(saved.error());
            },
            this, [done](Result<bool> saved) { done(saved ? Result<void>() : Result<void>(saved.error())); });
    };
    if (!removePassword) {
        store();
        return;
    }
    // No user any more: its password goes from the keychain first, so that a refusal changes nothing.
    m_secrets.remove(MailSettingsRepository::passwordKey(m_instance), [store, done](Result<void> removed) {
        if (!removed) {
            done(removed);
            return;
        }
        store();
    });
}

void MailSettingsEditor::sendTest(MailSettingsChange change, QString to, Done<MailDelivery> done)
{
    if (m_testBusy) {
        later(Result<MailDelivery>(Error::rule(QStringLiteral("mail.test-busy"),
                  tr("A test message is still on its way: wait for its answer, then send another."))),
            std::move(done));
        return;
    }
    Result<QString> address = EmailAddress::checked(to);
    if (!address) {
        later(Result<MailDelivery>(address.error()), std::move(done));
        return;
    }
    const MailSettings settings = normalised(change.settings);
    if (Result<void> checked = settings.check(); !checked) {
        later(Result<MailDelivery>(checked.error()), std::move(done));
        return;
    }
    m_testBusy = true;
    done = [this, done = std::move(done)](Result<MailDelivery> outcome) {
        m_testBusy = false;
        done(std::move(outcome));
    };
    readStored([this, settings, password = change.newPassword, to = *address, done = std::move(done)](
                   Result<Stored> stored) mutable {
        if (!stored) {
            done(stored.error());
            return;
        }
        MailSettings sending = settings;
        if (sending.usesOutbox() && sending.outboxFolder.isEmpty()) {
            sending.outboxFolder = stored->defaultOutboxFolder;
        }
        if (sending.usesOutbox() || sending.smtpUser.isEmpty() || !password.isEmpty()) {
            send(sending, password, stored->extraCaFile, to, done);
            return;
        }
        m_secrets.read(MailSettingsRepository::passwordKey(m_instance),
            [this, sending, extraCa = stored->extraCaFile, to, done, storedUser = stored->settings.smtpUser](
                Result<QByteArray> password) {
                if (!password || storedUser != sending.smtpUser) {
                    done(password.ok() || password.error().kind == ErrorKind::NotFound
                            ? Error::input(QStringLiteral("smtp.password-missing"),
                                tr("Enter the password of %1 for the SMTP server: none is stored for this "
                                   "user yet.")
                                    .arg(sending.smtpUser))
                            : password.error());
                    return;
                }
                send(sending, *password, extraCa, to, done);
            });
    });
}

void MailSettingsEditor::send(
    MailSettings settings, QByteArray password, QString extraCaFile, QString to, Done<MailDelivery> done)
{
    std::unique_ptr<MailTransport> transport;
    if (settings.usesOutbox()) {
        transport = std::make_unique<OutboxTransport>(settings.outboxFolder);
    } else {
        auto smtp = std::make_unique<SmtpTransport>(settings, password, extraCaFile);
        smtp->setTimeouts(m_connectSeconds, m_totalSeconds);
        transport = std::move(smtp);
    }
    password.fill('\0');
    const MailMessage message = MailTestMessage::compose(settings, to);
    auto outcome = std::make_shared<std::optional<Result<MailDelivery>>>();
    // The transport blocks; it runs on a thread of its own and the answer comes back to this object's.
    m_testThread.reset(
        QThread::create([transport = std::shared_ptr<MailTransport>(std::move(transport)), message, outcome] {
            outcome->emplace(transport->send(message));
        }));
    connect(m_testThread.get(), &QThread::finished, this, [this, outcome, done = std::move(done)] {
        m_testThread->wait();
        m_testThread.reset();
        done(outcome->value_or(Error::internal(
            QStringLiteral("mail.test"), tr("The test message's worker ended without an answer."))));
    });
    m_testThread->start();
}

} // namespace sia
