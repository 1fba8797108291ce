#include "store/migrations.h"

namespace sia {

namespace {

// Conventions: timestamps are ISO 8601 UTC text with milliseconds ("2026-11-25T16:29:59.123Z"); actor
// columns hold a display name (an Actions user's email, or the OS user for local admins); JSON columns
// hold structured details that are only ever read, never queried into.

Migration setupAndAudit()
{
    return { 1, QStringLiteral("instance, setup plan, prerequisites, audit log, settings"),
        {
            QStringLiteral("CREATE TABLE instance ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " name TEXT NOT NULL,"
                           " marketo_munchkin_id TEXT,"
                           " marketo_rest_url TEXT,"
                           " marketo_identity_url TEXT,"
                           " marketo_client_id TEXT," // the client ID is not a secret; the client secret is
                                                      // in the keychain
                           " salesforce_login_host TEXT,"
                           " salesforce_instance_url TEXT,"
                           " salesforce_org_id TEXT,"
                           " salesforce_org_name TEXT,"
                           " salesforce_edition TEXT,"
                           " salesforce_api_enabled {{bool}},"
                           " salesforce_username TEXT,"
                           " created_at {{timestamp}} NOT NULL,"
                           " created_by TEXT NOT NULL,"
                           " activated_at {{timestamp}})"),
            QStringLiteral("CREATE TABLE setup_steps ("
                           " step INTEGER PRIMARY KEY CHECK (step BETWEEN 1 AND 7),"
                           " status TEXT NOT NULL CHECK (status IN"
                           "  ('not-started','in-progress','done','blocked','skipped')),"
                           " reason TEXT,"
                           " owner TEXT,"
                           " changed_by TEXT NOT NULL,"
                           " changed_at {{timestamp}} NOT NULL)"),
            QStringLiteral("CREATE TABLE setup_step_history ("
                           " id {{pk}},"
                           " step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 7),"
                           " from_status TEXT NOT NULL,"
                           " to_status TEXT NOT NULL,"
                           " reason TEXT,"
                           " changed_by TEXT NOT NULL,"
                           " changed_at {{timestamp}} NOT NULL)"),
            QStringLiteral("CREATE INDEX setup_step_history_by_step ON setup_step_history (step, id)"),
            QStringLiteral("CREATE TABLE prerequisites ("
                           " key TEXT PRIMARY KEY,"
                           " confirmed {{bool}} NOT NULL DEFAULT {{false}},"
                           " note TEXT,"
                           " changed_by TEXT NOT NULL,"
                           " changed_at {{timestamp}} NOT NULL)"),
            QStringLiteral("CREATE TABLE audit_log ("
                           " id {{pk}},"
                           " at {{timestamp}} NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " action TEXT NOT NULL,"
                           " subject TEXT NOT NULL,"
                           " details {{json}})"),
            QStringLiteral("CREATE INDEX audit_log_by_time ON audit_log (at)"),
            // Typed key/value settings. user_id 0 means instance-wide; otherwise the Actions user's id.
            QStringLiteral("CREATE TABLE settings ("
                           " user_id INTEGER NOT NULL DEFAULT 0,"
                           " key TEXT NOT NULL,"
                           " type TEXT NOT NULL CHECK (type IN ('bool','int','text','json','datetime')),"
                           " value TEXT,"
                           " updated_by TEXT NOT NULL,"
                           " updated_at {{timestamp}} NOT NULL,"
                           " PRIMARY KEY (user_id, key))"),
        } };
}

Migration usersAndTeams()
{
    return { 2, QStringLiteral("users, teams, team membership, invitations"),
        {
            QStringLiteral(
                "CREATE TABLE users ("
                " id {{pk}},"
                " email TEXT NOT NULL {{nocase}} UNIQUE,"
                " first_name TEXT,"
                " last_name TEXT,"
                " role TEXT NOT NULL DEFAULT 'user' CHECK (role IN ('admin','user')),"
                " status TEXT NOT NULL DEFAULT 'invited' CHECK (status IN ('invited','active','removed')),"
                " is_original {{bool}} NOT NULL DEFAULT {{false}}," // the first invited user (SPEC step 1 and
                                                                    // 4)
                " marketo_user_id TEXT,"
                " salesforce_user_id TEXT,"
                " created_at {{timestamp}} NOT NULL,"
                " removed_at {{timestamp}})"),
            // At most one original user.
            QStringLiteral(
                "CREATE UNIQUE INDEX users_one_original ON users (is_original) WHERE is_original = {{true}}"),
            QStringLiteral("CREATE TABLE teams ("
                           " id {{pk}},"
                           " name TEXT NOT NULL {{nocase}} UNIQUE,"
                           " is_default {{bool}} NOT NULL DEFAULT {{false}},"
                           " created_at {{timestamp}} NOT NULL)"),
            QStringLiteral(
                "CREATE UNIQUE INDEX teams_one_default ON teams (is_default) WHERE is_default = {{true}}"),
            QStringLiteral("CREATE TABLE team_members ("
                           " team_id INTEGER NOT NULL REFERENCES teams (id) ON DELETE CASCADE,"
                           " user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
                           " joined_at {{timestamp}} NOT NULL,"
                           " PRIMARY KEY (team_id, user_id))"),
            QStringLiteral("CREATE TABLE invitations ("
                           " id {{pk}},"
                           " user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
                           " email TEXT NOT NULL,"
                           " source TEXT NOT NULL CHECK (source IN ('marketo-admin','single','csv')),"
                           " csv_batch TEXT,"
                           " status TEXT NOT NULL DEFAULT 'pending'"
                           "  CHECK (status IN ('pending','accepted','revoked','failed')),"
                           " invited_by TEXT NOT NULL,"
                           " invited_at {{timestamp}} NOT NULL,"
                           " answered_at {{timestamp}},"
                           " failure TEXT)"),
            QStringLiteral("CREATE INDEX invitations_by_user ON invitations (user_id)"),
            // Every new member joins Everyone (SPEC step 5): the team exists from the start.
            QStringLiteral("INSERT INTO teams (name, is_default, created_at)"
                           " VALUES ('Everyone', {{true}}, {{now}})"),
        } };
}

Migration peopleAndSync()
{
    return { 3, QStringLiteral("people and the people sync (runs, checkpoints, errors)"),
        {
            // Before people, which refers to it (PostgreSQL checks a reference when it is declared).
            QStringLiteral(
                "CREATE TABLE sync_runs ("
                " id {{pk}},"
                " kind TEXT NOT NULL CHECK (kind IN ('people-initial','people-incremental','tasks')),"
                " state TEXT NOT NULL CHECK (state IN"
                "  ('running','paused','completed','failed','cancelled','interrupted')),"
                " started_by TEXT NOT NULL,"
                " started_at {{timestamp}} NOT NULL,"
                " finished_at {{timestamp}},"
                " total INTEGER,"
                " processed INTEGER NOT NULL DEFAULT 0,"
                " created INTEGER NOT NULL DEFAULT 0,"
                " updated INTEGER NOT NULL DEFAULT 0,"
                " unchanged INTEGER NOT NULL DEFAULT 0,"
                " skipped INTEGER NOT NULL DEFAULT 0,"
                " failed INTEGER NOT NULL DEFAULT 0,"
                " message TEXT)"),
            // The 13 synced fields (SPEC section 4), eligibility and Marketo's source timestamps.
            QStringLiteral("CREATE TABLE people ("
                           " id {{pk}},"
                           " marketo_id INTEGER NOT NULL UNIQUE,"
                           " first_name TEXT,"
                           " last_name TEXT,"
                           " email TEXT,"
                           " company TEXT,"
                           " title TEXT,"
                           " phone TEXT,"
                           " linkedin_url TEXT,"
                           " source TEXT,"
                           " sfdc_lead_id TEXT,"
                           " sfdc_contact_id TEXT,"
                           " sfdc_account_id TEXT,"
                           " sfdc_opportunity_id TEXT,"
                           " sfdc_type TEXT," // Lead or Contact
                           " sales_owner_id TEXT," // the Salesforce lead or contact owner
                           " eligible {{bool}} NOT NULL DEFAULT {{true}},"
                           " ineligible_reason TEXT,"
                           " marketo_created_at {{timestamp}},"
                           " marketo_updated_at {{timestamp}},"
                           " content_hash TEXT," // of the synced fields: tells updated from unchanged
                           " synced_at {{timestamp}} NOT NULL,"
                           " sync_run_id INTEGER REFERENCES sync_runs (id))"),
            QStringLiteral("CREATE INDEX people_by_email ON people (email {{nocase}})"),
            QStringLiteral("CREATE INDEX people_by_sfdc_lead ON people (sfdc_lead_id)"),
            QStringLiteral("CREATE INDEX people_by_sfdc_contact ON people (sfdc_contact_id)"),
            // One row per resumable stream ("people.bulk", "people.leadchanges", "tasks.updated", ...):
            // the position is opaque to the store (an export id and offset, a paging token, a date).
            QStringLiteral("CREATE TABLE sync_checkpoints ("
                           " stream TEXT PRIMARY KEY,"
                           " run_id INTEGER REFERENCES sync_runs (id) ON DELETE SET NULL,"
                           " position {{json}} NOT NULL,"
                           " updated_at {{timestamp}} NOT NULL)"),
            QStringLiteral("CREATE TABLE sync_errors ("
                           " id {{pk}},"
                           " run_id INTEGER NOT NULL REFERENCES sync_runs (id) ON DELETE CASCADE,"
                           " at {{timestamp}} NOT NULL,"
                           " record_ref TEXT,"
                           " outcome TEXT NOT NULL CHECK (outcome IN ('skipped','failed')),"
                           " code TEXT NOT NULL,"
                           " message TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX sync_errors_by_run ON sync_errors (run_id)"),
        } };
}

Migration tasksAndActivities()
{
    return { 4, QStringLiteral("tasks and sales activities"),
        {
            QStringLiteral("CREATE TABLE tasks ("
                           " id {{pk}},"
                           " sfdc_id TEXT UNIQUE,"
                           " origin TEXT NOT NULL CHECK (origin IN ('actions','salesforce')),"
                           " subject TEXT NOT NULL,"
                           " due_date TEXT," // a date without time, as Salesforce's ActivityDate
                           " status TEXT NOT NULL DEFAULT 'Not Started',"
                           " priority TEXT NOT NULL DEFAULT 'Normal',"
                           " description TEXT,"
                           " subtype TEXT NOT NULL DEFAULT 'Task',"
                           " person_id INTEGER REFERENCES people (id) ON DELETE SET NULL,"
                           " who_id TEXT,"
                           " what_id TEXT,"
                           " owner_user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,"
                           " created_at {{timestamp}} NOT NULL,"
                           " updated_at {{timestamp}} NOT NULL,"
                           " sfdc_modified_at {{timestamp}},"
                           " deleted_at {{timestamp}},"
                           " pending_push {{bool}} NOT NULL DEFAULT {{false}})"),
            QStringLiteral("CREATE INDEX tasks_by_due_date ON tasks (due_date)"),
            QStringLiteral("CREATE TABLE sales_activities ("
                           " id {{pk}},"
                           " person_id INTEGER REFERENCES people (id) ON DELETE SET NULL,"
                           " user_id INTEGER REFERENCES users (id) ON DELETE SET NULL,"
                           " kind TEXT NOT NULL CHECK (kind IN ('send-sales-email','open-sales-email',"
                           "  'click-sales-email','sales-email-replied','sales-email-bounced','sales-call',"
                           "  'added-to-sales-campaign','removed-from-sales-campaign','unsubscribe')),"
                           " occurred_at {{timestamp}} NOT NULL,"
                           " subject TEXT,"
                           " details {{json}},"
                           " marketo_activity_type_id INTEGER,"
                           " marketo_logged_at {{timestamp}},"
                           " sfdc_task_id TEXT,"
                           " sfdc_logged_at {{timestamp}})"),
            QStringLiteral(
                "CREATE INDEX sales_activities_by_person ON sales_activities (person_id, occurred_at)"),
        } };
}

} // namespace

const QList<Migration>& Migrations::all()
{
    static const QList<Migration> migrations { setupAndAudit(), usersAndTeams(), peopleAndSync(),
        tasksAndActivities() };
    return migrations;
}

int Migrations::latestVersion()
{
    return all().constLast().version;
}

} // namespace sia
