// The schema carries what SPEC describes and what the next issues query: every listed query finds its
// index, the unique keys hold (and only where they should), value lists take a new value without a table
// rebuild, connection details have one home, and every statement is written in the dialect's tokens.
//
// Most checks are plain SQL and hold on every backend. What needs the backend's catalogue or planner goes
// through SchemaProbe: SQLite's pragmas and EXPLAIN QUERY PLAN, or PostgreSQL's catalogue,
// information_schema.columns and EXPLAIN (with sequential scans off: the test tables are tiny, and on them
// the planner rightly prefers reading the table to any index).
#include "connections/connectionservice.h"
#include "settings/settingdefinition.h"
#include "setup/stepstatus.h"
#include "store/migrations.h"
#include "store/store.h"
#include "storetesthelpers.h"
#include "sync/syncvocabulary.h"
#include "tasks/taskorigin.h"
#include "users/userdirectory.h"
#include "users/uservocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace sia;
using namespace sia::test;

namespace {

const QString someTime = QStringLiteral("2026-01-02T03:04:05.678Z");

// What a test needs to ask of the backend's catalogue and query planner.
class SchemaProbe
{
public:
    virtual ~SchemaProbe() = default;
    // index name → whether it is unique
    virtual QMap<QString, bool> indexesOf(const QString& table) const = 0;
    virtual QStringList columnsOf(const QString& table) const = 0;
    // Whether the backend's plan for sql (with its bindings) reads through the named index: seeking into it
    // by the query's condition, or (for a small partial index that is the queue itself) reading all of it.
    enum class IndexUse
    {
        Seek,
        WholeIndex
    };
    virtual Result<bool> planUsesIndex(
        const QString& sql, const QVariantMap& bindings, const QString& index, IndexUse use) const = 0;
};

// --- SQLite ------------------------------------------------------------------------------------------
class SqliteSchemaProbe final : public SchemaProbe
{
public:
    explicit SqliteSchemaProbe(const Store& store)
        : m_store(store)
    { }

    QMap<QString, bool> indexesOf(const QString& table) const override
    {
        QMap<QString, bool> indexes;
        Result<QSqlQuery> query
            = m_store.exec(QStringLiteral("SELECT name, \"unique\" FROM pragma_index_list(:table)"),
                { { QStringLiteral("table"), table } });
        while (query && query->next()) {
            indexes.insert(query->value(0).toString(), query->value(1).toInt() != 0);
        }
        return indexes;
    }

    QStringList columnsOf(const QString& table) const override
    {
        QStringList columns;
        Result<QSqlQuery> query
            = m_store.exec(QStringLiteral("SELECT name FROM pragma_table_info(:table) ORDER BY cid"),
                { { QStringLiteral("table"), table } });
        while (query && query->next()) {
            columns << query->value(0).toString();
        }
        return columns;
    }

    Result<bool> planUsesIndex(
        const QString& sql, const QVariantMap& bindings, const QString& index, IndexUse use) const override
    {
        Result<QSqlQuery> plan = m_store.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql, bindings);
        if (!plan) {
            return plan.error();
        }
        // "SEARCH people USING INDEX people_by_email (email=?)" seeks; "SCAN people USING COVERING INDEX
        // people_by_email" reads the whole index, which is no better than reading the table.
        const QString verb = use == IndexUse::Seek ? QStringLiteral("SEARCH") : QStringLiteral("SCAN");
        const QRegularExpression usesIndex(QStringLiteral("^%1 \\w+ USING (COVERING )?INDEX %2\\b")
                                               .arg(verb, QRegularExpression::escape(index)));
        QStringList details;
        bool used = false;
        while (plan->next()) {
            details << plan->value(3).toString();
            used = used || usesIndex.match(details.constLast()).hasMatch();
        }
        if (!used) {
            qWarning().noquote() << "plan of" << sql << ":" << details.join(QStringLiteral("; "));
        }
        return used;
    }

private:
    const Store& m_store;
};
// --- end of SQLite -----------------------------------------------------------------------------------

// --- PostgreSQL --------------------------------------------------------------------------------------
class PostgresSchemaProbe final : public SchemaProbe
{
public:
    explicit PostgresSchemaProbe(const Store& store)
        : m_store(store)
    { }

    QMap<QString, bool> indexesOf(const QString& table) const override
    {
        QMap<QString, bool> indexes;
        Result<QSqlQuery> query = m_store.exec(
            QStringLiteral("SELECT i.relname, x.indisunique FROM pg_index x"
                           " JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid"
                           " WHERE t.relname = :table AND t.relnamespace = current_schema()::regnamespace"),
            { { QStringLiteral("table"), table } });
        while (query && query->next()) {
            indexes.insert(query->value(0).toString(), query->value(1).toBool());
        }
        return indexes;
    }

    QStringList columnsOf(const QString& table) const override
    {
        QStringList columns;
        Result<QSqlQuery> query = m_store.exec(
            QStringLiteral(
                "SELECT column_name FROM information_schema.columns"
                " WHERE table_schema = current_schema() AND table_name = :table ORDER BY ordinal_position"),
            { { QStringLiteral("table"), table } });
        while (query && query->next()) {
            columns << query->value(0).toString();
        }
        return columns;
    }

