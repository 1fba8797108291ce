#include "store/store.h"

#include "common/timestamps.h"
#include "store/migrations.h"
#include "store/postgresdialect.h"
#include "store/storebatch.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QTemporaryDir>
#include <QUrl>

namespace sia {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("sia-store-%1").arg(counter.fetchAndAddRelaxed(1));
}

const QString migrationsTable = QStringLiteral("schema_migrations");

QString walFile(const QString& databaseFile)
{
    return databaseFile + QStringLiteral("-wal");
}

} // namespace

Store::Store(StoreOptions options, std::unique_ptr<SqlDialect> dialect)
    : m_options(std::move(options))
    , m_dialect(std::move(dialect))
    , m_databaseName(m_options.databasePath)
{ }

Store::~Store()
{
    finalizeBatches();
    disconnect();
}

Result<std::unique_ptr<Store>> Store::attach(const StoreOptions& options)
{
    StoreOptions further = options;
    further.migrate = false;
    return open(further);
}

Result<std::unique_ptr<Store>> Store::open(const StoreOptions& options)
{
    // A URL means a PostgreSQL server; anything else is the SQLite file, as it has always been.
    if (!options.databaseUrl.isEmpty()) {
        Result<DatabaseLocation> server = DatabaseLocation::parse(options.databaseUrl);
        if (!server) {
            return server.error();
        }
        std::unique_ptr<Store> store(
            new Store(options, std::make_unique<PostgresDialect>(options.busyTimeoutMs)));
        store->m_server = *server;
        store->m_databaseName = server->url();
        Result<void> opened = options.readOnly ? store->openServerForReview() : store->openServerForWriting();
        if (!opened) {
            return opened.error();
        }
        return store;
    }
    std::unique_ptr<Store> store(new Store(options, std::make_unique<SqliteDialect>(options.busyTimeoutMs)));
    if (options.databasePath.isEmpty()) {
        return Error::input(QStringLiteral("store.no-path"), tr("No database file was named."));
    }
    Result<void> opened
        = options.readOnly ? store->openForReview() : store->openForWriting(options.databasePath);
    if (!opened) {
        return opened.error();
    }
    return store;
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<void> Store::connect(const QString& databaseName, const QString& connectOptions)
{
    disconnect();
    m_connectionName = uniqueConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    if (!db.isValid()) {
        if (m_server) {
            return Error::environment(QStringLiteral("store.no-driver"),
                QCoreApplication::translate("sia::Store",
                    "The PostgreSQL driver of Qt (QPSQL) is not installed, so %1 cannot be opened. Install "
                    "Qt's PostgreSQL plugin (on Debian and Ubuntu: libqt6sql6-psql).")
                    .arg(m_databaseName));
        }
        return Error::environment(QStringLiteral("store.no-driver"),
            tr("The SQLite driver of Qt (QSQLITE) is not installed. Reinstall SIA Admin or install Qt's "
               "SQLite "
               "plugin (on Debian and Ubuntu: libqt6sql6-sqlite)."));
    }
    db.setDatabaseName(databaseName);
    db.setConnectOptions(connectOptions);
    if (m_server) {
        db.setHostName(m_server->host());
        db.setPort(m_server->port());
        db.setUserName(m_server->user());
        db.setPassword(m_options.databasePassword);
    }
    if (!db.open()) {
        return errorFrom(db.lastError());
    }
    return m_dialect->configureSession(db);
}

void Store::disconnect()
{
    if (m_connectionName.isEmpty()) {
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

Error Store::errorFrom(const QSqlError& error) const
{
    return m_dialect->classify(error, m_databaseName);
}

Result<QSqlQuery> Store::exec(const QString& sql, const QVariantMap& bindings) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    // QPSQL turns every prepared query into PREPARE … AS, which PostgreSQL refuses for utility statements
    // (CREATE, BEGIN, SET): a statement with nothing to bind runs as it is.
    if (bindings.isEmpty()) {
        if (!query.exec(sql)) {
            return errorFrom(query.lastError());
        }
        return query;
    }
    if (!query.prepare(sql)) {
        return errorFrom(query.lastError());
    }
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
        query.bindValue(QLatin1Char(':') + it.key(), m_dialect->toBindable(it.value()));
    }
    if (!query.exec()) {
        return errorFrom(query.lastError());
    }
    return query;
}

Result<StoreBatch> Store::prepareBatch(const QString& sql)
{
    return StoreBatch::prepare(*this, sql, BatchEngine::Native);
}

Result<StoreBatch> Store::prepareBatch(const QString& sql, BatchEngine engine)
{
    return StoreBatch::prepare(*this, sql, engine);
}

void Store::finalizeBatches()
{
    // A batch that outlives its store must not keep the connection from closing (SQLite refuses to close
    // a connection with statements still prepared on it).
    for (BatchStatement* batch : m_batches) {
        batch->finalize();
        batch->detachFromStore();
    }
    m_batches.clear();
}

Result<void> Store::runStatements(const QStringList& statements) const
{
    for (const QString& statement : statements) {
        if (Result<QSqlQuery> done = exec(statement); !done) {
            return done.error();
        }
    }
    return {};
}

Result<void> Store::transaction(const std::function<Result<void>()>& work)
{
    switch (m_transactionKind) {
    case TransactionKind::None:
        return outermostTransaction(TransactionKind::Write, m_dialect->beginWriteTransaction(), work);
    case TransactionKind::Write:
        return savepoint(work);
    case TransactionKind::Read:
        break;
    }
    return Error::internal(QStringLiteral("store.write-in-read-transaction"),
        tr("A change to the database %1 was attempted inside a read-only transaction, and refused. This is "
           "a defect of SIA Admin: please report it.")
            .arg(m_databaseName));
}

Result<void> Store::readTransaction(const std::function<Result<void>()>& work)
{
    if (m_transactionKind != TransactionKind::None) {
        return work(); // already inside one consistent view
    }
    return outermostTransaction(TransactionKind::Read, m_dialect->beginReadTransaction(), work);
}

Result<void> Store::outermostTransaction(
    TransactionKind kind, const QStringList& begin, const std::function<Result<void>()>& work)
{
    if (Result<void> begun = runStatements(begin); !begun) {
        // A BEGIN that failed half-way (a dialect with several statements) must not leave one open.
        runStatements({ QStringLiteral("ROLLBACK") }).ok();
        return begun;
    }
    m_transactionKind = kind;
    m_transactionDepth = 1;
    Result<void> outcome = work();
    if (outcome) {
        outcome = runStatements({ QStringLiteral("COMMIT") });
    }
    if (!outcome) {
        // After a failed COMMIT the transaction may still be open: roll it back, so that nothing of it
        // stays and the connection is usable again. Its own error would only hide the first one.
        runStatements({ QStringLiteral("ROLLBACK") }).ok();
    }
    m_transactionKind = TransactionKind::None;
    m_transactionDepth = 0;
    return outcome;
}

Result<void> Store::savepoint(const std::function<Result<void>()>& work)
{
    const QString name = QStringLiteral("sia_savepoint_%1").arg(m_transactionDepth);
    if (Result<void> begun = runStatements({ QStringLiteral("SAVEPOINT ") + name }); !begun) {
        return begun;
    }
    ++m_transactionDepth;
    Result<void> outcome = work();
    --m_transactionDepth;
    if (outcome) {
        outcome = runStatements({ QStringLiteral("RELEASE SAVEPOINT ") + name });
        if (outcome) {
            return outcome;
        }
    }
    // ROLLBACK TO keeps the savepoint open; RELEASE then pops it, leaving the outer work as it was before.
    runStatements(
        { QStringLiteral("ROLLBACK TO SAVEPOINT ") + name, QStringLiteral("RELEASE SAVEPOINT ") + name })
        .ok();
    return outcome;
}

Result<int> Store::recordedSchemaVersion() const
{
    // Reading the table list is the first read of the file: a damaged or foreign file fails here,
    // before anything was written to it.
    Result<QSqlQuery> tables = exec(m_dialect->tableNamesQuery());
    if (!tables) {
        return tables.error();
    }
    bool hasMigrations = false;
    bool hasOtherTables = false;
    while (tables->next()) {
        const QString name = tables->value(0).toString();
        if (name == migrationsTable) {
            hasMigrations = true;
        } else if (!m_dialect->isInternalTable(name)) {
            hasOtherTables = true;
        }
    }
    if (!hasMigrations) {
        if (hasOtherTables && m_server) {
            return Error::environment(QStringLiteral("store.foreign-database"),
                QCoreApplication::translate("sia::Store",
                    "The database %1 holds tables of another program, not of SIA Admin. It was left "
                    "untouched. Create a database of its own for SIA Admin and name it in --database.")
                    .arg(m_databaseName));
        }
        if (hasOtherTables) {
            return Error::environment(QStringLiteral("store.foreign-database"),
                tr("The file %1 is a database of another program, not of SIA Admin. It was left untouched. "
                   "Choose another data directory with --data-dir.")
                    .arg(m_databaseName));
        }
        return 0;
    }
    Result<QSqlQuery> version
        = exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    if (!version) {
        return version.error();
    }
    version->next();
    return version->value(0).toInt();
}

Result<void> Store::refuseNewerSchema(int version) const
{
    if (version <= Migrations::latestVersion()) {
        return {};
    }
    return Error::environment(QStringLiteral("store.newer-schema"),
        tr("The database %1 was written by a newer SIA Admin (schema version %2; this version understands up "
           "to "
           "%3). It was left untouched. Install the newer SIA Admin to open it.")
            .arg(m_databaseName)
            .arg(version)
            .arg(Migrations::latestVersion()));
}

Result<void> Store::migrate(int fromVersion)
{
    const int target
        = m_options.targetSchemaVersion > 0 ? m_options.targetSchemaVersion : Migrations::latestVersion();
    for (const Migration& migration : Migrations::all()) {
        if (migration.version <= fromVersion || migration.version > target) {
            continue;
        }
        Result<void> applied = transaction([&]() -> Result<void> {
            Result<QSqlQuery> created = exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                                            " version INTEGER PRIMARY KEY,"
                                                            " name TEXT NOT NULL,"
                                                            " applied_at TEXT NOT NULL)"));
            if (!created) {
                return created.error();
            }
            // Another admin may have applied it while this one waited for the write lock.
            Result<QSqlQuery> applied
                = exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations WHERE version = :version"),
                    { { QStringLiteral("version"), migration.version } });
            if (!applied) {
                return applied.error();
            }
            if (applied->next() && applied->value(0).toInt() > 0) {
                return {};
            }
            for (const QString& statement : migration.statements) {
                Result<QSqlQuery> done = exec(m_dialect->expandTokens(statement));
                if (!done) {
                    return done.error();
                }
            }
            Result<QSqlQuery> recorded = exec(QStringLiteral("INSERT INTO schema_migrations (version, name, "
                                                             "applied_at) VALUES (:version, :name, :at)"),
                { { QStringLiteral("version"), migration.version },
                    { QStringLiteral("name"), migration.name }, { QStringLiteral("at"), nowTimestamp() } });
            return recorded ? Result<void>() : Result<void>(recorded.error());
        });
        if (!applied) {
            return applied.error();
        }
        m_schemaVersion = migration.version;
    }
    return {};
}

