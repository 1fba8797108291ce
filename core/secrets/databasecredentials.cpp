#include "secrets/databasecredentials.h"

namespace sia {

SecretKey DatabaseCredentials::keyFor(const DatabaseLocation& server)
{
    return SecretKey { server.url(), QStringLiteral("database.password") };
}

void DatabaseCredentials::readPassword(const DatabaseLocation& server, PasswordRead done)
{
    m_secrets.read(keyFor(server), [done = std::move(done)](Result<QByteArray> read) {
        if (read.ok()) {
            done(QString::fromUtf8(*read));
        } else if (read.error().kind == ErrorKind::NotFound) {
            done(QString());
        } else {
            done(read.error());
        }
    });
}

void DatabaseCredentials::storePassword(
    const DatabaseLocation& server, const QString& password, PasswordStored done)
{
    if (password.isEmpty()) {
        // Checked here as well as by the keychain, so that every SecretStore gives the same answer.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [done = std::move(done)] {
                done(Error::input(QStringLiteral("database.empty-password"),
                    tr("The password is empty. Enter the database user's password.")));
            },
            Qt::QueuedConnection);
        return;
    }
    m_secrets.write(keyFor(server), password.toUtf8(), std::move(done));
}

} // namespace sia