    Result<bool> planUsesIndex(
        const QString& sql, const QVariantMap& bindings, const QString& index, IndexUse use) const override
    {
        // EXPLAIN cannot be prepared with parameters (PostgreSQL 16's GENERIC_PLAN aside), so the test's
        // values go in as literals; they are the test's own.
        QString explained = sql;
        QStringList names = bindings.keys();
        std::sort(names.begin(), names.end(),
            [](const QString& a, const QString& b) { return a.size() > b.size(); });
        for (const QString& name : names) {
            const QVariant value = bindings.value(name);
            const QString literal = value.metaType().id() == QMetaType::QString
                ? QStringLiteral("'%1'").arg(value.toString().replace(QLatin1Char('\''), QLatin1String("''")))
                : value.toString();
            explained.replace(QLatin1Char(':') + name, literal);
        }
        // Only for this one statement: the session goes back to the planner's own choices afterwards.
        if (Result<QSqlQuery> off = m_store.exec(QStringLiteral("SET enable_seqscan = off")); !off) {
            return off.error();
        }
        Result<QSqlQuery> plan = m_store.exec(QStringLiteral("EXPLAIN (FORMAT JSON) ") + explained);
        QString planText;
        if (plan && plan->next()) {
            planText = plan->value(0).toString();
        }
        if (plan) {
            plan->finish();
        }
        if (Result<QSqlQuery> reset = m_store.exec(QStringLiteral("RESET enable_seqscan")); !reset) {
            return reset.error();
        }
        if (!plan) {
            return plan.error();
        }
        // A node reading the index seeks when it has an "Index Cond"; a partial index that is the queue
        // itself is read whole, with none.
        const QJsonArray document = QJsonDocument::fromJson(planText.toUtf8()).array();
        const bool used = !document.isEmpty()
            && usesIndex(document.first().toObject().value(QStringLiteral("Plan")).toObject(), index, use);
        if (!used) {
            qWarning().noquote() << "plan of" << explained << ":" << planText;
        }
        return used;
    }

private:
    static bool usesIndex(const QJsonObject& node, const QString& index, IndexUse use)
    {
        if (node.value(QStringLiteral("Index Name")).toString() == index
            && (use == IndexUse::WholeIndex || node.contains(QStringLiteral("Index Cond")))) {
            return true;
        }
        const QJsonArray children = node.value(QStringLiteral("Plans")).toArray();
        return std::any_of(children.begin(), children.end(),
            [&](const QJsonValue& child) { return usesIndex(child.toObject(), index, use); });
    }

    const Store& m_store;
};
// --- end of PostgreSQL -------------------------------------------------------------------------------

std::unique_ptr<SchemaProbe> probeFor(const Store& store)
{
    switch (store.dialect().backend()) {
    case SqlBackend::Sqlite:
        return std::make_unique<SqliteSchemaProbe>(store);
    case SqlBackend::Postgres:
        return std::make_unique<PostgresSchemaProbe>(store);
    }
    return nullptr;
}

// The test's statements name the time as %1 where they need one.
QString atSomeTime(const QString& sql)
{
    return sql.contains(QLatin1String("%1")) ? sql.arg(someTime) : sql;
}

QVariantMap binds(std::initializer_list<std::pair<const char*, QVariant>> values)
{
    QVariantMap map;
    for (const auto& [name, value] : values) {
        map.insert(QString::fromLatin1(name), value);
    }
    return map;
}

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void indexExists_data();
    void indexExists();
    void queryUsesItsIndex_data();
    void queryUsesItsIndex();

    void uniqueKeyHolds_data();
    void uniqueKeyHolds();
    void allowsWhatIsNotUnique_data();
    void allowsWhatIsNotUnique();
    void emailLookupIgnoresCase_data();
    void emailLookupIgnoresCase();

    void valueListTakesNewValue_data();
    void valueListTakesNewValue();
    void noValueListIsACheckConstraint();
    void newActivityTypeIsARow();
    void knownValuesAreAccepted();
    void vocabularyKeysRoundTrip();

    void peopleCarryWhatTheSyncWrites();
    void tasksCarryWhatTheTaskSyncNeeds();
    void connectionDetailsHaveOneHome();
    void everyoneTeamExistsFromTheStart();
    void newInvitationIsQueuedForDelivery();
    void activityTypesAreSeeded();

    void everyStatementIsWrittenInTokens_data();
    void everyStatementIsWrittenInTokens();

private:
    Result<QSqlQuery> run(const QString& sql, const QVariantMap& bindings = {}) const
    {
        return m_store->exec(m_store->dialect().expandTokens(sql), bindings);
    }
    bool seedParents(); // a user, a sync run and a person for rows that point at them

    std::unique_ptr<TestDatabase> m_database;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SchemaProbe> m_probe;
};

void TestSchema::init()
{
    m_database = std::make_unique<TestDatabase>();
    QVERIFY2(m_database->isValid(), m_database->problem().constData());
    Result<std::unique_ptr<Store>> opened = m_database->open();
    QVERIFY2(opened.ok(), failureText(opened).constData());
    m_store = std::move(opened.value());
    m_probe = probeFor(*m_store);
}

void TestSchema::cleanup()
{
    m_probe.reset();
    m_store.reset();
    m_database.reset();
}

bool TestSchema::seedParents()
{
    // Generated keys, not written ones: PostgreSQL's identity would hand out a written 1 again. On fresh
    // tables both backends generate 1, which the rows that point at them name.
    for (const QString& sql : { QStringLiteral("INSERT INTO users (email, created_at, created_by) VALUES "
                                               "('ada@example.com', '%1', 't') RETURNING id"),
             QStringLiteral("INSERT INTO sync_runs (kind, state, started_by, started_at)"
                            " VALUES ('people-initial', 'running', 't', '%1') RETURNING id"),
             QStringLiteral("INSERT INTO people (marketo_id, email, synced_at, sync_run_id)"
                            " VALUES (1001, 'first@example.com', '%1', 1) RETURNING id") }) {
        Result<QSqlQuery> done = run(sql.arg(someTime));
        if (!done || !done->next() || done->value(0).toLongLong() != 1) {
            qWarning() << sql << failureText(done);
            return false;
        }
        done->finish();
    }
    return true;
}

