// The Marketo readers against the sandbox: lead changes read through empty pages until moreResult is
// false, absent requested fields read as null, a lookup of more than 300 values goes in several calls and
// one whose URL would be too long as POST _method=GET, and the bulk, user management and usage calls.
#include "marketo/marketoapi.h"
#include "marketo/marketoclient.h"
#include "marketo/marketoratelimiter.h"
#include "marketotestsupport.h"
#include "sandboxclient.h"

#include <QBuffer>
#include <QJsonArray>
#include <QtTest>

using namespace sia;
using namespace sia::sandbox;

class TestMarketoReaders : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void leadChangesAreReadThroughEmptyPages();
    void deletedLeadsAreReadThroughEmptyPages();
    void deletedLeadsPageByPageEndWhereTheWholeReadEnds();
    void absentRequestedFieldsReadAsNull();
    void lookupOfMoreThan300ValuesGoesInSeveralCalls();
    void describeAndActivityTypesAreRead();
    void usersAreListedWithoutAnEnvelope();
    void userServiceDatesAreParsed();
    void usageTodaySeedsTheLimiter();
    void bulkExportCallsRunToAFile();

private:
    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<MarketoClient> m_client;
};

void TestMarketoReaders::init()
{
    SandboxOptions options;
    options.people = 700;
    options.marketoExportBaseSeconds = 0;
    options.marketoExportSecondsPer1000 = 0;
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
    m_sandbox->clock().set(QDateTime(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC));
    m_client = std::make_unique<MarketoClient>(sandboxConnection(*m_sandbox));
}

void TestMarketoReaders::cleanup()
{
    m_client.reset();
    m_sandbox.reset();
}

void TestMarketoReaders::leadChangesAreReadThroughEmptyPages()
{
    MarketoApi api(*m_client);
    Outcomes<QString> token;
    api.pagingToken(m_sandbox->clock().now(), this, token.callback());
    QTRY_COMPARE(token.size(), 1);
    QVERIFY(token.first().ok());
    QVERIFY(!token.first()->isEmpty());
    m_sandbox->dataset().mutatePeople(25); // the log grows, with gaps the reader must cross
    Outcomes<MarketoPages> changes;
    api.leadChanges(*token.first(),
        { QStringLiteral("title"), QStringLiteral("phone"), QStringLiteral("company"),
            QStringLiteral("leadSource") },
        this, changes.callback());
    QTRY_COMPARE_WITH_TIMEOUT(changes.size(), 1, 60000);
    QVERIFY2(
        changes.first().ok(), qPrintable(changes.first().ok() ? QString() : changes.first().error().message));
    const MarketoPages& pages = *changes.first();
    QVERIFY2(pages.emptyPagesWithMore > 0, "the sandbox's log served no empty page: the test proves nothing");
    QVERIFY(pages.pages > pages.emptyPagesWithMore);
    QCOMPARE(pages.records.size(), 25);
    QVERIFY(!pages.nextPageToken.isEmpty());
    // The same read page by page by hand stops at the same place with the same records.
    SandboxClient raw(m_sandbox->baseUrl());
    QString next = *token.first();
    qsizetype rawRecords = 0;
    for (;;) {
        const HttpResult page = raw.marketoGet(
            QStringLiteral(
                "/rest/v1/activities/leadchanges.json?fields=title,phone,company,leadSource&nextPageToken=")
            + QString::fromLatin1(QUrl::toPercentEncoding(next)));
        QVERIFY(page.success());
        rawRecords += page.result().size();
        next = page.object().value(QStringLiteral("nextPageToken")).toString();
        if (!page.object().value(QStringLiteral("moreResult")).toBool()) {
            break;
        }
    }
    QCOMPARE(qsizetype(pages.records.size()), rawRecords);
    QCOMPARE(pages.nextPageToken, next);
}

void TestMarketoReaders::deletedLeadsAreReadThroughEmptyPages()
{
    MarketoApi api(*m_client);
    Outcomes<QString> token;
    api.pagingToken(m_sandbox->clock().now(), this, token.callback());
    QTRY_COMPARE(token.size(), 1);
    QVERIFY(token.first().ok());
    // Deletions between and after many other activities: the feed's blocks hold no deletion at all.
    QList<qint64> deleted = m_sandbox->dataset().deletePeople(2);
    m_sandbox->dataset().mutatePeople(30);
    deleted += m_sandbox->dataset().deletePeople(3);
    Outcomes<MarketoPages> read;
    api.deletedLeads(*token.first(), this, read.callback());
    QTRY_COMPARE_WITH_TIMEOUT(read.size(), 1, 60000);
    QVERIFY2(read.first().ok(), qPrintable(read.first().ok() ? QString() : read.first().error().message));
    const MarketoPages& pages = *read.first();
    QVERIFY2(pages.emptyPagesWithMore > 0, "no empty page was served: the test proves nothing");
    QList<qint64> ids;
    for (const QJsonObject& record : pages.records) {
        ids.append(record.value(QStringLiteral("leadId")).toInteger());
        QVERIFY(record.value(QStringLiteral("activityDate")).toString().size() >= 20);
    }
    std::sort(deleted.begin(), deleted.end());
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, deleted);
    QVERIFY(!pages.nextPageToken.isEmpty());
}

