// One step of the setup plan as a state class: its definition, the rules it adds to the plan's generic
// ones, what done means for it, and what its controls will do once they exist. One subclass per step,
// listed in StepRegistry; the later issues give each its data (a connection, a sync run, invitations)
// without touching the others.
#pragma once

#include "common/result.h"
#include "setup/plansnapshot.h"
#include "setup/stepstate.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace sia {

class SetupStep
{
    Q_DECLARE_TR_FUNCTIONS(sia::SetupStep)

public:
    virtual ~SetupStep() = default;
    SetupStep(const SetupStep&) = delete;
    SetupStep& operator=(const SetupStep&) = delete;

    int number() const { return m_number; }
    // A stable English key naming the step in code and logs: "salesforce-connection", ...
    virtual QString key() const = 0;
    const StepDefinition& definition() const;
    // What done means for this step, for the page and the command line.
    QString doneWhen() const { return definition().doneWhen; }
    // What the step's own controls will do once they exist; empty once they do.
    virtual QString controlsPending() const { return definition().controlsPending; }

    // The step's own rule on a change the plan's generic rules allowed: an error refuses it. No step
    // refuses more than the generic rules yet; a step whose controls record evidence (a verified
    // connection, a finished sync) will refuse "done" without it here.
    virtual std::optional<Error> refusal(
        const StepChange& change, const QList<StepState>& states, const StepEvidence& evidence) const;
    // Warnings the step's own rules raise about the plan as it stands (`states` has one entry per step,
    // in order). They do not lock: the page shows them.
    virtual QList<StepCaution> cautions(const QList<StepState>& states) const = 0;

protected:
    explicit SetupStep(int number)
        : m_number(number)
    { }

    StepStatus statusOf(const QList<StepState>& states, int step) const;
    StepStatus ownStatus(const QList<StepState>& states) const { return statusOf(states, m_number); }

private:
    int m_number;
};

} // namespace sia