void TestSchema::indexExists_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("index");
    QTest::addColumn<bool>("unique");
    const auto row = [](const char* table, const char* index, bool unique) {
        QTest::newRow(index) << QString::fromLatin1(table) << QString::fromLatin1(index) << unique;
    };
    row("people", "people_by_marketo_id", true);
    row("people", "people_by_email", false);
    row("people", "people_by_sync_run", false);
    row("people", "people_by_sales_owner", false);
    row("people", "people_by_sfdc_lead", false);
    row("people", "people_by_sfdc_contact", false);
    row("tasks", "tasks_by_sfdc_task_id", true);
    row("tasks", "tasks_pending_push", false);
    row("tasks", "tasks_by_person", false);
    row("tasks", "tasks_by_owner_due_date", false);
    row("users", "users_by_email", true);
    row("users", "users_one_original", true);
    row("users", "users_by_salesforce_user", false);
    row("teams", "teams_by_name", true);
    row("teams", "teams_one_default", true);
    row("team_members", "team_members_by_user", false);
    row("invitations", "invitations_by_user_status", false);
    row("invitations", "invitations_by_status", false);
    row("invitations", "invitations_by_delivery", false);
    row("settings", "settings_instance_key", true);
    row("settings", "settings_user_key", true);
    row("audit_log", "audit_log_by_time", false);
    row("setup_step_history", "setup_step_history_by_step", false);
    row("sync_runs", "sync_runs_by_kind", false);
    row("sync_errors", "sync_errors_by_run", false);
    row("sales_activities", "sales_activities_by_person", false);
    row("sales_activities", "sales_activities_by_user", false);
    row("sales_activities", "sales_activities_to_log_in_marketo", false);
}

void TestSchema::indexExists()
{
    QFETCH(QString, table);
    QFETCH(QString, index);
    QFETCH(bool, unique);
    if (!m_probe) {
        QSKIP("No schema probe for this backend yet");
    }
    const QMap<QString, bool> indexes = m_probe->indexesOf(table);

    QVERIFY2(indexes.contains(index), qPrintable(QStringList(indexes.keys()).join(QStringLiteral(", "))));
    QCOMPARE(indexes.value(index), unique);
}

void TestSchema::queryUsesItsIndex_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariantMap>("bindings");
    QTest::addColumn<QString>("index");
    QTest::addColumn<bool>("wholeIndex"); // a partial index that is the queue itself, read whole
    // Rows written first, where an empty table leaves the planner no reason to prefer the index over
    // another one that also seeks (PostgreSQL's estimate of a never-analysed table shrinks as its rows
    // grow wider, down to one row for any equality).
    QTest::addColumn<QString>("seed");
    const auto row = [](const char* name, const char* sql, const QVariantMap& bindings, const char* index,
                         bool wholeIndex = false, const QString& seed = {}) {
        QTest::newRow(name) << QString::fromLatin1(sql) << bindings << QString::fromLatin1(index)
                            << wholeIndex << seed;
    };
    // 400 users with an invitation each, a third of them pending, and the statistics to say so.
    const QString usersWithInvitations = QStringLiteral(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)"
        " INSERT INTO users (email, created_at, created_by) SELECT 'u' || i || '@example.com', '%1', 't' "
        "FROM n;"
        "INSERT INTO invitations (user_id, email, source, status, invited_by, invited_at)"
        " SELECT id, email, 'single', CASE WHEN id % 3 = 0 THEN 'pending' ELSE 'accepted' END, 't', '%1'"
        " FROM users;"
        "ANALYZE invitations")
                                             .arg(someTime);
    row("people by Marketo ID", "SELECT id FROM people WHERE marketo_id = :id", binds({ { "id", 42 } }),
        "people_by_marketo_id");
    row("people by email", "SELECT id FROM people WHERE email = :email",
        binds({ { "email", QStringLiteral("a@example.com") } }), "people_by_email");
    row("people by sync run", "SELECT id FROM people WHERE sync_run_id = :run", binds({ { "run", 7 } }),
        "people_by_sync_run");
    row("people by sales owner", "SELECT id FROM people WHERE sales_owner_id = :owner",
        binds({ { "owner", QStringLiteral("005A") } }), "people_by_sales_owner");
    row("person of a Salesforce lead", "SELECT id FROM people WHERE sfdc_lead_id = :who",
        binds({ { "who", QStringLiteral("00QA") } }), "people_by_sfdc_lead");
    row("person of a Salesforce contact", "SELECT id FROM people WHERE sfdc_contact_id = :who",
        binds({ { "who", QStringLiteral("003A") } }), "people_by_sfdc_contact");
    row("task by Salesforce Task ID", "SELECT id FROM tasks WHERE sfdc_task_id = :id",
        binds({ { "id", QStringLiteral("00TA") } }), "tasks_by_sfdc_task_id");
    row("tasks pending push", "SELECT id FROM tasks WHERE pending_push ORDER BY updated_at", {},
        "tasks_pending_push", true);
    row("tasks of a person", "SELECT id FROM tasks WHERE person_id = :person", binds({ { "person", 1 } }),
        "tasks_by_person");
    row("a user's tasks of today and tomorrow",
        "SELECT id FROM tasks WHERE owner_user_id = :owner AND due_date BETWEEN :from AND :to ORDER BY "
        "due_date",
        binds({ { "owner", 1 }, { "from", QStringLiteral("2026-12-01") },
            { "to", QStringLiteral("2026-12-02") } }),
        "tasks_by_owner_due_date");
    row("user by email", "SELECT id FROM users WHERE email = :email",
        binds({ { "email", QStringLiteral("a@example.com") } }), "users_by_email");
    row("user of a Salesforce owner", "SELECT id FROM users WHERE salesforce_user_id = :owner",
        binds({ { "owner", QStringLiteral("005A") } }), "users_by_salesforce_user");
    row("a user's teams", "SELECT team_id FROM team_members WHERE user_id = :user", binds({ { "user", 1 } }),
        "team_members_by_user");
    row("a user's invitations in a status",
        "SELECT id FROM invitations WHERE user_id = :user AND status = :status",
        binds({ { "user", 1 }, { "status", QStringLiteral("pending") } }), "invitations_by_user_status",
        false, usersWithInvitations);
    row("pending invitations", "SELECT id FROM invitations WHERE status = :status ORDER BY invited_at",
        binds({ { "status", QStringLiteral("pending") } }), "invitations_by_status");
    row("invitations queued for delivery",
        "SELECT id FROM invitations WHERE delivery = :delivery ORDER BY id",
        binds({ { "delivery", QStringLiteral("queued") } }), "invitations_by_delivery");
    row("instance setting", "SELECT value FROM settings WHERE key = :key AND user_id IS NULL",
        binds({ { "key", QStringLiteral("smtp.host") } }), "settings_instance_key");
    row("user setting", "SELECT value FROM settings WHERE key = :key AND user_id = :user",
        binds({ { "key", QStringLiteral("tasks.sync") }, { "user", 1 } }), "settings_user_key");
    row("audit log between two times", "SELECT id FROM audit_log WHERE at >= :from AND at < :to ORDER BY at",
        binds({ { "from", someTime }, { "to", someTime } }), "audit_log_by_time");
    row("history of a step", "SELECT id FROM setup_step_history WHERE step = :step ORDER BY id DESC",
        binds({ { "step", 3 } }), "setup_step_history_by_step");
    row("last run of a kind", "SELECT id FROM sync_runs WHERE kind = :kind ORDER BY started_at DESC LIMIT 1",
        binds({ { "kind", QStringLiteral("people-initial") } }), "sync_runs_by_kind");
    row("errors of a run", "SELECT id FROM sync_errors WHERE run_id = :run ORDER BY id",
        binds({ { "run", 7 } }), "sync_errors_by_run");
    row("activity of a person",
        "SELECT id FROM sales_activities WHERE person_id = :person ORDER BY occurred_at DESC",
        binds({ { "person", 1 } }), "sales_activities_by_person");
    row("activity of a user",
        "SELECT id FROM sales_activities WHERE user_id = :user ORDER BY occurred_at DESC",
        binds({ { "user", 1 } }), "sales_activities_by_user");
    row("activity to log in Marketo",
        "SELECT id FROM sales_activities WHERE marketo_logged_at IS NULL ORDER BY occurred_at", {},
        "sales_activities_to_log_in_marketo", true);
}

