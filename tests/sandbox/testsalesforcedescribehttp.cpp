// sObject describe over HTTP: the global describe lists exactly the objects served, each served object
// (data API and Tooling API) has a describe generated from the schema table, an unknown object answers
// 404 NOT_FOUND, and describe agrees with what SOQL answers and with what Task writes accept.
#include "salesforcetestsession.h"
#include "sandbox/salesforce/soqlschema.h"
#include "sandbox/sandboxclock.h"

#include <QtTest>

using namespace sia::sandbox;
using namespace sia::sandbox::salesforce;
using namespace salesforcetest;

namespace {

const QStringList servedObjects { QStringLiteral("Lead"), QStringLiteral("Contact"),
    QStringLiteral("Account"), QStringLiteral("Opportunity"), QStringLiteral("OpportunityContactRole"),
    QStringLiteral("User"), QStringLiteral("Profile"), QStringLiteral("PermissionSet"),
    QStringLiteral("PermissionSetAssignment"), QStringLiteral("Group"), QStringLiteral("Task"),
    QStringLiteral("TaskStatus"), QStringLiteral("TaskPriority"), QStringLiteral("Organization") };

const QStringList toolingObjects { QStringLiteral("InstalledSubscriberPackage"),
    QStringLiteral("SubscriberPackage"), QStringLiteral("SubscriberPackageVersion") };

QStringList namesOf(const QJsonArray& items)
{
    QStringList names;
    for (const QJsonValue& item : items) {
        names << item.toObject().value(QStringLiteral("name")).toString();
    }
    return names;
}

QJsonDocument json(const QJsonObject& object)
{
    return QJsonDocument(object);
}

QStringList picklistValuesOf(const QJsonObject& field)
{
    QStringList values;
    for (const QJsonValue& value : field.value(QStringLiteral("picklistValues")).toArray()) {
        values << value.toObject().value(QStringLiteral("value")).toString();
    }
    return values;
}

QStringList referenceToOf(const QJsonObject& field)
{
    QStringList targets;
    for (const QJsonValue& target : field.value(QStringLiteral("referenceTo")).toArray()) {
        targets << target.toString();
    }
    return targets;
}

} // namespace

class TestSalesforceDescribeHttp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void globalDescribeListsExactlyTheServedObjects_data();
    void globalDescribeListsExactlyTheServedObjects();
    void describesEachServedObject_data();
    void describesEachServedObject();
    void answersNotFoundForAnObjectNotServed_data();
    void answersNotFoundForAnObjectNotServed();
    void describeListsTheSchemaTablesFields();
    void soqlAnswersWhatDescribeSays();
    void taskWritesAcceptWhatDescribeSaysAndRefuseTheRest();
    void refusesWritesToObjectsDescribeSaysAreNotCreateable();
    void getUpdatedAnswersForExactlyTheObjectsDescribeCallsReplicateable();

private:
    QJsonObject describe(const QString& object, const QString& prefix = QStringLiteral("/sobjects/")) const;
    QString anyIdOf(const QString& object) const;

    std::unique_ptr<Sandbox> m_sandbox;
    std::unique_ptr<SandboxClient> m_client;
    std::unique_ptr<Session> m_session;
};

void TestSalesforceDescribeHttp::initTestCase()
{
    SandboxOptions options;
    options.people = 200;
    m_sandbox = startSandbox(options);
    QVERIFY(m_sandbox);
    m_client = std::make_unique<SandboxClient>(*m_sandbox);
    m_session = std::make_unique<Session>(Session::open(*m_client, *m_sandbox));
}

void TestSalesforceDescribeHttp::cleanupTestCase()
{
    m_session.reset();
    m_client.reset();
    m_sandbox.reset();
}

QJsonObject TestSalesforceDescribeHttp::describe(const QString& object, const QString& prefix) const
{
    const HttpResult answer = m_session->get(prefix + object + QStringLiteral("/describe"));
    if (answer.status != 200) {
        qWarning() << "describe" << object << answer.status << answer.body;
    }
    return answer.object();
}