Result<void> Store::openForWriting(const QString& file)
{
    const QFileInfo info(file);
    if (info.exists() && !info.isFile()) {
        return Error::environment(QStringLiteral("store.not-a-file"),
            tr("%1 is not a file. Name a database file, or a data directory with --data-dir.").arg(file));
    }
    if (!QDir().mkpath(info.absolutePath())) {
        return Error::environment(QStringLiteral("store.cannot-create-folder"),
            tr("The folder %1 cannot be created. Check that your user may write there, or choose another "
               "data "
               "directory with --data-dir.")
                .arg(info.absolutePath()));
    }
    Result<void> connected = connect(file, {});
    if (!connected) {
        return connected;
    }
    return bringUpToDate();
}

// Once connected for writing: the schema checked (ours, not newer), then migrated, or for an attached
// connection required to be current already.
Result<void> Store::bringUpToDate()
{
    Result<int> version = recordedSchemaVersion();
    if (!version) {
        return version.error();
    }
    if (Result<void> newer = refuseNewerSchema(*version); !newer) {
        return newer;
    }
    m_schemaVersion = *version;
    if (!m_options.migrate) {
        if (Result<void> current = requireCurrentSchema(*version); !current) {
            return current;
        }
    }
    if (Result<void> prepared = m_dialect->prepareForWriting(database()); !prepared) {
        return prepared;
    }
    return m_options.migrate ? migrate(*version) : Result<void>();
}

