#include "sandbox/salesforce/installedpackages.h"

#include "sandbox/dataset/sandboxdataset.h"
#include "sandbox/salesforce/recordids.h"
#include "sandbox/salesforceid.h"

#include <algorithm>

namespace sia::sandbox::salesforce {

namespace {

QVariant textOrNull(const QString& value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

} // namespace

InstalledPackages::InstalledPackages(const SandboxDataset& dataset)
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
        const QString packageId = RecordIds::make(u"033", p.number);
        const QString versionId = RecordIds::make(u"04t", p.number);
        auto packageRecord = std::make_shared<StaticRecord>(QStringLiteral("SubscriberPackage"),
            QVariantHash { { QStringLiteral("Id"), packageId }, { QStringLiteral("Name"), p.name },
                { QStringLiteral("NamespacePrefix"), textOrNull(p.namespacePrefix) } });
        auto versionRecord = std::make_shared<StaticRecord>(QStringLiteral("SubscriberPackageVersion"),
            QVariantHash { { QStringLiteral("Id"), versionId },
                { QStringLiteral("Name"), QStringLiteral("%1.%2").arg(p.majorVersion).arg(p.minorVersion) },
                { QStringLiteral("MajorVersion"), p.majorVersion },
                { QStringLiteral("MinorVersion"), p.minorVersion },
                { QStringLiteral("PatchVersion"), p.patchVersion }, { QStringLiteral("BuildNumber"), 1 },
                { QStringLiteral("IsManaged"), p.isManaged } });
        if (installed) {
            source->append(std::make_shared<StaticRecord>(QStringLiteral("InstalledSubscriberPackage"),
                QVariantHash { { QStringLiteral("Id"), RecordIds::make(u"0A3", p.number) },
                    { QStringLiteral("SubscriberPackageId"), packageId },
                    { QStringLiteral("SubscriberPackageVersionId"), versionId } },
                QHash<QString, std::shared_ptr<const SoqlRecord>> {
                    { QStringLiteral("SubscriberPackageId"), packageRecord },
                    { QStringLiteral("SubscriberPackageVersionId"), versionRecord } }));
        } else {
            source->append(package ? std::shared_ptr<const SoqlRecord>(packageRecord) : versionRecord);
        }
    }
    return source;
}

} // namespace sia::sandbox::salesforce