QString TestSalesforceDescribeHttp::anyIdOf(const QString& object) const
{
    const QString where
        = object == QLatin1String("User") ? QStringLiteral(" WHERE IsActive = true") : QString();
    const QJsonArray records
        = m_session->query(QStringLiteral("SELECT Id FROM %1%2 LIMIT 1").arg(object, where))
              .object()
              .value(QStringLiteral("records"))
              .toArray();
    return records.isEmpty() ? QString() : records.first().toObject().value(QStringLiteral("Id")).toString();
}

void TestSalesforceDescribeHttp::globalDescribeListsExactlyTheServedObjects_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("objects");
    QTest::newRow("data API") << QStringLiteral("/sobjects/") << servedObjects;
    QTest::newRow("data API, no slash") << QStringLiteral("/sobjects") << servedObjects;
    QTest::newRow("Tooling API") << QStringLiteral("/tooling/sobjects/") << toolingObjects;
}

void TestSalesforceDescribeHttp::globalDescribeListsExactlyTheServedObjects()
{
    QFETCH(QString, path);
    QFETCH(QStringList, objects);
    const HttpResult answer = m_session->get(path);
    QCOMPARE(answer.status, 200);
    const QJsonObject global = answer.object();
    QCOMPARE(global.value(QStringLiteral("encoding")).toString(), QStringLiteral("UTF-8"));
    QCOMPARE(global.value(QStringLiteral("maxBatchSize")).toInt(), 200);
    const QJsonArray sobjects = global.value(QStringLiteral("sobjects")).toArray();
    QStringList names = namesOf(sobjects);
    std::sort(names.begin(), names.end());
    std::sort(objects.begin(), objects.end());
    QCOMPARE(names, objects);
    const QString base
        = QStringLiteral("/services/data/") + apiVersion + path.chopped(path.endsWith(u'/') ? 1 : 0);
    for (const QJsonValue& value : sobjects) {
        const QJsonObject object = value.toObject();
        const QString name = object.value(QStringLiteral("name")).toString();
        QVERIFY2(object.value(QStringLiteral("keyPrefix")).toString().size() == 3, qPrintable(name));
        QVERIFY(!object.value(QStringLiteral("label")).toString().isEmpty());
        QVERIFY(!object.value(QStringLiteral("labelPlural")).toString().isEmpty());
        QCOMPARE(object.value(QStringLiteral("queryable")).toBool(), true);
        // Only Task is writable in the sandbox, and Lead's and Contact's Email Opt Out.
        const bool task = name == QLatin1String("Task");
        const bool person = name == QLatin1String("Lead") || name == QLatin1String("Contact");
        QCOMPARE(object.value(QStringLiteral("createable")).toBool(), task);
        QCOMPARE(object.value(QStringLiteral("updateable")).toBool(), task || person);
        QCOMPARE(object.value(QStringLiteral("deletable")).toBool(), task);
        const QJsonObject urls = object.value(QStringLiteral("urls")).toObject();
        QCOMPARE(urls.value(QStringLiteral("sobject")).toString(), base + u'/' + name);
        QCOMPARE(urls.value(QStringLiteral("describe")).toString(),
            base + u'/' + name + QStringLiteral("/describe"));
        QCOMPARE(urls.value(QStringLiteral("rowTemplate")).toString(),
            base + u'/' + name + QStringLiteral("/{ID}"));
    }
}

void TestSalesforceDescribeHttp::describesEachServedObject_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("object");
    for (const QString& object : servedObjects) {
        QTest::newRow(qPrintable(object)) << QStringLiteral("/sobjects/") << object;
    }
    for (const QString& object : toolingObjects) {
        QTest::newRow(qPrintable(QStringLiteral("tooling ") + object))
            << QStringLiteral("/tooling/sobjects/") << object;
    }
}