void TestSchema::queryUsesItsIndex()
{
    QFETCH(QString, sql);
    QFETCH(QVariantMap, bindings);
    QFETCH(QString, index);
    QFETCH(bool, wholeIndex);
    QFETCH(QString, seed);
    if (!m_probe) {
        QSKIP("No schema probe for this backend yet");
    }
    for (const QString& statement : seed.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        Result<QSqlQuery> seeded = run(statement);
        QVERIFY2(seeded.ok(), failureText(seeded).constData());
    }
    // The query itself runs (a typo in the test would otherwise pass as "no index").
    Result<QSqlQuery> ran = run(sql, bindings);
    QVERIFY2(ran.ok(), failureText(ran).constData());

    Result<bool> used = m_probe->planUsesIndex(
        sql, bindings, index, wholeIndex ? SchemaProbe::IndexUse::WholeIndex : SchemaProbe::IndexUse::Seek);

    QVERIFY2(used.ok(), failureText(used).constData());
    QVERIFY(*used);
}

void TestSchema::uniqueKeyHolds_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    const auto row = [](const char* name, const char* table, const char* first, const char* second) {
        QTest::newRow(name) << QString::fromLatin1(table) << QString::fromLatin1(first)
                            << QString::fromLatin1(second);
    };
    row("Marketo ID", "people",
        "INSERT INTO people (marketo_id, email, synced_at) VALUES (42, 'a@example.com', '%1')",
        "INSERT INTO people (marketo_id, email, synced_at) VALUES (42, 'b@example.com', '%1')");
    row("Salesforce Task ID", "tasks",
        "INSERT INTO tasks (sfdc_task_id, origin, subject, created_at, updated_at)"
        " VALUES ('00T000000000001AAA', 'salesforce', 'Call', '%1', '%1')",
        "INSERT INTO tasks (sfdc_task_id, origin, subject, created_at, updated_at)"
        " VALUES ('00T000000000001AAA', 'actions', 'Email', '%1', '%1')");
    row("user email, whatever its case", "users",
        "INSERT INTO users (email, created_at, created_by) VALUES ('grace@example.com', '%1', 't')",
        "INSERT INTO users (email, created_at, created_by) VALUES ('GRACE@Example.COM', '%1', 't')");
    row("one original user", "users",
        "INSERT INTO users (email, is_original, created_at, created_by) VALUES ('a@example.com', {{true}}, "
        "'%1', 't')",
        "INSERT INTO users (email, is_original, created_at, created_by) VALUES ('b@example.com', {{true}}, "
        "'%1', 't')");
    row("team name, whatever its case", "teams", "SELECT 1",
        "INSERT INTO teams (name, created_at) VALUES ('EVERYONE', '%1')");
    row("one default team", "teams", "SELECT 1",
        "INSERT INTO teams (name, is_default, created_at) VALUES ('Sales', {{true}}, '%1')");
    row("one instance row", "instance",
        "INSERT INTO instance (id, name, created_at, created_by) VALUES (1, 'Acme', '%1', 't')",
        "INSERT INTO instance (id, name, created_at, created_by) VALUES (2, 'Other', '%1', 't')");
    row("seven steps", "setup_steps", "SELECT 1",
        "INSERT INTO setup_steps (step, status, changed_by, changed_at) VALUES (8, 'done', 't', '%1')");
    row("an instance setting once", "settings",
        "INSERT INTO settings (key, type, value, updated_by, updated_at) VALUES ('smtp.host', 'text', 'a', "
        "'t', '%1')",
        "INSERT INTO settings (key, type, value, updated_by, updated_at) VALUES ('smtp.host', 'text', 'b', "
        "'t', '%1')");
    row("a user's setting once", "settings",
        "INSERT INTO settings (key, user_id, type, value, updated_by, updated_at)"
        " VALUES ('tasks.sync', 1, 'text', 'off', 't', '%1')",
        "INSERT INTO settings (key, user_id, type, value, updated_by, updated_at)"
        " VALUES ('tasks.sync', 1, 'text', 'on', 't', '%1')");
    row("one connection per service", "connections", "INSERT INTO connections (service) VALUES ('marketo')",
        "INSERT INTO connections (service) VALUES ('marketo')");
    row("one checkpoint per stream", "sync_checkpoints",
        "INSERT INTO sync_checkpoints (stream, position, updated_at) VALUES ('people.bulk', '{}', '%1')",
        "INSERT INTO sync_checkpoints (stream, position, updated_at) VALUES ('people.bulk', '{}', '%1')");
}

