// The org's installed packages as the Tooling API answers them: InstalledSubscriberPackage rows, each with
// its SubscriberPackage (name, namespace prefix) and SubscriberPackageVersion (major.minor.patch). Ours,
// Marketo Sales Insight (namespace mkto_si), comes from the dataset (absent with --no-installed-package, an
// older version with --sf-old-package) among other packages an org commonly has, one of them an unlocked
// package without a namespace, and not in the first row: a client finds ours by its namespace prefix.
#pragma once

#include "sandbox/salesforce/soqlrecord.h"

#include <QList>
#include <QString>

#include <memory>

namespace sia::sandbox {
class SandboxDataset;
}

namespace sia::sandbox::salesforce {

class InstalledPackages
{
    Q_DISABLE_COPY_MOVE(InstalledPackages) // its records look their parents up through it

public:
    struct Package
    {
        qint64 number = 0; // the number of its 0A3 (installed), 033 (package) and 04t (version) Ids
        QString name;
        QString namespacePrefix; // empty: none (an unlocked package)
        int majorVersion = 0;
        int minorVersion = 0;
        int patchVersion = 0;
        bool isManaged = true;
    };

    explicit InstalledPackages(const SandboxDataset& dataset);

    const QList<Package>& packages() const { return m_packages; } // in Id order
    // The records of a Tooling API object; nullptr for an object the sandbox does not serve.
    std::shared_ptr<const SoqlRecordSource> source(const QString& objectName) const;

private:
    std::shared_ptr<const SoqlRecord> packageRecord(const Package& package) const;
    std::shared_ptr<const SoqlRecord> versionRecord(const Package& package) const;
    std::shared_ptr<const SoqlRecord> byId(const QString& id) const; // a package or version, for parents

    QList<Package> m_packages;
    SoqlParentLookup m_parents; // byId
};

} // namespace sia::sandbox::salesforce
