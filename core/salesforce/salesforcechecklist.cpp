#include "salesforce/salesforcechecklist.h"

#include "salesforce/salesforceapi.h"
#include "salesforce/salesforceclient.h"
#include "salesforce/salesforceclientsource.h"
#include "salesforce/salesforcepackageservice.h"
#include "salesforce/salesforcesession.h"
#include "store/storerunner.h"

#include <QJsonObject>
#include <QTimer>

#include <memory>

namespace sia {

QString ChecklistItemDefinition::confirmationItem() const
{
    return key == u"package" ? SalesforcePackageService::confirmationItem
                             : QStringLiteral("checklist.") + key;
}

QString ChecklistItemResult::stateKey(State state)
{
    switch (state) {
    case State::Verified:
        return QStringLiteral("verified");
    case State::NotDone:
        return QStringLiteral("not-done");
    case State::ConfirmedByHand:
        return QStringLiteral("confirmed-by-hand");
    case State::NeedsConfirmation:
        return QStringLiteral("needs-confirmation");
    }
    return {};
}

bool ChecklistReport::complete() const
{
    return !items.isEmpty() && std::all_of(items.cbegin(), items.cend(), [](const ChecklistItemResult& item) {
        return item.isComplete();
    });
}

const ChecklistItemResult* ChecklistReport::item(const QString& key) const
{
    for (const ChecklistItemResult& candidate : items) {
        if (candidate.definition.key == key) {
            return &candidate;
        }
    }
    return nullptr;
}

const QList<ChecklistItemDefinition>& SalesforceChecklist::items()
{
    static const QList<ChecklistItemDefinition> list {
        { QStringLiteral("package"),
            tr("The Marketo Sales Insight package is installed at a supported version"),
            tr("Step 6: install or upgrade Marketo Sales Insight from AppExchange."),
            tr("Tooling API: InstalledSubscriberPackage with the namespace mkto_si, then its "
               "SubscriberPackageVersion.") },
        { QStringLiteral("api-enabled"), tr("The connected Salesforce user has API Enabled"),
            tr("In Setup, give the user's profile or one of its permission sets the API Enabled permission "
               "(the org's edition must include the API)."),
            tr("SOQL: the user's Profile.PermissionsApiEnabled and each PermissionSetAssignment's "
               "PermissionSet.PermissionsApiEnabled.") },
        { QStringLiteral("task-access"), tr("The connected user can create and edit tasks"),
            tr("Sales emails, calls and reminders are logged to Salesforce as tasks: give the user Create "
               "and "
               "Edit on Task (Activities) in the profile or a permission set."),
            tr("Describe of Task: createable and updateable for the connected user.") },
        { QStringLiteral("email-to-salesforce"),
            tr("Email to Salesforce is active (only for logging email by BCC)"),
            tr("In Setup, Email Administration, Email to Salesforce: Edit, tick Active, Save. Each user then "
               "sets up their own address under My Settings, Email, My Email to Salesforce. Confirm by hand "
               "once done, or with a note if email is logged through the API instead."),
            QString() },
    };
    return list;
}

const ChecklistItemDefinition* SalesforceChecklist::item(const QString& key)
{
    for (const ChecklistItemDefinition& candidate : items()) {
        if (candidate.key == key) {
            return &candidate;
        }
    }
    return nullptr;
}

ChecklistItemResult::State SalesforceChecklist::stateOf(
    const ChecklistItemDefinition& item, std::optional<bool> apiFoundDone, bool confirmed)
{
    using State = ChecklistItemResult::State;
    if (!item.verifiedBy.isEmpty() && apiFoundDone) {
        return *apiFoundDone ? State::Verified : State::NotDone; // the API's answer wins
    }
    return confirmed ? State::ConfirmedByHand : State::NeedsConfirmation;
}

// What the API answered for each verifiable item: done or not and what it found, or why it could not tell.
struct SalesforceChecklistService::Findings
{
    struct One
    {
        std::optional<bool> done;
        QString finding;
        std::optional<Error> problem;
    };
    QHash<QString, One> byKey;
    int waiting = 0;
};

SalesforceChecklistService::SalesforceChecklistService(
    SalesforceClientSource& clients, StoreRunner& store, QString actor, QObject* parent)
    : QObject(parent)
    , m_clients(clients)
    , m_store(store)
    , m_actor(std::move(actor))
{ }

void SalesforceChecklistService::check(Done<ChecklistReport> done)
{
    m_store.run<QHash<QString, HandConfirmation>>(
        [](Store& store) { return HandConfirmationRepository(store).all(); }, this,
        [this, done = std::move(done)](Result<QHash<QString, HandConfirmation>> confirmations) mutable {
            if (!confirmations) {
                done(confirmations.error());
                return;
            }
            verify(*confirmations, std::move(done));
        });
}

ChecklistReport SalesforceChecklistService::reportFrom(
    const Findings& findings, const QHash<QString, HandConfirmation>& confirmations)
{
    ChecklistReport report;
    for (const ChecklistItemDefinition& definition : SalesforceChecklist::items()) {
        ChecklistItemResult result;
        result.definition = definition;
        const Findings::One found = findings.byKey.value(definition.key);
        result.finding = found.finding;
        result.apiProblem = found.problem;
        if (confirmations.contains(definition.confirmationItem())) {
            result.confirmation = confirmations.value(definition.confirmationItem());
        }
        result.state = SalesforceChecklist::stateOf(definition, found.done, result.confirmation.has_value());
        report.items.append(result);
    }
    return report;
}

void SalesforceChecklistService::verify(
    QHash<QString, HandConfirmation> confirmations, Done<ChecklistReport> done)
{
    auto findings = std::make_shared<Findings>();
    auto shared = std::make_shared<Done<ChecklistReport>>(std::move(done));
    m_clients.withClient(this, [this, findings, shared, confirmations](Result<SalesforceClient*> client) {
        if (!client) {
            for (const ChecklistItemDefinition& definition : SalesforceChecklist::items()) {
                if (!definition.verifiedBy.isEmpty()) {
                    findings->byKey[definition.key].problem = client.error();
                }
            }
            (*shared)(reportFrom(*findings, confirmations));
            return;
        }
        findings->waiting = 3;
        auto answered = [findings, shared, confirmations] {
            if (--findings->waiting == 0) {
                (*shared)(reportFrom(*findings, confirmations));
            }
        };
        SalesforceClient& connected = **client;
        SalesforceApi(connected).salesInsightPackage(
            this, [findings, answered](Result<SalesforcePackageStatus> package) {
                Findings::One& one = findings->byKey[QStringLiteral("package")];
                if (!package) {
                    one.problem = package.error();
                } else {
                    PackageReport report;
                    report.detected = *package;
                    report.verdict = PackageReport::verdictOf(report.detected, std::nullopt);
                    one.done = report.satisfied();
                    one.finding = report.advice();
                }
                answered();
            });
        const QString userId = SalesforceApi::identityOf(connected.session().identityUrl()).userId;
        SalesforceApi(connected).userApiPermission(
            userId, this, [findings, answered](Result<SalesforceUserApiPermission> permission) {
                Findings::One& one = findings->byKey[QStringLiteral("api-enabled")];
                if (!permission) {
                    one.problem = permission.error();
                } else {
                    one.done = permission->apiEnabled;
                    //: %1 the username, %2 the profile.
                    one.finding = permission->apiEnabled
                        ? SalesforceChecklist::tr("%1 (profile %2) has API Enabled.")
                              .arg(permission->username, permission->profileName)
                        : SalesforceChecklist::tr(
                            "%1 (profile %2) has no API Enabled, from the profile or any permission set.")
                              .arg(permission->username, permission->profileName);
                }
                answered();
            });
        SalesforceApi(connected).describe(
            QStringLiteral("Task"), this, [findings, answered](Result<QJsonObject> task) {
                Findings::One& one = findings->byKey[QStringLiteral("task-access")];
                if (!task) {
                    one.problem = task.error();
                } else {
                    const bool create = task->value(QStringLiteral("createable")).toBool();
                    const bool edit = task->value(QStringLiteral("updateable")).toBool();
                    one.done = create && edit;
                    one.finding = create && edit
                        ? SalesforceChecklist::tr("Task is createable and updateable for the user.")
                        : create ? SalesforceChecklist::tr("The user can create tasks but not edit them.")
                        : edit   ? SalesforceChecklist::tr("The user can edit tasks but not create them.")
                                 : SalesforceChecklist::tr("The user can neither create nor edit tasks.");
                }
                answered();
            });
    });
}

void SalesforceChecklistService::confirmByHand(
    const QString& key, const QString& note, Done<ChecklistReport> done)
{
    const ChecklistItemDefinition* definition = SalesforceChecklist::item(key);
    if (!definition) {
        QStringList keys;
        for (const ChecklistItemDefinition& item : SalesforceChecklist::items()) {
            keys << item.key;
        }
        QTimer::singleShot(0, this, [done = std::move(done), key, keys] {
            done(Error::input(QStringLiteral("checklist.unknown-item"),
                SalesforceChecklist::tr("The checklist has no item “%1”; its items are: %2.")
                    .arg(key, keys.join(QStringLiteral(", ")))));
        });
        return;
    }
    check([this, key, note, item = definition->confirmationItem(), done = std::move(done)](
              Result<ChecklistReport> report) mutable {
        if (!report) {
            done(report.error());
            return;
        }
        const ChecklistItemResult* current = report->item(key);
        if (!current->canConfirmByHand()) {
            done(Error::rule(QStringLiteral("checklist.api-can-tell"),
                SalesforceChecklist::tr(
                    "The Salesforce API verifies “%1”, so it is not confirmed by hand: %2")
                    .arg(current->definition.title, current->finding)));
            return;
        }
        m_store.run<HandConfirmation>(
            [item, note, actor = m_actor](
                Store& store) { return HandConfirmationRepository(store).confirm(item, actor, note); },
            this,
            [this, done = std::move(done)](Result<HandConfirmation> confirmed) mutable {
                if (!confirmed) {
                    done(confirmed.error());
                    return;
                }
                check(std::move(done));
            });
    });
}

void SalesforceChecklistService::withdrawConfirmation(const QString& key, Done<ChecklistReport> done)
{
    const ChecklistItemDefinition* definition = SalesforceChecklist::item(key);
    const QString item = definition ? definition->confirmationItem() : QStringLiteral("checklist.") + key;
    m_store.run<void>([item, actor = m_actor](
                          Store& store) { return HandConfirmationRepository(store).withdraw(item, actor); },
        this,
        [this, done = std::move(done)](Result<void> withdrawn) mutable {
            if (!withdrawn) {
                done(withdrawn.error());
                return;
            }
            check(std::move(done));
        });
}

} // namespace sia