Result<void> Store::requireCurrentSchema(int version) const
{
    const int expected
        = m_options.targetSchemaVersion > 0 ? m_options.targetSchemaVersion : Migrations::latestVersion();
    if (version == expected) {
        return {};
    }
    return Error::environment(QStringLiteral("store.schema-not-current"),
        tr("The database %1 is at schema version %2, but version %3 was expected: it was not opened by "
           "this SIA Admin first, or was changed meanwhile. Close every SIA Admin using it and open it "
           "again.")
            .arg(m_databaseName)
            .arg(version)
            .arg(expected));
}

Result<void> Store::requireWritable() const
{
    if (!m_options.readOnly) {
        return {};
    }
    return Error::rule(QStringLiteral("review.read-only"),
        tr("%1 is open for review only: nothing in it can be changed. Open it without --review to continue "
           "the setup.")
            .arg(m_databaseName));
}

Result<void> Store::checkReviewedSchema()
{
    Result<int> version = recordedSchemaVersion();
    if (!version) {
        return version.error();
    }
    if (*version == 0 && m_server) {
        return Error::environment(QStringLiteral("store.not-sia-database"),
            QCoreApplication::translate(
                "sia::Store", "The database %1 holds no SIA Admin data. Check the database name in the URL.")
                .arg(m_databaseName));
    }
    if (*version == 0) {
        return Error::environment(QStringLiteral("store.not-sia-database"),
            tr("The file %1 holds no SIA Admin data. Check the file name.").arg(m_databaseName));
    }
    if (Result<void> newer = refuseNewerSchema(*version); !newer) {
        return newer;
    }
    m_schemaVersion = *version;
    return {};
}

