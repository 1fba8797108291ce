// How a sandbox is set up: what sia-sandbox's command line and the app's --sandbox decide.
#pragma once

#include "sandbox/sandboxlimits.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace sia::sandbox {

struct SandboxOptions
{
    QHostAddress address = QHostAddress::LocalHost; // never anything but loopback
    quint16 port = 0; // 0: a free port, chosen at start
    quint16 salesforceInstancePort = 0; // the Salesforce instance's listener (REST API); 0: a free port
    qint64 people = 10000;
    quint64 seed = 1;
    bool tls = false; // HTTPS with a certificate generated at start
    QString faults; // FaultInjector's SPEC
    SandboxLimits limits;
    bool autoApprove = false; // Salesforce's consent page redirects at once (tests)

    // The subscription's and the org's shape (what a real one may or may not have).
    int marketoTokenLifetimeSeconds = 3600;
    bool marketoUpdatedAtFilter = true; // false: bulk export by updatedAt answers 1035
    bool marketoUserApiPermission = true; // false: the API user's role lacks "Access User Management Api"
    // How long a bulk export job spends in Processing on the sandbox clock: base + per 1,000 records.
    int marketoExportBaseSeconds = 30;
    int marketoExportSecondsPer1000 = 1;
    bool salesforceInstalledPackage = true; // the Marketo Sales Insight package is installed
    QString salesforceEdition = QStringLiteral("Enterprise Edition"); // Organization.OrganizationType
    bool salesforceApiEnabled = true;
    // false: the integration user's profile lacks "API Enabled" (API_DISABLED_FOR_ORG for that user only).
    bool salesforceUserApiEnabled = true;
    // The connected app and its sessions (salesforce::SalesforceSettings).
    QString salesforceCallbackUrl = QStringLiteral("http://localhost:1717/OauthRedirect"); // matched exactly
    QStringList salesforceMoreCallbackUrls; // --sf-callback given more than once: the second and later ones
    bool salesforceRequireSecret = false; // the web-server and refresh flows need client_secret
    // Where the refresh tokens outlive the process (sia-admin --sandbox: one sandbox per command); empty:
    // in memory only, as for sia-sandbox and the tests.
    QString salesforceTokenFile;
    int salesforceSessionTimeoutSeconds = 7200; // a session ends after this long without a call
    bool salesforceRotateRefreshTokens = false; // a refresh answers a new refresh token, the old one dies
    qint64 salesforceTaskCount = -1; // generated tasks; -1: one per 20 people, at least 20, at most 5,000
    // How far get-updated's latestDateCovered lags behind the clock (replication data not yet ready).
    qint64 salesforceReplicationLagSeconds = 120;
    bool salesforcePrivateTasks = false; // tasks shared privately: a user sees only the tasks they own
    bool salesforceOldPackage = false; // the Marketo Sales Insight package is installed at an older version
};

} // namespace sia::sandbox
