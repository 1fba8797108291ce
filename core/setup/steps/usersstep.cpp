#include "setup/steps/usersstep.h"

namespace sia {

QList<StepCaution> UsersStep::cautions(const QList<StepState>& states) const
{
    if (ownStatus(states) == StepStatus::Skipped) {
        return { { QStringLiteral("only-first-admins"),
            tr("Skipped: nobody but the admins invited in step 1 can use Actions until users are invited "
               "here."),
            1 } };
    }
    return {};
}

std::optional<Error> UsersStep::refusal(
    const StepChange& change, const QList<StepState>&, const StepEvidence& evidence) const
{
    if (change.action == StepAction::Done && evidence.invitedBesidesOriginal
        && *evidence.invitedBesidesOriginal == 0) {
        return Error::rule(QStringLiteral("plan.users-none-invited"),
            tr("Step 5 is done once someone besides the first admin is invited, and nobody is yet. Invite "
               "people on this step's page (or with sia-admin users invite), or choose Skip with a reason "
               "if nobody else needs Actions yet."));
    }
    return std::nullopt;
}

} // namespace sia