void TestMarketoReaders::deletedLeadsPageByPageEndWhereTheWholeReadEnds()
{
    MarketoApi api(*m_client);
    Outcomes<QString> token;
    api.pagingToken(m_sandbox->clock().now(), this, token.callback());
    QTRY_COMPARE(token.size(), 1);
    QVERIFY(token.first().ok());
    m_sandbox->dataset().mutatePeople(30);
    const QList<qint64> deleted = m_sandbox->dataset().deletePeople(4);
    Outcomes<MarketoPages> whole;
    api.deletedLeads(*token.first(), this, whole.callback());
    QTRY_COMPARE_WITH_TIMEOUT(whole.size(), 1, 60000);
    QVERIFY(whole.first().ok());

    QString next = *token.first();
    qsizetype records = 0;
    int pages = 0;
    int empty = 0;
    for (bool more = true; more;) {
        Outcomes<MarketoActivityPage> page;
        api.deletedLeadsPage(next, this, page.callback());
        QTRY_COMPARE_WITH_TIMEOUT(page.size(), 1, 20000);
        QVERIFY(page.first().ok());
        ++pages;
        empty += page.first()->records.isEmpty() && page.first()->moreResult ? 1 : 0;
        records += page.first()->records.size();
        QVERIFY(!page.first()->nextPageToken.isEmpty());
        next = page.first()->nextPageToken;
        more = page.first()->moreResult;
    }
    QVERIFY(empty > 0);
    QCOMPARE(pages, whole.first()->pages);
    QCOMPARE(records, qsizetype(deleted.size()));
    QCOMPARE(next, whole.first()->nextPageToken);
}

void TestMarketoReaders::absentRequestedFieldsReadAsNull()
{
    QStringList ids;
    for (int id = 1001; id < 1101; ++id) {
        ids.append(QString::number(id));
    }
    const QStringList fields { QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("title"),
        QStringLiteral("sfdcId") };
    // What the sandbox answers: some empty fields left out, some null.
    SandboxClient raw(m_sandbox->baseUrl());
    const HttpResult answer = raw.marketoGet(
        QStringLiteral("/rest/v1/leads.json?filterType=id&fields=email,phone,title,sfdcId&filterValues=")
        + ids.join(u','));
    QVERIFY(answer.success());
    int leftOut = 0;
    for (const QJsonValue& lead : answer.result()) {
        leftOut += lead.toObject().contains(QStringLiteral("phone")) ? 0 : 1;
    }
    QVERIFY2(leftOut > 0, "no field left out: the test proves nothing");

    MarketoApi api(*m_client);
    Outcomes<QList<QJsonObject>> leads;
    api.lookupLeads(QStringLiteral("id"), ids, fields, this, leads.callback());
    QTRY_COMPARE(leads.size(), 1);
    QVERIFY(leads.first().ok());
    QCOMPARE(leads.first()->size(), 100);
    int nulls = 0;
    for (const QJsonObject& lead : *leads.first()) {
        for (const QString& field : fields) {
            QVERIFY2(lead.contains(field), qPrintable(field));
        }
        nulls += lead.value(QStringLiteral("phone")).isNull() ? 1 : 0;
    }
    QVERIFY(nulls >= leftOut);
}

void TestMarketoReaders::lookupOfMoreThan300ValuesGoesInSeveralCalls()
{
    QStringList emails;
    for (int i = 0; i < 650; ++i) {
        // Long values, so that even one call of 300 would exceed a GET's 8 KB.
        emails.append(QStringLiteral("someone.with.a.rather.long.address+%1@unknown-domain.example").arg(i));
    }
    QStringList ids;
    for (int id = 1001; id < 1651; ++id) {
        ids.append(QString::number(id));
    }
    MarketoApi api(*m_client);
    Outcomes<QList<QJsonObject>> byEmail;
    api.lookupLeads(QStringLiteral("email"), emails, { QStringLiteral("email") }, this, byEmail.callback());
    QTRY_COMPARE(byEmail.size(), 1);
    QVERIFY2(
        byEmail.first().ok(), qPrintable(byEmail.first().ok() ? QString() : byEmail.first().error().message));
    QCOMPARE(byEmail.first()->size(), 0);
    QCOMPARE(m_sandbox->counters().calls(QStringLiteral("marketo.leads")), 3); // 300 + 300 + 50
    Outcomes<QList<QJsonObject>> byId;
    api.lookupLeads(QStringLiteral("id"), ids, {}, this, byId.callback());
    QTRY_COMPARE(byId.size(), 1);
    QVERIFY(byId.first().ok());
    QCOMPARE(byId.first()->size(), 650);
    QCOMPARE(byId.first()->first().value(QStringLiteral("id")).toInt(), 1001);
}