void TestSchema::uniqueKeyHolds()
{
    QFETCH(QString, table);
    QFETCH(QString, first);
    QFETCH(QString, second);
    QVERIFY(seedParents());
    Result<QSqlQuery> allowed = run(atSomeTime(first));
    QVERIFY2(allowed.ok(), failureText(allowed).constData());
    const int before = rowCount(*m_store, table);

    Result<QSqlQuery> refused = run(atSomeTime(second));

    QVERIFY(!refused.ok());
    QCOMPARE(rowCount(*m_store, table), before);
}

void TestSchema::allowsWhatIsNotUnique_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<int>("rows");
    // Each statement is run twice. (INSERT … SELECT takes {{now}}: PostgreSQL reads a bare literal there as
    // text, not as a timestamp.)
    QTest::newRow("people sharing an email (SPEC: duplicates stay two records)")
        << QStringLiteral("people")
        << QStringLiteral("INSERT INTO people (marketo_id, email, synced_at)"
                          " SELECT COALESCE(MAX(marketo_id), 0) + 1, 'same@example.com', {{now}} FROM people")
        << 3;
    QTest::newRow("tasks not in Salesforce yet")
        << QStringLiteral("tasks")
        << QStringLiteral("INSERT INTO tasks (origin, subject, created_at, updated_at) VALUES ('actions', "
                          "'x', '%1', '%1')")
        << 2;
    QTest::newRow("users who are not the original")
        << QStringLiteral("users")
        << QStringLiteral("INSERT INTO users (email, created_at, created_by)"
                          " SELECT 'u' || COUNT(*) || '@example.com', {{now}}, 't' FROM users")
        << 3;
    QTest::newRow("the same key for the instance and for users")
        << QStringLiteral("settings")
        << QStringLiteral("INSERT INTO settings (key, user_id, type, value, updated_by, updated_at)"
                          " SELECT 'tasks.sync', CASE WHEN COUNT(*) = 0 THEN NULL ELSE 1 END, 'text', 'off', "
                          "'t', {{now}}"
                          " FROM settings")
        << 2;
}

void TestSchema::allowsWhatIsNotUnique()
{
    QFETCH(QString, table);
    QFETCH(QString, statement);
    QFETCH(int, rows);
    QVERIFY(seedParents());

    for (int i = 0; i < 2; ++i) {
        Result<QSqlQuery> done = run(atSomeTime(statement));
        QVERIFY2(done.ok(), failureText(done).constData());
    }

    QCOMPARE(rowCount(*m_store, table), rows);
}

void TestSchema::emailLookupIgnoresCase_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("people") << QStringLiteral("people");
    QTest::newRow("users") << QStringLiteral("users");
}

void TestSchema::emailLookupIgnoresCase()
{
    QFETCH(QString, table);
    QVERIFY(seedParents());
    const QString insert = table == QLatin1String("people")
        ? QStringLiteral(
            "INSERT INTO people (marketo_id, email, synced_at) VALUES (7, 'Grace.Hopper@Example.COM', '%1')")
        : QStringLiteral("INSERT INTO users (email, created_at, created_by) VALUES "
                         "('Grace.Hopper@Example.COM', '%1', 't')");
    Result<QSqlQuery> inserted = run(insert.arg(someTime));
    QVERIFY2(inserted.ok(), failureText(inserted).constData());

    const QVariant found = scalar(*m_store,
        QStringLiteral("SELECT COUNT(*) FROM %1 WHERE email = 'grace.hopper@example.com'").arg(table));

    QCOMPARE(found.toInt(), 1);
}

void TestSchema::valueListTakesNewValue_data()
{
    QTest::addColumn<QString>("statement");
    // A value no version knows today, in each list that will grow.
    QTest::newRow("a new role") << QStringLiteral("INSERT INTO users (email, role, created_at, created_by) "
                                                  "VALUES ('m@example.com', 'manager', '%1', 't')");
    QTest::newRow("a new user status")
        << QStringLiteral("INSERT INTO users (email, status, created_at, created_by) VALUES "
                          "('s@example.com', 'suspended', '%1', 't')");
    QTest::newRow("a new invitation status")
        << QStringLiteral("INSERT INTO invitations (user_id, email, source, status, invited_by, invited_at)"
                          " VALUES (1, 'ada@example.com', 'single', 'bounced', 't', '%1')");
    QTest::newRow("a new delivery state")
        << QStringLiteral("INSERT INTO invitations (user_id, email, source, invited_by, invited_at, delivery)"
                          " VALUES (1, 'ada@example.com', 'single', 't', '%1', 'bounced')");
    QTest::newRow("a new invitation source")
        << QStringLiteral("INSERT INTO invitations (user_id, email, source, invited_by, invited_at)"
                          " VALUES (1, 'ada@example.com', 'scim', 't', '%1')");
    QTest::newRow("a new sync kind") << QStringLiteral(
        "INSERT INTO sync_runs (kind, state, started_by, started_at) VALUES ('accounts', 'running', 't', "
        "'%1')");
    QTest::newRow("a new run state") << QStringLiteral(
        "INSERT INTO sync_runs (kind, state, started_by, started_at) VALUES ('tasks', 'throttled', 't', "
        "'%1')");
    QTest::newRow("a new error outcome")
        << QStringLiteral("INSERT INTO sync_errors (run_id, at, outcome, code, message)"
                          " VALUES (1, '%1', 'deferred', 'x', 'y')");
    QTest::newRow("a new task origin") << QStringLiteral(
        "INSERT INTO tasks (origin, subject, created_at, updated_at) VALUES ('csv-import', 'x', '%1', '%1')");
    QTest::newRow("a new setting type")
        << QStringLiteral("INSERT INTO settings (key, type, value, updated_by, updated_at) VALUES ('x.y', "
                          "'duration', 'P1D', 't', '%1')");
    QTest::newRow("a new step status") << QStringLiteral(
        "INSERT INTO setup_steps (step, status, changed_by, changed_at) VALUES (2, 'waiting', 't', '%1')");
    QTest::newRow("a new connection service") << QStringLiteral(
        "INSERT INTO connections (service, api_url) VALUES ('smtp', 'smtp://mail.example.com')");
}

