#include "sandbox/salesforce/queryendpoint.h"

#include "sandbox/salesforce/jsontext.h"
#include "sandbox/salesforce/restresponses.h"
#include "sandbox/salesforce/salesforceorg.h"
#include "sandbox/salesforce/soqlparser.h"
#include "sandbox/salesforce/soqlrecordwriter.h"
#include "sandbox/salesforce/tasksharing.h"
#include "sandbox/salesforce/toolingqueryrules.h"
#include "sandbox/sandboxcounters.h"

namespace sia::sandbox::salesforce {

namespace {

QString apiPath(const SandboxRequest& request, bool tooling)
{
    return QStringLiteral("/services/data/") + request.pathParameter(QStringLiteral("version"))
        + (tooling ? QStringLiteral("/tooling") : QString());
}

} // namespace

int QueryEndpoint::batchSize(const SandboxRequest& request)
{
    // "batchSize=500", possibly among other options. Salesforce treats the size as a request: values out
    // of range are brought into it.
    const QString options = QString::fromLatin1(request.header("Sforce-Query-Options"));
    for (const QString& option : options.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = option.section(QLatin1Char('='), 0, 0).trimmed();
        if (name.compare(QLatin1String("batchSize"), Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const int size = option.section(QLatin1Char('='), 1).trimmed().toInt(&ok);
            return ok ? qBound(minimumBatchSize, size, defaultBatchSize) : defaultBatchSize;
        }
    }
    return defaultBatchSize;
}

int QueryEndpoint::pageSize(const SandboxRequest& request, const SoqlPlan& plan)
{
    // Salesforce shrinks a page when its records are large: a query that selects a long text field
    // (Task.Description, up to 32,000 characters) answers at most 200 records a page, whatever
    // batchSize asked for (the stricter reading of "two or more long text fields": one is enough here).
    for (const SoqlFieldPath& field : plan.fields()) {
        if (field.field().type == SoqlFieldType::LongTextArea) {
            return qMin(batchSize(request), longTextBatchSize);
        }
    }
    return batchSize(request);
}

SandboxResponse QueryEndpoint::query(const SandboxRequest& request, bool includeDeleted, bool tooling)
{
    const QString statement = RestResponses::parameter(request, QStringLiteral("q"));
    if (statement.trimmed().isEmpty()) {
        return RestResponses::error(SalesforceError::make(
            400, QStringLiteral("MALFORMED_QUERY"), QStringLiteral("A query string has to be specified")));
    }
    const SoqlSchema& schema = tooling ? SoqlSchema::toolingApi() : SoqlSchema::dataApi();
    SfResult<SoqlQuery> parsed = SoqlParser::parse(statement);
    if (!parsed) {
        return RestResponses::error(parsed.error());
    }
    SfResult<SoqlPlan> compiled = SoqlPlan::compile(*parsed, schema, m_org.now().toUTC().date());
    if (!compiled) {
        return RestResponses::error(compiled.error());
    }
    const auto plan = std::make_shared<const SoqlPlan>(std::move(compiled).value());
    const QString objectName = plan->object().name();
    if (tooling) {
        if (std::optional<SalesforceError> refused = ToolingQueryRules::check(*parsed, objectName)) {
            return RestResponses::error(*refused);
        }
    }
    if (!tooling && !m_org.access().canRead(objectName)) {
        // What Salesforce answers for an object the user may not read: as if there were none.
        return RestResponses::error(SalesforceError::make(400, QStringLiteral("INVALID_TYPE"),
            QStringLiteral(
                "sObject type '%1' is not supported. If you are attempting to use a custom object, be "
                "sure to append the '__c' after the entity name. Please reference your WSDL or the "
                "describe call for the appropriate names.")
                .arg(objectName)));
    }
    std::shared_ptr<const SoqlRecordSource> source
        = tooling ? m_org.packages().source(objectName) : m_org.records().source(objectName);
    if (!tooling && objectName == QLatin1String("Task") && m_org.tasks().sharing().isPrivate()) {
        const std::optional<ApiSession> session = m_org.session(request);
        // Private sharing: the user's own tasks only (a cursor keeps the view it was opened with).
        source = std::make_shared<VisibleTaskSource>(
            m_org.sharedTasks(), m_org.tasks().sharing(), session ? session->userId : QString());
    }
    if (!source) {
        return RestResponses::error(SalesforceError::make(400, QStringLiteral("INVALID_TYPE"),
            QStringLiteral("sObject type '%1' is not supported.").arg(objectName)));
    }
    if (objectName == QLatin1String("Task")) {
        m_org.tasks().purgeRecycleBin();
    }
    m_org.context().counters.increment(QStringLiteral("salesforce.queries"));
    if (plan->countOnly()) {
        JsonText out;
        out.beginObject();
        out.key(u"totalSize").integer(SoqlCursor::count(*plan, *source, includeDeleted));
        out.key(u"done").boolean(true);
        out.key(u"records").beginArray().endArray();
        out.endObject();
        return RestResponses::json(out.take());
    }
    auto cursor = std::make_shared<SoqlCursor>(plan, source, includeDeleted);
    QString locator;
    if (cursor->totalSize() > pageSize(request, *plan)) {
        const std::optional<ApiSession> session = m_org.session(request);
        locator = m_org.cursors().open(cursor, session ? session->userId : QString(), tooling);
    }
    return page(request, *cursor, locator, 0, tooling);
}

SandboxResponse QueryEndpoint::nextPage(const SandboxRequest& request, bool tooling)
{
    const QString text = request.pathParameter(QStringLiteral("locator"));
    const qsizetype dash = text.lastIndexOf(QLatin1Char('-'));
    bool ok = false;
    const qint64 start = dash > 0 ? text.mid(dash + 1).toLongLong(&ok) : 0;
    const QString locator = text.left(dash);
    const std::optional<ApiSession> session = m_org.session(request);
    OpenCursor* open = ok && session ? m_org.cursors().find(locator, session->userId, tooling) : nullptr;
    if (!open) {
        return RestResponses::error(SalesforceError::invalidQueryLocator());
    }
    const std::shared_ptr<SoqlCursor> cursor = open->cursor; // page() may close it
    return page(request, *cursor, locator, start, tooling);
}

SandboxResponse QueryEndpoint::page(
    const SandboxRequest& request, SoqlCursor& cursor, const QString& locator, qint64 start, bool tooling)
{
    const std::optional<QList<qint64>> positions = cursor.page(start, pageSize(request, cursor.plan()));
    if (!positions) {
        return RestResponses::error(SalesforceError::invalidQueryLocator());
    }
    const QString path = apiPath(request, tooling);
    const SoqlRecordWriter writer(cursor.plan(), path + QStringLiteral("/sobjects"));
    const qint64 delivered = start + positions->size();
    const bool done = delivered >= cursor.totalSize();
    JsonText out;
    out.beginObject();
    out.key(u"totalSize").integer(cursor.totalSize());
    out.key(u"done").boolean(done);
    if (!done) {
        // queryAll's further pages are under /query/ too, as Salesforce answers: the locator remembers
        // that the recycle bin is included.
        out.key(u"nextRecordsUrl")
            .string(QString(
                path + QStringLiteral("/query/") + locator + QLatin1Char('-') + QString::number(delivered)));
    }
    out.key(u"records").beginArray();
    for (qint64 position : *positions) {
        if (const std::shared_ptr<const SoqlRecord> record = cursor.source().recordAt(position)) {
            writer.write(out, *record);
        }
    }
    out.endArray();
    out.endObject();
    if (done && !locator.isEmpty()) {
        m_org.cursors().close(locator);
    }
    m_org.context().counters.increment(QStringLiteral("salesforce.query.records"), positions->size());
    return RestResponses::json(out.take());
}

} // namespace sia::sandbox::salesforce
