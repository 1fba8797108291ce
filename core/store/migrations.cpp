#include "store/migrations.h"

namespace sia {

namespace {

// Conventions (every statement runs on SQLite and PostgreSQL; the tokens are SqlDialect's):
// - Keys are "id {{pk}}" (no AUTOINCREMENT); a column that holds a key is {{id}} (64-bit on both).
// - Points in time are {{timestamp}}; a calendar date without a time (Salesforce's ActivityDate) is ISO
//   text "YYYY-MM-DD", which orders correctly (the contract has no date token).
// - Booleans are {{bool}} with {{true}}/{{false}} defaults; a partial index tests the column itself
//   ("WHERE pending_push"), the one form both backends read as a boolean test.
// - {{nocase}} follows the column's type (PostgreSQL puts a collation there and only there).
// - Value lists that grow (statuses, roles, kinds, origins, sources, setting types) are plain TEXT
//   columns holding the keys of a core enum (common/enumkeys.h says why); the one list that is data rather
//   than code, the sales activity types, is a reference table. Only fixed facts are CHECKs: seven steps,
//   one instance row.
// - Actor columns hold a display name (an Actions user's email, or the OS user for local admins); {{json}}
//   columns hold details that are only ever read whole, never queried into.
// - A table is created before any table whose foreign keys name it (PostgreSQL checks at once).

Migration setupAndAudit()
{
    return { 1, QStringLiteral("instance, connections, setup plan, prerequisites, audit log"),
        {
            // The Actions instance itself (SPEC step 1). activated_at: when the first user was invited.
            QStringLiteral("CREATE TABLE instance ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " name TEXT NOT NULL,"
                           " created_at {{timestamp}} NOT NULL,"
                           " created_by TEXT NOT NULL,"
                           " activated_at {{timestamp}})"),
            // The one home of a connection's details (SPEC steps 2 and 3): one row per service, keyed by
            // ConnectionService. Nothing secret: the Marketo client secret and the Salesforce refresh token
            // live in the OS keychain. The columns mean, for Marketo / for Salesforce:
            //   api_url       the REST endpoint            / the instance_url returned at login
            //   auth_url      the identity endpoint        / the login host or My Domain
            //   client_id     the custom service client ID / the connected app's consumer key
            //   account_id    the Munchkin ID              / the organization ID
            //   username      the API user (token scope)   / the connected user's username
            // and the rest is Salesforce's: the org's name, edition, sandbox flag, API access, user ID.
            QStringLiteral(
                "CREATE TABLE connections ("
                " service TEXT PRIMARY KEY,"
                " api_url TEXT,"
                " auth_url TEXT,"
                " client_id TEXT,"
                " account_id TEXT,"
                " account_name TEXT,"
                " edition TEXT,"
                " is_sandbox {{bool}},"
                " api_enabled {{bool}},"
                " username TEXT,"
                " remote_user_id TEXT,"
                " connected_by TEXT,"
                " connected_at {{timestamp}},"
                " verified_at {{timestamp}}," // the last Test connection that passed
                " last_check {{json}})"), // the named checks of the last test, each with its outcome

            // status: a StepStatus key (setup/stepstatus.h).
            QStringLiteral("CREATE TABLE setup_steps ("
                           " step INTEGER PRIMARY KEY CHECK (step BETWEEN 1 AND 7),"
                           " status TEXT NOT NULL,"
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
            // A step's history, newest first.
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
                           // A stable key ("step.done", "setting.changed", ...) and its arguments (the
                           // step, the statuses, the reason ...): no sentence is stored, the review words
                           // an entry in the reader's language (review/auditcatalogue.h).
                           " action TEXT NOT NULL,"
                           " details {{json}})"),
            // The review's log between two points in time.
            QStringLiteral("CREATE INDEX audit_log_by_time ON audit_log (at)"),
        } };
}

Migration usersTeamsAndSettings()
{
    return { 2, QStringLiteral("users, teams, team membership, invitations, settings"),
        {
            // role: a UserRole key; status: a UserStatus key (users/uservocabulary.h). A revoked user
            // keeps the row, so that history and tasks keep naming them.
            QStringLiteral(
                "CREATE TABLE users ("
                " id {{pk}},"
                " email TEXT {{nocase}} NOT NULL,"
                " first_name TEXT,"
                " last_name TEXT,"
                " role TEXT NOT NULL DEFAULT 'user',"
                " status TEXT NOT NULL DEFAULT 'invited',"
                " is_original {{bool}} NOT NULL DEFAULT {{false}}," // the first invited (SPEC 1, 4)
                " marketo_user_id TEXT,"
                " salesforce_user_id TEXT,"
                " created_at {{timestamp}} NOT NULL,"
                " created_by TEXT NOT NULL,"
                " status_changed_at {{timestamp}},"
                " status_changed_by TEXT)"),
            // One user per email, whatever its case.
            QStringLiteral("CREATE UNIQUE INDEX users_by_email ON users (email)"),
            // At most one original user.
            QStringLiteral("CREATE UNIQUE INDEX users_one_original ON users (is_original) WHERE is_original"),
            // A Salesforce task's OwnerId to the Actions user who owns it.
            QStringLiteral("CREATE INDEX users_by_salesforce_user ON users (salesforce_user_id)"),
            QStringLiteral("CREATE TABLE teams ("
                           " id {{pk}},"
                           " name TEXT {{nocase}} NOT NULL,"
                           " is_default {{bool}} NOT NULL DEFAULT {{false}},"
                           " created_at {{timestamp}} NOT NULL)"),
            QStringLiteral("CREATE UNIQUE INDEX teams_by_name ON teams (name)"),
            QStringLiteral("CREATE UNIQUE INDEX teams_one_default ON teams (is_default) WHERE is_default"),
            QStringLiteral("CREATE TABLE team_members ("
                           " team_id {{id}} NOT NULL REFERENCES teams (id) ON DELETE CASCADE,"
                           " user_id {{id}} NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
                           " joined_at {{timestamp}} NOT NULL,"
                           " PRIMARY KEY (team_id, user_id))"),
            // A user's teams (the primary key serves a team's members).
            QStringLiteral("CREATE INDEX team_members_by_user ON team_members (user_id)"),
            // source: an InvitationSource key; status: an InvitationStatus key.
            QStringLiteral("CREATE TABLE invitations ("
                           " id {{pk}},"
                           " user_id {{id}} NOT NULL REFERENCES users (id) ON DELETE CASCADE,"
                           " email TEXT {{nocase}} NOT NULL," // the address it was sent to
                           " source TEXT NOT NULL,"
                           " csv_file TEXT," // the CSV file's name, for invitations from one
                           " csv_row INTEGER,"
                           " status TEXT NOT NULL DEFAULT 'pending',"
                           " invited_by TEXT NOT NULL,"
                           " invited_at {{timestamp}} NOT NULL,"
                           " expires_at {{timestamp}},"
                           " answered_at {{timestamp}},"
                           " failure TEXT)"),
            // A user's invitations in a given status (is one still pending?), and all pending ones.
            QStringLiteral("CREATE INDEX invitations_by_user_status ON invitations (user_id, status)"),
            QStringLiteral("CREATE INDEX invitations_by_status ON invitations (status, invited_at)"),
            // Every new member joins Everyone (SPEC step 5): the team exists from the start.
            QStringLiteral(
                "INSERT INTO teams (name, is_default, created_at) VALUES ('Everyone', {{true}}, {{now}})"),
            // Typed values (settings/settingdefinition.h declares every key with its type, scope and
            // default). user_id is NULL for the instance's value, else the user's own (who may override
            // only where the key allows it). type: a SettingType key, stored so that the review can show a
            // setting this build does not know. The two partial unique indexes are the upsert targets.
            QStringLiteral("CREATE TABLE settings ("
                           " id {{pk}},"
                           " key TEXT NOT NULL,"
                           " user_id {{id}} REFERENCES users (id) ON DELETE CASCADE,"
                           " type TEXT NOT NULL,"
                           " value TEXT,"
                           " updated_by TEXT NOT NULL,"
                           " updated_at {{timestamp}} NOT NULL)"),
            QStringLiteral(
                "CREATE UNIQUE INDEX settings_instance_key ON settings (key) WHERE user_id IS NULL"),
            QStringLiteral(
                "CREATE UNIQUE INDEX settings_user_key ON settings (user_id, key) WHERE user_id IS NOT NULL"),
        } };
}

Migration peopleAndSync()
{
    return { 3, QStringLiteral("people and the people sync (runs, checkpoints, errors)"),
        {
            // kind: a SyncKind key; state: a SyncRunState key (sync/syncvocabulary.h). The counters are
            // {{id}}: a million-person run overflows nothing.
            QStringLiteral("CREATE TABLE sync_runs ("
                           " id {{pk}},"
                           " kind TEXT NOT NULL,"
                           " state TEXT NOT NULL,"
                           " started_by TEXT NOT NULL,"
                           " started_at {{timestamp}} NOT NULL,"
                           " finished_at {{timestamp}},"
                           " total {{id}},"
                           " processed {{id}} NOT NULL DEFAULT 0,"
                           " created {{id}} NOT NULL DEFAULT 0,"
                           " updated {{id}} NOT NULL DEFAULT 0,"
                           " unchanged {{id}} NOT NULL DEFAULT 0,"
                           " deleted {{id}} NOT NULL DEFAULT 0,"
                           " skipped {{id}} NOT NULL DEFAULT 0,"
                           " failed {{id}} NOT NULL DEFAULT 0,"
                           " message TEXT)"),
            // The last run of a kind, and a kind's history.
            QStringLiteral("CREATE INDEX sync_runs_by_kind ON sync_runs (kind, started_at)"),
            // One row per resumable stream ("people.bulk", "people.leadchanges", "tasks.updated", ...):
            // the position is opaque to the store (an export id and offset, a paging token, a date).
            QStringLiteral("CREATE TABLE sync_checkpoints ("
                           " stream TEXT PRIMARY KEY,"
                           " run_id {{id}} REFERENCES sync_runs (id) ON DELETE SET NULL,"
                           " position {{json}} NOT NULL,"
                           " updated_at {{timestamp}} NOT NULL)"),
            // outcome: a SyncErrorOutcome key.
            QStringLiteral("CREATE TABLE sync_errors ("
                           " id {{pk}},"
                           " run_id {{id}} NOT NULL REFERENCES sync_runs (id) ON DELETE CASCADE,"
                           " at {{timestamp}} NOT NULL,"
                           " record_ref TEXT," // "marketo:1234", "salesforce:00T…"
                           " outcome TEXT NOT NULL,"
                           " code TEXT NOT NULL,"
                           " message TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX sync_errors_by_run ON sync_errors (run_id, id)"),
            // A copy of the eligible people of Marketo (SPEC section 4): read-only in Actions. The 13
            // synced fields, then what the sync decides with (the Salesforce owner, eligibility and its
            // reason, unsubscribed, Marketo's own timestamps), a tombstone for a person deleted in Marketo
            // (kept so that tasks and activities keep their person), and the sync's bookkeeping
            // (content_hash of the synced fields tells an update from an unchanged record cheaply).
            QStringLiteral("CREATE TABLE people ("
                           " id {{pk}},"
                           " marketo_id {{id}} NOT NULL,"
                           " first_name TEXT,"
                           " last_name TEXT,"
                           " email TEXT {{nocase}},"
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
                           " sales_owner_id TEXT," // the Salesforce lead or contact owner's user ID
                           " sales_owner_email TEXT,"
                           " eligible {{bool}} NOT NULL DEFAULT {{true}},"
                           " ineligible_reason TEXT,"
                           " unsubscribed {{bool}} NOT NULL DEFAULT {{false}},"
                           " marketo_created_at {{timestamp}},"
                           " marketo_updated_at {{timestamp}},"
                           " deleted_at {{timestamp}}," // deleted in Marketo
                           " content_hash TEXT,"
                           " synced_at {{timestamp}} NOT NULL,"
                           " sync_run_id {{id}} REFERENCES sync_runs (id) ON DELETE SET NULL)"),
            // The upsert's conflict target: one row per Marketo person.
            QStringLiteral("CREATE UNIQUE INDEX people_by_marketo_id ON people (marketo_id)"),
            // Case-insensitive through the column's collation; not unique (SPEC: duplicates stay two).
            QStringLiteral("CREATE INDEX people_by_email ON people (email)"),
            QStringLiteral("CREATE INDEX people_by_sync_run ON people (sync_run_id)"),
            QStringLiteral("CREATE INDEX people_by_sales_owner ON people (sales_owner_id)"),
            // A Salesforce task's WhoId (a lead or a contact) to its person.
            QStringLiteral("CREATE INDEX people_by_sfdc_lead ON people (sfdc_lead_id)"),
            QStringLiteral("CREATE INDEX people_by_sfdc_contact ON people (sfdc_contact_id)"),
        } };
}

Migration tasksAndActivities()
{
    return { 4, QStringLiteral("tasks and the task sync, sales activities and their types"),
        {
            // Tasks and reminders, and their mapping to Salesforce tasks (SPEC section 6). origin: a
            // TaskOrigin key. status and priority are Salesforce's values (the org's TaskStatus list, never
            // a fixed one), so they are not checked either. For conflict detection each side keeps its last
            // modification: updated_at (Actions) and sfdc_modified_at (Salesforce's LastModifiedDate as last
            // seen); synced_at is when both sides last agreed. pending_push: changed in Actions, not yet in
            // Salesforce. deleted_at / sfdc_deleted_at: the deletion on either side, kept until it has
            // reached the other (SPEC: Salesforce deletions of the last 15 days).
            QStringLiteral("CREATE TABLE tasks ("
                           " id {{pk}},"
                           " sfdc_task_id TEXT,"
                           " origin TEXT NOT NULL,"
                           " subject TEXT NOT NULL,"
                           " due_date TEXT," // YYYY-MM-DD, as Salesforce's ActivityDate
                           " status TEXT NOT NULL DEFAULT 'Not Started',"
                           " is_closed {{bool}} NOT NULL DEFAULT {{false}},"
                           " priority TEXT NOT NULL DEFAULT 'Normal',"
                           " description TEXT,"
                           " subtype TEXT NOT NULL DEFAULT 'Task',"
                           " is_reminder {{bool}} NOT NULL DEFAULT {{false}},"
                           " remind_at {{timestamp}},"
                           " person_id {{id}} REFERENCES people (id) ON DELETE SET NULL,"
                           " who_id TEXT," // Salesforce lead or contact
                           " what_id TEXT," // Salesforce account or opportunity
                           " owner_user_id {{id}} REFERENCES users (id) ON DELETE SET NULL,"
                           " sfdc_owner_id TEXT,"
                           " created_at {{timestamp}} NOT NULL,"
                           " updated_at {{timestamp}} NOT NULL,"
                           " sfdc_modified_at {{timestamp}},"
                           " synced_at {{timestamp}},"
                           " pending_push {{bool}} NOT NULL DEFAULT {{false}},"
                           " deleted_at {{timestamp}},"
                           " sfdc_deleted_at {{timestamp}})"),
            // The import's upsert target; tasks not in Salesforce yet have none (NULLs do not collide).
            QStringLiteral("CREATE UNIQUE INDEX tasks_by_sfdc_task_id ON tasks (sfdc_task_id)"),
            // The push's queue, oldest change first; small because it holds only what waits.
            QStringLiteral("CREATE INDEX tasks_pending_push ON tasks (updated_at) WHERE pending_push"),
            QStringLiteral("CREATE INDEX tasks_by_person ON tasks (person_id)"),
            // The command center: a user's tasks of today and tomorrow.
            QStringLiteral("CREATE INDEX tasks_by_owner_due_date ON tasks (owner_user_id, due_date)"),
            // The kinds of sales activity and where each is logged (SPEC section 5): a reference table,
            // because its facts are data the sync learns (Marketo's activity type id of each kind is read
            // from activities/types.json of the subscription, never hard-coded) and a new kind needs a
            // row, not a new table.
            QStringLiteral("CREATE TABLE sales_activity_types ("
                           " key TEXT PRIMARY KEY,"
                           " logs_to_marketo {{bool}} NOT NULL,"
                           " logs_to_salesforce {{bool}} NOT NULL," // as a Salesforce task
                           " marketo_activity_type_id {{id}})"),
            QStringLiteral(
                "INSERT INTO sales_activity_types (key, logs_to_marketo, logs_to_salesforce) VALUES"
                " ('send-sales-email', {{true}}, {{true}}),"
                " ('open-sales-email', {{true}}, {{false}}),"
                " ('click-sales-email', {{true}}, {{false}}),"
                " ('sales-email-replied', {{true}}, {{false}}),"
                " ('sales-email-bounced', {{true}}, {{false}}),"
                " ('sales-call', {{true}}, {{true}}),"
                " ('added-to-sales-campaign', {{true}}, {{false}}),"
                " ('removed-from-sales-campaign', {{true}}, {{false}}),"
                " ('unsubscribe', {{false}}, {{true}})"),
            QStringLiteral("CREATE TABLE sales_activities ("
                           " id {{pk}},"
                           " type TEXT NOT NULL REFERENCES sales_activity_types (key),"
                           " person_id {{id}} REFERENCES people (id) ON DELETE SET NULL,"
                           " user_id {{id}} REFERENCES users (id) ON DELETE SET NULL,"
                           " task_id {{id}} REFERENCES tasks (id) ON DELETE SET NULL," // logged as this task
                           " occurred_at {{timestamp}} NOT NULL,"
                           " subject TEXT,"
                           " details {{json}},"
                           " marketo_logged_at {{timestamp}},"
                           " sfdc_task_id TEXT,"
                           " sfdc_logged_at {{timestamp}})"),
            QStringLiteral(
                "CREATE INDEX sales_activities_by_person ON sales_activities (person_id, occurred_at)"),
            QStringLiteral(
                "CREATE INDEX sales_activities_by_user ON sales_activities (user_id, occurred_at)"),
            // What is still to be logged to Marketo, oldest first.
            QStringLiteral("CREATE INDEX sales_activities_to_log_in_marketo ON sales_activities (occurred_at)"
                           " WHERE marketo_logged_at IS NULL"),
        } };
}

Migration connectionOwnership()
{
    return { 5, QStringLiteral("connection owners: the machine, the hand-over"),
        {
            // Who owns a connection (issue "Connections", connections/connectionrecord.h): connected_by and
            // connected_at were there; connected_from is the machine (its host name) whose keychain holds
            // the connection's secrets, which is where an admin must go to reconnect or hand over.
            QStringLiteral("ALTER TABLE connections ADD COLUMN connected_from TEXT"),
            // A hand-over another admin has started and not yet completed: who and since when.
            QStringLiteral("ALTER TABLE connections ADD COLUMN handover_by TEXT"),
            QStringLiteral("ALTER TABLE connections ADD COLUMN handover_started_at {{timestamp}}"),
            // The last completed hand-over: whom the connection was taken from, when, and whether that
            // admin's credentials were retired (handover_retire_error: the stable code of why not).
            QStringLiteral("ALTER TABLE connections ADD COLUMN handed_over_from TEXT"),
            QStringLiteral("ALTER TABLE connections ADD COLUMN handed_over_at {{timestamp}}"),
            QStringLiteral("ALTER TABLE connections ADD COLUMN previous_retired {{bool}}"),
            QStringLiteral("ALTER TABLE connections ADD COLUMN handover_retire_error TEXT"),
        } };
}

Migration handConfirmations()
{
    return { 6, QStringLiteral("confirmations by hand (steps 6 and 7)"),
        {
            // What an admin confirmed by hand where the API could not tell (the Sales Insight package of
            // step 6, an item of step 7's checklist): who and when, and an optional note. item: a stable key
            // ("package.installed", "checklist.email-to-salesforce"); withdrawing a confirmation deletes the
            // row (the audit log keeps both).
            QStringLiteral("CREATE TABLE hand_confirmations ("
                           " item TEXT PRIMARY KEY,"
                           " confirmed_by TEXT NOT NULL,"
                           " confirmed_at {{timestamp}} NOT NULL,"
                           " note TEXT)"),
        } };
}

Migration syncRunOwnersAndPeopleBrowser()
{
    return { 7, QStringLiteral("sync run owners and heartbeats, the people browser's order"),
        {
            // Which process runs a sync (its host and pid) and its last sign of life: a run that says running
            // with a stale heartbeat belongs to a process that was killed or crashed, and may be taken over
            // and resumed from its checkpoint (sync/syncrunrepository.h).
            QStringLiteral("ALTER TABLE sync_runs ADD COLUMN heartbeat_at {{timestamp}}"),
            QStringLiteral("ALTER TABLE sync_runs ADD COLUMN owner TEXT"),
            // The people browser pages through a million people by last name, first name and id (a keyset,
            // sync/peoplerepository.h) and searches last names by prefix: case-insensitive, and with a
            // missing name as the empty one so that the keyset's comparisons never meet a NULL.
            QStringLiteral("CREATE INDEX people_by_name ON people ((coalesce(last_name, '')) {{nocase}},"
                           " (coalesce(first_name, '')) {{nocase}}, id)"),
            // No index of its own for first names or companies: every index slows each upsert of the
            // initial sync, and those searches are rarer (the email's and the Marketo ID's have theirs).
        } };
}

Migration invitationDelivery()
{
    return { 8, QStringLiteral("invitation email delivery"),
        {
            // Whether an invitation's email left (users/userdirectory.h): delivery is a DeliveryState key,
            // written only once the transport answered, so that nothing reads as sent that was not. The
            // invitations step 1 recorded before email existed are queued, and go out with the first round.
            // delivery_detail: the failure, the server's reply or the .eml file's path; delivered_at: when
            // the transport accepted it; delivery_attempts: how often it was tried (a resend counts on).
            QStringLiteral("ALTER TABLE invitations ADD COLUMN delivery TEXT NOT NULL DEFAULT 'queued'"),
            QStringLiteral("ALTER TABLE invitations ADD COLUMN delivery_detail TEXT"),
            QStringLiteral("ALTER TABLE invitations ADD COLUMN delivered_at {{timestamp}}"),
            QStringLiteral("ALTER TABLE invitations ADD COLUMN delivery_attempts INTEGER NOT NULL DEFAULT 0"),
            // The delivery's queue and the failed ones to retry, oldest first (the primary key orders them).
            QStringLiteral("CREATE INDEX invitations_by_delivery ON invitations (delivery, id)"),
        } };
}

Migration emailOptOuts()
{
    return { 9, QStringLiteral("email opt-outs: unsubscribes both ways with Salesforce"),
        {
            // A person's unsubscribe in Actions (activities/emailoptouts.h), apart from Marketo's
            // `unsubscribed` that the people sync copies: set by a seller's `unsubscribe` activity or taken
            // from Salesforce's Email Opt Out (HasOptedOutOfEmail) of the person's lead or contact. A person
            // opted out is never emailed by a seller. email_opt_out_at: when it last changed, on either
            // side (Salesforce's SystemModstamp for a change taken from there); email_opt_out_source:
            // "actions" or "salesforce"; email_opt_out_pending: an Actions change Salesforce has not yet.
            QStringLiteral("ALTER TABLE people ADD COLUMN email_opt_out {{bool}} NOT NULL DEFAULT {{false}}"),
            QStringLiteral("ALTER TABLE people ADD COLUMN email_opt_out_at {{timestamp}}"),
            QStringLiteral("ALTER TABLE people ADD COLUMN email_opt_out_source TEXT"),
            QStringLiteral(
                "ALTER TABLE people ADD COLUMN email_opt_out_pending {{bool}} NOT NULL DEFAULT {{false}}"),
            // The push's queue: small, because it holds only what waits.
            QStringLiteral(
                "CREATE INDEX people_email_opt_out_pending ON people (id) WHERE email_opt_out_pending"),
        } };
}

} // namespace

const QList<Migration>& Migrations::all()
{
    static const QList<Migration> migrations { setupAndAudit(), usersTeamsAndSettings(), peopleAndSync(),
        tasksAndActivities(), connectionOwnership(), handConfirmations(), syncRunOwnersAndPeopleBrowser(),
        invitationDelivery(), emailOptOuts() };
    return migrations;
}

int Migrations::latestVersion()
{
    return all().constLast().version;
}

} // namespace sia
