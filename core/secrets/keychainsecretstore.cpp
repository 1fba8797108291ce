#include "secrets/keychainsecretstore.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <qt6keychain/keychain.h>

namespace sia {

Q_LOGGING_CATEGORY(lcSecrets, "sia.secrets")

namespace {

QString detailOf(const QKeychain::Job& job)
{
    const QString detail = job.errorString().trimmed();
    return detail.isEmpty() ? KeychainSecretStore::tr("no details given") : detail;
}

} // namespace

QString KeychainSecretStore::defaultService()
{
    return QStringLiteral("SIA Admin");
}

KeychainSecretStore::KeychainSecretStore(const QString& service, QObject* parent)
    : QObject(parent)
    , m_service(service)
{ }

QString KeychainSecretStore::backendName() const
{
#if defined(Q_OS_MACOS)
    return tr("macOS Keychain");
#elif defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#else
    return tr("Secret Service (org.freedesktop.secrets on the D-Bus session bus)");
#endif
}

template<typename JobType> JobType* KeychainSecretStore::createJob(const SecretKey& key)
{
    // Unparented on purpose: QtKeychain's libsecret backend keeps a raw pointer to the job until D-Bus
    // answers, so destroying the job with this store would leave it dangling. autoDelete frees it once
    // it has finished; the connections made with `this` as context drop the callback if we are gone.
    auto* job = new JobType(m_service);
    job->setAutoDelete(true);
    // Without this QtKeychain writes the secret in plain text to a QSettings file whenever KWallet
    // cannot be reached; the product promises that secrets live in the keychain or nowhere.
    job->setInsecureFallback(false);
    job->setKey(key.account());
    return job;
}

void KeychainSecretStore::write(const SecretKey& key, const QByteArray& secret, WriteDone done)
{
    if (secret.isEmpty()) {
        // QtKeychain's KWallet backend treats empty data as "remove the entry"; refuse it everywhere.
        const Error error = Error::input(
            QStringLiteral("secrets.empty"), tr("An empty secret cannot be stored. Enter the secret again."));
        QMetaObject::invokeMethod(
            this, [error, done = std::move(done)] { done(error); }, Qt::QueuedConnection);
        return;
    }

    auto* job = createJob<QKeychain::WritePasswordJob>(key);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, done = std::move(done)](QKeychain::Job* finished) {
        if (finished->error() == QKeychain::NoError)
            done(Result<void>());
        else
            done(errorFor(*finished));
    });
    job->start();
}

void KeychainSecretStore::read(const SecretKey& key, ReadDone done)
{
    auto* job = createJob<QKeychain::ReadPasswordJob>(key);
    connect(job, &QKeychain::Job::finished, this,
        [this, account = key.account(), done = std::move(done)](QKeychain::Job* finished) {
            switch (finished->error()) {
            case QKeychain::NoError:
                done(static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData());
                return;
            case QKeychain::EntryNotFound:
                done(Error::notFound(QStringLiteral("secrets.not-found"),
                    tr("No secret named \"%1\" is stored in the %2.").arg(account, backendName())));
                return;
            default:
                done(errorFor(*finished));
                return;
            }
        });
    job->start();
}

void KeychainSecretStore::remove(const SecretKey& key, WriteDone done)
{
    auto* job = createJob<QKeychain::DeletePasswordJob>(key);
    connect(job, &QKeychain::Job::finished, this, [this, done = std::move(done)](QKeychain::Job* finished) {
        // Removing what is not there leaves the keychain as the caller wanted it.
        if (finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound)
            done(Result<void>());
        else
            done(errorFor(*finished));
    });
    job->start();
}

Error KeychainSecretStore::errorFor(const QKeychain::Job& job) const
{
    // The job's key is the account name, never the secret: safe to log.
    qCWarning(lcSecrets) << "keychain job for" << job.key() << "failed with QKeychain error" << job.error()
                         << job.errorString();

    const QString detail = detailOf(job);
    if (job.error() == QKeychain::AccessDenied || job.error() == QKeychain::AccessDeniedByUser) {
#if defined(Q_OS_MACOS)
        return Error::environment(QStringLiteral("secrets.access-denied"),
            tr("The %1 refused access (%2). Unlock your login keychain in Keychain Access "
               "and allow SIA Admin to use it when asked, then try again. SIA Admin never "
               "stores secrets anywhere else.")
                .arg(backendName(), detail));
#elif defined(Q_OS_WIN)
        return Error::environment(QStringLiteral("secrets.access-denied"),
            tr("The %1 refused access (%2). Sign in to Windows with your own account and "
               "try again. SIA Admin never stores secrets anywhere else.")
                .arg(backendName(), detail));
#else
        return Error::environment(QStringLiteral("secrets.access-denied"),
            tr("The %1 refused access (%2). Unlock your login keyring (for example in "
               "\"Passwords and Keys\" or KWallet Manager) and allow SIA Admin to use it, "
               "then try again. SIA Admin never stores secrets anywhere else.")
                .arg(backendName(), detail));
#endif
    }

#if defined(Q_OS_MACOS)
    return Error::environment(QStringLiteral("secrets.unavailable"),
        tr("The %1 could not be used (%2). Make sure your login keychain exists and is "
           "unlocked in Keychain Access, then try again. SIA Admin never stores secrets "
           "anywhere else.")
            .arg(backendName(), detail));
#elif defined(Q_OS_WIN)
    return Error::environment(QStringLiteral("secrets.unavailable"),
        tr("The %1 could not be used (%2). Make sure you are signed in with a Windows "
           "account that has a user profile, then try again. SIA Admin never stores "
           "secrets anywhere else.")
            .arg(backendName(), detail));
#else
    return Error::environment(QStringLiteral("secrets.unavailable"),
        tr("The %1 could not be used (%2). Install and start gnome-keyring or KWallet in "
           "your desktop session and unlock the login keyring, then try again. SIA Admin "
           "never stores secrets anywhere else.")
            .arg(backendName(), detail));
#endif
}

} // namespace sia