void TestSalesforceDescribeHttp::describesEachServedObject()
{
    QFETCH(QString, prefix);
    QFETCH(QString, object);
    const HttpResult answer = m_session->get(prefix + object + QStringLiteral("/describe"));
    QCOMPARE(answer.status, 200);
    const QJsonObject described = answer.object();
    QCOMPARE(described.value(QStringLiteral("name")).toString(), object);
    const QJsonArray fields = described.value(QStringLiteral("fields")).toArray();
    QVERIFY(!fields.isEmpty());
    const QJsonObject id = fields.first().toObject();
    QCOMPARE(id.value(QStringLiteral("name")).toString(), QStringLiteral("Id"));
    QCOMPARE(id.value(QStringLiteral("type")).toString(), QStringLiteral("id"));
    QCOMPARE(id.value(QStringLiteral("length")).toInt(), 18);
    QCOMPARE(id.value(QStringLiteral("nillable")).toBool(), false);
    QCOMPARE(id.value(QStringLiteral("updateable")).toBool(), false);
    for (const QJsonValue& value : fields) {
        const QJsonObject field = value.toObject();
        for (const char* key : { "name", "label", "type", "soapType" }) {
            QVERIFY2(!field.value(QLatin1String(key)).toString().isEmpty(), key);
        }
        for (const char* key : { "nillable", "createable", "updateable", "filterable", "sortable" }) {
            QVERIFY2(field.value(QLatin1String(key)).isBool(), key);
        }
        QVERIFY(field.value(QStringLiteral("length")).isDouble());
        QVERIFY(field.value(QStringLiteral("picklistValues")).isArray());
        QVERIFY(field.value(QStringLiteral("referenceTo")).isArray());
        const QString type = field.value(QStringLiteral("type")).toString();
        QCOMPARE(type == QLatin1String("reference"), !referenceToOf(field).isEmpty());
        QCOMPARE(
            type == QLatin1String("reference"), field.value(QStringLiteral("relationshipName")).isString());
        if (type == QLatin1String("picklist")) {
            QVERIFY2(!picklistValuesOf(field).isEmpty(),
                qPrintable(field.value(QStringLiteral("name")).toString()));
        }
    }

    // The basic information names the same object.
    const HttpResult basic = m_session->get(prefix + object);
    QCOMPARE(basic.status, 200);
    const QJsonObject summary = basic.object().value(QStringLiteral("objectDescribe")).toObject();
    QCOMPARE(summary.value(QStringLiteral("name")).toString(), object);
    QCOMPARE(summary.value(QStringLiteral("keyPrefix")), described.value(QStringLiteral("keyPrefix")));
    QVERIFY(basic.object().value(QStringLiteral("recentItems")).isArray());
}

void TestSalesforceDescribeHttp::answersNotFoundForAnObjectNotServed_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("unknown object") << QStringLiteral("/sobjects/Campaign/describe");
    QTest::newRow("unknown object, basic") << QStringLiteral("/sobjects/Campaign");
    QTest::newRow("spelled in lower case") << QStringLiteral("/sobjects/lead/describe");
    QTest::newRow("the Name view") << QStringLiteral("/sobjects/Name/describe");
    QTest::newRow("a tooling object on the data API")
        << QStringLiteral("/sobjects/SubscriberPackage/describe");
    QTest::newRow("a data object on the Tooling API") << QStringLiteral("/tooling/sobjects/Lead/describe");
}

void TestSalesforceDescribeHttp::answersNotFoundForAnObjectNotServed()
{
    QFETCH(QString, path);
    const HttpResult answer = m_session->get(path);
    QCOMPARE(answer.status, 404);
    QCOMPARE(errorCode(answer), QStringLiteral("NOT_FOUND"));
    QCOMPARE(errorMessage(answer), QStringLiteral("The requested resource does not exist"));
}

// Describe is generated from the table SOQL reads: the same objects, the same fields, in the same order.
void TestSalesforceDescribeHttp::describeListsTheSchemaTablesFields()
{
    for (const auto& [schema, prefix] : { std::pair { &SoqlSchema::dataApi(), QStringLiteral("/sobjects/") },
             std::pair { &SoqlSchema::toolingApi(), QStringLiteral("/tooling/sobjects/") } }) {
        for (const SoqlObjectDef* object : schema->objects()) {
            if (!object->info().served) {
                continue;
            }
            QStringList declared;
            for (const SoqlFieldDef& field : object->fields()) {
                declared << field.name;
                QVERIFY2(field.read,
                    qPrintable(object->name() + u'.' + field.name)); // every field has an accessor
            }
            QCOMPARE(namesOf(describe(object->name(), prefix).value(QStringLiteral("fields")).toArray()),
                declared);
        }
    }
}

