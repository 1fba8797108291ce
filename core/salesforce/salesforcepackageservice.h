// Step 6 for the window and the command line: is the Marketo Sales Insight package installed in the
// connected org, at which version against the one this product supports, and so what to do (install,
// upgrade, nothing); where the API cannot tell (not connected, no Tooling API access, a failure), the
// admin confirms it by hand, with who and when kept in the store and the audit log. The client comes from
// a SalesforceClientSource and nothing else of the Salesforce connection.
#pragma once

#include "common/result.h"
#include "salesforce/salesforceapi.h"
#include "setup/handconfirmationrepository.h"

#include <QCoreApplication>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

namespace sia {

class SalesforceClientSource;
class StoreRunner;

struct PackageReport
{
    Q_DECLARE_TR_FUNCTIONS(sia::PackageReport)

public:
    enum class Verdict
    {
        Install, // the API found no package with the namespace
        Upgrade, // found, older than the supported version
        UpToDate, // found at the supported version or newer
        ConfirmByHand, // the API could not tell (apiProblem says why) and nobody confirmed it yet
        ConfirmedByHand, // the API could not tell; an admin confirmed it (confirmation says who and when)
    };

    Verdict verdict = Verdict::ConfirmByHand;
    std::optional<SalesforcePackageStatus> detected;
    std::optional<Error> apiProblem;
    std::optional<HandConfirmation> confirmation; // kept even when the API can tell again (then unused)

    // Step 6's done rule (SPEC: detected at a supported version, or confirmed by hand).
    bool satisfied() const { return verdict == Verdict::UpToDate || verdict == Verdict::ConfirmedByHand; }
    // The API's answer wins over a confirmation; a confirmation counts only where the API cannot tell.
    static Verdict verdictOf(const std::optional<SalesforcePackageStatus>& detected,
        const std::optional<HandConfirmation>& confirmation);

    static QString supportedVersion(); // "1.44"
    static QString namespacePrefix(); // "mkto_si"
    // Adobe's guide to installing (or upgrading) the package from AppExchange: the seeds' own link.
    static QUrl installGuide();
    // One sentence on what to do, for the page and the command line.
    QString advice() const;
    static QString verdictKey(Verdict verdict); // "install", "upgrade", "up-to-date", ...
};

class SalesforcePackageService : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Done = std::function<void(Result<T>)>;
    static inline const QString confirmationItem = QStringLiteral("package.installed");

    // The source and the runner must outlive this object.
    SalesforcePackageService(
        SalesforceClientSource& clients, StoreRunner& store, QString actor, QObject* parent = nullptr);

    const QString& actor() const { return m_actor; }

    // Asks the org (Tooling API) and reads the confirmation by hand; an API failure is a report whose
    // verdict is ConfirmByHand (or ConfirmedByHand), never an error. Errors are the store's.
    void check(Done<PackageReport> done);
    // Asks the org first: refused (package.api-can-tell) when the API tells what to do.
    void confirmByHand(const QString& note, Done<PackageReport> done);
    void withdrawConfirmation(Done<PackageReport> done);

private:
    void detect(std::optional<HandConfirmation> confirmation, Done<PackageReport> done);

    SalesforceClientSource& m_clients;
    StoreRunner& m_store;
    QString m_actor;
};

} // namespace sia
