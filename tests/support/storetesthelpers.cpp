#include "storetesthelpers.h"

#include "store/databaselocation.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUrl>

namespace sia::test {

namespace {

constexpr int testBusyTimeoutMs = 1000;
const char* const serverVariable = "SIA_TEST_POSTGRES_URL";

// A connection of the test's own, outside any Store, closed and removed again when it goes.
class DirectConnection
{
public:
    explicit DirectConnection(const std::function<void(QSqlDatabase&)>& configure, const QString& driver)
        : m_name(QStringLiteral("sia-test-direct-%1").arg(s_count.fetchAndAddRelaxed(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_name);
        configure(db);
        if (!db.open()) {
            m_problem = db.lastError().text();
        }
    }
    ~DirectConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    DirectConnection(const DirectConnection&) = delete;
    DirectConnection& operator=(const DirectConnection&) = delete;

    static std::unique_ptr<DirectConnection> toServer(const QString& url)
    {
        Result<DatabaseLocation> server = DatabaseLocation::parse(url);
        auto configure = [&](QSqlDatabase& db) {
            if (server) {
                db.setHostName(server->host());
                db.setPort(server->port());
                db.setUserName(server->user());
                db.setDatabaseName(server->databaseName());
            }
        };
        auto connection = std::make_unique<DirectConnection>(configure, QStringLiteral("QPSQL"));
        if (!server) {
            connection->m_problem = server.error().message;
        }
        return connection;
    }

    static std::unique_ptr<DirectConnection> toFile(const QString& path)
    {
        return std::make_unique<DirectConnection>(
            [&](QSqlDatabase& db) { db.setDatabaseName(path); }, QStringLiteral("QSQLITE"));
    }

    QString problem() const { return m_problem; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

    QString run(const QStringList& statements) const
    {
        if (!m_problem.isEmpty()) {
            return m_problem;
        }
        for (const QString& statement : statements) {
            QSqlQuery query(database());
            if (!query.exec(statement)) {
                return statement + QLatin1String(": ") + query.lastError().text();
            }
        }
        return {};
    }

    // Each row of sql as "value|value|…".
    QStringList rows(const QString& sql) const
    {
        QSqlQuery query(database());
        if (!query.exec(sql)) {
            return { sql + QLatin1String(": ") + query.lastError().text() };
        }
        QStringList rows;
        while (query.next()) {
            QStringList cells;
            for (int column = 0; column < query.record().count(); ++column) {
                cells << query.value(column).toString();
            }
            rows << cells.join(QLatin1Char('|'));
        }
        return rows;
    }

private:
    static inline QAtomicInteger<quint64> s_count;
    QString m_name;
    QString m_problem;
};

QString withDatabase(const QString& serverUrl, const QString& databaseName)
{
    QUrl url(serverUrl);
    url.setPath(QLatin1Char('/') + databaseName);
    return url.toString();
}

} // namespace

TestBackend testBackend()
{
    return qEnvironmentVariable("SIA_TEST_BACKEND") == QLatin1String("postgres") ? TestBackend::Postgres
                                                                                 : TestBackend::Sqlite;
}

TestDatabase::TestDatabase(TestBackend backend)
    : m_backend(backend)
{
    if (m_backend == TestBackend::Sqlite) {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            m_problem = QStringLiteral("cannot create a temporary directory: ") + m_dir->errorString();
        }
        m_file = m_dir->filePath(QStringLiteral("actions.sqlite"));
        return;
    }
    m_serverUrl = qEnvironmentVariable(serverVariable);
    if (m_serverUrl.isEmpty()) {
        m_problem = QStringLiteral(
            "This test runs against PostgreSQL (SIA_TEST_BACKEND=postgres), but SIA_TEST_POSTGRES_URL is not "
            "set. Run it through tests/with-postgres.sh, which starts a throw-away server and sets it: "
            "tests/with-postgres.sh ctest --preset debug -L postgres");
        return;
    }
    static QAtomicInteger<quint64> counter;
    m_databaseName = QStringLiteral("sia_test_%1_%2")
                         .arg(QCoreApplication::applicationPid())
                         .arg(counter.fetchAndAddRelaxed(1));
    const auto server = DirectConnection::toServer(m_serverUrl);
    if (const QString failed = server->run({ QStringLiteral("CREATE DATABASE %1").arg(m_databaseName) });
        !failed.isEmpty()) {
        m_problem = QStringLiteral("cannot create a test database on %1: %2").arg(m_serverUrl, failed);
        m_databaseName.clear();
        return;
    }
    m_url = withDatabase(m_serverUrl, m_databaseName);
}

TestDatabase::~TestDatabase()
{
    if (!m_databaseName.isEmpty()) {
        // FORCE ends the connections a failed test may have left open.
        const QString failed
            = DirectConnection::toServer(m_serverUrl)
                  ->run({ QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_databaseName) });
        if (!failed.isEmpty()) {
            qWarning() << "cannot drop the test database" << m_databaseName << failed;
        }
    }
}

StoreOptions TestDatabase::options(int targetVersion) const
{
    StoreOptions options;
    options.databasePath = m_file;
    options.databaseUrl = m_url;
    options.busyTimeoutMs = testBusyTimeoutMs;
    options.targetSchemaVersion = targetVersion;
    return options;
}

Result<std::unique_ptr<Store>> TestDatabase::open(int targetVersion) const
{
    return Store::open(options(targetVersion));
}

Result<std::unique_ptr<Store>> TestDatabase::openForReview() const
{
    StoreOptions review = options();
    review.readOnly = true;
    return Store::open(review);
}

QString TestDatabase::name() const
{
    return m_backend == TestBackend::Sqlite ? m_file : m_url;
}

QString TestDatabase::runDirectly(const QStringList& statements) const
{
    const auto connection = m_backend == TestBackend::Sqlite ? DirectConnection::toFile(m_file)
                                                             : DirectConnection::toServer(m_url);
    return connection->run(statements);
}

QStringList TestDatabase::fingerprint() const
{
    if (m_backend == TestBackend::Sqlite) {
        return QStringList { QString::fromLatin1(fileDigest(m_file)) } + sidecarFiles(m_file);
    }
    const auto connection = DirectConnection::toServer(m_url);
    if (!connection->problem().isEmpty()) {
        return { connection->problem() };
    }
    QStringList print = connection->rows(
        QStringLiteral("SELECT table_name, column_name, data_type FROM information_schema.columns"
                       " WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position"));
    print += connection->rows(QStringLiteral(
        "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname"));
    print += connection->rows(QStringLiteral(
        "SELECT collname FROM pg_collation WHERE collnamespace = current_schema()::regnamespace ORDER BY 1"));
    for (const QString& table : connection->rows(QStringLiteral(
             "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
             " ORDER BY table_name"))) {
        print += connection->rows(QStringLiteral("SELECT '%1', t::text FROM %1 t ORDER BY 2").arg(table));
    }
    return print;
}

Result<std::unique_ptr<Store>> openStore(const QString& path, int targetVersion)
{
    StoreOptions options;
    options.databasePath = path;
    options.busyTimeoutMs = testBusyTimeoutMs;
    options.targetSchemaVersion = targetVersion;
    return Store::open(options);
}

Result<std::unique_ptr<Store>> openForReview(const QString& path)
{
    StoreOptions options;
    options.databasePath = path;
    options.busyTimeoutMs = testBusyTimeoutMs;
    options.readOnly = true;
    return Store::open(options);
}

QByteArray fileDigest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QStringList sidecarFiles(const QString& databasePath)
{
    QStringList found;
    for (const char* suffix : { "-wal", "-shm", "-journal" }) {
        const QString sidecar = databasePath + QLatin1String(suffix);
        if (QFile::exists(sidecar)) {
            found << sidecar;
        }
    }
    return found;
}

QVariant scalar(const Store& store, const QString& sql)
{
    Result<QSqlQuery> query = store.exec(sql);
    if (!query || !query->next()) {
        return {};
    }
    return query->value(0);
}

int rowCount(const Store& store, const QString& table)
{
    const QVariant count = scalar(store, QStringLiteral("SELECT COUNT(*) FROM ") + table);
    return count.isValid() ? count.toInt() : -1;
}

QString versionList(int upTo)
{
    QStringList versions;
    for (int version = 1; version <= upTo; ++version) {
        versions << QString::number(version);
    }
    return versions.join(QLatin1Char(','));
}

QString recordedVersions(const Store& store)
{
    Result<QSqlQuery> query
        = store.exec(QStringLiteral("SELECT version FROM schema_migrations ORDER BY version"));
    if (!query) {
        return QString::fromUtf8(failureText(query));
    }
    QStringList versions;
    while (query->next()) {
        versions << query->value(0).toString();
    }
    return versions.join(QLatin1Char(','));
}

} // namespace sia::test
