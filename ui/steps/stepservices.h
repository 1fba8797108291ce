// The core services a step's page works through beyond the plan (the connections, and what later steps
// bring), handed to every step page by the main window; app/ creates them. A page whose service is
// missing (a review, a test) shows its controls without acting.
#pragma once

namespace sia {
class AccountSetupService;
class MarketoConnectionService;
class SalesforceChecklistService;
class SalesforcePackageService;
class SyncPrerequisiteService;
class SalesforceConnectionService;
class NetworkSettingsEditor;
class MailSettingsEditor;
class PeopleSyncService;
class TaskSyncService;
class StoreWorker;
class UsersService;
class InvitationDelivery;
} // namespace sia

class DesktopBrowserLauncher;

struct StepServices
{
    sia::MarketoConnectionService* marketo = nullptr; // step 3 (and step 1's admins list)
    sia::AccountSetupService* account = nullptr; // step 1: the instance and its admins' invitations
    sia::SalesforcePackageService* salesforcePackage = nullptr; // step 6
    sia::SalesforceChecklistService* salesforceChecklist = nullptr; // step 7
    sia::SyncPrerequisiteService* syncPrerequisite = nullptr; // the overview's Marketo-Salesforce sync check
    sia::SalesforceConnectionService* salesforce = nullptr; // step 2 (and the org's client for steps 6, 7)
    sia::NetworkSettingsEditor* network = nullptr; // the proxy and extra CA (the Network dialog)
    sia::MailSettingsEditor* mail = nullptr; // how the invitation emails leave (the Mail dialog)
    DesktopBrowserLauncher* browser = nullptr; // step 2's login: says when no browser could be opened
    sia::PeopleSyncService* peopleSync = nullptr; // step 4
    sia::TaskSyncService* taskSync = nullptr; // the task sync: the sync settings, the command center
    sia::UsersService* users = nullptr; // step 5: users, teams, invitations
    sia::InvitationDelivery* invitationDelivery = nullptr; // steps 1 and 5: the invitation emails going out
    // The window's store worker (the main window fills it in): where a page's read-only browsers page
    // through their rows, as the review's tables do.
    sia::StoreWorker* store = nullptr;
};
