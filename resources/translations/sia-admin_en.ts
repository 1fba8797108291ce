<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <source>The overview, the seven setup steps and the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
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
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2. %3</source>
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
        <source>Seven steps connect Actions to Marketo Engage and Salesforce. Marketo admins own steps 1, 3, 4 and 5, Salesforce admins steps 6 and 7, and either can do step 2. Progress is saved as you go, so another admin can pick up where you left off.</source>
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
    <name>StatusIcon</name>
    <message>
        <source>%1 (locked)</source>
        <extracomment>A status and the fact that the step is locked: &quot;Not started (locked)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This step is locked</source>
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
    <name>sia</name>
    <message>
        <source>SIA Admin sets up, keeps healthy and reviews a Sales Insight Actions instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command (see below); without one, the window opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” takes no arguments, but was given: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup of the Actions instance in %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisites:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— %1 by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
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
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 is %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: step %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the Actions account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the Actions instance and invite its first admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Marketo Engage, open Admin, then Sales Insight, then the Actions Config tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite one or more Marketo admins to Actions. The first person invited becomes the original user of the instance; each invitee receives an email explaining how to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the integration details card shows no client ID or client secret yet, inviting the first user activates the instance and the credentials then appear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite everyone else later, from user management (step 5), not from Marketo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance exists and its first admin has been invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the instance and inviting admins from here will list your Marketo admins (read from Marketo once it is connected, or typed in) and send the invitations. Until then, do this step in Marketo and record its status by hand.</source>
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
        <source>In Actions, open Settings, Admin Settings, Salesforce, then Connections &amp; Customizations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Connect and confirm. If you are not signed in to Salesforce, it asks you to sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the connected org, user and edition are the ones you expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salesforce authorized the connection and the org was verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting from here will open your system browser to sign in to Salesforce (production, sandbox or your My Domain), keep the refresh token in the OS keychain, and show the org, the user, the edition and whether the API is available. Until then, record the step&apos;s status by hand.</source>
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
        <source>In Actions, open Settings, Admin Settings, Marketo, then choose Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it does not connect, copy the client ID and client secret from the Actions Config tab in Marketo and paste them into the Marketo settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketo accepted the client ID and client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting from here will take the REST and identity URLs, the client ID and the client secret (kept in the OS keychain, never on disk), and test the connection: reachable, credentials accepted, API access, daily quota left. Until then, record the step&apos;s status by hand.</source>
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
        <source>In Marketo, open Admin, Sales Insight, the Actions Config tab, then the Actions field sync card, and choose Sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the preview of the 13 fields that will sync, then choose Start Sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only people with a sales owner (a lead or contact owner in Salesforce) sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the sync has started, the original user must never be removed from the instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The initial sync of people has completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field preview and the sync will run from here, with live progress, pause and resume, once the Marketo connection exists. Until then, record the step&apos;s status by hand.</source>
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
        <source>In Actions, open Settings, Admin Settings, User Management, Actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite people one at a time by email address, or many at once from a CSV file after checking how its columns map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New members join the Everyone team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one person besides the first admin was invited, or the step was skipped on purpose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inviting users one by one or from a CSV file will happen here. Until then, record the step&apos;s status by hand.</source>
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
        <source>In Salesforce, install the Marketo Sales Insight package from AppExchange, or upgrade the one that is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this after the users have been invited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was found at a supported version, or an admin confirmed it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detecting the installed package and its version through the Salesforce API will happen here. Until then, confirm it by hand.</source>
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
        <source>Work through the Salesforce configuration checklist; each item is checked through the API where possible, else confirmed by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every item of the checklist is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checklist, verified through the Salesforce API where possible, will appear here. Until then, record the step&apos;s status by hand.</source>
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
        <source>Step %1, “%2”, is not done yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prerequisite “%1” is not confirmed yet.</source>
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
        <source>sia-admin: the sandbox could not start: %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sia-admin: the sandbox is serving Marketo at %1 and Salesforce at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sia-admin: %1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIA Admin cannot open its database</source>
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
        <source>--json, --reason, --by, --note and --limit go with a command, for example: sia-admin status --json</source>
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
        <source>--by needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a whole number of at least 1.</source>
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
        <source>  0  done
  1  refused by a rule of the setup plan (the message says which)
  2  usage error: unknown command, step, action or option
  3  environment error: the database is locked, damaged, read-only or from a newer version, or the keychain is missing
  4  internal error of SIA Admin (please report it)
</source>
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
    <name>sia::Cli</name>
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
    <name>sia::Options</name>
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
        <source>Open the database FILE read-only for review; it is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render every page to PNG files in DIR and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why a step is blocked or skipped (or a note on another change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who makes the change (default: SIA_ACTOR, else your user name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on a prerequisite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N audit entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sia::PersonaTableModel</name>
    <message>
        <source>Not started (locked)</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>sia::SecretProbe</name>
    <message>
        <source>The %1 did not give back the secret just stored in it, so it cannot be trusted with secrets. Check its configuration or use another keychain.</source>
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
        <source>The setting %1 has no key or an unsupported type.</source>
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
        <source>Step %1 is now %2.</source>
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
</context>
</TS>
