// Where a shared database is: a postgresql:// URL parsed and checked once. The URL names the server, the
// role and the database, never the password (that lives in the OS keychain, see DatabaseCredentials), so
// that it can be kept in settings, shown in messages and logged as it is.
//
//   postgresql://user@host:port/dbname               TCP (port 5432 when left out)
//   postgresql://user@localhost/dbname?host=/run/pg   a Unix socket in that directory
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace sia {

class DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(sia::DatabaseLocation)

public:
    static constexpr int defaultPort = 5432;
    static constexpr const char* environmentVariable = "SIA_DATABASE_URL";

    // Whether text is meant as a server URL (postgresql:// or postgres://), rather than a file name.
    static bool isServerUrl(const QString& text);

    // Refuses anything that is not a complete postgresql:// URL, and any URL that carries a password.
    static Result<DatabaseLocation> parse(const QString& url);

    QString host() const { return m_host; } // a name or address, or the socket directory
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString databaseName() const { return m_databaseName; }
    bool usesSocket() const { return m_host.startsWith(QLatin1Char('/')); }

    // The URL in one normal form (no password, since none is accepted): what messages name, what the
    // keychain files the password under.
    QString url() const { return m_url; }

private:
    DatabaseLocation() = default;

    QString m_host;
    int m_port = defaultPort;
    QString m_user;
    QString m_databaseName;
    QString m_url;
};

} // namespace sia
