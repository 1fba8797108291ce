<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountSetupPage</name>
    <message>
        <source>Actions instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Actions instance yet. Name it (your company&apos;s name, for example) and create it; then invite its first admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite Marketo admins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once Marketo is connected (step 3), its admins are listed here to choose from. Until then, type their addresses below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo admins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other addresses (separated by commas or spaces):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses to invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited admins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first admin invited becomes the original user: once the data sync has started (step 4), that user must never be removed from the instance. Further users are invited in step 5, not here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Marketo API credentials the instance uses: a client ID and a client secret. In Marketo (Admin, Sales Insight, Actions Config) they appear only after the first admin was invited, which activates the instance. Enter them in step 3; the secret is kept only in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID: not entered yet (step 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo&apos;s admins can be listed once Marketo is connected (step 3). Until then, type their addresses below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Marketo for its admins…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo is not connected yet (step 3), so its admins cannot be listed: type their addresses below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo&apos;s admins could not be listed: %1 [%2] Type their addresses below, or refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo&apos;s admins (Admin role holders, and users whose Marketo invitation is still pending). Tick those to invite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — already invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Marketo invitation pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions instance “%1”, created by %2 on %3; activated on %4 by its first invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions instance “%1”, created by %2 on %3. Invite its first admin to activate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No admin invited yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance exists and its first admin was invited: step 1&apos;s work is done. Mark the step done below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID: not entered yet. Client secret: not stored. Both are entered in step 3 once Marketo shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID: %1. Client secret: stored in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID: %1. Client secret: not in this computer&apos;s keychain (the connection was made on another computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID: %1. Client secret: the keychain could not be asked (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the Actions account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the original user; invited by %2 on %3, removed</source>
        <extracomment>%1 the address, %2 who invited, %3 when.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — invited by %2 on %3, removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admin was not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each invitation&apos;s email goes out at once through the mail settings (File › Mail settings…): an SMTP server, or .eml files in the outbox folder when none is set. The list below says what became of each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the original user; invited by %2 on %3, the invitation email is waiting to be sent</source>
        <extracomment>%1 the address, %2 who invited, %3 when.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — invited by %2 on %3, the invitation email is waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the original user; invited by %2 on %3, the invitation email was sent</source>
        <extracomment>%1 the address, %2 who invited, %3 when.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — invited by %2 on %3, the invitation email was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the original user; invited by %2 on %3, the invitation email is in the outbox: %4</source>
        <extracomment>%1 the address, %2 who invited, %3 when, %4 the .eml file&apos;s path.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — invited by %2 on %3, the invitation email is in the outbox: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the original user; invited by %2 on %3, the invitation email was not sent (%4): retry it on step 5&apos;s page</source>
        <extracomment>%1 the address, %2 who invited, %3 when, %4 why the email was not sent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — invited by %2 on %3, the invitation email was not sent (%4): retry it on step 5&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiBudgetCard</name>
    <message>
        <source>API budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calls of the current day are not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIA Admin may use at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the daily allowance SIA Admin may use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of the daily allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo API budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce API budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIA Admin has made %1 Marketo calls today; Marketo&apos;s daily quota is not known yet.</source>
        <extracomment>%1 the calls SIA Admin made in the current day.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIA Admin has made %1 Salesforce API requests in the last 24 hours; the org&apos;s daily limit is known after its first answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of Marketo&apos;s %2 calls of today are used by every integration, %3 of them by SIA Admin (as Marketo reported at %4, with SIA Admin&apos;s calls since).</source>
        <extracomment>%1 calls by every integration, %2 the daily limit, %3 SIA Admin&apos;s calls, %4 when the service said.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the org&apos;s %2 API requests of the last 24 hours are used by every integration, %3 of them by SIA Admin (as Salesforce reported at %4, with SIA Admin&apos;s since).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIA Admin has made %1 of Marketo&apos;s %2 calls of today. Every integration&apos;s calls are shown once Marketo has reported them (Test connection asks).</source>
        <extracomment>%1 SIA Admin&apos;s calls, %2 the daily limit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIA Admin has made %1 of the org&apos;s %2 API requests of the last 24 hours. Every integration&apos;s requests are shown after Salesforce&apos;s next answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap: %1 % of the daily allowance, %2 calls; %3 left now.</source>
        <extracomment>%1 the cap in percent, %2 the calls it allows, %3 the calls left.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap: %1 % of the daily allowance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped until %1</source>
        <extracomment>%1 when the clients resume.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cap was not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BccTab</name>
    <message>
        <source>Sales emails are sent with a BCC to the sender&apos;s Email-to-Salesforce address, and Salesforce logs them as activities on the opportunities, leads and contacts they concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log sales email by &amp;BCC (Email to Salesforce)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Email-to-Salesforce &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emailtosalesforce@….salesforce.com, from My Email to Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each user enters their own Email-to-Salesforce address in My account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If emails are not logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings in Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each user&apos;s settings in Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If “My Email to Salesforce” is missing, a Salesforce admin first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First, in Salesforce Setup (once for the org)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it still does not work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an email address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandCenterPage</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tasks of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task sync status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks due tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tasks could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today, %1</source>
        <extracomment>%1 the date, for example Tuesday, 16 June 2026</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow, %1</source>
        <extracomment>%1 the date, for example Wednesday, 17 June 2026</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today and tomorrow in this computer&apos;s time zone, %1.</source>
        <extracomment>%1 a time zone, for example Asia/Taipei</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today and tomorrow in the owner&apos;s time zone, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <extracomment>%1 the task&apos;s status as the org names it (Completed)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change waits for Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task sync: its status could not be read: %1</source>
        <extracomment>%1 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run after your change did not start: %1</source>
        <extracomment>%1 why the run was refused and what to do</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task could not be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task could not be completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task could not be opened again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the task “%1”?</source>
        <extracomment>%1 the task&apos;s subject</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the task “%1” here and, with the next task sync, in Salesforce?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task could not be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task “%1” is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task “%1” is deleted here; the next task sync deletes it in Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (opted out of email)</source>
        <extracomment>%1 the related person&apos;s name; they opted out of email</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvFilePage</name>
    <message numerus="yes">
        <source>%n row(s) under the header</source>
        <translation>
            <numerusform>%n row under the header</numerusform>
            <numerusform>%n rows under the header</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the CSV file of invitees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file saved from a spreadsheet as CSV: a header line (Email, First name, Last name, Role, Teams, …) and one line per person. Nobody is invited before the last page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect (UTF-8 or a byte-order mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <extracomment>%1 the file&apos;s name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1 (its byte-order mark says so).</source>
        <extracomment>%1 the encoding the file was read in.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1 (detected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as %1 (chosen).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message numerus="yes">
        <source>%n people invited from %1.</source>
        <extracomment>%1 the CSV file&apos;s name.</extracomment>
        <translation>
            <numerusform>%n person invited from %1.</numerusform>
            <numerusform>%n people invited from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n team(s): %1.</source>
        <extracomment>%1 the teams&apos; names.</extracomment>
        <translation>
            <numerusform>Created %n team: %1.</numerusform>
            <numerusform>Created %n teams: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file were not invited: the table says why.</source>
        <translation>
            <numerusform>%n row of the file was not invited: the table says why.</numerusform>
            <numerusform>%n rows of the file were not invited: the table says why.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the import&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite users from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The valid rows of the file are users of Actions now, invited and waiting to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What became of each row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row of the file as CSV: invited or why not, and what became of its invitation email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - invited.csv</source>
        <extracomment>The suggested name of the import&apos;s report; %1 the CSV file&apos;s name without its extension.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emails&apos; states change here as they go out. Step 5&apos;s users table keeps them afterwards, where you can resend or revoke an invitation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what became of each row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation emails: %1 sent, %2 in the outbox, %3 not sent, %4 waiting to be sent.</source>
        <extracomment>The invitation emails of the people just invited, by state.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImportSession</name>
    <message>
        <source>Choose the CSV file to invite people from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvMappingPage</name>
    <message>
        <source>Check the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each field is read from one column of the file. SIA Admin matched them from the header: check them against the values shown, and change any that is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its first values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <extracomment>%1 a field: Email address, First name, …</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full name is split into first and last name at its last space when neither first nor last name has a column. Teams in one cell are separated by ; or | (or commas, when commas do not separate the columns); a team that does not exist yet is created. An empty role is User.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember these columns for the next file with this header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 (no name)</source>
        <extracomment>a column without a name in the header; %1 its 1-based number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the columns you kept for a file with this header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched from the header of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns do not fit yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvPreviewPage</name>
    <message numerus="yes">
        <source>The import creates %n team(s): %1.</source>
        <extracomment>%1 the teams&apos; names.</extracomment>
        <translation>
            <numerusform>The import creates %n team: %1.</numerusform>
            <numerusform>The import creates %n teams: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invite %n people</source>
        <translation>
            <numerusform>Invite %n person</numerusform>
            <numerusform>Invite %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the import&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows marked Will be invited are invited together when you press Invite: if one of them cannot be, nobody is. The other rows are left out and say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only rows with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row with its verdict and why, as CSV, to fix the file in the spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users changed since this preview, so nobody was invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2]
The rows below were checked again against the users as they are now: look at them, then invite again.</source>
        <extracomment>%1 core&apos;s reason (which row no longer holds), %2 its code.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - import report.csv</source>
        <extracomment>The suggested name of the report; %1 the CSV file&apos;s name without its extension.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <extracomment>%1 where the report was written.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmailApiTab</name>
    <message>
        <source>Sales emails and calls are logged as Salesforce tasks through the Salesforce API. This needs Enterprise, Unlimited, Performance or Developer Edition, or Professional Edition with the API added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log sales email and calls to Salesforce through its &amp;API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the person&apos;s &amp;unsubscribe status in Marketo first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribes do not flow from Actions to Marketo; with this on, a seller cannot email a person Marketo has as unsubscribed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How email activity is logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;sent sales emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;replies received, each as its own task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log sales &amp;calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relate a contact&apos;s task to the contact&apos;s &amp;opportunity, else to the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead&apos;s task is never related: Salesforce refuses a lead together with an opportunity or account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email&apos;s task &amp;subtype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject of an &amp;email&apos;s task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject of a ca&amp;ll&apos;s task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject} stands for the email&apos;s or the call&apos;s own subject. A template holds at most 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking whether the org has API access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings below can be changed once Salesforce has answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org has API access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email can be logged through the Salesforce API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connected org (%1) has API access: email can be logged through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API access could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email through the API needs Salesforce connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email cannot be logged through the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
What to do: %2</source>
        <extracomment>%1 why email cannot go through the API, %2 what would make it possible</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync unsubscribes with Salesforce&apos;s Email Opt Out, both ways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A seller&apos;s unsubscribe sets Email Opt Out on the person&apos;s lead or contact, and Email Opt Out set or cleared in Salesforce is taken into Actions, each time activities are logged (every few minutes while this window is open, or sia-admin activities log). Whoever opted out, on either side, is not emailed by a seller. The first run reads every opt-out Salesforce has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailDialog</name>
    <message>
        <source>Mail settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the invitation emails leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write them to the outbox: .eml files that a mail program can send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send them through an SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS (usually port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: a local relay, without a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS must succeed: SIA Admin never falls back to sending in clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ecurity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: no authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the SMTP password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keychain only, never in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin@example.com (required with a server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender&apos;s &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test message with the settings above, saved or not, to see that mail arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your address, such as ana@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail settings could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain (type to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail settings were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test message to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message was not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was written to the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server took the message to %1 (it answered: %2). Look for it in that mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>That change is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That request was not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be used right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside SIA Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIA Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales Insight Actions setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>READ-ONLY REVIEW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only review of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be changed in this window, and the file stays exactly as it is. To continue the setup, open it without --review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the setup plan again, for changes made by another admin or the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About SIA Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data directory: %1 · Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are recorded as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Support code: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About SIA Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;SIA Admin %1&lt;/h3&gt;&lt;p&gt;Sets up, keeps healthy and reviews a Sales Insight Actions deployment.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be changed in this window: the database is read in read-only transactions. To continue the setup, open it with --database instead of --review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy and the extra trusted certificate SIA Admin uses for Marketo and Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mail settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the invitation emails leave: the outbox folder or an SMTP server, the sender and the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce &amp;sync settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How sales email is logged to Salesforce (through the API or by BCC) and whether tasks and reminders sync with Salesforce tasks, for the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user&apos;s own sync settings over the instance&apos;s: the Email-to-Salesforce address, email logging and the task sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarketoConnectionPage</name>
    <message>
        <source>Marketo connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy these from Marketo: the REST endpoint and identity URL from Admin, Web Services; the client ID and secret from Admin, LaunchPoint, the API user&apos;s custom service, View Details. The secret is kept only in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REST endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Once connected, this shows who connected it, when, from which computer (whose keychain holds the secret) and as which Marketo API user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the keychain of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected by %1 on %2 from %3, as the Marketo API user %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last test that passed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hand-over to %1 is pending since %2: it completes when %1 connects here as themselves.</source>
        <extracomment>%1 the admin taking the connection over, %2 since when.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over from %1 on %2; their client secret was retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over from %1 on %2, but their client secret could not be retired here (%3): retire it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every check passed: see what to do beside each failed check, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo is not connected: not every check passed. See what to do beside each failed check; a previous connection is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the checks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NamedCheckList</name>
    <message>
        <source>Not tested yet. Connect (or Test connection) runs each check and shows what it found, how long it took and, when it fails, what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through the proxy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1 (code %2)</source>
        <extracomment>%1 what to do, %2 the stable code for support.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationList</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SETUP STEPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECORDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overview, the setup steps and the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOOLS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <source>Network settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy for Marketo and Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy: connect directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://host:port for an HTTP proxy, socks5://host:port for a SOCKS5 proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the proxy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in this computer&apos;s keychain only, never in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra trusted certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A proxy that inspects HTTPS (or the sandbox&apos;s --tls) presents certificates signed by its own CA. Choose that CA&apos;s certificate file to trust it besides the system&apos;s CAs; nothing else is trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate to trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network settings could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain (type to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No extra certificate: only the system&apos;s CAs are trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, valid until %2</source>
        <extracomment>%1 the certificate&apos;s subject (&quot;CN=Acme Proxy CA, O=Acme&quot;), %2 its expiry.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network settings were not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SALES INSIGHT ACTIONS SETUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Persona table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who does what, and where each step stands. Open a step with a click or Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per setup step: persona, step, status, owner and last change. Press Enter to open the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm these once they are true; the steps they gate stay locked until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue with step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm the prerequisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the prerequisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps wait for the prerequisites below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step is done or skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step can be worked on right now: see what the locked steps wait for.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageRegistry</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command center</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleBrowser</name>
    <message>
        <source>People in Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, email, company, Marketo ID or Salesforce ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln people match, of %1.</source>
        <extracomment>%n people matching the search, %1 all the people.</extracomment>
        <translation>
            <numerusform>%Ln person matches, of %1.</numerusform>
            <numerusform>%Ln people match, of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people.</source>
        <translation>
            <numerusform>%Ln person.</numerusform>
            <numerusform>%Ln people.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people in Actions yet: they come in with the sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleSyncPage</name>
    <message>
        <source>Export the errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync people from Marketo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read every person in Marketo and report what a sync would do, writing nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at the next checkpoint; Resume goes on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields that will sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed and read-only: each Actions field, the Marketo field it is read from, and where Salesforce fills that in, with the values of a few real people that have a Sales Owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the samples again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: who would sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors of the last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every skipped or failed person of the run, with the reason, as a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes after the initial sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the initial sync, SIA Admin follows Marketo&apos;s changes to the synced fields and the owner: people who gain a Sales Owner come in, people who lose it are marked no longer eligible, deleted people are marked deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync changes every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only on demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between two syncs of the changes; 0: only on demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync changes now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync has run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People in Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People are read-only in Actions: they are changed in Marketo or Salesforce, and the changes flow in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync&apos;s state could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync history could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync is not available here (a review, or no Marketo connection in this window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dry run is reading every person in Marketo. Nothing is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing at the next checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling at the next checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync is running. You can keep working; Pause stops it at the next checkpoint and Resume goes on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sync&apos;s state…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been synced yet. Check the fields and their samples below, run a dry run to see who would sync, then start the sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started by %1 on %2</source>
        <extracomment>%1 who started it, %2 when.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial sync is running in another SIA Admin (%1), %2. This page shows its outcome once it has ended.</source>
        <extracomment>%1 the process (&quot;host:pid&quot;) running it; %2 as &quot;started by … on …&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the initial sync (%3) stopped at its last checkpoint after %2 people. Resume goes on from there; nothing is lost or doubled.</source>
        <extracomment>%1 &quot;Paused&quot; or &quot;Interrupted&quot;; %2 the people processed; %3 as &quot;started by … on …&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial sync completed on %1. Changes in Marketo now come in as the changes card below says.</source>
        <extracomment>%1 when it ended.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last initial sync was cancelled; what it had written stays. Start sync runs it from the beginning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced changes on %1: %2.</source>
        <extracomment>%1 when, %2 its outcome (&quot;Completed&quot;, …).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes have been synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes are synced only when you press Sync changes now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: no person was skipped or failed.</source>
        <extracomment>%1 the run (&quot;Initial sync&quot;, &quot;Changes&quot;), %2 when it started.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2: %Ln people could not be written (they are tried again next time).</source>
        <extracomment>%1 the run, %2 when it started; %n people who failed. The skipped follow in their own sentence.</extracomment>
        <translation>
            <numerusform>%1 of %2: %Ln person could not be written (tried again next time).</numerusform>
            <numerusform>%1 of %2: %Ln people could not be written (they are tried again next time).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people were left out on purpose (no Sales Owner, malformed); the CSV says why for each.</source>
        <translation>
            <numerusform>%Ln person was left out on purpose (no Sales Owner, malformed); the CSV says why.</numerusform>
            <numerusform>%Ln people were left out on purpose (no Sales Owner, malformed); the CSV says why for each.</numerusform>
        </translation>
    </message>
    <message>
        <source>Started by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 processed: %2 created, %3 updated, %4 unchanged, %5 deleted, %6 skipped, %7 failed</source>
        <extracomment>A run&apos;s counts in the history, each %n a number.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the fields from Marketo and a few people from Salesforce…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in Salesforce from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 the Actions field, %2 what is to know about it.
----------
%1 &quot;Initial sync&quot; or &quot;Changes&quot;, %2 how it ended (&quot;Paused&quot;, &quot;Completed&quot;, …).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the people with the Marketo IDs %1</source>
        <extracomment>%1 the Marketo IDs of the sampled people, in the order of the samples.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run finished: nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its report is below, in “Dry run: who would sync”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the dry run? Nothing has been written; its report is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the sync? What it has written stays, but the run cannot be resumed: the next Start sync begins again from the first person. Pause instead keeps the run resumable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The errors were not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln errors written to %1.</source>
        <extracomment>%n the rows written, %1 the file.</extracomment>
        <translation>
            <numerusform>%Ln error written to %1.</numerusform>
            <numerusform>%Ln errors written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The interval was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes were not synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, started by %2 on %3</source>
        <extracomment>%1 &quot;Initial sync&quot; or &quot;Changes&quot;, %2 who started it, %3 when.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at its last checkpoint; Resume goes on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; what it had written stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync everything again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln people are in Actions.</source>
        <translation>
            <numerusform>%Ln person is in Actions.</numerusform>
            <numerusform>%Ln people are in Actions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them are eligible (they have a Sales Owner).</source>
        <translation>
            <numerusform>%Ln of them is eligible (has a Sales Owner).</numerusform>
            <numerusform>%Ln of them are eligible (they have a Sales Owner).</numerusform>
        </translation>
    </message>
    <message>
        <source>The fields and their sample values appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last initial sync failed: %1</source>
        <extracomment>%1 what stopped it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at its last checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview is available once Marketo is connected. %1</source>
        <extracomment>%1 core&apos;s message, which says where Marketo is connected.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrerequisiteCard</name>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed before step %1 can start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed before steps %1 can start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation withdrawn by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in Marketo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check from the data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressSummary</name>
    <message>
        <source>Reading the setup plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps done, %3 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n in progress</source>
        <translation>
            <numerusform>%n in progress</numerusform>
            <numerusform>%n in progress</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blocked</numerusform>
            <numerusform>%n blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n locked</source>
        <translation>
            <numerusform>%n locked</numerusform>
            <numerusform>%n locked</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2% finished)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Mark step %1 blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stands in the way? Say it so that the next admin knows whom to ask or what to wait for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this step not needed? The reason is kept in the step&apos;s history and in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: waiting for the Adobe account team to enable Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the users are invited from Salesforce instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Persona table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step hi&amp;story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review could not read more rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECORDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything this instance has recorded, read-only: where each step stands, every change of status, the audit log and the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are never stored here; they stay in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona table (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No step has changed status yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who, action, subject or details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No settings have been recorded yet. Settings appear here as the connections and the sync are set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1, schema version %2, opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1, schema version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit entries to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesforceConnectionPage</name>
    <message>
        <source>Salesforce connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect logs you in to Salesforce in your own browser (never inside SIA Admin) with the connected app created for SIA Admin; the refresh token is kept only in this computer&apos;s keychain. Choose where the org&apos;s users log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production (login.salesforce.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (test.salesforce.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the app requires it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy login link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If no browser opened, paste this link into one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org and its owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the connection over: then connect as yourself, and the previous owner&apos;s refresh token is revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection checks and the user&apos;s permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to Salesforce in the browser that opened, then allow access. No browser? Copy the login link into one. Cancel stops waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in: finishing the connection and running the checks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected. Once connected, this shows the org&apos;s name and ID, its instance, the Salesforce user, the edition and whether the API is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody owns the connection yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Org: %1 (%2)
Instance: %3
User: %4 (%5)
Edition: %6
API: %7
Login host: %8</source>
        <extracomment>%1 the org&apos;s name, %2 its ID, %3 the instance URL, %4 the Salesforce user, %5 the user&apos;s ID, %6 the edition, %7 whether the API is available, %8 the login host.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected by %1 on %2 from %3 (its keychain holds the refresh token).</source>
        <extracomment>%1 who connected, %2 when, %3 the computer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last test that passed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hand-over to %1 is pending since %2: it completes when %1 connects here as themselves.</source>
        <extracomment>%1 the admin taking the connection over, %2 since when.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over from %1 on %2; their refresh token was revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over from %1 on %2, but their refresh token could not be revoked here (%3): revoke it in Salesforce, Setup, Connected Apps OAuth Usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login link is copied: paste it into a browser to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the checks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce is not connected: not every check passed. See what to do beside each failed check; a previous connection is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every check passed: see what to do beside each failed check, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect Salesforce? The refresh token is revoked at Salesforce and deleted from this computer&apos;s keychain; nothing works on the org until someone connects again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected, but Salesforce did not revoke the refresh token (%1 [%2]): revoke it in Salesforce, Setup, Connected Apps OAuth Usage.</source>
        <extracomment>%1 why the revocation failed, %2 its code.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened on this computer. Copy the login link, paste it into a browser, log in to Salesforce and allow access; this page keeps waiting. Cancel stops waiting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesforcePackageConfigPage</name>
    <message>
        <source>The checklist is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item was verified through the Salesforce API or confirmed by hand: mark the step done below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce configuration checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each item is verified through the Salesforce API where it can be. Where the API cannot tell, or only a person can, check it in Salesforce and confirm it: your name and the time are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the confirmation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (How: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 To do: %2</source>
        <extracomment>%1 what the API found, %2 what to do.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Confirmed by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To confirm by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API cannot tell (%1). To do: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a person can tell. To do: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesforcePackagePage</name>
    <message>
        <source>Marketo Sales Insight in the org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIA Admin reads the org&apos;s installed packages (Tooling API) and looks for the namespace %1; version %2 or newer is supported.</source>
        <extracomment>%1 the namespace prefix, %2 the supported version.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to install or upgrade Marketo Sales Insight from AppExchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only where the Salesforce API cannot tell (not connected, or no access to the Tooling API): check Setup, Installed Packages, in Salesforce, then confirm here. Your name and the time are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional): the version you saw, for example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the package is installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Salesforce for the installed packages…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales Insight package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found: %1, version %2 (supported: %3 or newer).</source>
        <extracomment>%1 the package&apos;s name, %2 its version, %3 the supported version.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by %1 on %2: “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingBinding</name>
    <message>
        <source>Use the instance&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the instance&apos;s value for %1</source>
        <extracomment>%1 the setting&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each user sets their own in My account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set for the instance; a user cannot have their own. Where it comes from: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it comes from: %1, once you save.</source>
        <extracomment>%1 where the value will come from (&quot;the instance&apos;s&quot;, &quot;your own&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it comes from: %1.</source>
        <extracomment>%1 where the value comes from (&quot;default&quot;, &quot;the instance&apos;s&quot;, &quot;your own&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPageBase</name>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEP %1 OF %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owned by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrives in a later release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes yet. Every change of status will be listed here, with who made it, when and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot be started or marked done until then:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the prerequisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the prerequisites on the overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepStatusPanel</name>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;blocked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this step on: its status becomes In progress and you become its owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the step is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that something stands in the way; you will be asked what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that this step is not needed; you will be asked why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a finished, blocked or skipped step up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only review: statuses cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has taken this step on yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncCountsView</name>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>would fail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncErrorList</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person was skipped or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The errors could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %1 of %Ln; Export CSV… writes them all.</source>
        <extracomment>%1 the errors shown; %n all of them.</extracomment>
        <translation>
            <numerusform>The first %1 of %Ln; Export CSV… writes them all.</numerusform>
            <numerusform>The first %1 of %Ln; Export CSV… writes them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncHealthPage</name>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n record to %1.</numerusform>
            <numerusform>Wrote %n records to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) will be taken again by the next run of their sync.</source>
        <translation>
            <numerusform>%n record will be taken again by the next run of their sync.</numerusform>
            <numerusform>%n records will be taken again by the next run of their sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1
What to do: %2
%n record(s) affected (code %3).</source>
        <translation>
            <numerusform>%1
What to do: %2
%n record affected (code %3).</numerusform>
            <numerusform>%1
What to do: %2
%n records affected (code %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n failed record(s) of “%1” so that the next run of their sync takes them again?</source>
        <extracomment>%1 the kind of error.</extracomment>
        <translation>
            <numerusform>Mark %n failed record of “%1” so that the next run of their sync takes them again?</numerusform>
            <numerusform>Mark %n failed records of “%1” so that the next run of their sync takes them again?</numerusform>
        </translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export sync errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last runs of the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors of the recent runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the records by reference or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the group&apos;s failed records so that the next run of their sync takes them again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export all errors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of the selected group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API budget today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync health could not be read or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked for retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No errors in the recent runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of the %3 calls SIA Admin may make today (cap %4 %) — %5</source>
        <extracomment>%1 the service, %2 SIA Admin&apos;s calls today, %3 the calls the cap allows, %4 the cap in percent, %5 the calls of each sync.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 calls by SIA Admin today; the daily limit is not known yet (cap %3 %) — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a kind of error to see what it means, what to do and its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No retry: this is a read-only review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No retry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncLiveFeed</name>
    <message>
        <source>People processed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln Marketo calls made by this run</source>
        <translation>
            <numerusform>%Ln Marketo call made by this run</numerusform>
            <numerusform>%Ln Marketo calls made by this run</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncReportView</name>
    <message>
        <source>No dry run yet. A dry run reads every person in Marketo, writes nothing, and reports who would sync, who would not and why, and the duplicate emails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded, and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings (these people still sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a sync would do now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>• %1: %Ln people</source>
        <extracomment>One reason of the dry run&apos;s report: %1 the reason, %n the people it concerns.</extracomment>
        <translation>
            <numerusform>• %1: %Ln person</numerusform>
            <numerusform>• %1: %Ln people</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln people would not sync:</source>
        <translation>
            <numerusform>%Ln person would not sync:</numerusform>
            <numerusform>%Ln people would not sync:</numerusform>
        </translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No two eligible people share an email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>• %1: %Ln people (Marketo IDs %2)</source>
        <extracomment>%1 the email, %n the eligible people with it, %2 a few of their Marketo IDs.</extracomment>
        <translation>
            <numerusform>• %1: %Ln person (Marketo ID %2)</numerusform>
            <numerusform>• %1: %Ln people (Marketo IDs %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>The most frequent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run finished %1; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln people in Marketo were read.</source>
        <translation>
            <numerusform>%Ln person in Marketo was read.</numerusform>
            <numerusform>%Ln people in Marketo were read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them have a Sales Owner and would sync.</source>
        <translation>
            <numerusform>%Ln of them has a Sales Owner and would sync.</numerusform>
            <numerusform>%Ln of them have a Sales Owner and would sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln emails are each held by more than one eligible person.</source>
        <translation>
            <numerusform>%Ln email is held by more than one eligible person.</numerusform>
            <numerusform>%Ln emails are each held by more than one eligible person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people in all have one of them.</source>
        <translation>
            <numerusform>%Ln person in all has it.</numerusform>
            <numerusform>%Ln people in all have one of them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions keeps them as separate records, as Marketo does: if they are the same person, merge them in Marketo before the sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Save the sync settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Save %n change(s)?</source>
        <translation>
            <numerusform>Save %n change?</numerusform>
            <numerusform>Save %n changes?</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1</source>
        <extracomment>one line of the summary of changes</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes you made to the sync settings are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My account: Salesforce sync settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce sync settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whose settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user&apos;s own values replace the instance&apos;s for that user only; the others follow the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance&apos;s values: every user follows them, except where a user has set their own in My account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email via the Salesforce API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email via BCC (Email to Salesforce)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks and reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings cannot be read here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window has no database open. Open SIA Admin on the Actions database to change the sync settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 the user&apos;s name, %2 their email</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no users yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite users in step 5; then each one&apos;s own settings can be set here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync settings could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Email-to-Salesforce address: %1 Correct it or clear it, then save again.</source>
        <extracomment>%1 what is wrong with the address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No setting was changed, so nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values shown are the ones that apply already, so nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was stored; your changes are still here. Save again when they are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved and recorded in the audit log.</source>
        <translation>
            <numerusform>%n change saved and recorded in the audit log.</numerusform>
            <numerusform>%n changes saved and recorded in the audit log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <source>Initial sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing: finding the oldest person and planning the export files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracting: Marketo is building an export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Extracting: Marketo is building export file %1 of %n</source>
        <extracomment>%1 the export file, %n all the files.</extracomment>
        <translation>
            <numerusform>Extracting: Marketo is building export file %1 of %n</numerusform>
            <numerusform>Extracting: Marketo is building export file %1 of %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloading an export file: %1 of %2</source>
        <extracomment>%1 bytes downloaded, %2 the file&apos;s size, both as &quot;12.3 MB&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading an export file: %1</source>
        <extracomment>%1 bytes downloaded, as &quot;12.3 MB&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking people (nothing is written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying: writing people to Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking the people of export file %1 of %n (nothing is written)</source>
        <extracomment>%1 the export file, %n all the files.</extracomment>
        <translation>
            <numerusform>Checking the people of export file %1 of %n (nothing is written)</numerusform>
            <numerusform>Checking the people of export file %1 of %n (nothing is written)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying: writing the people of export file %1 of %n to Actions</source>
        <translation>
            <numerusform>Applying: writing the people of export file %1 of %n to Actions</numerusform>
            <numerusform>Applying: writing the people of export file %1 of %n to Actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the opportunity roles from Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading Marketo&apos;s lead changes and applying them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln people a second</source>
        <translation>
            <numerusform>%Ln person a second</numerusform>
            <numerusform>%Ln people a second</numerusform>
        </translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %Ln minutes left</source>
        <translation>
            <numerusform>About %Ln minute left</numerusform>
            <numerusform>About %Ln minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %Ln hours left</source>
        <translation>
            <numerusform>About %Ln hour left</numerusform>
            <numerusform>About %Ln hours left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people processed; the total is known once Marketo has built the first file</source>
        <translation>
            <numerusform>%Ln person processed; the total is known once Marketo has built the first file</numerusform>
            <numerusform>%Ln people processed; the total is known once Marketo has built the first file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln people</source>
        <extracomment>%1 the people processed so far, %n all the people.</extracomment>
        <translation>
            <numerusform>%1 of %Ln person</numerusform>
            <numerusform>%1 of %Ln people</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing new and changed tasks from Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the tasks changed in Actions to Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the tasks deleted in Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging sales emails and calls to Salesforce and Marketo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskEditDialog</name>
    <message>
        <source>Edit task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is to be done, for example: Call Bob about the renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task needs a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 the user&apos;s name, %2 their email</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskSyncRunView</name>
    <message>
        <source>Task sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task sync did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task sync cannot run from this window. Run it with: sia-admin tasks sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task sync is starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task sync running: %1</source>
        <extracomment>%1 what the sync does now (&quot;Importing new and changed tasks from Salesforce&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task sync completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task sync was cancelled; the next run goes on from there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n task(s) looked at</source>
        <extracomment>%1 the tasks looked at so far, %n all the tasks of the run</extracomment>
        <translation>
            <numerusform>%1 of %n task looked at</numerusform>
            <numerusform>%1 of %n tasks looked at</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) looked at so far</source>
        <translation>
            <numerusform>%n task looked at so far</numerusform>
            <numerusform>%n tasks looked at so far</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · created %2 · updated %3 · removed %4 · failed %5</source>
        <extracomment>%1 the tasks looked at (&quot;12 of 40 tasks looked at&quot;), then counts of created, updated, removed, failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskSyncTab</name>
    <message>
        <source>Tasks and reminders → Salesforce tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving a change of this setting runs the sync at once; its progress shows below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the sync is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted from the start of the last run, from this window or the command line. 0: only when asked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThroughputChart</name>
    <message>
        <source>Rate over the last minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Peak: %Ln people a second</source>
        <extracomment>The highest rate of the chart&apos;s last minutes.</extracomment>
        <translation>
            <numerusform>Peak: %Ln person a second</numerusform>
            <numerusform>Peak: %Ln people a second</numerusform>
        </translation>
    </message>
    <message>
        <source>The rate appears here once the run is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>last %n minutes</source>
        <translation>
            <numerusform>last minute</numerusform>
            <numerusform>last %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TourRenderer</name>
    <message>
        <source>The folder %1 for the pictures cannot be created. Check that your user may write there, or name another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture %1 could not be written. Check that the folder is writable and the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersStepPage</name>
    <message numerus="yes">
        <source>%n people invited from %1; their invitation emails go out now (see their state in the table below).</source>
        <extracomment>%1 the CSV file&apos;s name.</extracomment>
        <translation>
            <numerusform>%n person invited from %1; the invitation email goes out now (see its state in the table below).</numerusform>
            <numerusform>%n people invited from %1; their invitation emails go out now (see their state in the table below).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending %n invitation email(s)…</source>
        <translation>
            <numerusform>Sending %n invitation email…</numerusform>
            <numerusform>Sending %n invitation emails…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation email(s) delivered: each one&apos;s state is in the table.</source>
        <translation>
            <numerusform>%n invitation email delivered: each one&apos;s state is in the table.</numerusform>
            <numerusform>%n invitation emails delivered: each one&apos;s state is in the table.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation email(s) could not be sent: see the table, then retry.</source>
        <translation>
            <numerusform>%n invitation email could not be sent: see the table, then retry.</numerusform>
            <numerusform>%n invitation emails could not be sent: see the table, then retry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n member(s))</source>
        <extracomment>%1 the team&apos;s name; %n its members.</extracomment>
        <translation>
            <numerusform>%1 (%n member)</numerusform>
            <numerusform>%1 (%n members)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation email(s) queued to be sent again.</source>
        <translation>
            <numerusform>%n invitation email queued to be sent again.</numerusform>
            <numerusform>%n invitation emails queued to be sent again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Invite a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation email tells them how to sign in to Actions. Someone who is already a user or already invited is not sent a second one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams of the new user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many people at once, from a spreadsheet saved as CSV: you check how its columns are read and what becomes of every row before anybody is invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone exists from the start and every new member joins it; it cannot be renamed or deleted. Deleting another team keeps its members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users and invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by email or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only emails not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resend invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry the emails not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the invitation email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the selected user&apos;s invitation, an .eml file in the outbox, with this computer&apos;s mail program, to send it from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the outbox folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the selected user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role of the selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams of the selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teams could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody was invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was invited; the invitation email goes out now (see its state in the table below).</source>
        <extracomment>%1 the address. What happens to the email is in the table&apos;s Invitation email column.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a user of Actions: no invitation was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already invited and has not answered yet: no second invitation was sent. Use Resend invitation to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited from a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The role was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now: %2.</source>
        <extracomment>%1 the address, %2 the role.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teams were not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The teams of %1 were changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation was not resent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation to %1 is sent again; its state is in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation was not revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation to %1 was revoked: its link no longer lets them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from Actions? They can no longer sign in; their name stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user was not removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed from Actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emails were not retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team was not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team %1 was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team was not renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team %1 is now called %2.</source>
        <extracomment>%1 the old name, %2 the new one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the team %1? Its members stay users of Actions and stay in Everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone cannot be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox folder %1 does not exist on this computer (it was moved, or this database was written on another one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer in the outbox: a mail program may have sent and moved it. Choose Resend invitation to write it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no program set to open folders: open %1 yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no program set to open .eml files: open %1 with your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::AccountSetupStep</name>
    <message>
        <source>The data sync has started (step 4): the first admin invited here, the original user, must never be removed from the instance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::ActivitiesCommand</name>
    <message>
        <source>record: the person, by email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record: the person, by Marketo ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record: the seller, by email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record: the email&apos;s subject or the call&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record: the email&apos;s body or the call&apos;s notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log: one JSON object of progress a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“activities record” needs the type, one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a sales activity type; the types are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--marketo-id needs a Marketo ID, a whole number; “%1” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the person with either --person EMAIL or --marketo-id N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“activities list” takes no arguments, but was given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a number from 1 up; “%1” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“activities log” takes no arguments, but was given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo could not be asked (%1); the unsubscribe of the last people sync applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded activity %1 (%2). It is logged by the next run: sia-admin activities log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing waits: every activity is logged where it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales activity yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not logged (settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not logged there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a sales activity (an email, a call, an unsubscribe…), list them with where each was logged, list who is opted out of email, or log what waits to Marketo and Salesforce now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: only what is not yet logged where it goes; opt-outs: only those Salesforce does not have yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, opt-outs: at most N (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“activities opt-outs” takes no arguments, but was given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not something activities does: use record, list, opt-outs or log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is opted out of email in Actions; the next run sets Email Opt Out on their lead or contact in Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is opted out of email in Actions. Salesforce is not told while email.sync-unsubscribes is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unsubscribe waits for Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is opted out of email in Actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::AdminInvitationRepository</name>
    <message>
        <source>Choose or type at least one admin to invite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the list twice: invite each admin once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Actions instance yet: create it first (step 1), then invite its admins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was already invited by %2 on %3: nothing was sent again. Remove it from the list and invite the others.</source>
        <extracomment>%1 the address, %2 who invited, %3 when (UTC).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invited user %1 was not found right after it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::AdminsCommand</name>
    <message>
        <source>List the Marketo subscription&apos;s admins for step 1 (its Admin role holders, and the users whose invitation is still pending), through the Marketo connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“admins” needs what to do: sia-admin admins list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;: invitation pending (roles known once accepted)</source>
        <extracomment>%1 the name, %2 the email address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;: Admin in %3</source>
        <extracomment>%1 the name, %2 the email address, %3 the workspaces.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n admin(s) or pending invitation(s).</source>
        <translation>
            <numerusform>%n admin or pending invitation.</numerusform>
            <numerusform>%n admins or pending invitations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sia::ApiBudget</name>
    <message>
        <source>SIA Admin has made %1 of the %2 Marketo API calls it may make today (%3 % of the daily quota of %4). It stops until Marketo&apos;s day ends at %5 (midnight US Central time). To go on sooner, raise the Marketo API budget in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIA Admin has made %1 of the %2 Salesforce API requests it may make in 24 hours (%3 % of the org&apos;s %4). It stops until %5, when its oldest request of the last 24 hours no longer counts. To go on sooner, raise the Salesforce API budget in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo&apos;s daily quota of %1 API calls is used up (%2 calls today, by every integration of the subscription). SIA Admin waits until Marketo&apos;s day ends at %3 (midnight US Central time), or ask Marketo support for a higher quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org has used all of its %1 Salesforce API requests of the last 24 hours (%2, by every integration). SIA Admin asks again at %3. To find who uses them, see Setup → System Overview in Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::AppCommandLine</name>
    <message>
        <source>--demo, --sandbox and --data-dir cannot be combined: each chooses the data directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--review opens a file read-only and cannot be combined with --sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--review needs the database file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tour renders the window and cannot be combined with a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a command of sia-admin. Run sia-admin --help for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run sia-admin --help for the options and the exit codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the instance data in DIR (default: SIA_DATA_DIR, else the app-data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a separate demo data directory, leaving your instance untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work against the built-in sandbox, which emulates Marketo Engage and Salesforce, on a data directory of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set one option of the sandbox (with --sandbox): NAME is a flag of sia-sandbox without its dashes, e.g. people=1000, tls or faults=marketo.leads=606@3. Repeat it for more; sia-admin help sandbox lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the PostgreSQL database at URL (postgresql://USER@HOST:PORT/DATABASE, or ?host=/socket/dir) instead of the data directory&apos;s file; default: SIA_DATABASE_URL, else the machine&apos;s saved choice (see: database use). Its password is read from the keychain (see: database set-password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the database FILE (or a postgresql:// URL) read-only for review; it is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render every page to PNG files in DIR and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help; sia-admin help COMMAND shows one command&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this command&apos;s help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“--%1” is not an option of sia-admin itself: the options of a command go with a command, after its name, for example: sia-admin %2 --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox-option sets an option of the sandbox and goes with --sandbox, for example: sia-admin --sandbox --sandbox-option people=1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sandbox-option needs the name of one of the sandbox&apos;s options, for example: --sandbox-option people=1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“help” takes one command at most, for example: sia-admin help step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“--%1” is not an option of %2 (it belongs to %3). The options of %2 are below.</source>
        <extracomment>%1 is an option, %2 the command given, %3 the commands that take the option</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run sia-admin --help for every command and the exit codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIA Admin sets up, keeps healthy and reviews a Sales Insight Actions instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a command without a window; its options follow its name (sia-admin help COMMAND).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render every page to PNG files and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  0    done
  1    refused by a rule of the setup plan (the message says which)
  2    usage error: unknown command, step, action or option
  3    environment error: the database is locked, damaged, read-only or from a newer version,
       its server refuses the login, the keychain is missing, or a server cannot be reached
  4    internal error of SIA Admin (please report it)
  130  interrupted with Ctrl-C: the command stopped cleanly, nothing is half-written
  143  stopped by SIGTERM (or the console closing), as cleanly
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(with any of sia-admin&apos;s global options, such as --data-dir DIR or --review FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::AuditCatalogue</name>
    <message>
        <source>Step %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2. Reason: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps already done that build on it: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisite: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1 of user %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisite confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisite withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to its default value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As %1, from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed checks: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken over from %1; now connected as %2 from %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials of %1 were retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials of %1 could not be retired (%2): retire them by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-over cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous credentials retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous credentials not retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions instance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen from Marketo&apos;s admins; the original user of the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed in; the original user of the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen from Marketo&apos;s admins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmation withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original user, removed before the people sync started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From row %2 of %1.</source>
        <extracomment>%1 the CSV file&apos;s name, %2 its row</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited again after removal or expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by the mail server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation had expired: a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original user, revoked before the people sync started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed invitation(s) queued again</source>
        <translation>
            <numerusform>%n failed invitation queued again</numerusform>
            <numerusform>%n failed invitations queued again</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) left the team.</source>
        <translation>
            <numerusform>%n member left the team.</numerusform>
            <numerusform>%n members left the team.</numerusform>
        </translation>
    </message>
    <message>
        <source>Named in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) invited.</source>
        <translation>
            <numerusform>%n user invited.</numerusform>
            <numerusform>%n users invited.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) invited; teams created: %1.</source>
        <translation>
            <numerusform>%n user invited; teams created: %1.</numerusform>
            <numerusform>%n users invited; teams created: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users imported from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation email delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation email not delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed invitations retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Actions edit was kept (it was the later one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce had deleted the task: the deletion stands over the Actions edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Salesforce edit was kept (it was the later one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 (Salesforce %2) changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task sync conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was never in Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task sync deletes it in Salesforce too (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::AuditCommand</name>
    <message>
        <source>Show the audit log, newest first: who changed what, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log is empty: nothing has been changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N audit entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::AuditLogModel</name>
    <message>
        <source>%1 by %2 on %3: %4. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::BccChecklist</name>
    <message>
        <source>Activate Email to Salesforce (a Salesforce admin, once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Salesforce Setup: Email Administration → Email to Salesforce → Edit, tick Active, then Save. Until this is done, users do not see “My Email to Salesforce” in their settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where emails are logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the same page, decide whether emails are added to leads, contacts and opportunities, and what happens to an email that matches no record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find your Email-to-Salesforce address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Salesforce: your name → My Settings → Email → My Email to Salesforce. Copy the long address shown there into your Email-to-Salesforce address in My Account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the address you send from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the same page, put every address you send sales email from in “My Acceptable Email Addresses”. Salesforce ignores a BCC from any other address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where your emails are logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still there, choose whether emails go to leads, contacts and opportunities, and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sending address is not an acceptable one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email sent from an address missing from “My Acceptable Email Addresses” is dropped without a word. Add the address and send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org&apos;s email security refuses the sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If Salesforce&apos;s email security settings (Setup → Email Administration → Deliverability and the org&apos;s compliance settings) refuse mail that fails SPF, DKIM or DMARC checks, the BCC from your mail server is refused. Ask your mail admin to sign outgoing mail, or your Salesforce admin to review those settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One email matches several records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the recipient&apos;s address belongs to several leads or contacts, Salesforce logs the email on one of them or on none, as the Email to Salesforce settings say. Merge the duplicates, or check the “unresolved items” list in Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email-to-Salesforce addresses end in salesforce.com (for example emailtosalesforce@….salesforce.com). Check that you copied the address from My Email to Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::BudgetCommand</name>
    <message>
        <source>--%1 needs a share of the daily allowance from 1 to 100 (percent); “%2” is not one.</source>
        <extracomment>%1 the option, %2 what was given.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 calls by SIA Admin in the current day; the daily limit is not known yet (the service tells it with its first answer); cap %3 %.</source>
        <extracomment>%1 the service, %2 this product&apos;s calls, %3 the cap in percent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 calls used in the current day by every integration, %4 of them by SIA Admin, which may make %5 (cap %6 %).</source>
        <extracomment>%1 the service, %2 calls by every integration, %3 the daily limit, %4 this product&apos;s calls, %5 the calls the cap allows this product, %6 the cap in percent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Every integration&apos;s calls as %1 last reported them at %2, with SIA Admin&apos;s calls since added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 has not reported every integration&apos;s calls of this day yet: only SIA Admin&apos;s are counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each service&apos;s API calls of the current day (SIA Admin&apos;s and, as the service last reported them, every integration&apos;s), its daily limit, the cap on SIA Admin&apos;s share and when a stopped client resumes. --marketo and --salesforce change the caps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of Marketo&apos;s daily quota SIA Admin may use, in percent (1 to 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The share of the Salesforce org&apos;s daily API requests SIA Admin may use, in percent (1 to 100).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::BulkExportPipeline</name>
    <message>
        <source>Marketo&apos;s daily bulk export quota is used up (%1). The sync is paused at its checkpoint: resume it after midnight US Central time, when the quota resets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync stopped at its checkpoint: %1 kept failing (%2). Resume the sync when Marketo answers again.</source>
        <extracomment>%1 says what failed (&quot;downloading an export file&quot;), %2 is the last error&apos;s message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>creating an export job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enqueueing an export job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asking an export job&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>downloading an export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verifying an export file&apos;s checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export file %1 cannot be written (%2). Free some disk space or fix the folder&apos;s permissions, then resume the sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export file of job %1 failed its checksum three times; a new export is made for its window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::CheckCommand</name>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every check passed (failed: %1).</source>
        <extracomment>%1 lists the checks that failed, as service.key.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      Fix: %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; 1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  %2 (%3): %4</source>
        <extracomment>One check&apos;s line: %1 passed/FAILED/skipped, %2 its name, %3 the time taken, %4 what it found.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every named check of both services, each when connected (reachable, TLS, credentials accepted, API access, daily quota or requests left, the proxy; for Salesforce also the user&apos;s permissions) and record what they found; exit code 3 if one fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo: not connected (sia-admin connect marketo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce: not connected (sia-admin connect salesforce).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the checks could not run: %2 [%3]</source>
        <extracomment>%1 the service, %2 what happened, %3 its code.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service is connected, so there is nothing to check. Connect Marketo (sia-admin connect marketo) and Salesforce (sia-admin connect salesforce) first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::CheckPrerequisitesCommand</name>
    <message>
        <source>Check from Marketo&apos;s data that the Marketo-Salesforce sync is set up (its people carry Salesforce IDs and owners) and record the result as that prerequisite&apos;s state; needs the Marketo connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::ChecklistCommand</name>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT DONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [%1] %2: %3</source>
        <extracomment>One item: %1 its state, %2 its key, %3 its title.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      The API cannot tell: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      To do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not complete yet. Confirm an item by hand: sia-admin checklist confirm ITEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sia-admin checklist [confirm ITEM | withdraw ITEM]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 7: the checklist of configuring Actions in Salesforce, each item verified through the Salesforce API where it can be. “checklist confirm ITEM” records your confirmation by hand of an item the API cannot tell; “checklist withdraw ITEM” takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::CliContext</name>
    <message>
        <source>The command was interrupted and stopped before changing anything more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::CliRunner</name>
    <message>
        <source>sia-admin: %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” changes the instance, but --review opens it read-only. Run it without --review, on the instance&apos;s data directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::ColumnMapping</name>
    <message numerus="yes">
        <source>%1 is mapped to column %2, but the file has %n column(s).</source>
        <translation>
            <numerusform>%1 is mapped to column %2, but the file has %n column.</numerusform>
            <numerusform>%1 is mapped to column %2, but the file has %n columns.</numerusform>
        </translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is mapped to the email address, and nobody can be invited without one: choose the column that holds the addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are both mapped to the column “%3”: map each column to one field only.</source>
        <extracomment>%1 and %2 two fields, %3 the column&apos;s header.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved mapping names “%1”, which is not a field (they are: email, first-name, last-name, name, role, teams).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved mapping&apos;s “%1” is not a column&apos;s header text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::CommonCliOptions</name>
    <message>
        <source>Write the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who makes the change (default: SIA_ACTOR, else your user name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” takes no arguments, but was given: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::ConnectCommand</name>
    <message>
        <source>The REST endpoint (Marketo: Admin, Web Services).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity URL (Marketo: Admin, Web Services).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custom service&apos;s client ID (Marketo: Admin, LaunchPoint, View Details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect marketo needs --endpoint URL (Marketo: Admin, Web Services).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect marketo needs --identity URL (Marketo: Admin, Web Services).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect marketo needs --client-id ID (Marketo: Admin, LaunchPoint, the custom service, View Details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret was given on standard input. Type it when asked, or pipe it in: printf &apos;%s\n&apos; &quot;$SECRET&quot; | sia-admin connect marketo --endpoint URL --identity URL --client-id ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo is not connected: not every check passed (failed: %1). The previous connection, if any, is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo is connected as the API user %1, owned by %2 on %3; the client secret is in this computer&apos;s keychain.</source>
        <extracomment>%1 the API user, %2 who connected, %3 the machine.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” needs the service: sia-admin %1 marketo, or sia-admin %1 salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Marketo (step 3): run the named checks with the REST endpoint, identity URL, client ID and the client secret read from standard input (typed without echo on a terminal), and when they pass keep the secret in the keychain and the connection, owned by you. With --sandbox the sandbox&apos;s URLs and test credentials are the defaults. Connect to Salesforce (step 2): log in in the browser (the link is printed; the system browser opens unless --no-browser), then the named checks; the refresh token goes to the keychain only when they pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce: production (login.salesforce.com, the default), sandbox (test.salesforce.com) or the org&apos;s My Domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce: the consumer key of the connected app (or external client app) created for SIA Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce: the app requires its consumer secret; read it from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce: do not open the system browser; only print the login link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 belongs to connect %2.</source>
        <extracomment>%1 the option, %2 the service it belongs to.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect salesforce needs --consumer-key KEY: the consumer key of the connected app created for SIA Admin (Salesforce: Setup, App Manager, the app, View, Manage Consumer Details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consumer secret: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consumer secret was given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this link in a browser to log in to Salesforce; SIA Admin waits for the browser to come back (Ctrl-C cancels):
%1</source>
        <extracomment>%1 the login link. Printed whether or not the browser opened.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to Salesforce in the browser that opens. If none opens, open this link; SIA Admin waits for the browser to come back (Ctrl-C cancels):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser came back; finishing the connection and running the checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was changed: a previous connection, if any, is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce is not connected: not every check passed (failed: %1). The previous connection, if any, is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce is connected: the org %1 (%2, %3) at %4, as %5, owned by %6 on %7; the refresh token is in this computer&apos;s keychain.</source>
        <extracomment>%1 the org&apos;s name, %2 its ID, %3 its edition, %4 the instance, %5 the Salesforce user, %6 who connected, %7 the machine.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::ConnectionCheckRunner</name>
    <message>
        <source>Not run: “%1” did not pass.</source>
        <extracomment>%1 is the name of the check that did not pass, e.g. &quot;Credentials accepted&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::ConnectionHandOver</name>
    <message>
        <source>The connection was disconnected while its previous credentials were being retired.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::ConnectionRepository</name>
    <message>
        <source>SIA Admin is not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No completed hand-over of the %1 connection is waiting for its previous credentials to be retired.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::ConnectionSecrets</name>
    <message>
        <source>The secret %1 is empty. Enter it again; SIA Admin keeps it in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::CsvReader</name>
    <message>
        <source>This file is not UTF-8: some of its bytes mean nothing in UTF-8. Choose the encoding it was saved in (a spreadsheet in Korean often writes EUC-KR, in Traditional Chinese Big5, in Western Europe windows-1252): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not %1: some of its bytes mean nothing in it. Choose the encoding it was saved in: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not UTF-8: line %1 holds bytes that mean nothing in UTF-8 (%2, byte %3 of the file). Choose the encoding it was saved in (a spreadsheet in Korean often writes EUC-KR, in Traditional Chinese Big5, in Western Europe windows-1252): %4.</source>
        <extracomment>%1 the line, %2 the bytes (&quot;0xFF&quot;), %3 their 1-based offset in the file, %4 the encodings to try.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not %1: line %2 holds bytes that %1 does not define or leaves to private use (%3, byte %4 of the file). Choose the encoding it was saved in: %5.</source>
        <extracomment>%1 the encoding chosen, %2 the line, %3 the bytes (&quot;0x81&quot;), %4 their 1-based offset in the file, %5 the encodings to choose from.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an encoding SIA Admin can read. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not text (it holds NUL or other control bytes): it may be a spreadsheet in its own format. Save it as CSV and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not %1: it has an odd number of bytes (%2), and every character of %1 takes two or four. It may have been cut short or saved in another encoding: choose one of %3.</source>
        <extracomment>%1 UTF-16LE or UTF-16BE, %2 the file&apos;s size in bytes, %3 the encodings to choose from.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer cannot decode %1. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not valid %1: line %2 holds half of a character (a lone surrogate, %3, byte %4 of the file). It may have been cut or joined wrongly, or saved in another encoding: choose one of %5.</source>
        <extracomment>%1 UTF-16LE or UTF-16BE, %2 the line, %3 the bytes (&quot;0x00 0xD8&quot;), %4 their 1-based offset in the file, %5 the encodings to choose from.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file holds NUL characters, which text does not: it may be a spreadsheet in its own format. Save it as CSV and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file %1: choose the CSV file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 MB; SIA Admin reads CSV files of up to %3 MB (%4 rows). Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Check that it is not open elsewhere and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the most SIA Admin reads. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it needs a header line (Email, First name, …) and a line per person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has more than %1 rows, the most SIA Admin imports at once. Split it into smaller files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote opened on line %1 is never closed, so the rest of the file would be one cell. Close the quote (or double it, &quot;&quot;, inside a cell) and choose the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header line but nobody under it: add a line per person to invite.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::DatabaseChoice</name>
    <message>
        <source>--database cannot be combined with --demo, --sandbox or --review: each chooses the database. To review a PostgreSQL database, use --review URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database %1, given with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database %1, reviewed read-only (--review).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1, reviewed read-only (--review).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database %1, from the environment variable SIA_DATABASE_URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database %1, this machine&apos;s saved choice (in %2; change it with sia-admin database use URL, or go back to the file with sia-admin database forget).</source>
        <extracomment>%2 is the file that holds the saved choice</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1, in the data directory that %2 chose.</source>
        <extracomment>%2 is the option: --data-dir, --demo or --sandbox</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1, in this machine&apos;s data directory (no --database, SIA_DATABASE_URL or saved choice names a PostgreSQL database).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::DatabaseCommand</name>
    <message>
        <source>Choose the database of this machine and store a shared database&apos;s password. set-password stores the password of the PostgreSQL database this run uses (--database URL, SIA_DATABASE_URL or the saved choice) in the keychain, read from standard input (not shown while typed). use URL saves that PostgreSQL database as this machine&apos;s choice (in the file database.url of the data directory); forget removes it, back to the data directory&apos;s file; show says which database a run uses and why. None of them opens the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“database use” needs the database&apos;s URL, for example: sia-admin database use postgresql://USER@HOST/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“database” needs one of the actions set-password, use URL, forget or show, for example: sia-admin database use postgresql://USER@HOST/DATABASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“database set-password” needs the database: give --database URL (or set SIA_DATABASE_URL, or save it first with sia-admin database use URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“database use” and “database forget” change the choice of this machine&apos;s data directory (SIA_DATA_DIR, else the app-data folder), which --database, --review, --data-dir, --demo and --sandbox do not read: run them without these options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given on standard input. Type it when asked, or pipe it in: printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | sia-admin database set-password --database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 is stored in the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine now uses the PostgreSQL database %1 (saved in %2). If the server asks for a password, store it with: sia-admin database set-password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIA_DATABASE_URL is set and comes first: unset it to use the saved choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved choice of database is removed: this machine uses the database file %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No choice of database is saved: this machine uses the database file %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::DatabaseCredentials</name>
    <message>
        <source>The password is empty. Enter the database user&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::DatabaseLocation</name>
    <message>
        <source>“%1” is not a PostgreSQL database URL. Write it as %2 (or with ?host=/socket/dir for a Unix socket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL contains a password. Leave it out of the URL (URLs end up in settings, shell history and logs) and store it in the keychain instead: sia-admin database set-password --database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL %1 has the parameter “%2”, which SIA Admin does not use. Only ?host=/socket/dir is understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL %1 names no user. Write it as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL %1 names no database. Write it as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL %1 names no server. Write it as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the database URL %1, ?host= must be the absolute path of the server&apos;s socket directory, such as /run/postgresql.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::DatabaseLogin</name>
    <message>
        <source>The PostgreSQL server of %1 refused the login, and its password could not be read from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::DisconnectCommand</name>
    <message>
        <source>Marketo is disconnected; its client secret is no longer in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect Marketo (delete the client secret from this computer&apos;s keychain and the connection from the instance) or Salesforce (revoke the refresh token at Salesforce, delete it from the keychain, then the connection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sia-admin: Salesforce did not revoke the refresh token (%1 [%2]); revoke it in Salesforce: Setup, Connected Apps OAuth Usage.</source>
        <extracomment>%1 why Salesforce did not revoke the token, %2 its code.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce is disconnected; its refresh token is no longer in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::EligibilityRule</name>
    <message>
        <source>The record has no Marketo ID, so it cannot be told apart from the others. Check the export file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Sales Owner: the lead or contact has no owner in Salesforce (or is not in Salesforce). Assign an owner in Salesforce to sync it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead is owned by a Salesforce queue, not by a seller. Assign it to a user to sync it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email address: synced, but Actions cannot email this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address is not a valid address: synced, but emails to it will fail. Correct it in Marketo or Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::EmailAddress</name>
    <message>
        <source>An email address is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address: write it as name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a space in it: an email address has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no “@”: write it as name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has more than one “@”: an email address has exactly one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address: its domain “%2” is not a valid domain name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::EmailApiAvailabilityCheck</name>
    <message>
        <source>The connected Salesforce user %1 does not have the “API Enabled” permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your Salesforce admin to grant “API Enabled” to that user&apos;s profile or a permission set, then open these settings again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Salesforce in step 2, then open these settings again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused API access: the org&apos;s edition has no API access (Professional Edition without the API, Essentials), or the connected user lacks “API Enabled”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email through the API needs Enterprise, Unlimited, Performance or Developer Edition, or Professional Edition with the API added. If the org has it, ask your Salesforce admin to grant “API Enabled” to the connected user. Until then, log email by BCC (the next tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the org has API access could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection (step 2), then open these settings again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::ExtraCaFile</name>
    <message>
        <source>The certificate file %1 to trust cannot be read (%2). Choose the file again, or remove it from the network settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 holds no certificate (PEM or DER). Ask whoever runs the proxy for its CA certificate, usually a .pem or .crt file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate %1 in %2 expired on %3. Ask whoever runs the proxy for its current CA certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::GuiStartup</name>
    <message>
        <source>sia-admin: %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIA Admin cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sia-admin: no display is available for the window. Run it on a desktop, under Xvfb (xvfb-run sia-admin), render the pages with --tour DIR, or use the commands (sia-admin --help).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::HandConfirmationRepository</name>
    <message>
        <source>“%1” was not confirmed by hand, so there is nothing to withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::HandOverRules</name>
    <message>
        <source>The %1 connection belongs to %2, who connected it from %3. To connect as yourself, start a hand-over: once you are connected, %2&apos;s credentials are retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIA Admin is not connected to this service, so there is nothing to hand over. Connect it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already own the %1 connection. A hand-over is started by the admin who takes it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already started taking over the %2 connection on %3. Ask them to finish, or cancel their hand-over first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hand-over of this connection is waiting, so there is none to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1, who started the hand-over, or %2, who owns the connection, can cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was disconnected meanwhile, so there is nothing to take over. Connect it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not started a hand-over of the %1 connection. Start one first, then connect as yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::HealthCommand</name>
    <message numerus="yes">
        <source>  %1 — %2: %n record(s)</source>
        <extracomment>%1 the group (area/code), %2 what kind of error it is; the count is of distinct records.</extracomment>
        <translation>
            <numerusform>  %1 — %2: %n record</numerusform>
            <numerusform>  %1 — %2: %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n record(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n record to %1.</numerusform>
            <numerusform>Wrote %n records to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n failed record(s) of %1 for the next run? [y/N] </source>
        <translation>
            <numerusform>Mark %n failed record of %1 for the next run? [y/N] </numerusform>
            <numerusform>Mark %n failed records of %1 for the next run? [y/N] </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n record(s) for the next run.</source>
        <translation>
            <numerusform>Marked %n record for the next run.</numerusform>
            <numerusform>Marked %n records for the next run.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the sync health: the last runs of the people sync, the task sync and the sales activity logging, their errors grouped by kind with the records each affects and what to do, and today&apos;s API budget. &quot;errors GROUP&quot; lists a group&apos;s records (--csv writes them to a file); &quot;retry GROUP&quot; marks its failed records for the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors: only the records whose reference or message contains TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors: write the group&apos;s records to FILE as CSV instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors --json: at most N records (default 1000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry: do it without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“health %1” needs one group, as “sia-admin health” lists them, for example: sia-admin health %1 tasks/salesforce.FIELD_INTEGRITY_EXCEPTION</source>
        <extracomment>%1 errors or retry.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a group: a group is an area (people, tasks or sales-activities), a slash and an error code, as “sia-admin health” lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not something health does: use errors or retry, or nothing for the overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“health” takes no arguments, but was given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a number of records from 1 up; “%1” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API budget today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 of the %3 calls SIA Admin may make (cap %4 %)</source>
        <extracomment>%1 the service, %2 SIA Admin&apos;s calls today, %3 the calls the cap allows, %4 the cap in percent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 calls by SIA Admin; the daily limit is not known yet (cap %3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No errors in the recent runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    No retry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no errors of the kind &quot;%1&quot; in the recent runs. List the groups with &quot;sia-admin health&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was marked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::ImportPreviewModel</name>
    <message numerus="yes">
        <source>%n row(s) will be invited</source>
        <translation>
            <numerusform>%n row will be invited</numerusform>
            <numerusform>%n rows will be invited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without an email address</source>
        <translation>
            <numerusform>%n row without an email address</numerusform>
            <numerusform>%n rows without an email address</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with an invalid address</source>
        <translation>
            <numerusform>%n row with an invalid address</numerusform>
            <numerusform>%n rows with an invalid address</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeating an earlier address</source>
        <translation>
            <numerusform>%n row repeating an earlier address</numerusform>
            <numerusform>%n rows repeating an earlier address</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) for people already users</source>
        <translation>
            <numerusform>%n row for someone already a user</numerusform>
            <numerusform>%n rows for people already users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) for people already invited</source>
        <translation>
            <numerusform>%n row for someone already invited</numerusform>
            <numerusform>%n rows for people already invited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with an invalid role</source>
        <translation>
            <numerusform>%n row with an invalid role</numerusform>
            <numerusform>%n rows with an invalid role</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with too many cells</source>
        <translation>
            <numerusform>%n row with too many cells</numerusform>
            <numerusform>%n rows with too many cells</numerusform>
        </translation>
    </message>
    <message>
        <source>Will be invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already a user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 of the file, starting on line %2</source>
        <extracomment>%1 the data row&apos;s number (the header not counted), %2 the file&apos;s line it starts on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::ImportReport</name>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not invited: the user was removed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not invited: %1</source>
        <extracomment>%1 why the row was not invited (its check in the preview).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent (%1)</source>
        <extracomment>%1 the SMTP server&apos;s reply.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the outbox: %1</source>
        <extracomment>%1 the .eml file.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <extracomment>%1 why the email could not be sent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::ImportReportModel</name>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::IncrementalPeopleSync</name>
    <message>
        <source>Marketo answered a page of changes with more to come but no position to go on from. Try again later; if it persists, contact support with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the changes in Marketo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the people deleted in Marketo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the opportunity contact roles in Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incremental sync follows the initial sync, which has not completed yet. Start the initial sync first (or resume it), then sync the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce is not connected: the opportunity IDs were left as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity IDs changed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up again the people chosen to retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::InitialPeopleSync</name>
    <message>
        <source>The opportunity IDs were not read: Salesforce&apos;s opportunity contact roles are not available to this sync yet. They are filled in by the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opportunity IDs were not read: Salesforce is not connected. Connect it in step 2; the next sync fills them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo is exporting the people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading the people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the opportunity IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::InstanceRepository</name>
    <message>
        <source>The Actions instance needs a name (your company&apos;s, for example).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database already holds the Actions instance “%1”, created by %2. Step 1 goes on with it: invite its first admin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::InvitationDelivery</name>
    <message numerus="yes">
        <source>%1 %n invitation(s) stay queued and go out with the next round.</source>
        <extracomment>%1 what stopped the round (the transport&apos;s message); %n the invitations left queued</extracomment>
        <translation>
            <numerusform>%1 %n invitation stays queued and goes out with the next round.</numerusform>
            <numerusform>%1 %n invitations stay queued and go out with the next round.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) could not be delivered: see each one&apos;s reason, then retry.</source>
        <translation>
            <numerusform>%n invitation could not be delivered: see each one&apos;s reason, then retry.</numerusform>
            <numerusform>%n invitations could not be delivered: see each one&apos;s reason, then retry.</numerusform>
        </translation>
    </message>
    <message>
        <source>The keychain holds no SMTP password for %1: enter it in the mail settings (File › Mail settings…), or on the command line with sia-admin mail --user %1, which reads it from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail transport could be made for these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outcome could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::InvitationEmail</name>
    <message>
        <source>%1 invited you to %2 in Sales Insight Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are invited to %1 in Sales Insight Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invited you to join %2, a Sales Insight Actions instance, as an admin: you will manage its users, teams and settings as well as use it.</source>
        <extracomment>%1 who invites, %2 the Actions instance</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 invited you to join %2, a Sales Insight Actions instance, as a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are invited to join %1, a Sales Insight Actions instance, as an admin: you will manage its users, teams and settings as well as use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are invited to join %1, a Sales Insight Actions instance, as a user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your team(s): %1.</source>
        <extracomment>%1 the teams, as a list (&quot;Everyone, Sales and Support&quot;)</extracomment>
        <translation>
            <numerusform>Your team: %1.</numerusform>
            <numerusform>Your teams: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The invitation can be accepted until %1. After that, ask an admin to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation does not expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To access the account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Sales Insight Actions with this email address, %1.</source>
        <extracomment>%1 the invitee&apos;s email address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the invitation to the instance when you are asked to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have no password yet, choose one when you are asked to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you did not expect this invitation, you can ignore this email: nothing happens unless you accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This email was sent by SIA Admin for the admins of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::InviteAdminCommand</name>
    <message>
        <source>Step 1: invite one or more admins to the Actions instance; the first admin ever invited becomes the original user. The invitation is recorded as pending: SIA Admin does not send email yet, so tell each invitee yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the Actions instance with this name first, when the database has none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“invite-admin” needs at least one email address: sia-admin invite-admin ada@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Actions instance in this database yet: name it with --instance NAME (your company&apos;s name, for example) and SIA Admin creates it before inviting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the Actions instance “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited %1: the original user of the instance (the first admin invited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invitation(s) recorded as pending, their emails queued: send them with sia-admin users retry (or open step 5 in the window), through the mail settings (sia-admin mail).</source>
        <translation>
            <numerusform>%n invitation recorded as pending, its email queued: send it with sia-admin users retry (or open step 5 in the window), through the mail settings (sia-admin mail).</numerusform>
            <numerusform>%n invitations recorded as pending, their emails queued: send them with sia-admin users retry (or open step 5 in the window), through the mail settings (sia-admin mail).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sia::InviteImportPlan</name>
    <message numerus="yes">
        <source>The team(s) %1 do not exist yet and will be created.</source>
        <translation>
            <numerusform>The team %1 does not exist yet and will be created.</numerusform>
            <numerusform>The teams %1 do not exist yet and will be created.</numerusform>
        </translation>
    </message>
    <message>
        <source>This row has %1 cells but the header only %2: a delimiter or quote is probably missing or extra in it.</source>
        <extracomment>%1 the row&apos;s cells, %2 the header&apos;s.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email address in this row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a role: write admin or user (or leave it empty for user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same address as row %1 (line %2): it is invited once, from that row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already a user of Actions: no invitation is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already invited and not answered yet: no second invitation is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row of the file can be invited, so nobody is: each row&apos;s message says why. Correct the file and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::KeychainCommand</name>
    <message>
        <source>Check that the operating system&apos;s keychain can keep SIA Admin&apos;s secrets: store a throw-away secret, read it back and remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 can keep SIA Admin&apos;s secrets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::KeychainSecretStore</name>
    <message>
        <source>no details given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret Service (org.freedesktop.secrets on the D-Bus session bus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty secret cannot be stored. Enter the secret again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret named &quot;%1&quot; is stored in the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 refused access (%2). Unlock your login keychain in Keychain Access and allow SIA Admin to use it when asked, then try again. SIA Admin never stores secrets anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 refused access (%2). Sign in to Windows with your own account and try again. SIA Admin never stores secrets anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 refused access (%2). Unlock your login keyring (for example in &quot;Passwords and Keys&quot; or KWallet Manager) and allow SIA Admin to use it, then try again. SIA Admin never stores secrets anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 could not be used (%2). Make sure your login keychain exists and is unlocked in Keychain Access, then try again. SIA Admin never stores secrets anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 could not be used (%2). Make sure you are signed in with a Windows account that has a user profile, then try again. SIA Admin never stores secrets anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 could not be used (%2). Install and start gnome-keyring or KWallet in your desktop session and unlock the login keyring, then try again. SIA Admin never stores secrets anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::LeadExportParser</name>
    <message>
        <source>The downloaded export file %1 cannot be read (%2). Check the disk and the folder&apos;s permissions, then resume the sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export file %1 is shorter than the sync&apos;s checkpoint says. Resume the sync: the file is downloaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the export file %1 failed (%2). Check the disk, then resume the sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted value is not closed before the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text follows a closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quote stands inside a value that is not quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export file %1 has no header row it can read. Resume the sync: the file is downloaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export file %1 has no id column, so its people cannot be matched. Resume the sync: the export is made again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n values where the header has %1</source>
        <translation>
            <numerusform>%n value where the header has %1</numerusform>
            <numerusform>%n values where the header has %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The row at byte %1 of the export file has no valid Marketo id; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row at byte %1 of the export file cannot be read (%2); it was skipped. Check the person in Marketo.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::LongJobRunner</name>
    <message>
        <source>Another long job (a sync or an import) is still running on this database. Wait for it to finish, or cancel it, and start this one again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::MailCommand</name>
    <message>
        <source>STARTTLS (the connection upgraded to TLS, which must succeed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS from the first byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no encryption (a local relay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the invitation emails go (step 5). mail: the settings and where mail goes. mail --smtp-host H [--port N] [--security starttls|tls|none] [--user U] [--from ADDR] [--from-name N] [--language L] [--outbox-folder DIR]: send through an SMTP server; with --user the password is read from standard input and kept only in the keychain. mail --outbox: back to the outbox, .eml files in a folder (the default, and the sandbox&apos;s). mail test EMAIL: send a test message the configured way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server&apos;s port (default 587).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starttls (the default, port 587), tls (port 465) or none (a local relay, never with a user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user the SMTP server asks for; its password is read from standard input. An empty user: no authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s address (required with a server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s name (default SIA Admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitations&apos; language: en, ko, zh_TW or sv; empty: the app&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the outbox&apos;s .eml files (default: outbox beside the database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the invitations to the outbox instead of an SMTP server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“mail” takes no arguments but test EMAIL, for example: sia-admin mail test ana@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port needs a port number from 1 to 65535, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a security: use starttls, tls or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--smtp-host needs a host name; to go back to the outbox, use --outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--outbox goes without a server: give either --outbox or --smtp-host (and --user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“mail test” sends with the stored settings: change them first, then test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 for the SMTP server: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SMTP password was given on standard input. Type it when asked, or pipe it in: printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | sia-admin mail --smtp-host HOST --user USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations are written as .eml files to the outbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No SMTP server is set; set one with sia-admin mail --smtp-host HOST --from ADDRESS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations are sent through %1:%2 with %3.</source>
        <extracomment>%1 host, %2 port, %3 the security</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No authentication.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  As %1; the password is in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  As %1; no password is stored: set it with sia-admin mail --user USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: %1 &lt;%2&gt;</source>
        <extracomment>%1 the sender&apos;s name, %2 its address</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the invitations: the app&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the invitations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password of %1 for the SMTP server is in the keychain: set it with sia-admin mail --user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message&apos;s worker ended without an answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message to %1 was written to the outbox: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message to %1 was sent (the server answered: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::MailSettingsEditor</name>
    <message>
        <source>Enter the password of %1 for the SMTP server: none is stored for this user yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test message is still on its way: wait for its answer, then send another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message&apos;s worker ended without an answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::MailSettingsRepository</name>
    <message>
        <source>The SMTP port must be a number from 1 to 65535; %1 is not (587 is usual with STARTTLS, 465 with TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a language the invitations can be written in: use %2, or nothing for the app&apos;s language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address: the sender needs one such as admin@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server name: give only the host, such as smtp.example.com, and the port separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SMTP server needs a sender: give the address the invitations come from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user&apos;s password would go to the SMTP server in clear without encryption: choose STARTTLS or TLS, or use a relay that needs no user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::MailTestMessage</name>
    <message>
        <source>SIA Admin: a test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a test message from SIA Admin. The invitations to the Actions instance will reach their recipients the same way.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::MarketoChecks</name>
    <message>
        <source>Enter the proxy&apos;s password in the proxy settings, or choose another proxy setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo is reached directly, through no proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo is reached through the proxy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers.</source>
        <extracomment>%1 is the host name of the Marketo REST endpoint.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP to the sandbox on this computer: nothing leaves the machine, so no certificate is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 was verified (issued by %2).</source>
        <extracomment>%1 is the host, %2 the certificate&apos;s issuer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 was verified (issued by %2), the extra trusted CA certificate included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo issued an access token for the client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo issued an access token for the API user %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The API user may read people: Marketo described %n person field(s).</source>
        <translation>
            <numerusform>The API user may read people: Marketo described %n person field.</numerusform>
            <numerusform>The API user may read people: Marketo described %n person fields.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the %2 calls of today are used; SIA Admin may make %3 more (its cap is %4 % of the quota).</source>
        <extracomment>%1 calls used today by every integration, %2 the daily quota, %3 the calls SIA Admin may still make, %4 the admin&apos;s cap in percent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily quota left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Marketo, open Admin, LaunchPoint, select the API user&apos;s custom service and click View Details; copy the client ID and client secret again, and the identity URL from Admin, Web Services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your organisation inspects HTTPS, trust its CA certificate as an extra certificate; otherwise check the URL: the host may not be Marketo&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Marketo, open Admin, Users &amp; Roles, Roles, and give the API user&apos;s role the permissions Read-Only Lead (or Read-Write Lead), Read-Only Activity and Access User Management Api.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until midnight US Central time, when Marketo&apos;s day ends, or ask Marketo support for a larger quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the next day, or raise SIA Admin&apos;s share of the quota (the setting budget.marketo-percent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the REST endpoint and identity URLs again from Marketo, Admin, Web Services; if they are right, check the proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer&apos;s network connection, the URL&apos;s host name and port, and any firewall or proxy between this computer and Marketo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the proxy settings and the proxy&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection again in a few minutes; if it keeps failing, contact support with the code %1.</source>
        <extracomment>%1 is the stable error code, for support.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::MarketoConnectionService</name>
    <message>
        <source>REST endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identity URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 “%2” is not a URL. Copy it from Marketo, Admin, Web Services (it looks like https://123-ABC-456.mktorest.com/rest).</source>
        <extracomment>%1 is &quot;REST endpoint&quot; or &quot;identity URL&quot;, %2 what was entered.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 “%2” does not use https. Marketo is reached only over https (plain http is allowed for the sandbox on this computer alone); copy the URL from Marketo, Admin, Web Services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 “%2” holds a user name or a query: enter the URL exactly as Marketo, Admin, Web Services shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client ID: Marketo shows it under Admin, LaunchPoint, the API user&apos;s custom service, View Details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client secret: Marketo shows it beside the client ID (Admin, LaunchPoint, the custom service, View Details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Marketo connection is being worked on already: wait for it to finish, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo is not connected yet. Connect it in step 3 (or with sia-admin connect marketo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Marketo client secret is not in this computer&apos;s keychain: the connection was made on %1, whose keychain holds it. Test it there, or connect again here.</source>
        <extracomment>%1 is the machine the connection was made on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo was disconnected while it was being tested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s client secret is still in the keychain of %2. Ask them to disconnect there, or in Marketo (Admin, LaunchPoint) delete their custom service or reset its secret.</source>
        <extracomment>%1 the previous owner, %2 their machine.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::MarketoConnectionStep</name>
    <message>
        <source>The data sync (step 4) ran over this connection: connect the same Marketo instance again, or the people already synced no longer match it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::MarketoErrors</name>
    <message>
        <source>Marketo did not accept the access token even after a new one was fetched (Marketo code %1: %2). Check that the API user is still active and its custom service still exists, then test the connection again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo refused the call: the API user&apos;s role lacks a permission it needs (Marketo code 603: %1). In Marketo, open Admin, Users &amp; Roles, Roles, give the API user&apos;s role the permission named there, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo is temporarily unable to answer and kept failing after several attempts (Marketo code %1: %2). Try again in a few minutes; if it persists, check Marketo&apos;s status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo&apos;s limit of calls per 20 seconds was reached, also after waiting (Marketo code 606). Another integration probably uses the same subscription heavily: try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo&apos;s daily API quota is used up (Marketo code 607). Calls resume after midnight US Central time; to have more, ask Marketo support to raise the quota or reduce other integrations&apos; use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many calls to Marketo were running at once, also after waiting (Marketo code 615). Another integration probably uses the same subscription: try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo could not read the request SIA Admin sent (Marketo code %1: %2). This is a defect of SIA Admin: please report it with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo does not know the requested resource (Marketo code 610: %1). Check that the REST endpoint URL is the one shown in Marketo under Admin, Web Services.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo has no such person (Marketo code 1004: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo has no field of that name (Marketo code 1006: %1). Check the field&apos;s REST API name in Marketo under Admin, Field Management.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Marketo subscription does not support that filter (Marketo code 1035: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo&apos;s bulk export queue is full or today&apos;s export quota is used up (Marketo code 1029: %1). Wait for running exports to finish, or until midnight US Central time for the quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo refused a value of the request (Marketo code 1003: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo refused the call (Marketo code %1: %2). If this persists, contact support with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Marketo endpoint answered with a web page instead of Marketo&apos;s API (HTTP %1). A proxy, a maintenance page or a wrong URL is in the way: check the REST endpoint and identity URLs shown in Marketo under Admin, Web Services, and any proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo refused a request larger than 1 MB (HTTP 413). This is a defect of SIA Admin: please report it with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo&apos;s server kept failing after several attempts (HTTP %1). Try again in a few minutes; if it persists, check Marketo&apos;s status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo answered with an unexpected HTTP status %1. Check the REST endpoint URL (Admin, Web Services in Marketo); if it is right, contact support with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Marketo host %1 could not be found. Check the REST endpoint and identity URLs (Admin, Web Services in Marketo) and this computer&apos;s network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection, also after several attempts. Check the URL&apos;s port and any firewall or proxy between this computer and Marketo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo did not accept the client ID and secret (%1). Copy both again from Marketo, Admin, LaunchPoint, the API user&apos;s custom service, View Details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo&apos;s identity endpoint refused to issue an access token (HTTP %1, %2). Check the identity URL (Admin, Web Services in Marketo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered something that is not Marketo&apos;s API. Check the REST endpoint and identity URLs shown in Marketo under Admin, Web Services, and any proxy in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Marketo calls allowed for today are used up. Calls resume at %1 (midnight US Central time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Marketo connection lacks its REST endpoint, identity URL, client ID or client secret. Enter all four in step 3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::MarketoPageReader</name>
    <message>
        <source>Marketo kept answering the same page with more to come. Try again later; if it persists, contact support with this code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::MarketoUnsubscribeCheck</name>
    <message>
        <source>Marketo has no person %1 (deleted there since the last sync?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::NetworkCommand</name>
    <message>
        <source>the system&apos;s proxy configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no proxy (direct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how SIA Admin reaches Marketo and Salesforce: the proxy and the extra CA certificate file both clients trust. --proxy system|none|URL (with --proxy-user USER, the password read from standard input and kept in the keychain) and --extra-ca FILE|none change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system (the default), none, or the proxy&apos;s address: http://host:port or socks5://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user the manual proxy asks for; its password is read from standard input. An empty user: the proxy asks for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate file (PEM or DER) to trust besides the system&apos;s CAs, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proxy-user goes with a manual proxy: --proxy http://host:port --proxy-user USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 for the proxy: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy password was given on standard input. Type it when asked, or pipe it in: printf &apos;%s\n&apos; &quot;$PASSWORD&quot; | sia-admin network --proxy URL --proxy-user USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy: %1</source>
        <extracomment>%1 the proxy: &quot;the system&apos;s proxy configuration&quot;, &quot;no proxy (direct)&quot; or its address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  as %1; the password is in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  as %1; no password is stored: set it with sia-admin network --proxy URL --proxy-user USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificates: none (only the system&apos;s CAs are trusted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificates from %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1, valid until %2</source>
        <extracomment>%1 the certificate&apos;s subject, %2 its expiry.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::NetworkProxy</name>
    <message>
        <source>The proxy %1 asks for the password of %2, and none is stored. Enter the proxy password in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::NetworkSettingsEditor</name>
    <message>
        <source>Enter the password of %1 for the proxy: none is stored yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::OutboxTransport</name>
    <message>
        <source>The outbox folder %1 cannot be created: choose a folder you may write to in the mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation could not be written to %1 (%2): check that the outbox folder may be written to and the disk is not full.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::PackageCommand</name>
    <message>
        <source>A note kept with a confirmation by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation guide: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once checked in Salesforce: sia-admin package confirm [--note TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sia-admin package [confirm | withdraw]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 6: is the Marketo Sales Insight package installed in the connected Salesforce org, at which version, and what to do (install, upgrade, nothing). Where the API cannot tell, “package confirm” records your confirmation by hand; “package withdraw” takes it back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::PackageReport</name>
    <message>
        <source>Marketo Sales Insight is not installed in this org (no installed package has the namespace %1). Install it from AppExchange, version %2 or newer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo Sales Insight %1 is installed; this product supports %2. Upgrade it from AppExchange.</source>
        <extracomment>%1 the installed version, %2 the supported one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo Sales Insight %1.%2 is installed: nothing to do (supported: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by hand by %1 on %2 (the Salesforce API cannot tell).</source>
        <extracomment>%1 who, %2 when (UTC).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Salesforce API cannot tell whether the package is installed. %1 Check in Salesforce Setup, Installed Packages, that Marketo Sales Insight %2 or newer is there, then confirm it by hand.</source>
        <extracomment>%1 why the API cannot tell (one or more whole sentences), %2 the supported version.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::PendingSecretStore</name>
    <message>
        <source>The new login holds no such secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>memory (a login being checked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::PeopleCommand</name>
    <message>
        <source>The people the sync wrote, read-only, %1 at a time (--limit N, at most %2) in the order of last name, first name: --search TEXT finds them by name, email, company or Marketo ID; --after CURSOR shows the next page (the cursor is printed under each page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, email or company (their start), or a Marketo ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many people a page shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the page starts: the cursor a previous page printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a number of people from 1 to %1, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a cursor: use the one a previous page of sia-admin people printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No people yet: the people sync has not written any (sia-admin sync start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted in Marketo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More follow: sia-admin people --after %1%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::PeopleSyncEngine</name>
    <message>
        <source>This part of the people sync is not available in this build yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A people sync or a dry run is already running. Wait for it to finish, or pause it, then start the dry run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people sync is already running. Pause or cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A people sync or a dry run is already running. Wait for it to finish, then sync the changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run was stopped before it finished; start it again for a full report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written (%2). Choose another folder and export again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::PeopleSyncStep</name>
    <message>
        <source>The sync has started: the original user, the first admin invited in step 1, must never be removed from the instance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::PeopleTableModel</name>
    <message>
        <source>Deleted in Marketo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted in Marketo on %1; kept so that its tasks and activities keep their person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::PeopleWriter</name>
    <message>
        <source>A field holds bytes that are not text (invalid UTF-8 or a NUL character). Correct the person in Marketo; the next sync retries it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo&apos;s created or updated time is not a point in time. The next sync retries it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::PersonFields</name>
    <message>
        <source>First Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce Contact ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce Lead ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce Account ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce Opportunity ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales Owner ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales Owner Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created in Marketo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated in Marketo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo&apos;s person fields do not include &quot;%1&quot; (%2), which the people sync needs. Check that the Marketo-Salesforce sync is set up and that the API user&apos;s role can read person fields, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::PersonaTableModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2. For the %3. Status: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::PlanDefinition</name>
    <message>
        <source>Set up the Actions account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the Actions instance and invite its first admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Start, so that the other admins see that you are setting up the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Mark done once the first admin is invited. Everyone else is invited in step 5, not from Marketo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance exists and its first admin has been invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Actions to Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize Actions to use your Salesforce org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Start when you begin; either a Marketo admin or a Salesforce admin can do this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce authorized the connection and the org was verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Actions to Marketo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give Actions the Marketo API credentials it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Start when you begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo accepted the client ID and client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the data sync from Marketo to Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the synced fields, then copy the eligible people into Actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Start when you begin: the other admins then know the sync is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Mark done once the initial sync has completed. From then on, the original user must never be removed from the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial sync of people has completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite users to Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite the sellers and managers who will use Actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Start when you begin, or Skip with a reason if nobody else needs Actions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New members join the Everyone team. Choose Mark done once at least one person besides the first admin is invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one person besides the first admin was invited, or the step was skipped on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install or upgrade the Sales Insight package in Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure the Marketo Sales Insight package is installed at a supported version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Start when you begin, preferably after the users are invited (step 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is installed in Salesforce: install Marketo Sales Insight from AppExchange, or upgrade the one that is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Mark done once the package is at a supported version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was found at a supported version, or an admin confirmed it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure Actions in Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the Salesforce side of the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Start when you begin, once the package is installed (step 6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work through the Salesforce configuration checklist in Salesforce Setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Mark done once every item of the checklist is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item of the checklist is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions is enabled for your Marketo Engage account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Adobe account team turns on Sales Insight Actions for the subscription. Ask them (or Marketo support if you have no account team) and confirm here once it is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo is synchronized with Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people sync needs the Marketo to Salesforce sync to be configured, so that people carry Salesforce IDs and owners. Once Marketo is connected this can be checked from the data; until then, confirm it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seven steps connect Actions to Marketo Engage and Salesforce. Marketo admins own steps %1, Salesforce admins steps %2, and either can do step %3. Progress is saved as you go, so another admin can pick up where you left off.</source>
        <extracomment>%1, %2, %3: lists of step numbers, such as &quot;1, 3, 4 and 5&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Marketo, copy the REST endpoint and the identity URL (Admin, Web Services) and the API user&apos;s client ID and client secret (Admin, LaunchPoint, its custom service, View Details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter them under Marketo connection below and choose Connect: each check says what Marketo accepted and, where it did not, what to fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Mark done once every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the instance below, then choose the Marketo admins to invite (they are listed once Marketo is connected, step 3) or type their addresses, and choose Invite. The first person invited becomes the original user of the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the integration details show no client ID or client secret yet, inviting the first admin activates the instance and they appear in Marketo (Admin, Sales Insight, Actions Config): step 3 needs them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under Salesforce connection below, choose the login host (production, sandbox or your My Domain), enter the consumer key of the connected app created for SIA Admin and choose Connect: your browser opens Salesforce&apos;s login; sign in and allow access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the connected org, user and edition are the ones you expect and that every check passed, then choose Mark done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the preview below: the 13 fields that sync, where Marketo and Salesforce fill each, with sample values from your people. Choose Dry run to see, before anything is written, who would sync, who is left out and why, and the duplicate email addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Start sync. Only people with a sales owner (a lead or contact owner in Salesforce) sync. The run can be paused, resumed or cancelled, and after an interruption it resumes from its last checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite people below one at a time by email address, or many at once from a CSV file: check how its columns map and what will happen to each row before you choose Invite.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::PlanSnapshot</name>
    <message>
        <source>Step %1, “%2”, is not done yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prerequisite “%1” is not confirmed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <extracomment>A status and the fact that the step is locked: &quot;Not started (locked)&quot;, &quot;In progress (locked)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::PostgresDialect</name>
    <message>
        <source>The PostgreSQL server of %1 refused the login: the password is wrong or none is stored. Store the right one with: sia-admin database set-password --database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 has no such database. Check the database name in the URL, or ask the server&apos;s administrator to create it (see the README, &quot;PostgreSQL for a team&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 has no such user (role). Check the user name in the URL, or ask the server&apos;s administrator to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 does not let this user connect from here (%2). Ask the server&apos;s administrator to allow it in pg_hba.conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 cannot be reached (%2). Check that the server is running and that the host, port or socket directory in the URL is right, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 has no such database. Check the database name in the URL, or ask the server&apos;s administrator to create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is busy: another admin (or a sync) is writing to it. Wait for them to finish and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another admin changed the same data in %1 at the same moment, so nothing was changed. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be written: it is open for review only, or the server is a read-only standby. Open it without --review, or point --database at the primary server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk of the PostgreSQL server of %1 is full. Ask the server&apos;s administrator to free some space, then try again; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server of %1 is overloaded (%2). Try again in a moment, or ask the server&apos;s administrator to raise its limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user in %1 lacks a privilege SIA Admin needs (%2). Ask the server&apos;s administrator to make that user the owner of the database (see the README, &quot;PostgreSQL for a team&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 reported an unexpected error: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::PrerequisiteCommand</name>
    <message>
        <source>Confirm or withdraw a prerequisite (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“prerequisite” needs a key and confirm or withdraw, for example: sia-admin prerequisite actions-enabled confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a prerequisite. %2</source>
        <extracomment>%2 is the sentence listing the prerequisites</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither confirm nor withdraw.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisite %1 is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisite %1 is withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on the prerequisite.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::ProxyChoice</name>
    <message>
        <source>The proxy setting “%1” is not one SIA Admin knows. Choose the system&apos;s proxy, no proxy or a manual proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manual proxy needs its address as http://host:port or socks5://host:port (with user@ before the host if it asks for a password); “%1” is not one. Correct the proxy setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy&apos;s address must not contain its password. Enter the address without it; SIA Admin keeps the password in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SalesActivityEngine</name>
    <message>
        <source>The activity logging is already running. Wait for it to finish, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SalesActivityLog</name>
    <message>
        <source>Logging sales activities to Marketo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo is not connected: its activities wait until it is (step 3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging sales emails and calls to Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce is not connected: emails and calls wait until it is (step 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity logging was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo answered %1 results for %2 activities sent. They stay waiting and are sent again on the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo did not log the activity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Marketo subscription has no activity type “%1”; the activity waits until it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Salesforce org has no closed task status, so a logged email or call cannot be recorded as done. Ask your Salesforce admin to mark one Task Status as closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce answered %1 results for %2 tasks sent. The next run looks for them before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused the task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is not a lead or contact in Salesforce yet, so the task waits until the people sync links them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n activity record(s) logged.</source>
        <translation>
            <numerusform>%n activity record logged.</numerusform>
            <numerusform>%n activity records logged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be logged and are sent again on the next run.</source>
        <translation>
            <numerusform>%n could not be logged and is sent again on the next run.</numerusform>
            <numerusform>%n could not be logged and are sent again on the next run.</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing unsubscribes with Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce answered %1 results for %2 unsubscribes sent. They stay waiting and are sent again on the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s %1 %2 is gone from Salesforce, so their unsubscribe stays in Actions only: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused the unsubscribe (Email Opt Out): %1. It is sent again on the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unsubscribe(s) sent to Salesforce.</source>
        <translation>
            <numerusform>%n unsubscribe sent to Salesforce.</numerusform>
            <numerusform>%n unsubscribes sent to Salesforce.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email opt-out change(s) taken from Salesforce.</source>
        <translation>
            <numerusform>%n email opt-out change taken from Salesforce.</numerusform>
            <numerusform>%n email opt-out changes taken from Salesforce.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sia::SalesActivityRepository</name>
    <message>
        <source>No person in Actions has the Marketo ID %1. Run the people sync (step 4) if they are new in Marketo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person in Actions has the email %1. Run the people sync (step 4) if they are new in Marketo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several people in Actions have the email %1 (Marketo keeps duplicates apart). Name one by its Marketo ID instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no person %1 in Actions. Sync the people from Marketo (step 4) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted in Marketo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is unsubscribed in Marketo, and this instance checks Marketo&apos;s unsubscribe before a seller emails (email.check-marketo-unsubscribe).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Actions user %1: invite the seller first (step 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject has %1 characters; Salesforce and Marketo keep at most 255. Shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity was stored without an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has Email Opt Out set in Salesforce (taken into Actions; changed %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unsubscribed in Actions (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SalesforceApi</name>
    <message>
        <source>&apos;%1&apos; is not a Salesforce record ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>SIA Admin tried to write %n record(s) in one call; Salesforce takes 1 to 200. This is a defect of SIA Admin: please report it with this code.</source>
        <translation>
            <numerusform>SIA Admin tried to write %n record in one call; Salesforce takes 1 to 200. This is a defect of SIA Admin: please report it with this code.</numerusform>
            <numerusform>SIA Admin tried to write %n records in one call; Salesforce takes 1 to 200. This is a defect of SIA Admin: please report it with this code.</numerusform>
        </translation>
    </message>
    <message>
        <source>Salesforce has no user %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SalesforceAuthorization</name>
    <message>
        <source>This login is no longer awaited by SIA Admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the redirect carried no authorization code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIA Admin received the login and is finishing the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIA Admin: logged in to Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIA Admin: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this window and return to SIA Admin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SalesforceChecklist</name>
    <message>
        <source>The Marketo Sales Insight package is installed at a supported version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 6: install or upgrade Marketo Sales Insight from AppExchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tooling API: InstalledSubscriberPackage with the namespace mkto_si, then its SubscriberPackageVersion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connected Salesforce user has API Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Setup, give the user&apos;s profile or one of its permission sets the API Enabled permission (the org&apos;s edition must include the API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SOQL: the user&apos;s Profile.PermissionsApiEnabled and each PermissionSetAssignment&apos;s PermissionSet.PermissionsApiEnabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connected user can create and edit tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales emails, calls and reminders are logged to Salesforce as tasks: give the user Create and Edit on Task (Activities) in the profile or a permission set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe of Task: createable and updateable for the connected user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email to Salesforce is active (only for logging email by BCC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Setup, Email Administration, Email to Salesforce: Edit, tick Active, Save. Each user then sets up their own address under My Settings, Email, My Email to Salesforce. Confirm by hand once done, or with a note if email is logged through the API instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (profile %2) has API Enabled.</source>
        <extracomment>%1 the username, %2 the profile.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (profile %2) has no API Enabled, from the profile or any permission set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task is createable and updateable for the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user can create tasks but not edit them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user can edit tasks but not create them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user can neither create nor edit tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist has no item “%1”; its items are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Salesforce API verifies “%1”, so it is not confirmed by hand: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SalesforceChecks</name>
    <message>
        <source>Salesforce is reached directly, through no proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce is reached through the proxy %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login host %1 answers.</source>
        <extracomment>%1 the login host. The instance is not known before the first login.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login host %1 and the org&apos;s instance %2 answer.</source>
        <extracomment>%1 the login host, %2 the org&apos;s instance.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP to the sandbox on this computer: nothing leaves the machine, so no certificate is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (issued by %2)</source>
        <extracomment>%1 a host, %2 its certificate&apos;s issuer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates were verified, the extra trusted CA certificate included: %1.</source>
        <extracomment>%1 lists the hosts with their certificates&apos; issuers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificates were verified: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 issued a fresh access token from the stored refresh token; the org&apos;s API is at %2.</source>
        <extracomment>%1 the login host, %2 the org&apos;s instance.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The REST API answers for the org %1 (%2).</source>
        <extracomment>%1 the org&apos;s name, %2 its edition.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused API access, and the org&apos;s edition (%1) includes the API: the connected user lacks the &quot;API Enabled&quot; permission (%2).</source>
        <extracomment>%1 the org&apos;s edition, %2 Salesforce&apos;s own message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused API access: the org&apos;s edition (%1) has no API access (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional Edition needs Salesforce&apos;s API add-on (ask your Salesforce account executive); Enterprise, Unlimited, Performance and Developer Edition include the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has every permission SIA Admin needs: API Enabled; read Lead, Contact, Account, Opportunity and Opportunity Contact Role; create and edit Task.</source>
        <extracomment>%1 the connected user&apos;s username.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lacks permissions SIA Admin needs: %2.</source>
        <extracomment>%1 the connected user&apos;s username, %2 the missing permissions.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the org&apos;s %2 API requests of the last 24 hours are used; SIA Admin may make %3 more (its cap is %4 % of the limit).</source>
        <extracomment>%1 requests used in the last 24 hours by every integration, %2 the org&apos;s daily limit, %3 the requests SIA Admin may still make, %4 the admin&apos;s cap in percent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure connection (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily API requests left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read Opportunity Contact Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Salesforce Setup, give the connected user &quot;API Enabled&quot; (Users, the user&apos;s profile or a permission set, System Permissions), or connect as a user who has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Salesforce Setup, give the connected user Read on Opportunity (contact roles follow the opportunity) in the profile or a permission set (Object Settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Salesforce Setup, give the connected user Read on %1 in the profile or a permission set (Object Settings, %1, Object Permissions).</source>
        <extracomment>%1 an object: Lead, Contact, Account, Opportunity.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Salesforce Setup, give the connected user Read, Create and Edit on Task (Object Settings, Tasks, in the profile or a permission set; tasks are &quot;Edit Tasks&quot; in a profile&apos;s General User Permissions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Salesforce again in step 2 (or with sia-admin connect salesforce): the stored authorization no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the connected app&apos;s consumer secret (Setup, App Manager, the app, View, Manage Consumer Details) with the connection, or turn off &quot;Require Secret for Web Server Flow&quot; and &quot;Require Secret for Refresh Token Flow&quot; in the app&apos;s OAuth settings; then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your organisation inspects HTTPS, trust its CA certificate as an extra certificate; otherwise check the login host: it may not be Salesforce&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either the org&apos;s edition has no API access (Professional Edition needs the API add-on), or the connected user lacks &quot;API Enabled&quot;: in Salesforce Setup, check the user&apos;s profile or permission sets (System Permissions, API Enabled), or connect as a user who has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the OAuth scope &quot;api&quot; (Manage user data via APIs) to the connected app, then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until earlier requests drop out of the rolling 24 hours, or ask Salesforce to raise the org&apos;s daily API request limit (Setup, Company Information shows the usage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until earlier requests drop out of the rolling 24 hours, or raise SIA Admin&apos;s share of the limit (the setting budget.salesforce-percent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the login host (login.salesforce.com, test.salesforce.com or the org&apos;s My Domain) and the proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer&apos;s network connection, the login host&apos;s name, and any firewall or proxy between this computer and Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the proxy settings and the proxy&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock this computer&apos;s keychain (or start its keyring service), then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection again in a few minutes; if it keeps failing, contact support with the code %1.</source>
        <extracomment>%1 is the stable error code, for support.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SalesforceConnectionService</name>
    <message>
        <source>Salesforce was disconnected meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login host “%1” is not a Salesforce login host: choose production (login.salesforce.com), sandbox (test.salesforce.com) or the org&apos;s My Domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the consumer key of the connected app (or external client app) created for SIA Admin: Salesforce shows it under Setup, App Manager, the app, View, Manage Consumer Details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Salesforce connection is being worked on already: wait for it to finish (or cancel the login), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce is not connected yet. Connect it in step 2 (or with sia-admin connect salesforce).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce&apos;s refresh token is not in this computer&apos;s keychain: the connection was made on %1, whose keychain holds it. Work there, or connect again here (a hand-over, when another admin owns it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SalesforceConnectionStep</name>
    <message>
        <source>Steps that build on it were done over this connection (%1): connect the same Salesforce org again, or check them once it is connected.</source>
        <extracomment>%1: step numbers, such as &quot;6 and 7&quot; or &quot;7&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SalesforceCredentialRetirement</name>
    <message>
        <source>%1&apos;s refresh token is in the keychain of %2, not of this computer. Ask them to disconnect there, or revoke it in Salesforce (Setup, Connected Apps OAuth Usage, the app, the user, Revoke).</source>
        <extracomment>%1 the previous owner, %2 their machine.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SalesforceErrors</name>
    <message>
        <source>Salesforce ended the session and refused the refreshed one too (INVALID_SESSION_ID: %1). Connect to Salesforce again in step 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused this session for its REST API (INVALID_SESSION_ID: %1). The connected app must grant the scope &quot;api&quot; (Manage user data via APIs): add it to the app&apos;s OAuth scopes in Salesforce, then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused API access (API_DISABLED_FOR_ORG: %1). Either the org&apos;s edition has no API access (Professional Edition needs the API add-on; Enterprise, Unlimited, Performance and Developer include it), or the connected user&apos;s profile or permission sets lack the &quot;API Enabled&quot; permission. Ask a Salesforce administrator to enable it for this user, or connect as a user who has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce has the API switched off for this org or user at the moment (API_CURRENTLY_DISABLED: %1). A Salesforce administrator must re-enable API access (the &quot;API Enabled&quot; permission, or the org&apos;s API access), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org&apos;s daily Salesforce API requests are used up (REQUEST_LIMIT_EXCEEDED: %1). Calls work again as earlier requests drop out of the rolling 24 hours; Setup, Company Information shows the usage, and Salesforce can raise the limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connected Salesforce user may not change this record (%1: %2). Give the user create and edit access to the object (and sharing access to the related record), or connect as a user who has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trigger, flow or validation in the Salesforce org refused the change (CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY: %1). Ask the Salesforce administrator to look at the automation named in the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce could not serve the request and kept failing after several attempts (%1: %2). Try again in a few minutes; if it persists, check trust.salesforce.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce has no such record, or it was deleted (%1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce could not read the request SIA Admin sent (%1: %2). If the message names a field or object, check that the connected user can see it; otherwise this is a defect of SIA Admin: please report it with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused the time window of changes asked for (INVALID_REPLICATION_DATE: %1): changes are kept for 30 days. Run a full read instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused a value of the record (%1: %2). Check the value named in the message against the field in Salesforce (its picklist values, length or relation).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused the call (HTTP %1, %2: %3). If this persists, contact support with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce no longer accepts this connection&apos;s authorization (invalid_grant: %1): it was revoked, expired, or replaced by a newer one (rotation, or a sixth login of the same user). Connect to Salesforce again in step 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused the connected app&apos;s credentials (invalid_client: %1). The app requires its consumer secret, or the one entered is wrong: copy the consumer secret from the connected app in Salesforce (Setup, App Manager, View, Manage Consumer Details) into the connection&apos;s settings, or turn off &quot;Require Secret&quot; for the web server and refresh token flows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce does not know the consumer key (invalid_client_id: %1). Copy it again from the connected app (Setup, App Manager), and check the login host: a sandbox org logs in at test.salesforce.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused the callback URL (redirect_uri_mismatch: %1). Register every URL of the setting salesforce.callback-urls, exactly, as callback URLs of the connected app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused the login (%1: %2): the user or the org is inactive. Connect as an active user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce&apos;s login host refused the request (%1: %2). Check the login host and the connected app&apos;s settings, then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with a web page instead of Salesforce&apos;s API (HTTP %2). A proxy, a maintenance page or a wrong login host is in the way: check the login host (login.salesforce.com, test.salesforce.com or the org&apos;s My Domain) and any proxy settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce&apos;s server kept failing after several attempts (HTTP %1). Try again in a few minutes; if it persists, check trust.salesforce.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce answered with an unexpected HTTP status %1 from %2. Check the login host; if it is right, contact support with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Salesforce host %1 could not be found. Check the login host (or the org&apos;s My Domain) and this computer&apos;s network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered something that is not Salesforce&apos;s API. Check the login host (login.salesforce.com, test.salesforce.com or the org&apos;s My Domain) and any proxy in between.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every callback URL of the setting %1 is in use by another program or cannot be listened on (%2). Close the program that holds the port, or add another URL to the setting and register it, exactly, in the connected app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to Salesforce was cancelled. Nothing was changed; connect again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No answer came back from the browser within %n second(s): the login was not completed, or the browser could not reach SIA Admin&apos;s callback. Connect again; if the browser did not open, copy the login link into it.</source>
        <translation>
            <numerusform>No answer came back from the browser within %n second: the login was not completed, or the browser could not reach SIA Admin&apos;s callback. Connect again; if the browser did not open, copy the login link into it.</numerusform>
            <numerusform>No answer came back from the browser within %n seconds: the login was not completed, or the browser could not reach SIA Admin&apos;s callback. Connect again; if the browser did not open, copy the login link into it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer came back from the browser within %n minute(s): the login was not completed, or the browser could not reach SIA Admin&apos;s callback. Connect again; if the browser did not open, copy the login link into it.</source>
        <translation>
            <numerusform>No answer came back from the browser within %n minute: the login was not completed, or the browser could not reach SIA Admin&apos;s callback. Connect again; if the browser did not open, copy the login link into it.</numerusform>
            <numerusform>No answer came back from the browser within %n minutes: the login was not completed, or the browser could not reach SIA Admin&apos;s callback. Connect again; if the browser did not open, copy the login link into it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The browser came back with an answer that does not belong to this login (its state does not match), so it was refused: it may be an old tab or another program. Connect again, and finish the login in the browser tab that opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was denied in Salesforce (%1), so SIA Admin is not connected. Connect again and choose Allow, or ask a Salesforce administrator whether the user may use the connected app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce did not authorize the connection (%1: %2). Check the connected app&apos;s settings (OAuth enabled, PKCE, the callback URLs and scopes api and refresh_token), then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org offers no REST API version SIA Admin supports (its newest is %1). Check the login host; an org this old needs Salesforce support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIA Admin is not connected to Salesforce on this computer (no refresh token in the keychain). Connect in step 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce granted no refresh token, so the connection would end with the session. Add the OAuth scope &quot;refresh_token, offline_access&quot; (Perform requests at any time) to the connected app, then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce issued a new refresh token but the keychain could not keep it (%1), so it was not used. Unlock or repair the keychain, then connect to Salesforce again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SalesforceLoginHost</name>
    <message>
        <source>&apos;%1&apos; is not a My Domain of Salesforce. Enter the name before .my.salesforce.com, as shown in Salesforce under Setup, My Domain (for example acme or acme.my.salesforce.com).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SalesforcePackageConfigStep</name>
    <message>
        <source>Actions is configured inside the Sales Insight package: install or upgrade it first (step 6).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SalesforcePackageService</name>
    <message>
        <source>The Salesforce API tells what to do with the package, so it is not confirmed by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SalesforcePackageStep</name>
    <message>
        <source>The package is installed or upgraded after the users are invited (step 5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SalesforceSyncCheck</name>
    <message>
        <source>Marketo returned nobody among the first %1 Marketo IDs, so the data cannot tell whether the Marketo-Salesforce sync is set up: confirm it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SalesforceSyncFindings</name>
    <message>
        <source>Checked in Marketo: %1 of %2 sampled people carry a Salesforce ID and an owner (%3 with an ID, %4 with an owner); the Marketo-Salesforce sync is set up.</source>
        <extracomment>%1 people with both, %2 sampled, %3 with a Salesforce ID, %4 with an owner.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in Marketo: none of %1 sampled people carries both a Salesforce ID and an owner (%2 with an ID, %3 with an owner). Set up the Marketo-Salesforce sync in Marketo (Admin, Salesforce) and check again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SandboxStartup</name>
    <message>
        <source>the sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox of sia-admin --sandbox takes the options of sia-sandbox, each given as
--sandbox-option NAME[=VALUE], NAME being the flag without its dashes, for example:
  sia-admin --sandbox --sandbox-option people=1000 --sandbox-option tls \
      --sandbox-option faults=marketo.leads=606@3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sia-admin: the sandbox is serving Marketo at %1, Salesforce&apos;s login at %2 and Salesforce&apos;s instance (its REST API) at %3</source>
        <extracomment>%1 is Marketo&apos;s REST URL, %2 Salesforce&apos;s login host (OAuth), %3 its instance (the REST API).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SavedDatabaseChoice</name>
    <message>
        <source>The saved choice of database in %1 cannot be read (%2). Check the file&apos;s permissions, or remove it with sia-admin database forget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved choice of database in %1 is not a PostgreSQL URL without a password. Save it again with sia-admin database use URL, or remove it with sia-admin database forget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice of database cannot be saved in %1 (%2). Check that the data directory is writable, or give --database URL (or SIA_DATABASE_URL) on every run instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice of database cannot be saved: the data directory %1 cannot be created. Check its parent&apos;s permissions, or give --database URL (or SIA_DATABASE_URL) on every run instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved choice of database in %1 cannot be removed (%2). Check the data directory&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SecretProbe</name>
    <message>
        <source>The %1 did not give back the secret just stored in it, so it cannot be trusted with secrets. Check its configuration or use another keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SettingsChange</name>
    <message>
        <source>instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance&apos;s own value cannot be replaced by the instance&apos;s value: set a value instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → the instance&apos;s value, %3 (%4)</source>
        <extracomment>%1 the setting, %2 its value before, %3 after, %4 whose (&quot;instance&quot;, a user&apos;s email)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <extracomment>%1 the setting, %2 its fields that change (&quot;replies logged: off → on; …&quot;), %3 whose</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SettingsCommand</name>
    <message>
        <source>%1 is on or off; “%2” is neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a whole number; “%2” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a JSON object, for example {&quot;logReplies&quot;: true}; “%2” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is recorded by SIA Admin itself and cannot be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show, set, unset: a user&apos;s own values instead of the instance&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: apply without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: sia-admin %1</source>
        <extracomment>%1 the usage, e.g. &quot;settings set KEY VALUE&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not something settings does: use show, set, unset, export or import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a setting. The sync settings are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“settings unset” removes a user&apos;s own value so that the instance&apos;s applies again: say whose with --user EMAIL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export and import cover the instance and every user at once: --user does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user may override every setting but the unsubscribe check and the interval: sia-admin settings show --user EMAIL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: that is the value that applies already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be written to %1: %2. Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the settings to %1 (no secrets: passwords and tokens stay in the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped, not a setting of this version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped, no such user here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: the file&apos;s settings are those that apply here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file would make %n change(s):</source>
        <translation>
            <numerusform>The file would make %n change:</numerusform>
            <numerusform>The file would make %n changes:</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or change the Salesforce sync settings (email through the API or by BCC, the task sync), for the instance or one user (--user), and export or import them as a file. Saving the task sync&apos;s setting with the sync on runs it now, with its progress (--no-sync: later, with sia-admin tasks sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set, unset, import: save the task sync&apos;s setting without running the sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task sync is on. Only tasks created in Actions from now on are sent to Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the task sync now, as saving its setting does:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task sync runs once Salesforce is connected: sia-admin connect salesforce, then sia-admin tasks sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync did not run now (--no-sync): run “sia-admin tasks sync” to import Salesforce&apos;s tasks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SettingsFile</name>
    <message>
        <source>The setting %1 looks like a secret, which settings never hold; nothing was exported. Report this with the setting&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a settings file of SIA Admin (JSON error at byte %1: %2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is JSON but not a settings file of SIA Admin (it has no &quot;format&quot;: &quot;%1&quot;). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was written by a newer SIA Admin (%1, settings format %2; this one reads format %3). Update SIA Admin, or export the settings again from the newer one in an older format. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file has no format version. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 has a value of the wrong kind</source>
        <extracomment>%1 whose (&quot;instance&quot;, an email), %2 the setting</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SettingsModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 (%3), changed by %4 on %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SettingsRepository</name>
    <message>
        <source>Every change of a setting must name who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 holds a value of type %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 must be between %2 and %3; %4 is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 is one of %2; “%3” is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 is an email address; “%2” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 is a URL such as https://host:port/path; “%2” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 must not contain a password. Enter the URL without it; SIA Admin keeps the password in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 belongs to each user: name the user whose value to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no setting named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 belongs to each user, not to the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 belongs to the instance; a user cannot have their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user %1 to keep the setting %2 for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 is a time zone such as Europe/Paris or America/Los_Angeles; “%2” is not one this computer knows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SetupPlan</name>
    <message>
        <source>There is no step %1: the steps are numbered 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 is done. Reopen it first to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step can only be marked blocked with a reason: say what stands in the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step can only be skipped with a reason: say why it is not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 cannot be worked on yet. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 is already skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 cannot be skipped: steps %2 depend on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 is not done, blocked or skipped, so there is nothing to reopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change must name who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no prerequisite named %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SmtpTransport</name>
    <message>
        <source>No SMTP server is set: set one in the mail settings, or use the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender “%1” is not an email address that can be sent from, so nothing was sent: check the sender&apos;s address in the mail settings (no spaces, line breaks or angle brackets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an email address that can be sent to, so this message was not sent (no spaces, line breaks or angle brackets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server %1 is not known (the name does not resolve): check the server&apos;s name in the mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server %1 cannot be reached (%2): check the server and port in the mail settings, and that a firewall lets this computer reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server %1 stopped answering (%2): try again later, or check the server and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server %1 does not offer STARTTLS, so nothing was sent (the message and password never go in clear): choose TLS (usually port 465) in the mail settings, or ask the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server %1&apos;s certificate cannot be trusted (%2), so nothing was sent. If your organisation uses its own certificate authority, name its certificate in the network settings (extra CA file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with the SMTP server %1 failed (%2): check the security choice and port (STARTTLS is usually 587, TLS 465).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server %1 refused the user %2 or its password (%3): check both in the mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server refused the recipient %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server %1 requires authentication (%2): set the user and password in the mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server refused the sender %1 (%2): check the sender&apos;s address in the mail settings; the server may only accept the user&apos;s own address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMTP server %1 refused the message: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the SMTP server %1 failed (%2): check the server, port and security in the mail settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SqliteDialect</name>
    <message>
        <source>The database %1 is locked by another program (perhaps another SIA Admin window or a sync). Close the other program, or wait for it to finish, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be written: the file or its folder is read-only. Give your user write access to both, or open the file for review only (--review).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a readable SIA Admin database (it is damaged or of another kind). It was left untouched. Restore it from a backup, or choose another data directory with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full. Free some space and try again; nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot be opened (%2). Check that the folder exists and that your user may read and write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 reported an unexpected error: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::StatusCommand</name>
    <message>
        <source>Show the persona table: every step&apos;s persona, status, owner and last change, and the prerequisites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup of the Actions instance in %1 (read-only review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup of the Actions instance in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— confirmed by %1, %2</source>
        <extracomment>%1 is who, %2 when</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— withdrawn by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 is blocked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 is skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n steps done.</source>
        <extracomment>%1 is how many steps are done, %n how many the plan has</extracomment>
        <translation>
            <numerusform>%1 of %n step done.</numerusform>
            <numerusform>%1 of %n steps done.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: step %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::StepCommand</name>
    <message>
        <source>Change the status of step N (1 to 7). Blocking and skipping need --reason. The change is recorded with who made it (--by, else your user name) in the step&apos;s history and the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“step” needs a step number and an action, for example: sia-admin step 1 start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a step: the steps are numbered 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an action: use start, done, block, skip or reopen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the step is blocked or skipped (or a note on another change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 is now not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 is now in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 is now done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 is now blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 is now skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::StepHistoryModel</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 went from %2 to %3, by %4 on %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 went from %2 to %3, by %4 on %5. Reason: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::StepStatus</name>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark blocked…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::Store</name>
    <message>
        <source>No database file was named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver of Qt (QSQLITE) is not installed. Reinstall SIA Admin or install Qt&apos;s SQLite plugin (on Debian and Ubuntu: libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not of SIA Admin. It was left untouched. Choose another data directory with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer SIA Admin (schema version %2; this version understands up to %3). It was left untouched. Install the newer SIA Admin to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file. Name a database file, or a data directory with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Check that your user may write there, or choose another data directory with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open for review only: nothing in it can be changed. Open it without --review to continue the setup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 holds no SIA Admin data. Check the file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private copy of %1 could not be made for review (the temporary folder is full or not writable). Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file. Name the database file to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 does not exist. Check the file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has not been opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL driver of Qt (QPSQL) is not installed, so %1 cannot be opened. Install Qt&apos;s PostgreSQL plugin (on Debian and Ubuntu: libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change to the database %1 was attempted inside a read-only transaction, and refused. This is a defect of SIA Admin: please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds tables of another program, not of SIA Admin. It was left untouched. Create a database of its own for SIA Admin and name it in --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is at schema version %2, but version %3 was expected: it was not opened by this SIA Admin first, or was changed meanwhile. Close every SIA Admin using it and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 holds no SIA Admin data. Check the database name in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, older than this SIA Admin&apos;s %3, and a review changes nothing, so it cannot bring it up to date. Open it once without --review (or let an admin with the older version upgrade), then review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A batch of statements was run after its database was closed. This is a defect of SIA Admin: please report it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::StoreRunner</name>
    <message>
        <source>The Actions database is not open, so nothing could be read or saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SyncCommand</name>
    <message>
        <source>--%1 needs a whole number above 0, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people sync (step 4). sync preview: the 13 synced fields — the Actions field, the Marketo field it comes from (its REST name, from Marketo&apos;s field list) and where Salesforce fills it — with sample values of a few of Salesforce&apos;s owned leads and contacts as Marketo holds them (--sample N, default %1); nothing is written. sync dry-run: a full pass that writes nothing: eligibility, exclusions, duplicate emails and what a sync would do. sync start: the initial sync (--json-progress: one JSON object of progress a line); Ctrl-C pauses it at a checkpoint. sync resume: the paused or interrupted one, from its checkpoint. sync changes: the incremental sync now. sync status: the last runs and whether one can be resumed. sync history: each run&apos;s start, end, counts and outcome (--limit N). sync errors --csv FILE: the per-person errors of a run (--run ID, default the last initial run) as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preview: how many sample people to show (0 to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history: how many runs to list, newest first (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors: the run whose errors to export (see sync history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors: the CSV file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start, resume: one JSON object of progress a line on standard output while the run goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“sync” needs what to do: preview, status, history or errors; for example: sia-admin sync preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not something sync does: use preview, dry-run, start, resume, changes, status, history or errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people sync&apos;s fields (read-only; nothing has been written):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in Salesforce from</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Samples (%n people)</source>
        <extracomment>%n is how many sample people the column shows</extracomment>
        <translation>
            <numerusform>Samples (%n person)</numerusform>
            <numerusform>Samples (%n people)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a field, %2 what to know about it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>initial people sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 processed: %2 created, %3 updated, %4 unchanged, %5 skipped, %6 failed, %7 deleted</source>
        <extracomment>the counts of a run; %1 processed, %2 created, %3 updated, %4 unchanged, %5 skipped, %6 failed, %7 deleted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sample needs a number of people from 0 to %1, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sync has run yet. Preview it with: sia-admin sync preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <extracomment>%1 the run&apos;s number, %2 how it ended</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people sync has not started yet. Preview it with: sia-admin sync preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial people sync: run %1, %2 (started %3 by %4).</source>
        <extracomment>%1 the run&apos;s number, %2 its state, %3 when it started, %4 who started it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 people processed.</source>
        <extracomment>%1 processed, %2 the total</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stopped at a checkpoint and can be resumed: sia-admin sync resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last people changes: run %1, %2, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync errors needs the file to write: sia-admin sync errors --csv FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--run needs a run&apos;s number (see sia-admin sync history), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sync run %1: sia-admin sync history lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people sync has not run yet, so it has no errors to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written (%2): choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written to the end (%2): nothing was kept; free some space or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) of run %1 written to %2.</source>
        <extracomment>%n the rows, %1 the run, %2 the file</extracomment>
        <translation>
            <numerusform>%n error of run %1 written to %2.</numerusform>
            <numerusform>%n errors of run %1 written to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo is extracting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the opportunities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 people</source>
        <extracomment>%1 the phase, %2 people processed, %3 of how many</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 people</source>
        <extracomment>%1 the phase, %2 people processed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Marketo&apos;s next export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%Ln people a second)</source>
        <extracomment>%Ln people per second</extracomment>
        <translation>
            <numerusform>(%Ln person a second)</numerusform>
            <numerusform>(%Ln people a second)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minutes left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message>
        <source>Resuming run %1 from its checkpoint (%2 people already in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pausing at the next checkpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial people sync completed: there is nothing to resume. Follow the changes with: sia-admin sync changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no paused or interrupted people sync to resume. Start one with: sia-admin sync start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 completed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people sync is paused at its last checkpoint (run %1: %2). Nothing committed is lost; resume it with: sia-admin sync resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people sync paused (run %1: %2): %3 Resume it with: sia-admin sync resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was cancelled (run %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync stopped (run %1: %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run of the people sync (nothing was written):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people in Marketo, %2 of them eligible (with a Sales Owner).</source>
        <extracomment>%1 people scanned, %2 of them eligible</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excluded: %1 — %2</source>
        <extracomment>%1 how many, %2 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 email addresses are shared by %2 eligible people. Actions keeps them as separate records, as Marketo does; clean them up in Marketo first if they are one person.</source>
        <extracomment>%1 distinct emails, %2 people holding them</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 people (Marketo IDs %3)</source>
        <extracomment>%1 the email, %2 how many people, %3 some of their Marketo IDs</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No two eligible people share an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync now would create %1, update %2, leave %3 unchanged and skip %4.</source>
        <extracomment>%1 created, %2 updated, %3 unchanged, %4 skipped</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales activity logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing Salesforce&apos;s tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the changes to Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying Salesforce&apos;s deletions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging sales activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SyncErrorExplanations</name>
    <message>
        <source>No sales owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead or contact has no owner in Salesforce, or is not in Salesforce at all, so no seller can work it: it is left out of Actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign an owner to these records in Salesforce; the next people sync takes them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owned by a queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lead is owned by a Salesforce queue, not by a seller: it is left out of Actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign these leads to a user in Salesforce; the next people sync takes them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is synced, but has no email address, so sellers cannot email them from Actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the email address in Marketo or Salesforce if sellers should email these people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is synced, but the email address is not a valid one: emails to it will fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the addresses in Marketo or Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Marketo ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record came without a Marketo ID, so it cannot be told apart from the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the sync again; if it stays, send the export to support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field of the person is longer than Actions keeps, so the record was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten the value in Marketo; the next sync writes the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task is about a lead, and Salesforce cannot also relate such a task to an account or opportunity: it was saved without that relation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing, unless the relation matters: then convert the lead to a contact in Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown related record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused the record because a record it points to (the lead, contact, account, opportunity or owner) does not exist or the connected user cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the related records exist and that the connected Salesforce user may see them, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused a field&apos;s value: for example a task about a lead that also names an account, or a status or priority the org does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the message of a record below, correct the value in Actions or in Salesforce, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted in Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record, or one it points to, was deleted in Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore it from Salesforce&apos;s recycle bin if it should stay, or delete it in Actions too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce session ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce no longer accepts the connection&apos;s session: its token was revoked or expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect Salesforce (step 2), then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce&apos;s daily limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The org has used all its API requests of the last 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until requests are available again (see the API budget below), then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value refused by Marketo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo refused a value of the request as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the message of a record below and correct the value, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person not in Marketo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo has no person with that ID: it was deleted or merged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do for deleted people; for merged ones the next people sync brings the surviving record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Marketo API user&apos;s role lacks a permission this call needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the API user&apos;s role the permission named in the message (Marketo Admin → Users &amp; Roles), then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo&apos;s daily quota reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription has used its daily API calls; Marketo refuses more until midnight US Central time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the quota to reset (see the API budget below), then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync reported &quot;%1&quot;: %2</source>
        <extracomment>%1 the error&apos;s code, %2 the service&apos;s own message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the records&apos; messages below; if the cause is not clear, export the group as CSV and send it to support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SyncHealth</name>
    <message>
        <source>People sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales activity logging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The errors could not be written (%1). Check that the disk has room and the folder can be written to, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written (%2). Choose another folder, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SyncHealthBudget</name>
    <message>
        <source>%1: %2 calls</source>
        <extracomment>%1 a sync (People sync, Task sync, …), %2 its calls today.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other: %1 calls</source>
        <extracomment>%1 today&apos;s calls that no sync was named for (the windows&apos; checks, shared clients).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each sync&apos;s calls are those its own client made; the windows&apos; checks and clients that several syncs share count only in the service&apos;s total.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SyncPreviewText</name>
    <message>
        <source>Marketo has no opportunity field on a person: the sync reads each contact&apos;s primary OpportunityContactRole in Salesforce instead. Leads have no opportunity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription&apos;s field list (describe) has no field named %1: this field stays empty until it exists in Marketo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample values yet: the sample people are read from Salesforce, which answered: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some sample values are missing: Salesforce answered only part of what was asked (%1). Preview again to read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sample values: no lead owned by a user and no contact in Salesforce was found in Marketo by its Salesforce ID. Check that the Marketo-Salesforce sync runs (the prerequisites).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (Marketo&apos;s own ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— (Marketo only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview is already being read: wait for it to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce is not connected: connect it in step 2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SyncRetry</name>
    <message>
        <source>These records were left out on purpose, not failed: fix them as said above, and the next sync takes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities that were not logged stay marked as not logged, which is how the logging run finds them again: there is nothing to mark here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no errors of the kind &quot;%1&quot; in the recent runs. List the groups with &quot;sia-admin health&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SyncRunRepository</name>
    <message>
        <source>There is no sync run %1. List the runs with &quot;sia-admin sync history&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync run %1 is now run by another process (%2), which took it over when this one stopped answering. This process stops; nothing it wrote is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync run %1 is running in another process (%2), which was alive %3 s ago. Wait for it to finish, or pause it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new sync run got no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync run %1 has ended (%2): it cannot be resumed. Start a new sync instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync run cannot finish as running. This is a defect of SIA Admin: please report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved position of the sync stream &quot;%1&quot; cannot be read (%2). Start the sync anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The errors could not be written (%1). Check that the disk has room and the folder can be written to, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync run %1 is %2, no longer running: this process&apos;s last batch was not recorded, and resuming the run fetches it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::SyncSettings</name>
    <message>
        <source>The email logging preference “%1” %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be Email or Task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most 120 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not sync to Salesforce tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks and reminders stay in Actions; Salesforce&apos;s tasks are not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync tasks and reminders with Salesforce tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created, edited, completed and deleted tasks flow both ways while the sync is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first sync imports the Salesforce tasks created or changed in the last 24 hours and does not send the tasks already in Actions: only tasks created after you turn it on go to Salesforce. If the sync was on before, tasks deleted in Salesforce in the last 15 days are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log email through the Salesforce API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email logging preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log email by BCC (Email to Salesforce)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email-to-Salesforce address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Marketo&apos;s unsubscribe before a seller emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks and reminders → Salesforce tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between task syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only on demand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the instance&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent emails logged: %1 → %2</source>
        <extracomment>%1 before, %2 after (&quot;off&quot;, &quot;on&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replies logged: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calls logged: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contact&apos;s task related to the opportunity or account: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task subtype of emails: %1 → %2</source>
        <extracomment>%1 before, %2 after (Salesforce&apos;s task subtypes: Email, Task)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject of emails: “%1” → “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject of calls: “%1” → “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribes both ways with Salesforce (Email Opt Out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::TaskRepository</name>
    <message>
        <source>“%1” is not a task priority here. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task&apos;s owner (user %1) is not an Actions user. Choose one from the users list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task needs a subject: say what is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change: give a new subject, due date, priority, description or owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is already completed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 is already open (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no task %1 (it may have been deleted here or in Salesforce). List the tasks to see their numbers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::TaskSync</name>
    <message>
        <source>Reading the org&apos;s task statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing new and changed tasks from Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the tasks deleted in Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the tasks changed in Actions to Salesforce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task sync was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce answered %1 results for %2 tasks sent. The tasks stay waiting and are sent again on the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce refused the task &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task &quot;%1&quot; is about a lead, so Salesforce cannot also relate it to an account or opportunity: it was saved without that relation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task sync is off. Turn it on in Salesforce Sync Settings (Tasks and reminders), or with &quot;sia-admin settings set tasks.sync tasks-and-reminders&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) could not be written to Salesforce; they are sent again on the next run.</source>
        <translation>
            <numerusform>%n task could not be written to Salesforce; it is sent again on the next run.</numerusform>
            <numerusform>%n tasks could not be written to Salesforce; they are sent again on the next run.</numerusform>
        </translation>
    </message>
    <message>
        <source>Actions and Salesforce agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) had changed on both sides: the later edit was kept (see the audit log).</source>
        <translation>
            <numerusform>%n task had changed on both sides: the later edit was kept (see the audit log).</numerusform>
            <numerusform>%n tasks had changed on both sides: the later edit was kept (see the audit log).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sia::TaskSyncAction</name>
    <message>
        <source>%1: %2 tasks looked at, %3 created, %4 updated, %5 deleted, %6 failed</source>
        <extracomment>%1 what the sync does now (&quot;Importing Salesforce&apos;s tasks&quot;), %2 tasks looked at, %3 created, %4 updated, %5 deleted, %6 failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task sync run %1 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping at the next committed batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task sync run %1 completed: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task sync was cancelled (run %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task sync stopped (run %1: %2): %3 What was committed stays; run &quot;sia-admin tasks sync&quot; again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 activities looked at, %3 logged, %4 waiting, %5 failed</source>
        <extracomment>%1 what the logging does now, %2 activities looked at, %3 logged, %4 left out, %5 failed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity logging run %1 started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity logging run %1 completed: %2. %3</source>
        <extracomment>%1 the run, %2 its counts, %3 how it ended (&quot;Actions and Salesforce agree.&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity logging was cancelled (run %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity logging stopped (run %1: %2): %3 What was committed stays; run &quot;sia-admin activities log&quot; again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::TaskSyncEngine</name>
    <message>
        <source>The task sync is already running. Wait for it to finish, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::TaskSyncSummary</name>
    <message>
        <source>Task sync: off — turn it on in Salesforce sync settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task sync: running now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task sync: on, not run yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task sync: last ran %1, %2 created, %3 updated, %4 removed.</source>
        <extracomment>%1 when (10:42), %2 tasks created, %3 updated, %4 removed, on either side</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task sync: the run of %1 did not finish: %2</source>
        <extracomment>%1 when the run began, %2 why it stopped</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) wait for Salesforce.</source>
        <translation>
            <numerusform>%n change waits for Salesforce.</numerusform>
            <numerusform>%n changes wait for Salesforce.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sia::TasksCommand</name>
    <message>
        <source>The Actions tasks and their sync with Salesforce. tasks sync: a task sync run now (--json-progress: one JSON object of progress a line); Ctrl-C stops it at its next committed batch. tasks status: whether the sync is on, its last run and what waits for Salesforce. tasks list --today or --tomorrow: the tasks due that day (in the user&apos;s time zone with --user EMAIL, else everyone&apos;s in this computer&apos;s). tasks add SUBJECT [--due YYYY-MM-DD] [--priority P] [--user EMAIL] [--description TEXT]: a new task (yours when you are an Actions user). tasks edit ID with --subject, --due (or none), --priority, --user, --description. tasks complete ID, tasks reopen ID, tasks delete ID [--yes]. While the sync is on, every change goes to Salesforce on its next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync: one JSON object of progress a line on standard output while the run goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: the tasks due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: the tasks due tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: only this Actions user&apos;s tasks; add, edit: the task&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit: the new subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, edit: the due date (YYYY-MM-DD; edit: none to clear it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, edit: the priority, one of the org&apos;s (High, Normal, Low by default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, edit: the description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete: without asking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“tasks” needs what to do: sync, status, list, add, edit, complete, reopen or delete; for example: sia-admin tasks list --today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not something tasks does: use sync, status, list, add, edit, complete, reopen or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“tasks %1” needs the task&apos;s number (see sia-admin tasks list), for example: sia-admin tasks %1 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“tasks add” needs the subject, in quotes if it has spaces, for example: sia-admin tasks add &quot;Call Bob&quot; --due 2026-06-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“tasks %1” takes no further arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“tasks list” needs one day: --today or --tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--due needs a date as YYYY-MM-DD (for example 2026-06-16), not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“tasks add” takes the subject as its argument, not as --subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Actions user. See sia-admin users list for who is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) in Actions.</source>
        <translation>
            <numerusform>%n task in Actions.</numerusform>
            <numerusform>%n tasks in Actions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tasks due %1 (%2):</source>
        <extracomment>%1 the day (2026-06-16), %2 its time zone</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · due %2 · %3 · %4 · %5</source>
        <extracomment>%1 subject, %2 due date, %3 status, %4 priority, %5 owner</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task sync sends it to Salesforce on its next run (or now: sia-admin tasks sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete task %1 “%2”? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete task %1 “%2” here and, with the next task sync, in Salesforce? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task %1 deleted here; the next task sync deletes it in Salesforce.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It goes to Salesforce once the task sync is on again (sia-admin settings set tasks.sync tasks-and-reminders).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::TeamsCommand</name>
    <message>
        <source>The teams of the Actions instance (step 5). teams list: every team with its members; teams create NAME, teams rename NAME NEW, teams delete NAME. Everyone exists from the start, every member is in it, and it cannot be renamed or deleted. A deleted team&apos;s members stay users. Every change is recorded with who made it (--by).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“teams” needs what to do: list, create, rename or delete; for example: sia-admin teams create Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not something teams does: use list, create, rename or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“teams list” takes no arguments, but was given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“teams create” needs the team&apos;s name (quoted when it has spaces), for example: sia-admin teams create &quot;Field sales&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“teams rename” needs the team&apos;s name and its new name, for example: sia-admin teams rename Sales &quot;Field sales&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“teams delete” needs the team&apos;s name, for example: sia-admin teams delete Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the team “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team “%1” is now “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the team “%1”; its members stay users of the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (everyone is in it)</source>
        <extracomment>marks Everyone in the teams table</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::TransportErrors</name>
    <message>
        <source>The secure connection to %1 was refused because its certificate could not be verified: %2. If your organisation inspects HTTPS through a proxy, add its CA certificate as an extra trusted certificate in the connection&apos;s settings; otherwise the connection may be intercepted, and SIA Admin will not send the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time, also after several attempts. Check the network connection and any proxy; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy between this computer and %1 failed or refused the connection. Check the proxy settings and its credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed, also after several attempts (network error %2). Check the network connection and any proxy, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy refused the user name or password SIA Admin gave it, so %1 was not reached. Enter the proxy&apos;s user and password again in the network settings (sia-admin network --proxy URL --proxy-user USER), or ask whoever runs the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::UserDirectory</name>
    <message>
        <source>%1 is neither a user nor invited: check the address (sia-admin users list shows them all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user was not found right after it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed from the Actions instance: invite them again first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Everyone team is missing from the database, which should never happen: restore a backup or ask support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no team “%1”: create it first (sia-admin teams create), or choose one that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Actions instance yet: create it first (step 1), then invite users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation of %1 got no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 got no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too long for a team name: use at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be a team name: leave out &apos;;&apos;, &apos;,&apos; and &apos;|&apos;, which separate teams in a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a team “%1”: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone is the team every member joins: it cannot be renamed or deleted. Create another team instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no team “%1”: check the name (sia-admin teams list shows them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team was not found right after it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least one email address to invite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team %1 got no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team “%1” of row %2 was deleted since the preview: nothing was imported. Preview the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (row %2) was invited or became a user since the preview: nothing was imported. Preview the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last admin of the Actions instance: make another user an admin first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no invitation waiting to be accepted: nothing to send again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no pending invitation to revoke: remove the user instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invitation can only be marked as sent or as written to the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::UserRemovalRule</name>
    <message>
        <source>%1 was already removed from the Actions instance: nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an admin of this Actions instance: check the address (sia-admin status lists step 1&apos;s admins in the window&apos;s step 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the original user (the first admin invited), and the people sync has started: the original user can no longer be removed from the Actions instance, because Actions keeps the synced people under that user. Remove other users instead, or keep this one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::UsersCliText</name>
    <message numerus="yes">
        <source>%n invitation(s) did not go out. They are recorded and stay listed as failed or queued: fix the mail settings (sia-admin mail) and send them again with sia-admin users retry.</source>
        <translation>
            <numerusform>%n invitation did not go out. It is recorded and stays listed as failed or queued: fix the mail settings (sia-admin mail) and send it again with sia-admin users retry.</numerusform>
            <numerusform>%n invitations did not go out. They are recorded and stay listed as failed or queued: fix the mail settings (sia-admin mail) and send them again with sia-admin users retry.</numerusform>
        </translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: the invitation is revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: the invitation expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued, not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1</source>
        <extracomment>%1 when the SMTP server accepted the invitation</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the outbox: %1</source>
        <extracomment>%1 the .eml file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <extracomment>%1 why the invitation could not be sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation to %1 could not be sent: %2</source>
        <extracomment>%1 the address, %2 why</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation to %1 was written to the outbox: %2</source>
        <extracomment>%1 the address, %2 the .eml file</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation to %1 was sent (the server answered: %2).</source>
        <extracomment>%1 the address, %2 the SMTP server&apos;s reply</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a role: use admin or user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::UsersCommand</name>
    <message>
        <source>%1, the original user, was removed from the Actions instance (no people sync had started).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed from the Actions instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s).</source>
        <translation>
            <numerusform>%n user.</numerusform>
            <numerusform>%n users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed invitation(s) queued again.</source>
        <translation>
            <numerusform>%n failed invitation queued again.</numerusform>
            <numerusform>%n failed invitations queued again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(original)</source>
        <extracomment>marks the original user (the first admin invited) in the users table</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“users %1” needs one email address, for example: sia-admin users %1 sam@example.com</source>
        <extracomment>%1 the action: remove, resend, revoke</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“users list” takes no arguments, but was given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a status: use invited, active, revoked or expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“users list” filters by one team at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“users invite” needs one email address, for example: sia-admin users invite sam@example.com --name &quot;Sam Lee&quot; --team Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --name or --first-name and --last-name, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--team needs a team&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already a user of the Actions instance: nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already invited: nothing was sent again (sia-admin users resend %1 sends the invitation again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited %1 as an admin, in the teams %2.</source>
        <extracomment>%1 the address, %2 &quot;admin&quot; or &quot;user&quot;, %3 the teams</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited %1 as a user, in the teams %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“users set-role” needs an email address and a role, for example: sia-admin users set-role sam@example.com admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“users set-teams” needs an email address and the teams, for example: sia-admin users set-teams sam@example.com Sales Support (Everyone always stays; none but the address leaves only Everyone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation of %1 is queued to be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invitation of %1 is revoked: its link no longer lets them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now a user (not an admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now in the teams %2.</source>
        <extracomment>%2 the teams, Everyone first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“users retry” takes no arguments, but was given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invitation had failed; anything still queued is sent now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The users of the Actions instance and their invitations (steps 1 and 5). users list: every user with name, role, status, teams and whether the invitation email went out (filters: --status, --role, --team, --search, --failed). users invite EMAIL: invite one person (--name or --first-name and --last-name, --role admin|user, --team T, repeated); an address already a user or invited is sent nothing. users import FILE: invite the valid rows of a CSV file, all or none (--mapping FILE names the columns, --save-mapping FILE keeps the one used, --encoding E, --delimiter C, --dry-run only shows the preview, --report FILE writes the per-row report as CSV). users remove|resend|revoke EMAIL, users set-role EMAIL admin|user, users set-teams EMAIL TEAM…, users retry (the failed emails again). Invitations are delivered before the command ends, through the SMTP server or to the outbox (sia-admin mail); one that did not go out ends with exit code 3. The original user cannot be removed once the people sync has started. Every change is recorded with who made it (--by).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: only users with this status: invited, active, revoked or expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: only this role; invite: the role to give (admin or user; default user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: only members of this team; invite: a team to join besides Everyone (repeat it for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: only users whose address or name contains TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list: only users whose invitation email could not be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invite: the person&apos;s full name (split into first and last at the last space).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invite: the person&apos;s first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invite: the person&apos;s last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: a JSON file naming the column of each field (as --save-mapping writes it); else the columns are matched from the header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: write the mapping used to FILE, for the next import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: the file&apos;s encoding when it is not UTF-8 and has no byte-order mark: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: the delimiter, when not detected: comma, semicolon or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: show what would happen, row by row, and invite nobody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: write the per-row report as CSV to FILE: each row&apos;s verdict and message and, after an import, whether it was invited and what became of its invitation email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“users” needs what to do: list, invite, import, remove, resend, revoke, set-role, set-teams or retry; for example: sia-admin users list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not something users does: use list, invite, import, remove, resend, revoke, set-role, set-teams or retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::UsersImportAction</name>
    <message numerus="yes">
        <source>%n row(s) can be invited.</source>
        <translation>
            <numerusform>%n row can be invited.</numerusform>
            <numerusform>%n rows can be invited.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) will not be invited:</source>
        <translation>
            <numerusform>%n row will not be invited:</numerusform>
            <numerusform>%n rows will not be invited:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the %n row(s) of the file can be invited, so nobody was: see each row&apos;s message.</source>
        <translation>
            <numerusform>The file&apos;s %n row cannot be invited, so nobody was: see its message.</numerusform>
            <numerusform>None of the %n rows of the file can be invited, so nobody was: see each row&apos;s message.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: nobody was invited. Run it again without --dry-run to invite the %n valid row(s).</source>
        <translation>
            <numerusform>Dry run: nobody was invited. Run it again without --dry-run to invite the %n valid row.</numerusform>
            <numerusform>Dry run: nobody was invited. Run it again without --dry-run to invite the %n valid rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invited %n people.</source>
        <translation>
            <numerusform>Invited %n person.</numerusform>
            <numerusform>Invited %n people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), %2, %3-separated.</source>
        <extracomment>%1 the file, %2 its encoding, %3 the delimiter&apos;s name; %n the data rows</extracomment>
        <translation>
            <numerusform>%1: %n row, %2, %3-separated.</numerusform>
            <numerusform>%1: %n rows, %2, %3-separated.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <extracomment>%1 the file, %2 the system&apos;s reason</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <extracomment>the key of a cell whose column has no name in the header; %1 its 1-based number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (column %2)</source>
        <extracomment>a header name that the file uses twice; %2 the column&apos;s 1-based number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“users import” needs one CSV file, for example: sia-admin users import people.csv --dry-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an encoding SIA Admin reads: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a delimiter SIA Admin reads: use comma, semicolon or tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file %1 is not a JSON object (as --save-mapping writes it): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping file %1 does not fit %2&apos;s header (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header of %1 is: %2. Name the email column in a mapping file (--mapping FILE; --save-mapping FILE writes the one matched from the header, to edit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the teams: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The per-row report is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: not in the file</source>
        <extracomment>%1 a field (Email, First name, …), %2 the file&apos;s column it is read from</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: column “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import creates the teams: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on rows that will be invited:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::UsersService</name>
    <message>
        <source>The report could not be written to %1: %2. Choose another folder.</source>
        <extracomment>%1 the file, %2 the system&apos;s reason.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::UsersStep</name>
    <message>
        <source>Skipped: nobody but the admins invited in step 1 can use Actions until users are invited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 5 is done once someone besides the first admin is invited, and nobody is yet. Invite people on this step&apos;s page (or with sia-admin users invite), or choose Skip with a reason if nobody else needs Actions yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::UsersTableModel</name>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email sent %1</source>
        <extracomment>%1 when the SMTP server accepted it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the outbox (not sent by email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <extracomment>%1 why the email could not be sent.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original user: the first admin invited. Once the people sync has started, this user cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (original user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>%1 who invited, %2 when.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::WaitForPeerTestCommand</name>
    <message>
        <source>Wait for a line from 127.0.0.1:N and confirm the prerequisite it names (tests only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer&apos;s port on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port needs a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The peer on port %1 closed the connection before sending a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the peer on port %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisite %1 is confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::sandbox::SandboxCommandLine</name>
    <message>
        <source>A local emulator of the Marketo Engage and Salesforce REST APIs on 127.0.0.1.
Prints one JSON line with base URLs and test credentials when ready; stops on SIGTERM/SIGINT.
Exit codes: 0 stopped cleanly, 2 bad command line, 3 cannot start (e.g. the port is in use).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
