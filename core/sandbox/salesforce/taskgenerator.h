// The org's initial Tasks, generated from the seed: the same seed and the same `now` give the same tasks,
// in creation order, with subjects in several scripts, open and completed ones, calls and
// emails, due dates around today, and a few already in the recycle bin (some long enough to be purged).
#pragma once

#include "sandbox/salesforce/taskstore.h"

#include <QDateTime>
#include <QStringList>

#include <functional>

namespace sia::sandbox::salesforce {

struct TaskSeed
{
    quint64 seed = 1;
    qint64 count = 0;
    QDateTime now;
    QStringList ownerIds; // active users
    QString creatorId; // CreatedById / LastModifiedById of the generated tasks
    std::function<QString(quint64 draw)> pickWho; // a lead or contact Id for a random draw, or empty
    std::function<QString(quint64 draw)> pickWhat; // an account or opportunity Id, or empty
};

class TaskGenerator
{
public:
    static void fill(TaskStore& store, const TaskSeed& seed);
};

} // namespace sia::sandbox::salesforce
