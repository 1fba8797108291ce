#include "sandbox/salesforce/installedpackages.h"

#include "sandbox/dataset/sandboxdataset.h"
#include "sandbox/salesforce/recordids.h"
#include "sandbox/salesforce/sobjectrows.h"
#include "sandbox/salesforce/soqlschema.h"
#include "sandbox/salesforceid.h"

#include <algorithm>

namespace sia::sandbox::salesforce {

namespace {

const SoqlObjectDef& toolingObject(QStringView name)
{
    const SoqlObjectDef* object = SoqlSchema::toolingApi().object(name);
    Q_ASSERT(object);
    return *object;
}

template<typename Row>
std::shared_ptr<const SoqlRecord> shared(const QStringView object, Row row, const SoqlParentLookup* parents)
{
    return std::make_shared<RowRecord<Row>>(toolingObject(object), std::move(row), parents);
}

} // namespace

InstalledPackages::InstalledPackages(const SandboxDataset& dataset)
    : m_parents([this](const QString& id) { return byId(id); })
{
    // Numbered around ours (the dataset's, number 3), so that ours is neither first nor last.
    m_packages = {
        { 1, QStringLiteral("Salesforce Connected Apps"), QStringLiteral("sf_com_apps"), 1, 7, 0, true },
        { 2, QStringLiteral("DocuSign eSignature for Salesforce"), QStringLiteral("dsfs"), 7, 5, 0, true },
        { 4, QStringLiteral("Declarative Lookup Rollup Summaries Tool"), QStringLiteral("dlrs"), 2, 21, 0,
            true },
        { 5, QStringLiteral("Sales Team Dashboards"), QString(), 1, 2, 0, false },
    };
    if (const std::optional<InstalledPackage> ours = dataset.installedPackage()) {
        const std::optional<SalesforceId> id = SalesforceId::parse(ours->id);
        Package package { id ? id->number : 3, ours->name, ours->namespacePrefix, ours->majorVersion,
            ours->minorVersion, 0, true };
        m_packages.append(package);
        std::sort(m_packages.begin(), m_packages.end(),
            [](const Package& a, const Package& b) { return a.number < b.number; });
    }
}

std::shared_ptr<const SoqlRecord> InstalledPackages::packageRecord(const Package& p) const
{
    return shared(u"SubscriberPackage",
        SubscriberPackageRow { RecordIds::make(u"033", p.number), p.name, p.namespacePrefix }, &m_parents);
}

std::shared_ptr<const SoqlRecord> InstalledPackages::versionRecord(const Package& p) const
{
    return shared(u"SubscriberPackageVersion",
        PackageVersionRow { RecordIds::make(u"04t", p.number),
            QStringLiteral("%1.%2").arg(p.majorVersion).arg(p.minorVersion), p.majorVersion, p.minorVersion,
            p.patchVersion, 1, p.isManaged },
        &m_parents);
}

std::shared_ptr<const SoqlRecord> InstalledPackages::byId(const QString& id) const
{
    const QString prefix = RecordIds::keyPrefix(id);
    for (const Package& p : m_packages) {
        if (prefix == u"033" && RecordIds::make(u"033", p.number) == id) {
            return packageRecord(p);
        }
        if (prefix == u"04t" && RecordIds::make(u"04t", p.number) == id) {
            return versionRecord(p);
        }
    }
    return nullptr;
}

std::shared_ptr<const SoqlRecordSource> InstalledPackages::source(const QString& objectName) const
{
    const bool installed = objectName == QLatin1String("InstalledSubscriberPackage");
    const bool package = objectName == QLatin1String("SubscriberPackage");
    const bool version = objectName == QLatin1String("SubscriberPackageVersion");
    if (!installed && !package && !version) {
        return nullptr;
    }
    auto source = std::make_shared<StaticRecordSource>();
    for (const Package& p : m_packages) {
        if (installed) {
            source->append(shared(u"InstalledSubscriberPackage",
                InstalledPackageRow { RecordIds::make(u"0A3", p.number), RecordIds::make(u"033", p.number),
                    RecordIds::make(u"04t", p.number) },
                &m_parents));
        } else {
            source->append(package ? packageRecord(p) : versionRecord(p));
        }
    }
    return source;
}

} // namespace sia::sandbox::salesforce
