// Runs the data check of the "marketo-salesforce-sync" prerequisite through the Marketo connection and
// records what it found as the prerequisite's state (confirmed or withdrawn, by the admin who ran it, the
// figures as its note), through SetupPlan like a confirmation by hand, so that the overview, `status` and
// the audit log show it. For the window and the command line.
#pragma once

#include "common/result.h"
#include "marketo/salesforcesynccheck.h"

#include <QObject>

#include <functional>

namespace sia {

class MarketoConnectionService;
class StoreRunner;

class SyncPrerequisiteService : public QObject
{
    Q_OBJECT

public:
    static inline const QString prerequisiteKey = QStringLiteral("marketo-salesforce-sync");

    SyncPrerequisiteService(
        MarketoConnectionService& marketo, StoreRunner& store, QString actor, QObject* parent = nullptr);

    // Not connected, or Marketo's failure: the error, and nothing recorded.
    void check(std::function<void(Result<SalesforceSyncFindings>)> done);

private:
    MarketoConnectionService& m_marketo;
    StoreRunner& m_store;
    QString m_actor;
};

} // namespace sia