// For every field describe lists: SOQL selects it, filters and sorts on it exactly when describe says so,
// and answers values of its type, within its length, among its picklist values, pointing at its targets,
// and never null where describe says it is not nillable.
void TestSalesforceDescribeHttp::soqlAnswersWhatDescribeSays()
{
    QHash<QString, QString> keyPrefixes; // object → key prefix
    for (const QJsonValue& value :
        m_session->get(QStringLiteral("/sobjects/")).object().value(QStringLiteral("sobjects")).toArray()) {
        keyPrefixes.insert(value.toObject().value(QStringLiteral("name")).toString(),
            value.toObject().value(QStringLiteral("keyPrefix")).toString());
    }
    for (const QString& object : servedObjects) {
        const QJsonArray fields = describe(object).value(QStringLiteral("fields")).toArray();
        QStringList names = namesOf(fields);
        const HttpResult selected = m_session->query(
            QStringLiteral("SELECT %1 FROM %2 LIMIT 200").arg(names.join(QStringLiteral(", ")), object),
            QStringLiteral("/queryAll"));
        QVERIFY2(selected.status == 200, selected.body.constData());
        const QJsonArray records = selected.object().value(QStringLiteral("records")).toArray();
        QVERIFY2(!records.isEmpty(), qPrintable(object));
        for (const QJsonValue& fieldValue : fields) {
            const QJsonObject field = fieldValue.toObject();
            const QString name = field.value(QStringLiteral("name")).toString();
            const QString type = field.value(QStringLiteral("type")).toString();
            const QString where = object + u'.' + name;

            const HttpResult filtered = m_session->query(
                QStringLiteral("SELECT Id FROM %1 WHERE %2 != null LIMIT 1").arg(object, name));
            QVERIFY2((filtered.status == 200) == field.value(QStringLiteral("filterable")).toBool(),
                qPrintable(where));
            const HttpResult sorted
                = m_session->query(QStringLiteral("SELECT Id FROM %1 ORDER BY %2 LIMIT 1").arg(object, name));
            QVERIFY2((sorted.status == 200) == field.value(QStringLiteral("sortable")).toBool(),
                qPrintable(where));

            const int length = field.value(QStringLiteral("length")).toInt();
            const QStringList picklist = picklistValuesOf(field);
            QStringList targetPrefixes;
            for (const QString& target : referenceToOf(field)) {
                targetPrefixes << keyPrefixes.value(target);
            }
            for (const QJsonValue& recordValue : records) {
                const QJsonValue value = recordValue.toObject().value(name);
                QVERIFY2(!value.isUndefined(), qPrintable(where));
                if (value.isNull()) {
                    QVERIFY2(field.value(QStringLiteral("nillable")).toBool(),
                        qPrintable(where + QStringLiteral(" is null")));
                    continue;
                }
                if (type == QLatin1String("boolean")) {
                    QVERIFY2(value.isBool(), qPrintable(where));
                } else if (type == QLatin1String("int") || type == QLatin1String("double")
                    || type == QLatin1String("currency")) {
                    QVERIFY2(value.isDouble(), qPrintable(where));
                } else {
                    QVERIFY2(value.isString(), qPrintable(where));
                }
                if (value.isString() && length > 0) {
                    QVERIFY2(value.toString().size() <= length, qPrintable(where));
                }
                if (type == QLatin1String("picklist")) {
                    QVERIFY2(
                        picklist.contains(value.toString()), qPrintable(where + u' ' + value.toString()));
                }
                if (type == QLatin1String("reference") || type == QLatin1String("id")) {
                    QCOMPARE(value.toString().size(), 18);
                }
                if (type == QLatin1String("reference")) {
                    QVERIFY2(targetPrefixes.contains(value.toString().left(3)),
                        qPrintable(where + u' ' + value.toString()));
                }
                if (type == QLatin1String("id")) {
                    QCOMPARE(value.toString().left(3), keyPrefixes.value(object));
                }
            }
        }
    }
}

