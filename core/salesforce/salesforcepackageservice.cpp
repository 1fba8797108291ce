#include "salesforce/salesforcepackageservice.h"

#include "salesforce/salesforceclientsource.h"
#include "store/storerunner.h"

#include <QPointer>

namespace sia {

PackageReport::Verdict PackageReport::verdictOf(const std::optional<SalesforcePackageStatus>& detected,
    const std::optional<HandConfirmation>& confirmation)
{
    if (detected) {
        switch (detected->action) {
        case SalesforcePackageStatus::Action::Install:
            return Verdict::Install;
        case SalesforcePackageStatus::Action::Upgrade:
            return Verdict::Upgrade;
        case SalesforcePackageStatus::Action::UpToDate:
            return Verdict::UpToDate;
        }
    }
    return confirmation ? Verdict::ConfirmedByHand : Verdict::ConfirmByHand;
}

QString PackageReport::supportedVersion()
{
    return QStringLiteral("%1.%2")
        .arg(SalesforceApi::salesInsightLatestMajor)
        .arg(SalesforceApi::salesInsightLatestMinor);
}

QString PackageReport::namespacePrefix()
{
    return QLatin1String(SalesforceApi::salesInsightNamespace);
}

QUrl PackageReport::installGuide()
{
    // The seeds link the package's installation from AppExchange to this page of Adobe's documentation;
    // no package version id is known to this product, so it links the guide rather than an install URL.
    return QUrl(QStringLiteral(
        "https://experienceleague.adobe.com/en/docs/marketo/using/product-docs/marketo-sales-insight/"
        "msi-for-salesforce/installation/install-marketo-sales-insight-package-in-salesforce-appexchange"));
}

QString PackageReport::verdictKey(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Install:
        return QStringLiteral("install");
    case Verdict::Upgrade:
        return QStringLiteral("upgrade");
    case Verdict::UpToDate:
        return QStringLiteral("up-to-date");
    case Verdict::ConfirmByHand:
        return QStringLiteral("confirm-by-hand");
    case Verdict::ConfirmedByHand:
        return QStringLiteral("confirmed-by-hand");
    }
    return {};
}

QString PackageReport::advice() const
{
    switch (verdict) {
    case Verdict::Install:
        return tr(
            "Marketo Sales Insight is not installed in this org (no installed package has the namespace "
            "%1). Install it from AppExchange, version %2 or newer.")
            .arg(namespacePrefix(), supportedVersion());
    case Verdict::Upgrade:
        //: %1 the installed version, %2 the supported one.
        return tr(
            "Marketo Sales Insight %1 is installed; this product supports %2. Upgrade it from AppExchange.")
            .arg(detected->versionName.isEmpty()
                    ? QStringLiteral("%1.%2").arg(detected->majorVersion).arg(detected->minorVersion)
                    : detected->versionName,
                supportedVersion());
    case Verdict::UpToDate:
        return tr("Marketo Sales Insight %1.%2 is installed: nothing to do (supported: %3).")
            .arg(detected->majorVersion)
            .arg(detected->minorVersion)
            .arg(supportedVersion());
    case Verdict::ConfirmByHand:
        //: %1 why the API cannot tell (one or more whole sentences), %2 the supported version.
        return tr("The Salesforce API cannot tell whether the package is installed. %1 Check in Salesforce "
                  "Setup, Installed Packages, that Marketo Sales Insight %2 or newer is there, then "
                  "confirm it by hand.")
            .arg(apiProblem ? apiProblem->message : QString(), supportedVersion());
    case Verdict::ConfirmedByHand:
        //: %1 who, %2 when (UTC).
        return tr("Confirmed by hand by %1 on %2 (the Salesforce API cannot tell).")
            .arg(confirmation->confirmedBy,
                confirmation->confirmedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
    }
    return {};
}

SalesforcePackageService::SalesforcePackageService(
    SalesforceClientSource& clients, StoreRunner& store, QString actor, QObject* parent)
    : QObject(parent)
    , m_clients(clients)
    , m_store(store)
    , m_actor(std::move(actor))
{ }

void SalesforcePackageService::check(Done<PackageReport> done)
{
    m_store.run<std::optional<HandConfirmation>>(
        [](Store& store) { return HandConfirmationRepository(store).find(confirmationItem); }, this,
        [this, done = std::move(done)](Result<std::optional<HandConfirmation>> confirmation) mutable {
            if (!confirmation) {
                done(confirmation.error());
                return;
            }
            detect(*confirmation, std::move(done));
        });
}

void SalesforcePackageService::detect(std::optional<HandConfirmation> confirmation, Done<PackageReport> done)
{
    auto report
        = [confirmation](std::optional<SalesforcePackageStatus> detected, std::optional<Error> problem) {
              PackageReport result;
              result.detected = std::move(detected);
              result.apiProblem = std::move(problem);
              result.confirmation = confirmation;
              result.verdict = PackageReport::verdictOf(result.detected, confirmation);
              return result;
          };
    m_clients.withClient(
        this, [this, report, done = std::move(done)](Result<SalesforceClient*> client) mutable {
            if (!client) {
                done(report(std::nullopt, client.error()));
                return;
            }
            SalesforceApi(**client).salesInsightPackage(
                this, [report, done = std::move(done)](Result<SalesforcePackageStatus> status) mutable {
                    done(status ? report(*status, std::nullopt) : report(std::nullopt, status.error()));
                });
        });
}

void SalesforcePackageService::confirmByHand(const QString& note, Done<PackageReport> done)
{
    check([this, note, done = std::move(done)](Result<PackageReport> report) mutable {
        if (!report) {
            done(report.error());
            return;
        }
        if (report->detected) {
            done(Error::rule(QStringLiteral("package.api-can-tell"),
                tr("The Salesforce API tells what to do with the package, so it is not confirmed by hand: %1")
                    .arg(report->advice())));
            return;
        }
        m_store.run<HandConfirmation>(
            [note, actor = m_actor](Store& store) {
                return HandConfirmationRepository(store).confirm(confirmationItem, actor, note);
            },
            this,
            [report = *report, done = std::move(done)](Result<HandConfirmation> confirmed) mutable {
                if (!confirmed) {
                    done(confirmed.error());
                    return;
                }
                report.confirmation = *confirmed;
                report.verdict = PackageReport::verdictOf(report.detected, report.confirmation);
                done(report);
            });
    });
}

void SalesforcePackageService::withdrawConfirmation(Done<PackageReport> done)
{
    m_store.run<void>(
        [actor = m_actor](
            Store& store) { return HandConfirmationRepository(store).withdraw(confirmationItem, actor); },
        this,
        [this, done = std::move(done)](Result<void> withdrawn) mutable {
            if (!withdrawn) {
                done(withdrawn.error());
                return;
            }
            check(std::move(done));
        });
}

} // namespace sia
