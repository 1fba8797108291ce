#include "planclient.h"

#include "review/reviewqueries.h"
#include "review/reviewreader.h"
#include "store/storeworker.h"

PlanClient::PlanClient(sia::StoreWorker& worker, QString actor, QObject* parent)
    : QObject(parent)
    , m_worker(worker)
    , m_actor(std::move(actor))
{ }

void PlanClient::reload()
{
    m_worker.run<PlanReading>(
        [](sia::Store& store) -> sia::Result<PlanReading> {
            const sia::SetupPlan plan(store);
            sia::Result<sia::PlanSnapshot> snapshot = plan.snapshot();
            if (!snapshot) {
                return snapshot.error();
            }
            PlanReading reading { std::move(snapshot).value(), {} };
            const sia::ReviewQueries queries(store);
            for (const sia::StepView& step : reading.snapshot.steps) {
                const int number = step.definition.number;
                sia::Result<sia::RecordPage<sia::StepHistoryEntry>> history
                    = queries.historyPage(0, sia::stepHistoryPageSize, number);
                if (!history) {
                    return history.error();
                }
                reading.historyByStep.insert(number, std::move(history).value());
            }
            return reading;
        },
        this,
        [this](const sia::Result<PlanReading>& reading) {
            if (reading) {
                emit planLoaded(*reading);
            } else {
                emit failed(reading.error());
                emit reloadFailed(reading.error());
            }
        });
}

void PlanClient::loadReview(int pageSize)
{
    m_worker.run<sia::ReviewSnapshot>(
        [pageSize](sia::Store& store) { return sia::ReviewReader(store).read(pageSize); }, this,
        [this](const sia::Result<sia::ReviewSnapshot>& review) {
            if (review) {
                sia::ReviewSnapshot snapshot = *review;
                snapshot.source = &m_worker;
                emit reviewLoaded(snapshot);
            } else {
                emit failed(review.error());
                emit reviewFailed(review.error());
            }
        });
}

void PlanClient::apply(int step, sia::StepAction action, const QString& reason)
{
    const sia::StepChange change { step, action, reason, m_actor };
    m_worker.run<sia::StepState>([change](sia::Store& store) { return sia::SetupPlan(store).apply(change); },
        this,
        [this](const sia::Result<sia::StepState>& applied) {
            if (!applied) {
                emit failed(applied.error());
            }
        });
    // Jobs run in order: this reading sees the change (or its refusal).
    reload();
}

void PlanClient::confirmPrerequisite(const QString& key, bool confirmed)
{
    m_worker.run<bool>(
        [key, confirmed, actor = m_actor](sia::Store& store) -> sia::Result<bool> {
            sia::Result<void> done = sia::SetupPlan(store).confirmPrerequisite(key, confirmed, actor);
            if (!done) {
                return done.error();
            }
            return true;
        },
        this,
        [this](const sia::Result<bool>& done) {
            if (!done) {
                emit failed(done.error());
            }
        });
    reload();
}