void TestMarketoReaders::describeAndActivityTypesAreRead()
{
    MarketoApi api(*m_client);
    Outcomes<QList<QJsonObject>> describe;
    Outcomes<QList<QJsonObject>> types;
    api.describeLeads(this, describe.callback());
    api.activityTypes(this, types.callback());
    QTRY_COMPARE(describe.size(), 1);
    QTRY_COMPARE(types.size(), 1);
    QVERIFY(describe.first().ok());
    QVERIFY(!describe.first()->isEmpty());
    QVERIFY(describe.first()->first().value(QStringLiteral("fields")).toArray().size() > 10);
    QVERIFY(types.first().ok());
    bool sendSalesEmail = false;
    for (const QJsonObject& type : *types.first()) {
        sendSalesEmail |= type.value(QStringLiteral("name")).toString() == u"Send Sales Email";
    }
    QVERIFY(sendSalesEmail);
}

void TestMarketoReaders::usersAreListedWithoutAnEnvelope()
{
    MarketoApi api(*m_client);
    Outcomes<QList<QJsonObject>> users;
    api.users(this, users.callback());
    QTRY_COMPARE(users.size(), 1);
    QVERIFY2(users.first().ok(), qPrintable(users.first().ok() ? QString() : users.first().error().message));
    QVERIFY2(users.first()->size() > 20, "only the first page of 20"); // the sandbox has 27
    // The roles come per user; a pending invitation has none yet and answers as not found there.
    Outcomes<QList<QJsonObject>> roles;
    Outcomes<QJsonObject> invitations;
    for (const QJsonObject& user : *users.first()) {
        api.userRoles(user.value(QStringLiteral("userid")).toString(), this, roles.callback());
        api.invitation(user.value(QStringLiteral("userid")).toString(), this, invitations.callback());
    }
    const int count = int(users.first()->size());
    QTRY_COMPARE_WITH_TIMEOUT(roles.size(), count, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(invitations.size(), count, 30000);
    int admins = 0;
    int withoutRoles = 0;
    for (const auto& held : roles.all()) {
        if (!held.ok()) {
            QCOMPARE(held.error().kind, ErrorKind::NotFound);
            ++withoutRoles;
            continue;
        }
        for (const QJsonObject& role : *held) {
            admins += role.value(QStringLiteral("accessRoleName")).toString() == u"Admin" ? 1 : 0;
        }
    }
    int pending = 0;
    for (const auto& invitation : invitations.all()) {
        pending += invitation.ok() && invitation->value(QStringLiteral("status")).toString() == u"pending"
            ? 1
            : 0;
    }
    QVERIFY(admins >= 1);
    QVERIFY(pending >= 1);
    QCOMPARE(withoutRoles, pending);
    // Callbacks arrive in the order the answers do: count rather than pair them up.
    Outcomes<QJsonObject> accepted;
    for (const QJsonObject& user : *users.first()) {
        api.user(user.value(QStringLiteral("userid")).toString(), this, accepted.callback());
    }
    QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), count, 30000);
    int readable = 0;
    for (const auto& user : accepted.all()) {
        readable += user.ok() && !user->value(QStringLiteral("userid")).toString().isEmpty() ? 1 : 0;
    }
    QCOMPARE(readable, count - pending);
    Outcomes<QList<QJsonObject>> workspaces;
    api.workspaces(this, workspaces.callback());
    QTRY_COMPARE(workspaces.size(), 1);
    QVERIFY(workspaces.first().ok());
    QVERIFY(!workspaces.first()->isEmpty());
}

void TestMarketoReaders::userServiceDatesAreParsed()
{
    QCOMPARE(MarketoApi::parseUserServiceTime(QStringLiteral("2020-02-05T01:02:23.000t+0000")),
        QDateTime(QDate(2020, 2, 5), QTime(1, 2, 23), Qt::UTC));
    QCOMPARE(MarketoApi::parseUserServiceTime(QStringLiteral("2020-02-05T01:02:23.500t-0130")),
        QDateTime(QDate(2020, 2, 5), QTime(2, 32, 23, 500), Qt::UTC));
    QVERIFY(!MarketoApi::parseUserServiceTime(QStringLiteral("2020-02-05T01:02:23Z")).isValid());
}

