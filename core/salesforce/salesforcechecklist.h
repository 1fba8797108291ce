// Step 7's checklist: what the Salesforce admin configures for Actions, each item verified through the
// Salesforce API where it can be (and saying how), otherwise confirmed by hand with who and when. The
// items come from SPEC (the package of step 6; sales activities logged to Salesforce as tasks; the API
// the product works through; Email to Salesforce for BCC logging). The client comes from a
// SalesforceClientSource; the confirmations live in hand_confirmations ("checklist.<key>").
#pragma once

#include "common/result.h"
#include "setup/handconfirmationrepository.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace sia {

class SalesforceClientSource;
class StoreRunner;

struct ChecklistItemDefinition
{
    QString key; // stable: "package", "api-enabled", "task-access", "email-to-salesforce"
    QString title;
    QString instructions; // what to do in Salesforce
    QString verifiedBy; // how the API verifies it; empty: only by hand
    // The confirmation's item in hand_confirmations (the package shares step 6's).
    QString confirmationItem() const;
};

struct ChecklistItemResult
{
    enum class State
    {
        Verified, // the API found it done
        NotDone, // the API found it not done (finding says what)
        ConfirmedByHand,
        NeedsConfirmation, // the API cannot tell (apiProblem), or the item is only confirmed by hand
    };
    ChecklistItemDefinition definition;
    State state = State::NeedsConfirmation;
    QString finding; // what the API found
    std::optional<Error> apiProblem;
    std::optional<HandConfirmation> confirmation;

    bool isComplete() const { return state == State::Verified || state == State::ConfirmedByHand; }
    // A confirmation by hand is taken only where the API cannot tell.
    bool canConfirmByHand() const
    {
        return state == State::NeedsConfirmation || state == State::ConfirmedByHand;
    }
    static QString stateKey(State state);
};

struct ChecklistReport
{
    QList<ChecklistItemResult> items;
    // Step 7's done rule: every item verified or confirmed by hand.
    bool complete() const;
    const ChecklistItemResult* item(const QString& key) const;
};

class SalesforceChecklist
{
    Q_DECLARE_TR_FUNCTIONS(sia::SalesforceChecklist)

public:
    static const QList<ChecklistItemDefinition>& items();
    static const ChecklistItemDefinition* item(const QString& key);
    // The state of an item from what the API found (nullopt: could not tell) and its confirmation.
    static ChecklistItemResult::State stateOf(
        const ChecklistItemDefinition& item, std::optional<bool> apiFoundDone, bool confirmed);
};

class SalesforceChecklistService : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Done = std::function<void(Result<T>)>;

    SalesforceChecklistService(
        SalesforceClientSource& clients, StoreRunner& store, QString actor, QObject* parent = nullptr);

    const QString& actor() const { return m_actor; }

    // Every item, verified through the API where it can be; an API failure makes that item's state
    // NeedsConfirmation (with apiProblem), never an error. Errors are the store's.
    void check(Done<ChecklistReport> done);
    // Checks first: refused (checklist.api-can-tell) when the API tells the item's state; an unknown key is
    // an input error.
    void confirmByHand(const QString& key, const QString& note, Done<ChecklistReport> done);
    void withdrawConfirmation(const QString& key, Done<ChecklistReport> done);

private:
    struct Findings;
    void verify(QHash<QString, HandConfirmation> confirmations, Done<ChecklistReport> done);
    static ChecklistReport reportFrom(
        const Findings& findings, const QHash<QString, HandConfirmation>& confirmations);

    SalesforceClientSource& m_clients;
    StoreRunner& m_store;
    QString m_actor;
};

} // namespace sia
