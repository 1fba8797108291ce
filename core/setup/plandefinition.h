// The setup plan as data: the prerequisites and the seven steps of the persona table (SPEC sections 2
// and 3), each with its personas, dependencies and what "done" means. Texts are translatable sources.
#pragma once

#include "setup/stepstatus.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sia {

struct PrerequisiteDefinition
{
    QString key; // "actions-enabled", "marketo-salesforce-sync"
    QString title;
    QString explanation; // what it means and whom to ask
    QList<int> gatesSteps; // steps that cannot start or be done until it is confirmed
};

struct StepDefinition
{
    int number = 0;
    Personas personas;
    QString title;
    QString summary; // one line, for tables and tooltips
    QStringList instructions; // what to do, in order
    QString doneWhen;
    QList<int> dependsOn;
    // What the step's own controls will do once they exist, said plainly; empty when they exist.
    QString controlsPending;
};

class PlanDefinition
{
    Q_DECLARE_TR_FUNCTIONS(sia::PlanDefinition)

public:
    static constexpr int stepCount = 7;

    static const QList<StepDefinition>& steps(); // translated into the current language
    static const StepDefinition* step(int number); // nullptr for an unknown number
    static QList<int> dependents(int number); // steps that depend on this one
    static const QList<PrerequisiteDefinition>& prerequisites();
    static const PrerequisiteDefinition* prerequisite(const QString& key);
    // The steps a persona may do: exactly those personas (MarketoAdmin alone is not "either").
    static QList<int> stepsOwnedBy(Personas personas);
    // Step numbers as a list in the reader's language: "1, 3, 4 and 5".
    static QString listOfSteps(const QList<int>& steps);
    // Who owns what, said in one paragraph for the overview: read from the steps, never written by hand.
    static QString ownershipSummary();

private:
    static QList<StepDefinition> buildSteps();
    static QList<PrerequisiteDefinition> buildPrerequisites();
};

} // namespace sia