void TestMarketoReaders::usageTodaySeedsTheLimiter()
{
    MarketoApi api(*m_client);
    Outcomes<QList<QJsonObject>> describe;
    api.describeLeads(this, describe.callback());
    QTRY_COMPARE(describe.size(), 1);
    // Another integration of the same subscription made calls too.
    SandboxClient other(m_sandbox->baseUrl());
    for (int call = 0; call < 4; ++call) {
        QVERIFY(other.marketoGet(QStringLiteral("/rest/v1/leads/describe.json")).success());
    }
    Outcomes<MarketoUsageDay> usage;
    api.usageToday(this, usage.callback());
    QTRY_COMPARE(usage.size(), 1);
    QVERIFY(usage.first().ok());
    QVERIFY(usage.first()->total >= 5);
    QVERIFY(!usage.first()->callsPerUser.isEmpty());
    QVERIFY(m_client->limiter().callsUsedToday() >= 5);
}

void TestMarketoReaders::bulkExportCallsRunToAFile()
{
    MarketoApi api(*m_client);
    const QJsonObject spec { { QStringLiteral("fields"),
                                 QJsonArray { QStringLiteral("id"), QStringLiteral("email") } },
        { QStringLiteral("format"), QStringLiteral("CSV") },
        { QStringLiteral("filter"),
            QJsonObject { { QStringLiteral("createdAt"),
                QJsonObject { { QStringLiteral("startAt"), QStringLiteral("2024-12-01T00:00:00Z") },
                    { QStringLiteral("endAt"), QStringLiteral("2024-12-31T00:00:00Z") } } } } } };
    Outcomes<QJsonObject> created;
    api.createLeadExport(spec, this, created.callback());
    QTRY_COMPARE(created.size(), 1);
    QVERIFY2(
        created.first().ok(), qPrintable(created.first().ok() ? QString() : created.first().error().message));
    const QString exportId = created.first()->value(QStringLiteral("exportId")).toString();
    QVERIFY(!exportId.isEmpty());
    Outcomes<QJsonObject> enqueued;
    api.enqueueLeadExport(exportId, this, enqueued.callback());
    QTRY_COMPARE(enqueued.size(), 1);
    QVERIFY(enqueued.first().ok());
    m_sandbox->clock().advance(120'000);
    Outcomes<QJsonObject> status;
    api.leadExportStatus(exportId, this, status.callback());
    QTRY_COMPARE(status.size(), 1);
    QVERIFY(status.first().ok());
    QCOMPARE(status.first()->value(QStringLiteral("status")).toString(), QStringLiteral("Completed"));
    const qint64 fileSize = qint64(status.first()->value(QStringLiteral("fileSize")).toDouble());
    QVERIFY(fileSize > 100);

    // The job list, filtered by status, with the times a benchmark measures the vendor's slots by.
    Outcomes<QList<QJsonObject>> completedJobs;
    api.leadExportJobs(
        { QStringLiteral("Completed"), QStringLiteral("Failed") }, this, completedJobs.callback());
    QTRY_COMPARE(completedJobs.size(), 1);
    QVERIFY(completedJobs.first().ok());
    QCOMPARE(completedJobs.first()->size(), 1);
    const QJsonObject listed = completedJobs.first()->first();
    QCOMPARE(listed.value(QStringLiteral("exportId")).toString(), exportId);
    QVERIFY(!listed.value(QStringLiteral("startedAt")).toString().isEmpty());
    QVERIFY(!listed.value(QStringLiteral("finishedAt")).toString().isEmpty());
    Outcomes<QList<QJsonObject>> queuedJobs;
    api.leadExportJobs({ QStringLiteral("Queued") }, this, queuedJobs.callback());
    QTRY_COMPARE(queuedJobs.size(), 1);
    QVERIFY(queuedJobs.first().ok());
    QVERIFY(queuedJobs.first()->isEmpty());

    QBuffer whole;
    whole.open(QIODevice::WriteOnly);
    Outcomes<MarketoFileChunk> download;
    api.downloadLeadExportFile(exportId, 0, &whole, this, download.callback());
    QTRY_COMPARE(download.size(), 1);
    QVERIFY(download.first().ok());
    QCOMPARE(download.first()->bytesWritten, fileSize);
    QVERIFY(whole.data().startsWith("id,email"));
    // Resume from the middle: the rest, as a range.
    QBuffer rest;
    rest.open(QIODevice::WriteOnly);
    Outcomes<MarketoFileChunk> resumed;
    api.downloadLeadExportFile(exportId, 100, &rest, this, resumed.callback());
    QTRY_COMPARE(resumed.size(), 1);
    QVERIFY(resumed.first().ok());
    QCOMPARE(resumed.first()->httpStatus, 206);
    QCOMPARE(rest.data(), whole.data().mid(100));
}

QTEST_GUILESS_MAIN(TestMarketoReaders)
#include "testmarketoreaders.moc"
