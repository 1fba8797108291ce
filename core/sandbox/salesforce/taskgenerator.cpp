#include "sandbox/salesforce/taskgenerator.h"

#include <algorithm>
#include <random>
#include <vector>

namespace sia::sandbox::salesforce {

namespace {

const QStringList subjects { QStringLiteral("Call back"), QStringLiteral("Send the quote"),
    QStringLiteral("Follow up after the demo"), QStringLiteral("Prepare the renewal"),
    QStringLiteral("Rückruf vereinbaren"), QStringLiteral("Relancer le client à propos du devis"),
    QStringLiteral("견적서 보내기"), QStringLiteral("跟进客户"), QStringLiteral("Email the case study"),
    QStringLiteral("Book a meeting") };
const QStringList descriptions { QStringLiteral("Asked for pricing for 50 seats."),
    QStringLiteral("Prefers email; in Berlin until Friday."),
    QStringLiteral("담당자가 다음 주에 복귀합니다."), QStringLiteral("客户希望下周再联系。"),
    QStringLiteral("Left a voicemail.\nTry again after 3 pm.") };

template<typename T> const T& pickWeighted(std::mt19937_64& random, const QList<QPair<T, int>>& choices)
{
    int total = 0;
    for (const auto& choice : choices) {
        total += choice.second;
    }
    int roll = int(random() % quint64(total));
    for (const auto& choice : choices) {
        if (roll < choice.second) {
            return choice.first;
        }
        roll -= choice.second;
    }
    return choices.last().first;
}

QDateTime toSecond(const QDateTime& at)
{
    return at.addMSecs(-at.time().msec());
}

} // namespace

void TaskGenerator::fill(TaskStore& store, const TaskSeed& seed)
{
    std::mt19937_64 random(seed.seed ^ 0x7a5c0ffee5eedULL);
    const QDateTime now = toSecond(seed.now.toUTC());
    const qint64 fortyDays = 40LL * 24 * 3600;
    std::vector<TaskRecord> tasks;
    tasks.reserve(size_t(qMax<qint64>(0, seed.count)));
    for (qint64 i = 0; i < seed.count; ++i) {
        TaskRecord task;
        task.createdDate = now.addSecs(-qint64(random() % quint64(fortyDays)));
        const qint64 age = task.createdDate.secsTo(now);
        task.lastModifiedDate
            = task.createdDate.addSecs(qint64(random() % quint64(qMin<qint64>(age, 10LL * 24 * 3600) + 1)));
        task.systemModstamp = task.lastModifiedDate;
        task.createdById = seed.creatorId;
        task.lastModifiedById = seed.creatorId;
        task.subject = subjects.at(int(random() % quint64(subjects.size())));
        task.status = pickWeighted<QString>(random,
            { { QStringLiteral("Not Started"), 50 }, { QStringLiteral("In Progress"), 15 },
                { QStringLiteral("Completed"), 27 }, { QStringLiteral("Deferred"), 5 },
                { QStringLiteral("Cancelled"), 3 } });
        task.priority = pickWeighted<QString>(random,
            { { QStringLiteral("Normal"), 70 }, { QStringLiteral("High"), 20 },
                { QStringLiteral("Low"), 10 } });
        task.taskSubtype = pickWeighted<QString>(random,
            { { QStringLiteral("Task"), 60 }, { QStringLiteral("Call"), 25 },
                { QStringLiteral("Email"), 15 } });
        if (random() % 10 != 0) {
            task.activityDate = now.date().addDays(qint64(random() % 31) - 10);
        }
        if (random() % 10 < 3) {
            task.description = descriptions.at(int(random() % quint64(descriptions.size())));
        }
        if (!seed.ownerIds.isEmpty()) {
            task.ownerId = seed.ownerIds.at(int(random() % quint64(seed.ownerIds.size())));
        }
        const quint64 whoDraw = random();
        if (seed.pickWho && whoDraw % 100 < 85) {
            task.whoId = seed.pickWho(whoDraw / 100);
        }
        const quint64 whatDraw = random();
        // A task about a lead is related to nothing: Salesforce refuses a WhatId beside a lead.
        const bool aboutLead = task.whoId.startsWith(QLatin1String("00Q"));
        if (seed.pickWhat && whatDraw % 100 < 30 && !aboutLead) {
            task.whatId = seed.pickWhat(whatDraw / 100);
        }
        // Salesforce archives a closed task once its due date is more than 365 days past: a few logged
        // calls from long ago, which query no longer answers and queryAll does.
        if (random() % 100 < 4) {
            task.status = QStringLiteral("Completed");
            task.activityDate = now.date().addDays(-366 - qint64(random() % 365));
            task.isArchived = true;
        }
        if (random() % 100 < 5) {
            task.isDeleted = true;
            const qint64 since = task.lastModifiedDate.secsTo(now);
            task.systemModstamp = task.lastModifiedDate.addSecs(qint64(random() % quint64(since + 1)));
        }
        tasks.push_back(std::move(task));
    }
    // Ids follow creation order, as Salesforce's do.
    std::stable_sort(tasks.begin(), tasks.end(),
        [](const TaskRecord& a, const TaskRecord& b) { return a.createdDate < b.createdDate; });
    for (TaskRecord& task : tasks) {
        store.insert(std::move(task));
    }
}

} // namespace sia::sandbox::salesforce