void TestSchema::valueListTakesNewValue()
{
    QFETCH(QString, statement);
    QVERIFY(seedParents());

    Result<QSqlQuery> done = run(atSomeTime(statement));

    QVERIFY2(done.ok(), failureText(done).constData());
}

// The reason the lists above take a new value: none of them is a CHECK (x IN (…)), which SQLite could
// only change by rebuilding the table.
void TestSchema::noValueListIsACheckConstraint()
{
    static const QRegularExpression listCheck(QStringLiteral("CHECK\\s*\\(\\s*\\w+\\s+(NOT\\s+)?IN\\s*\\("),
        QRegularExpression::CaseInsensitiveOption);
    for (const Migration& migration : Migrations::all()) {
        for (const QString& statement : migration.statements) {
            QVERIFY2(!listCheck.match(statement).hasMatch(), qPrintable(statement));
        }
    }
}

// The one list kept as data: a new kind of sales activity is a row, and an activity of an unknown kind is
// refused by the foreign key.
void TestSchema::newActivityTypeIsARow()
{
    Result<QSqlQuery> unknown = run(
        QStringLiteral("INSERT INTO sales_activities (type, occurred_at) VALUES ('linkedin-message', '%1')")
            .arg(someTime));
    QVERIFY(!unknown.ok());

    Result<QSqlQuery> type
        = run(QStringLiteral("INSERT INTO sales_activity_types (key, logs_to_marketo, logs_to_salesforce)"
                             " VALUES ('linkedin-message', {{false}}, {{true}})"));
    QVERIFY2(type.ok(), failureText(type).constData());
    Result<QSqlQuery> activity = run(
        QStringLiteral("INSERT INTO sales_activities (type, occurred_at) VALUES ('linkedin-message', '%1')")
            .arg(someTime));
    QVERIFY2(activity.ok(), failureText(activity).constData());
    QCOMPARE(rowCount(*m_store, QStringLiteral("sales_activities")), 1);
}

// Every value core knows today can be written where it belongs.
void TestSchema::knownValuesAreAccepted()
{
    QVERIFY(seedParents());
    int email = 0;
    for (UserRole role : allValues<UserRole>()) {
        for (UserStatus status : allValues<UserStatus>()) {
            Result<QSqlQuery> done
                = run(QStringLiteral("INSERT INTO users (email, role, status, created_at, created_by)"
                                     " VALUES (:email, :role, :status, :at, 't')"),
                    { { QStringLiteral("email"), QStringLiteral("u%1@example.com").arg(++email) },
                        { QStringLiteral("role"), toKey(role) }, { QStringLiteral("status"), toKey(status) },
                        { QStringLiteral("at"), someTime } });
            QVERIFY2(done.ok(), failureText(done).constData());
        }
    }
    for (InvitationSource source : allValues<InvitationSource>()) {
        for (InvitationStatus status : allValues<InvitationStatus>()) {
            Result<QSqlQuery> done
                = run(QStringLiteral(
                          "INSERT INTO invitations (user_id, email, source, status, invited_by, invited_at)"
                          " VALUES (1, 'ada@example.com', :source, :status, 't', :at)"),
                    { { QStringLiteral("source"), toKey(source) },
                        { QStringLiteral("status"), toKey(status) }, { QStringLiteral("at"), someTime } });
            QVERIFY2(done.ok(), failureText(done).constData());
        }
    }
    for (DeliveryState delivery : allValues<DeliveryState>()) {
        Result<QSqlQuery> done
            = run(QStringLiteral(
                      "INSERT INTO invitations (user_id, email, source, invited_by, invited_at, delivery)"
                      " VALUES (1, 'ada@example.com', 'single', 't', :at, :delivery)"),
                { { QStringLiteral("delivery"), toKey(delivery) }, { QStringLiteral("at"), someTime } });
        QVERIFY2(done.ok(), failureText(done).constData());
    }
    for (SyncKind kind : allValues<SyncKind>()) {
        for (SyncRunState state : allValues<SyncRunState>()) {
            Result<QSqlQuery> done
                = run(QStringLiteral("INSERT INTO sync_runs (kind, state, started_by, started_at)"
                                     " VALUES (:kind, :state, 't', :at)"),
                    { { QStringLiteral("kind"), toKey(kind) }, { QStringLiteral("state"), toKey(state) },
                        { QStringLiteral("at"), someTime } });
            QVERIFY2(done.ok(), failureText(done).constData());
        }
    }
    for (TaskOrigin origin : allValues<TaskOrigin>()) {
        Result<QSqlQuery> done
            = run(QStringLiteral("INSERT INTO tasks (origin, subject, created_at, updated_at)"
                                 " VALUES (:origin, 'x', :at, :at)"),
                { { QStringLiteral("origin"), toKey(origin) }, { QStringLiteral("at"), someTime } });
        QVERIFY2(done.ok(), failureText(done).constData());
    }
    for (ConnectionService service : allValues<ConnectionService>()) {
        Result<QSqlQuery> done = run(QStringLiteral("INSERT INTO connections (service) VALUES (:service)"),
            { { QStringLiteral("service"), toKey(service) } });
        QVERIFY2(done.ok(), failureText(done).constData());
    }
}