Result<void> Store::openReviewCopy(bool withWal)
{
    // Unsaved changes in a -wal file must be read, and an older schema migrated: both happen on a private
    // copy, never on the admin's file.
    const QString file = m_options.databasePath;
    disconnect();
    m_reviewCopyDir = std::make_unique<QTemporaryDir>();
    const QString copy = m_reviewCopyDir->filePath(QStringLiteral("review.sqlite"));
    if (!m_reviewCopyDir->isValid() || !QFile::copy(file, copy)
        || (withWal && !QFile::copy(walFile(file), walFile(copy)))) {
        return Error::environment(QStringLiteral("store.review-copy-failed"),
            tr("A private copy of %1 could not be made for review (the temporary folder is full or not "
               "writable). "
               "Free some space and try again.")
                .arg(file));
    }
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    if (withWal) {
        QFile::setPermissions(walFile(copy), QFile::ReadOwner | QFile::WriteOwner);
    }
    if (Result<void> connected = connect(copy, {}); !connected) {
        return connected;
    }
    if (Result<void> checked = checkReviewedSchema(); !checked) {
        return checked;
    }
    return migrate(m_schemaVersion);
}

Result<void> Store::openForReview()
{
    const QString file = m_options.databasePath;
    const QFileInfo info(file);
    if (info.exists() && !info.isFile()) {
        return Error::environment(QStringLiteral("store.not-a-file"),
            tr("%1 is not a file. Name the database file to review.").arg(file));
    }
    if (!info.isFile()) {
        return Error::environment(QStringLiteral("store.not-found"),
            tr("The database %1 does not exist. Check the file name.").arg(file));
    }
    // A -wal file holds changes not yet in the main file, and a -shm file means another program may be
    // writing right now: in both cases the file alone is not the whole truth, so read a copy.
    const bool hasWal = QFileInfo(walFile(file)).size() > 0;
    const bool inUse = QFileInfo::exists(file + QStringLiteral("-shm"));
    if (hasWal || inUse) {
        if (Result<void> copied = openReviewCopy(hasWal); !copied) {
            return copied;
        }
        return m_dialect->forbidWrites(database());
    }
    // immutable=1: SQLite takes no locks and creates no -wal or -shm file, so the file stays byte-identical.
    QUrl url = QUrl::fromLocalFile(info.absoluteFilePath());
    url.setQuery(QStringLiteral("mode=ro&immutable=1"));
    if (Result<void> connected
        = connect(url.toString(QUrl::FullyEncoded), QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        !connected) {
        return connected;
    }
    if (Result<void> checked = checkReviewedSchema(); !checked) {
        return checked;
    }
    if (m_schemaVersion < Migrations::latestVersion()) {
        if (Result<void> copied = openReviewCopy(false); !copied) {
            return copied;
        }
    }
    return m_dialect->forbidWrites(database());
}

Result<void> Store::openServerForWriting()
{
    if (Result<void> connected = connect(m_server->databaseName(), {}); !connected) {
        return connected;
    }
    return bringUpToDate();
}

Result<void> Store::openServerForReview()
{
    // The session refuses every write: each statement of the review runs in a read-only transaction, and so
    // does every transaction a reader opens (beginReadTransaction() for one consistent view over several
    // queries). Not one long transaction for the store's lifetime: on a server other admins share, it would
    // hold back vacuum for as long as a review window stays open, and the first failed statement would
    // leave every later read failing until it was rolled back.
    if (Result<void> connected = connect(m_server->databaseName(), {}); !connected) {
        return connected;
    }
    if (Result<void> forbidden = m_dialect->forbidWrites(database()); !forbidden) {
        return forbidden;
    }
    for (const QString& statement : m_dialect->beginReadTransaction()) {
        if (Result<QSqlQuery> begun = exec(statement); !begun) {
            return begun.error();
        }
    }
    if (Result<void> checked = checkReviewedSchema(); !checked) {
        return checked;
    }
    if (Result<QSqlQuery> ended = exec(QStringLiteral("COMMIT")); !ended) {
        return ended.error();
    }
    if (m_schemaVersion < Migrations::latestVersion()) {
        // A file is migrated in a private copy; a server's database cannot be copied, and review writes
        // nothing.
        return Error::environment(QStringLiteral("store.review-older-schema"),
            QCoreApplication::translate("sia::Store",
                "The database %1 has schema version %2, older than this SIA Admin's %3, and a review "
                "changes nothing, so it cannot bring it up to date. Open it once without --review (or let "
                "an admin with the older version upgrade), then review it.")
                .arg(m_databaseName)
                .arg(m_schemaVersion)
                .arg(Migrations::latestVersion()));
    }
    return {};
}

} // namespace sia