// Every field of Task's describe: a field not createable is refused on create, one not updateable on
// PATCH; a restricted picklist takes each of its values and nothing else; text takes its length and no
// more; a field not nillable refuses null; a reference takes its targets and no other object.
void TestSalesforceDescribeHttp::taskWritesAcceptWhatDescribeSaysAndRefuseTheRest()
{
    const QString taskId = m_session
                               ->send("POST", QStringLiteral("/sobjects/Task"),
                                   json({ { QStringLiteral("Subject"), QStringLiteral("Describe") } }))
                               .object()
                               .value(QStringLiteral("id"))
                               .toString();
    QVERIFY(!taskId.isEmpty());
    const auto refusal = [](const HttpResult& answer) {
        return answer.status == 400 ? errorCode(answer) : QString::number(answer.status);
    };
    QMap<QString, QString> idsByObject;
    for (const QString& object : servedObjects) {
        idsByObject.insert(object, anyIdOf(object));
    }
    for (const QJsonValue& fieldValue :
        describe(QStringLiteral("Task")).value(QStringLiteral("fields")).toArray()) {
        const QJsonObject field = fieldValue.toObject();
        const QString name = field.value(QStringLiteral("name")).toString();
        const QString type = field.value(QStringLiteral("type")).toString();
        const QString where = QStringLiteral("Task.") + name;
        const QJsonValue sample
            = type == QLatin1String("boolean") ? QJsonValue(true) : QJsonValue(QStringLiteral("x"));

        if (!field.value(QStringLiteral("createable")).toBool() && name != QLatin1String("Id")) {
            QCOMPARE(refusal(m_session->send(
                         "POST", QStringLiteral("/sobjects/Task"), json({ { name, sample } }))),
                QStringLiteral("INVALID_FIELD_FOR_INSERT_UPDATE"));
        }
        if (!field.value(QStringLiteral("updateable")).toBool()) {
            QVERIFY2(refusal(m_session->send(
                         "PATCH", QStringLiteral("/sobjects/Task/") + taskId, json({ { name, sample } })))
                    == QLatin1String("INVALID_FIELD_FOR_INSERT_UPDATE"),
                qPrintable(where));
            continue;
        }
        const auto patch = [&](const QJsonValue& value) {
            return m_session->send(
                "PATCH", QStringLiteral("/sobjects/Task/") + taskId, json({ { name, value } }));
        };
        if (!field.value(QStringLiteral("nillable")).toBool()) {
            QVERIFY2(refusal(patch(QJsonValue::Null)) == QLatin1String("REQUIRED_FIELD_MISSING"),
                qPrintable(where));
        }
        if (type == QLatin1String("picklist")) {
            QVERIFY(field.value(QStringLiteral("restrictedPicklist")).toBool());
            for (const QString& allowed : picklistValuesOf(field)) {
                QVERIFY2(patch(allowed).status == 204, qPrintable(where + u' ' + allowed));
                const QJsonObject read
                    = m_session->query(
                                   QStringLiteral("SELECT %1 FROM Task WHERE Id = '%2'").arg(name, taskId))
                          .object();
                QCOMPARE(
                    read.value(QStringLiteral("records")).toArray().first().toObject().value(name).toString(),
                    allowed);
            }
            QVERIFY2(refusal(patch(QStringLiteral("Not a value of describe's")))
                    == QLatin1String("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST"),
                qPrintable(where));
        } else if (type == QLatin1String("string") || type == QLatin1String("textarea")) {
            const int length = field.value(QStringLiteral("length")).toInt();
            QVERIFY(length > 0);
            QVERIFY2(patch(QString(length, u'a')).status == 204, qPrintable(where));
            QVERIFY2(refusal(patch(QString(length + 1, u'a'))) == QLatin1String("STRING_TOO_LONG"),
                qPrintable(where));
        } else if (type == QLatin1String("reference")) {
            const QStringList targets = referenceToOf(field);
            QCOMPARE(patch(QJsonValue::Null).status == 204, field.value(QStringLiteral("nillable")).toBool());
            for (const QString& target : targets) {
                // A lead's task is related to nothing: clear both before pointing one of them anywhere.
                QCOMPARE(m_session
                             ->send("PATCH", QStringLiteral("/sobjects/Task/") + taskId,
                                 json({ { QStringLiteral("WhoId"), QJsonValue::Null },
                                     { QStringLiteral("WhatId"), QJsonValue::Null } }))
                             .status,
                    204);
                QVERIFY2(patch(idsByObject.value(target)).status == 204, qPrintable(where + u' ' + target));
            }
            for (const QString& other : { QStringLiteral("Profile"), QStringLiteral("Group"),
                     QStringLiteral("Account"), QStringLiteral("Contact") }) {
                if (!targets.contains(other)) {
                    QVERIFY2(refusal(patch(idsByObject.value(other)))
                            == QLatin1String("FIELD_INTEGRITY_EXCEPTION"),
                        qPrintable(where + u' ' + other));
                }
            }
        }
    }
}