void TestSchema::vocabularyKeysRoundTrip()
{
    const auto check = [](auto values) {
        QSet<QString> keys;
        for (auto value : values) {
            const QString key = toKey(value);
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
            QCOMPARE(fromKey<decltype(value)>(key), std::optional<decltype(value)>(value));
        }
        QCOMPARE(
            fromKey<typename decltype(values)::value_type>(QStringLiteral("no-such-value")), std::nullopt);
    };
    check(allValues<UserRole>());
    check(allValues<UserStatus>());
    check(allValues<InvitationStatus>());
    check(allValues<InvitationSource>());
    check(allValues<DeliveryState>());
    check(allValues<SyncKind>());
    check(allValues<SyncRunState>());
    check(allValues<SyncErrorOutcome>());
    check(allValues<TaskOrigin>());
    check(allValues<ConnectionService>());
    QCOMPARE(allValues<UserStatus>().size(), 4); // invited, active, revoked, expired (SPEC)
}

void TestSchema::peopleCarryWhatTheSyncWrites()
{
    QVERIFY(seedParents());
    // The 13 synced fields (SPEC section 4), then what the sync decides with and keeps.
    const QVariantMap person {
        { QStringLiteral("marketo_id"), qlonglong(5'000'000'000) }, // beyond 32 bits
        { QStringLiteral("first_name"), QStringLiteral("Grace") },
        { QStringLiteral("last_name"), QStringLiteral("Hopper") },
        { QStringLiteral("email"), QStringLiteral("grace@example.com") },
        { QStringLiteral("company"), QStringLiteral("Navy") },
        { QStringLiteral("title"), QStringLiteral("Rear Admiral") },
        { QStringLiteral("phone"), QStringLiteral("+1 555 0100") },
        { QStringLiteral("linkedin_url"), QStringLiteral("https://www.linkedin.com/in/grace") },
        { QStringLiteral("source"), QStringLiteral("Webinar") },
        { QStringLiteral("sfdc_lead_id"), QStringLiteral("00Q000000000001AAA") },
        { QStringLiteral("sfdc_contact_id"), QStringLiteral("003000000000001AAA") },
        { QStringLiteral("sfdc_account_id"), QStringLiteral("001000000000001AAA") },
        { QStringLiteral("sfdc_opportunity_id"), QStringLiteral("006000000000001AAA") },
        { QStringLiteral("sfdc_type"), QStringLiteral("Contact") },
        { QStringLiteral("sales_owner_id"), QStringLiteral("005000000000001AAA") },
        { QStringLiteral("sales_owner_email"), QStringLiteral("owner@example.com") },
        { QStringLiteral("eligible"), false },
        { QStringLiteral("ineligible_reason"), QStringLiteral("no-sales-owner") },
        { QStringLiteral("unsubscribed"), true },
        { QStringLiteral("marketo_created_at"), someTime },
        { QStringLiteral("marketo_updated_at"), someTime },
        { QStringLiteral("deleted_at"), someTime },
        { QStringLiteral("content_hash"), QStringLiteral("9f86d081884c7d65") },
        { QStringLiteral("synced_at"), someTime },
        { QStringLiteral("sync_run_id"), qlonglong(1) },
    };
    const QStringList columns = person.keys();
    QStringList placeholders;
    for (const QString& column : columns) {
        placeholders << QLatin1Char(':') + column;
    }
    Result<QSqlQuery> inserted
        = run(QStringLiteral("INSERT INTO people (%1) VALUES (%2) RETURNING id")
                  .arg(columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))),
            person);
    QVERIFY2(inserted.ok(), failureText(inserted).constData());
    QVERIFY(inserted->next());
    const qlonglong id = inserted->value(0).toLongLong();
    inserted->finish();

    Result<QSqlQuery> read
        = run(QStringLiteral("SELECT %1 FROM people WHERE id = :id").arg(columns.join(QStringLiteral(", "))),
            { { QStringLiteral("id"), id } });
    QVERIFY2(read.ok(), failureText(read).constData());
    QVERIFY(read->next());
    for (int i = 0; i < columns.size(); ++i) {
        const QVariant expected = person.value(columns.at(i));
        const QVariant actual = read->value(i);
        if (columns.at(i).endsWith(QLatin1String("_at"))) {
            QCOMPARE(m_store->dialect().timestampFrom(actual), m_store->dialect().timestampFrom(expected));
        } else if (expected.metaType().id() == QMetaType::Bool) {
            QCOMPARE(actual.toBool(), expected.toBool());
        } else {
            QCOMPARE(actual.toString(), expected.toString());
        }
    }
}

void TestSchema::tasksCarryWhatTheTaskSyncNeeds()
{
    QVERIFY(seedParents());
    const QStringList needed { QStringLiteral("sfdc_task_id"), QStringLiteral("origin"),
        QStringLiteral("due_date"), QStringLiteral("is_closed"), QStringLiteral("is_reminder"),
        QStringLiteral("remind_at"), QStringLiteral("person_id"), QStringLiteral("who_id"),
        QStringLiteral("what_id"), QStringLiteral("owner_user_id"), QStringLiteral("sfdc_owner_id"),
        QStringLiteral("updated_at"), QStringLiteral("sfdc_modified_at"), QStringLiteral("synced_at"),
        QStringLiteral("pending_push"), QStringLiteral("deleted_at"), QStringLiteral("sfdc_deleted_at") };
    Result<QSqlQuery> inserted = run(
        QStringLiteral(
            "INSERT INTO tasks (sfdc_task_id, origin, subject, due_date, is_reminder, remind_at, person_id,"
            " owner_user_id, created_at, updated_at, sfdc_modified_at, synced_at, pending_push)"
            " VALUES ('00T000000000001AAA', 'actions', 'Follow up', '2026-12-02', {{true}}, :at, 1, 1,"
            " :at, :at, :at, :at, :push) RETURNING id"),
        { { QStringLiteral("at"), someTime }, { QStringLiteral("push"), true } });
    QVERIFY2(inserted.ok(), failureText(inserted).constData());
    QVERIFY(inserted->next());
    inserted->finish();

    Result<QSqlQuery> read = run(
        QStringLiteral("SELECT %1 FROM tasks WHERE pending_push").arg(needed.join(QStringLiteral(", "))));
    QVERIFY2(read.ok(), failureText(read).constData());
    QVERIFY(read->next());
    QCOMPARE(read->value(0).toString(), QStringLiteral("00T000000000001AAA"));
    QCOMPARE(read->value(4).toBool(), true); // is_reminder
    QCOMPARE(m_store->dialect().timestampFrom(read->value(5)), m_store->dialect().timestampFrom(someTime));
}

