#include "setup/plandefinition.h"

#include <QLocale>

namespace sia {

// "What to do" says what the admin does in SIA Admin (take the step on, record how it went) and names a
// screen of Marketo, Actions or Salesforce only where the admin has to go there. controlsPending described
// a step's own controls until they existed; every step has them now, so it is empty for all.
QList<StepDefinition> PlanDefinition::buildSteps()
{
    const Personas marketo = Persona::MarketoAdmin;
    const Personas salesforce = Persona::SalesforceAdmin;
    return {
        { 1, marketo, tr("Set up the Actions account"),
            tr("Create the Actions instance and invite its first admin."),
            { tr("Choose Start, so that the other admins see that you are setting up the account."),
                tr("Create the instance below, then choose the Marketo admins to invite (they are listed "
                   "once Marketo is connected, step 3) or type their addresses, and choose Invite. The first "
                   "person invited becomes the original user of the instance."),
                tr("If the integration details show no client ID or client secret yet, inviting the first "
                   "admin activates the instance and they appear in Marketo (Admin, Sales Insight, Actions "
                   "Config): step 3 needs them."),
                tr("Choose Mark done once the first admin is invited. Everyone else is invited in step 5, "
                   "not from Marketo.") },
            tr("The instance exists and its first admin has been invited."), {}, {} },
        { 2, marketo | salesforce, tr("Connect Actions to Salesforce"),
            tr("Authorize Actions to use your Salesforce org."),
            { tr("Choose Start when you begin; either a Marketo admin or a Salesforce admin can do this "
                 "step."),
                tr("Under Salesforce connection below, choose the login host (production, sandbox or your "
                   "My Domain), enter the consumer key of the connected app created for SIA Admin and choose "
                   "Connect: your browser opens Salesforce's login; sign in and allow access."),
                tr("Check that the connected org, user and edition are the ones you expect and that every "
                   "check passed, then choose Mark done.") },
            tr("Salesforce authorized the connection and the org was verified."), { 1 }, QString() },
        { 3, marketo, tr("Connect Actions to Marketo"),
            tr("Give Actions the Marketo API credentials it needs."),
            { tr("Choose Start when you begin."),
                tr("In Marketo, copy the REST endpoint and the identity URL (Admin, Web Services) and the "
                   "API "
                   "user's client ID and client secret (Admin, LaunchPoint, its custom service, View "
                   "Details)."),
                tr("Enter them under Marketo connection below and choose Connect: each check says what "
                   "Marketo accepted and, where it did not, what to fix."),
                tr("Choose Mark done once every check passed.") },
            tr("Marketo accepted the client ID and client secret."), { 1 }, QString() },
        { 4, marketo, tr("Start the data sync from Marketo to Actions"),
            tr("Preview the synced fields, then copy the eligible people into Actions."),
            { tr("Choose Start when you begin: the other admins then know the sync is under way."),
                tr("Check the preview below: the 13 fields that sync, where Marketo and Salesforce fill "
                   "each, with sample values from your people. Choose Dry run to see, before anything is "
                   "written, who would sync, who is left out and why, and the duplicate email addresses."),
                tr("Choose Start sync. Only people with a sales owner (a lead or contact owner in "
                   "Salesforce) sync. The run can be paused, resumed or cancelled, and after an interruption "
                   "it resumes from its last checkpoint."),
                tr("Choose Mark done once the initial sync has completed. From then on, the original user "
                   "must never be removed from the instance.") },
            tr("The initial sync of people has completed."), { 2, 3 }, QString() },
        { 5, marketo, tr("Invite users to Actions"),
            tr("Invite the sellers and managers who will use Actions."),
            { tr("Choose Start when you begin, or Skip with a reason if nobody else needs Actions yet."),
                tr("Invite people below one at a time by email address, or many at once from a CSV file: "
                   "check how its columns map and what will happen to each row before you choose Invite."),
                tr("New members join the Everyone team. Choose Mark done once at least one person besides "
                   "the first admin is invited.") },
            tr("At least one person besides the first admin was invited, or the step was skipped on "
               "purpose."),
            { 1 }, QString() },
        { 6, salesforce, tr("Install or upgrade the Sales Insight package in Salesforce"),
            tr("Make sure the Marketo Sales Insight package is installed at a supported version."),
            { tr("Choose Start when you begin, preferably after the users are invited (step 5)."),
                tr("The package is installed in Salesforce: install Marketo Sales Insight from AppExchange, "
                   "or upgrade the one that is installed."),
                tr("Choose Mark done once the package is at a supported version.") },
            tr("The package was found at a supported version, or an admin confirmed it by hand."), { 2 },
            {} },
        { 7, salesforce, tr("Configure Actions in Salesforce"),
            tr("Finish the Salesforce side of the configuration."),
            { tr("Choose Start when you begin, once the package is installed (step 6)."),
                tr("Work through the Salesforce configuration checklist in Salesforce Setup."),
                tr("Choose Mark done once every item of the checklist is complete.") },
            tr("Every item of the checklist is complete."), { 2 }, {} },
    };
}

QList<PrerequisiteDefinition> PlanDefinition::buildPrerequisites()
{
    return {
        { QStringLiteral("actions-enabled"), tr("Actions is enabled for your Marketo Engage account"),
            tr("Your Adobe account team turns on Sales Insight Actions for the subscription. Ask them (or "
               "Marketo support if you have no account team) and confirm here once it is on."),
            { 1 } },
        { QStringLiteral("marketo-salesforce-sync"), tr("Marketo is synchronized with Salesforce"),
            tr("The people sync needs the Marketo to Salesforce sync to be configured, so that people carry "
               "Salesforce IDs and owners. Once Marketo is connected this can be checked from the data; "
               "until then, confirm it by hand."),
            { 4 } },
    };
}

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

QString PlanDefinition::listOfSteps(const QList<int>& steps)
{
    QStringList numbers;
    for (int step : steps) {
        numbers << QString::number(step);
    }
    // The C locale (tests, the tour, a bare environment) has no words for lists; its texts are English.
    const QLocale locale = QLocale().language() == QLocale::C ? QLocale(QLocale::English) : QLocale();
    return locale.createSeparatedList(numbers);
}

QList<int> PlanDefinition::stepsOwnedBy(Personas personas)
{
    QList<int> result;
    for (const StepDefinition& step : steps()) {
        if (step.personas == personas) {
            result.append(step.number);
        }
    }
    return result;
}

QString PlanDefinition::ownershipSummary()
{
    const QList<int> marketo = stepsOwnedBy(Persona::MarketoAdmin);
    const QList<int> salesforce = stepsOwnedBy(Persona::SalesforceAdmin);
    const QList<int> either = stepsOwnedBy(Persona::MarketoAdmin | Persona::SalesforceAdmin);
    //: %1, %2, %3: lists of step numbers, such as "1, 3, 4 and 5"
    return tr(
        "Seven steps connect Actions to Marketo Engage and Salesforce. Marketo admins own steps %1, "
        "Salesforce admins steps %2, and either can do step %3. Progress is saved as you go, so another "
        "admin can pick up where you left off.")
        .arg(listOfSteps(marketo), listOfSteps(salesforce), listOfSteps(either));
}

} // namespace sia