void TestSalesforceDescribeHttp::refusesWritesToObjectsDescribeSaysAreNotCreateable()
{
    for (const QString& object : servedObjects) {
        const QJsonObject described = describe(object);
        const bool writable = described.value(QStringLiteral("createable")).toBool();
        QCOMPARE(writable, object == QLatin1String("Task"));
        if (writable) {
            continue;
        }
        // Lead's and Contact's one updateable field, Email Opt Out, has its own test
        // (testsalesforceemailoptouthttp).
        const bool person = object == QLatin1String("Lead") || object == QLatin1String("Contact");
        for (const QJsonValue& field : described.value(QStringLiteral("fields")).toArray()) {
            QVERIFY(!field.toObject().value(QStringLiteral("createable")).toBool());
            QCOMPARE(field.toObject().value(QStringLiteral("updateable")).toBool(),
                person
                    && field.toObject().value(QStringLiteral("name")) == QLatin1String("HasOptedOutOfEmail"));
        }
        const HttpResult created = m_session->send("POST", QStringLiteral("/sobjects/") + object,
            json({ { QStringLiteral("Name"), QStringLiteral("x") } }));
        QCOMPARE(created.status, 400);
        QCOMPARE(errorCode(created), QStringLiteral("INSUFFICIENT_ACCESS_OR_READONLY"));
    }
}

void TestSalesforceDescribeHttp::getUpdatedAnswersForExactlyTheObjectsDescribeCallsReplicateable()
{
    const QDateTime now = m_sandbox->clock().now().toUTC();
    const auto encoded = [](const QDateTime& at) {
        return QString::fromLatin1(QUrl::toPercentEncoding(
            at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + QStringLiteral("+00:00")));
    };
    const QString window = QStringLiteral("?start=%1&end=%2").arg(encoded(now.addDays(-1)), encoded(now));
    for (const QJsonValue& item :
        m_session->get(QStringLiteral("/sobjects/")).object().value(QStringLiteral("sobjects")).toArray()) {
        const QJsonObject object = item.toObject();
        const QString name = object.value(QStringLiteral("name")).toString();
        const bool replicateable = object.value(QStringLiteral("replicateable")).toBool();
        for (const char* feed : { "/updated/", "/deleted/" }) {
            const HttpResult answer
                = m_session->get(QStringLiteral("/sobjects/") + name + QLatin1String(feed) + window);
            QVERIFY2((answer.status == 200) == replicateable,
                qPrintable(QStringLiteral("%1%2: HTTP %3, describe says replicateable=%4")
                               .arg(name, QLatin1String(feed))
                               .arg(answer.status)
                               .arg(replicateable)));
        }
    }
}

QTEST_GUILESS_MAIN(TestSalesforceDescribeHttp)
#include "testsalesforcedescribehttp.moc"