// Today's decision: the connections table, one row per service. The instance row holds only the
// instance, and no setting holds what a connection row holds.
void TestSchema::connectionDetailsHaveOneHome()
{
    if (!m_probe) {
        QSKIP("No schema probe for this backend yet");
    }
    QCOMPARE(m_probe->columnsOf(QStringLiteral("instance")),
        QStringList({ QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("created_at"),
            QStringLiteral("created_by"), QStringLiteral("activated_at") }));
    const QStringList connection = m_probe->columnsOf(QStringLiteral("connections"));
    for (const char* column : { "service", "api_url", "auth_url", "client_id", "account_id", "username" }) {
        QVERIFY2(connection.contains(QString::fromLatin1(column)), column);
    }
    for (SettingKey key : allSettingKeys()) {
        const QString name = settingDefinition(key).name;
        QVERIFY2(!name.startsWith(QLatin1String("marketo.")), qPrintable(name));
        QVERIFY2(!name.contains(QLatin1String("instance-url")) && !name.contains(QLatin1String("rest-url")),
            qPrintable(name));
    }
}

void TestSchema::everyoneTeamExistsFromTheStart()
{
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT name FROM teams WHERE is_default")).toString(),
        QStringLiteral("Everyone"));
    QCOMPARE(rowCount(*m_store, QStringLiteral("teams")), 1);
}

// Migration 8: an invitation recorded without a word about its email is queued, never tried yet.
void TestSchema::newInvitationIsQueuedForDelivery()
{
    QVERIFY(seedParents());
    Result<QSqlQuery> done
        = run(QStringLiteral("INSERT INTO invitations (user_id, email, source, invited_by, invited_at)"
                             " VALUES (1, 'ada@example.com', 'single', 't', '%1')")
                  .arg(someTime));
    QVERIFY2(done.ok(), failureText(done).constData());

    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT delivery FROM invitations")).toString(),
        toKey(DeliveryState::Queued));
    QCOMPARE(scalar(*m_store, QStringLiteral("SELECT delivery_attempts FROM invitations")).toInt(), 0);
    QVERIFY(scalar(*m_store, QStringLiteral("SELECT delivered_at FROM invitations")).isNull());
}

void TestSchema::activityTypesAreSeeded()
{
    QCOMPARE(rowCount(*m_store, QStringLiteral("sales_activity_types")), 9);
    // SPEC section 5: sales email reaches both; an unsubscribe only Salesforce.
    QCOMPARE(scalar(*m_store,
                 QStringLiteral(
                     "SELECT COUNT(*) FROM sales_activity_types WHERE logs_to_marketo AND logs_to_salesforce"
                     " AND key = 'send-sales-email'"))
                 .toInt(),
        1);
    QCOMPARE(scalar(*m_store,
                 QStringLiteral("SELECT COUNT(*) FROM sales_activity_types WHERE NOT logs_to_marketo"
                                " AND key = 'unsubscribe'"))
                 .toInt(),
        1);
    QCOMPARE(
        scalar(*m_store, QStringLiteral("SELECT COUNT(*) FROM sales_activity_types WHERE logs_to_marketo"))
            .toInt(),
        8);
}

void TestSchema::everyStatementIsWrittenInTokens_data()
{
    QTest::addColumn<QString>("statement");
    for (const Migration& migration : Migrations::all()) {
        int number = 0;
        for (const QString& statement : migration.statements) {
            QTest::addRow("migration %d, statement %d", migration.version, ++number) << statement;
        }
    }
}

// So that the same migrations run on PostgreSQL: generated keys without AUTOINCREMENT, booleans with their
// tokens (never 0 and 1), key columns 64-bit, and nothing left unexpanded.
void TestSchema::everyStatementIsWrittenInTokens()
{
    QFETCH(QString, statement);
    const QString expanded = m_store->dialect().expandTokens(statement);
    QVERIFY2(!expanded.contains(QLatin1String("{{")), qPrintable(expanded));
    QVERIFY(!statement.contains(QLatin1String("AUTOINCREMENT"), Qt::CaseInsensitive));
    static const QRegularExpression boolAsNumber(QStringLiteral("\\{\\{bool\\}\\}[^,)]*DEFAULT\\s+[01]\\b"));
    QVERIFY2(!boolAsNumber.match(statement).hasMatch(), qPrintable(statement));
    static const QRegularExpression comparedToNumber(QStringLiteral("WHERE\\s+\\w+\\s*=\\s*[01]\\b"));
    QVERIFY2(!comparedToNumber.match(statement).hasMatch(), qPrintable(statement));
    // A column that holds a key is {{id}}: INTEGER is 32-bit on PostgreSQL.
    static const QRegularExpression narrowReference(QStringLiteral("\\bINTEGER\\b[^,]*\\bREFERENCES\\b"));
    QVERIFY2(!narrowReference.match(statement).hasMatch(), qPrintable(statement));
    // PostgreSQL takes a collation right after the type only.
    static const QRegularExpression lateCollation(QStringLiteral("NOT NULL\\s+\\{\\{nocase\\}\\}"));
    QVERIFY2(!lateCollation.match(statement).hasMatch(), qPrintable(statement));
}

QTEST_GUILESS_MAIN(TestSchema)
#include "testschema.moc"
