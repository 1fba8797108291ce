// The Actions instance itself (SPEC step 1): the one row that says this database is an Actions account,
// who created it and when, and when it was activated (its first admin invited). Created once; creating
// it again is refused, so two admins racing on step 1 cannot replace each other's instance.
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace sia {

class Store;

struct ActionsInstance
{
    QString name;
    QString createdBy;
    QDateTime createdAt;
    QDateTime activatedAt; // invalid until the first admin was invited
};

class InstanceRepository
{
    Q_DECLARE_TR_FUNCTIONS(sia::InstanceRepository)

public:
    explicit InstanceRepository(Store& store)
        : m_store(store)
    { }

    Result<std::optional<ActionsInstance>> load() const;
    // Refused when one exists (instance.exists) or the name is empty; audited as instance.created.
    Result<ActionsInstance> create(const QString& name, const QString& actor);
    // The first invitation activates the instance; later calls keep the first time. Inside the caller's
    // transaction.
    Result<void> markActivated(const QDateTime& at);

private:
    Store& m_store;
};

} // namespace sia
