#include "setup/plandefinition.h"

#include <QCoreApplication>

namespace sia {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("sia::PlanDefinition", text);
}

QList<StepDefinition> buildSteps()
{
    const Personas marketo = Persona::MarketoAdmin;
    const Personas salesforce = Persona::SalesforceAdmin;
    return {
        { 1, marketo, tr("Set up the Actions account"),
            tr("Create the Actions instance and invite its first admin."),
            { tr("In Marketo Engage, open Admin, then Sales Insight, then the Actions Config tab."),
                tr("Invite one or more Marketo admins to Actions. The first person invited becomes the "
                   "original "
                   "user of the instance; each invitee receives an email explaining how to sign in."),
                tr("If the integration details card shows no client ID or client secret yet, inviting the "
                   "first "
                   "user activates the instance and the credentials then appear."),
                tr("Invite everyone else later, from user management (step 5), not from Marketo.") },
            tr("The instance exists and its first admin has been invited."), {},
            tr("Creating the instance and inviting admins from here will list your Marketo admins (read from "
               "Marketo once it is connected, or typed in) and send the invitations. Until then, do this "
               "step in "
               "Marketo and record its status by hand.") },
        { 2, marketo | salesforce, tr("Connect Actions to Salesforce"),
            tr("Authorize Actions to use your Salesforce org."),
            { tr("In Actions, open Settings, Admin Settings, Salesforce, then Connections & Customizations."),
                tr("Choose Connect and confirm. If you are not signed in to Salesforce, it asks you to sign "
                   "in "
                   "first."),
                tr("Check that the connected org, user and edition are the ones you expect.") },
            tr("Salesforce authorized the connection and the org was verified."), { 1 },
            tr("Connecting from here will open your system browser to sign in to Salesforce (production, "
               "sandbox "
               "or your My Domain), keep the refresh token in the OS keychain, and show the org, the user, "
               "the "
               "edition and whether the API is available. Until then, record the step's status by hand.") },
        { 3, marketo, tr("Connect Actions to Marketo"),
            tr("Give Actions the Marketo API credentials it needs."),
            { tr("In Actions, open Settings, Admin Settings, Marketo, then choose Connect."),
                tr("If it does not connect, copy the client ID and client secret from the Actions Config tab "
                   "in "
                   "Marketo and paste them into the Marketo settings.") },
            tr("Marketo accepted the client ID and client secret."), { 1 },
            tr("Connecting from here will take the REST and identity URLs, the client ID and the client "
               "secret "
               "(kept in the OS keychain, never on disk), and test the connection: reachable, credentials "
               "accepted, API access, daily quota left. Until then, record the step's status by hand.") },
        { 4, marketo, tr("Start the data sync from Marketo to Actions"),
            tr("Preview the synced fields, then copy the eligible people into Actions."),
            { tr("In Marketo, open Admin, Sales Insight, the Actions Config tab, then the Actions field sync "
                 "card, "
                 "and choose Sync."),
                tr("Check the preview of the 13 fields that will sync, then choose Start Sync."),
                tr("Only people with a sales owner (a lead or contact owner in Salesforce) sync."),
                tr("Once the sync has started, the original user must never be removed from the instance.") },
            tr("The initial sync of people has completed."), { 2, 3 },
            tr("The field preview and the sync will run from here, with live progress, pause and resume, "
               "once "
               "the Marketo connection exists. Until then, record the step's status by hand.") },
        { 5, marketo, tr("Invite users to Actions"),
            tr("Invite the sellers and managers who will use Actions."),
            { tr("In Actions, open Settings, Admin Settings, User Management, Actions."),
                tr("Invite people one at a time by email address, or many at once from a CSV file after "
                   "checking "
                   "how its columns map."),
                tr("New members join the Everyone team.") },
            tr("At least one person besides the first admin was invited, or the step was skipped on "
               "purpose."),
            { 1 },
            tr("Inviting users one by one or from a CSV file will happen here. Until then, record the step's "
               "status by hand.") },
        { 6, salesforce, tr("Install or upgrade the Sales Insight package in Salesforce"),
            tr("Make sure the Marketo Sales Insight package is installed at a supported version."),
            { tr("In Salesforce, install the Marketo Sales Insight package from AppExchange, or upgrade the "
                 "one "
                 "that is installed."),
                tr("Do this after the users have been invited.") },
            tr("The package was found at a supported version, or an admin confirmed it by hand."), { 2 },
            tr("Detecting the installed package and its version through the Salesforce API will happen here. "
               "Until then, confirm it by hand.") },
        { 7, salesforce, tr("Configure Actions in Salesforce"),
            tr("Finish the Salesforce side of the configuration."),
            { tr("Work through the Salesforce configuration checklist; each item is checked through the API "
                 "where "
                 "possible, else confirmed by hand.") },
            tr("Every item of the checklist is complete."), { 2 },
            tr("The checklist, verified through the Salesforce API where possible, will appear here. Until "
               "then, "
               "record the step's status by hand.") },
    };
}

QList<PrerequisiteDefinition> buildPrerequisites()
{
    return {
        { QStringLiteral("actions-enabled"), tr("Actions is enabled for your Marketo Engage account"),
            tr("Your Adobe account team turns on Sales Insight Actions for the subscription. Ask them (or "
               "Marketo "
               "support if you have no account team) and confirm here once it is on."),
            { 1 } },
        { QStringLiteral("marketo-salesforce-sync"), tr("Marketo is synchronized with Salesforce"),
            tr("The people sync needs the Marketo to Salesforce sync to be configured, so that people carry "
               "Salesforce IDs and owners. Once Marketo is connected this can be checked from the data; "
               "until "
               "then, confirm it by hand."),
            { 4 } },
    };
}

} // namespace

const QList<StepDefinition>& PlanDefinition::steps()
{
    // Built on first use so that the texts are translated into the language installed by then.
    static const QList<StepDefinition> steps = buildSteps();
    return steps;
}

const StepDefinition* PlanDefinition::step(int number)
{
    for (const StepDefinition& step : steps()) {
        if (step.number == number) {
            return &step;
        }
    }
    return nullptr;
}

QList<int> PlanDefinition::dependents(int number)
{
    QList<int> result;
    for (const StepDefinition& step : steps()) {
        if (step.dependsOn.contains(number)) {
            result.append(step.number);
        }
    }
    return result;
}

const QList<PrerequisiteDefinition>& PlanDefinition::prerequisites()
{
    static const QList<PrerequisiteDefinition> prerequisites = buildPrerequisites();
    return prerequisites;
}

const PrerequisiteDefinition* PlanDefinition::prerequisite(const QString& key)
{
    for (const PrerequisiteDefinition& prerequisite : prerequisites()) {
        if (prerequisite.key == key) {
            return &prerequisite;
        }
    }
    return nullptr;
}

} // namespace sia
