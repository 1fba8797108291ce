#include "store/databaselocation.h"

#include <QUrl>
#include <QUrlQuery>

namespace sia {

namespace {

const QString example = QStringLiteral("postgresql://USER@HOST:5432/DATABASE");

bool hasServerScheme(const QUrl& url)
{
    return url.scheme() == QLatin1String("postgresql") || url.scheme() == QLatin1String("postgres");
}

// The user[:password] part as written, so that even an empty password ("user:@host") is seen.
QString userInfoOf(const QString& url)
{
    const qsizetype start = url.indexOf(QLatin1String("://"));
    const qsizetype end = url.indexOf(QLatin1Char('/'), start + 3);
    const QString authority = url.mid(start + 3, end < 0 ? -1 : end - start - 3);
    const qsizetype at = authority.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : authority.left(at);
}

} // namespace

bool DatabaseLocation::isServerUrl(const QString& text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"));
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    auto invalid = [&](const QString& message) {
        return Error::input(QStringLiteral("database.invalid-url"), message);
    };
    if (!url.isValid() || !hasServerScheme(url)) {
        return invalid(tr("“%1” is not a PostgreSQL database URL. Write it as %2 (or with ?host=/socket/dir "
                          "for a Unix socket).")
                           .arg(trimmed, example));
    }
    if (!url.password().isEmpty() || userInfoOf(trimmed).contains(QLatin1Char(':'))) {
        // Never repeat the URL here: it holds the password.
        return invalid(tr("The database URL contains a password. Leave it out of the URL (URLs end up in "
                          "settings, shell history and logs) and store it in the keychain instead: "
                          "sia-admin database set-password --database URL"));
    }
    const QUrlQuery query(url);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("password")) {
            return invalid(tr("The database URL contains a password. Leave it out of the URL (URLs end up "
                              "in settings, shell history and logs) and store it in the keychain instead: "
                              "sia-admin database set-password --database URL"));
        }
        if (key != QLatin1String("host")) {
            return invalid(tr("The database URL %1 has the parameter “%2”, which SIA Admin does not use. "
                              "Only ?host=/socket/dir is understood.")
                               .arg(trimmed, key));
        }
    }

    DatabaseLocation location;
    location.m_user = url.userName(QUrl::FullyDecoded);
    location.m_databaseName = url.path(QUrl::FullyDecoded).mid(1); // after the leading "/"
    const QString socketDir = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
    location.m_host = socketDir.isEmpty() ? url.host(QUrl::FullyDecoded) : socketDir;
    location.m_port = url.port(defaultPort);
    if (location.m_user.isEmpty()) {
        return invalid(tr("The database URL %1 names no user. Write it as %2.").arg(trimmed, example));
    }
    if (location.m_databaseName.isEmpty() || location.m_databaseName.contains(QLatin1Char('/'))) {
        return invalid(tr("The database URL %1 names no database. Write it as %2.").arg(trimmed, example));
    }
    if (location.m_host.isEmpty()) {
        return invalid(tr("The database URL %1 names no server. Write it as %2.").arg(trimmed, example));
    }
    if (!socketDir.isEmpty() && !location.usesSocket()) {
        return invalid(tr("In the database URL %1, ?host= must be the absolute path of the server's socket "
                          "directory, such as /run/postgresql.")
                           .arg(trimmed));
    }

    QUrl normal;
    normal.setScheme(QStringLiteral("postgresql"));
    normal.setUserName(location.m_user);
    normal.setHost(url.host().isEmpty() ? QStringLiteral("localhost") : url.host());
    normal.setPort(location.m_port);
    normal.setPath(QLatin1Char('/') + location.m_databaseName);
    if (!socketDir.isEmpty()) {
        QUrlQuery socket;
        socket.addQueryItem(QStringLiteral("host"), socketDir);
        normal.setQuery(socket);
    }
    location.m_url = normal.toString();
    return location;
}

} // namespace sia
