// Settings keep their type and their scope (the instance, or one user), record who changed them in the
// audit log, and list in a stable order.
#include "settings/settingsrepository.h"
#include "store/auditlog.h"
#include "storetesthelpers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sia;
using namespace sia::test;

namespace {

SettingEntry setting(const QString& key, QMetaType::Type type, const QVariant& value, qint64 userId = 0,
    const QString& by = QStringLiteral("alice"))
{
    SettingEntry entry;
    entry.userId = userId;
    entry.key = key;
    entry.type = type;
    entry.value = value;
    entry.updatedBy = by;
    return entry;
}

} // namespace

class TestSettingsRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void roundTripsEachType_data();
    void roundTripsEachType();
    void missingSettingIsEmpty();
    void overwriteReplacesValueAndType();
    void recordsWhoChangedItAndWhen();
    void userSettingIsSeparateFromInstanceSetting();
    void changeIsAudited_data();
    void changeIsAudited();
    void allIsOrderedByScopeThenKey();
    void refusesEntryWithoutKeyOrWithUnsupportedType_data();
    void refusesEntryWithoutKeyOrWithUnsupportedType();
    void reviewStoreRefusesChanges();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
};

void TestSettingsRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<std::unique_ptr<Store>> opened = openStore(m_dir->filePath(QStringLiteral("actions.sqlite")));
    QVERIFY2(opened.ok(), failureText(opened).constData());
    m_store = std::move(opened.value());
}

void TestSettingsRepository::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

void TestSettingsRepository::roundTripsEachType_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QVariant>("value");

    QTest::newRow("bool true") << int(QMetaType::Bool) << QVariant(true);
    QTest::newRow("bool false") << int(QMetaType::Bool) << QVariant(false);
    QTest::newRow("int") << int(QMetaType::LongLong) << QVariant(qlonglong(42));
    QTest::newRow("int, negative") << int(QMetaType::LongLong) << QVariant(qlonglong(-7));
    QTest::newRow("int, beyond 32 bits") << int(QMetaType::LongLong) << QVariant(qlonglong(1) << 40);
    QTest::newRow("text") << int(QMetaType::QString)
                          << QVariant(QStringLiteral("Hej då, 管理员 \"quoted\"\n"));
    QTest::newRow("text, empty") << int(QMetaType::QString) << QVariant(QString());
    QTest::newRow("json")
        << int(QMetaType::QJsonObject)
        << QVariant(QJsonObject {
               { QStringLiteral("fields"), QJsonArray { QStringLiteral("email"), QStringLiteral("phone") } },
               { QStringLiteral("limits"),
                   QJsonObject { { QStringLiteral("daily"), 50000 }, { QStringLiteral("on"), true } } } });
    QTest::newRow("datetime, UTC") << int(
        QMetaType::QDateTime) << QVariant(QDateTime(QDate(2026, 11, 25), QTime(16, 29, 59, 123), Qt::UTC));
    QTest::newRow("datetime, another zone") << int(QMetaType::QDateTime)
                                            << QVariant(QDateTime(QDate(2026, 6, 1), QTime(9, 0, 0, 5),
                                                   QTimeZone(QByteArrayLiteral("Asia/Taipei"))));
}

void TestSettingsRepository::roundTripsEachType()
{
    QFETCH(int, type);
    QFETCH(QVariant, value);
    SettingsRepository settings(*m_store);
    Result<void> saved = settings.set(setting(QStringLiteral("some.key"), QMetaType::Type(type), value));
    QVERIFY2(saved.ok(), failureText(saved).constData());

    Result<std::optional<SettingEntry>> read = settings.get(QStringLiteral("some.key"));

    QVERIFY2(read.ok(), failureText(read).constData());
    QVERIFY(read->has_value());
    QCOMPARE(int((*read)->type), type);
    QCOMPARE((*read)->value.metaType().id(), type);
    QCOMPARE((*read)->value, value);
}

void TestSettingsRepository::missingSettingIsEmpty()
{
    Result<std::optional<SettingEntry>> read = SettingsRepository(*m_store).get(QStringLiteral("never.set"));

    QVERIFY2(read.ok(), failureText(read).constData());
    QVERIFY(!read->has_value());
}

void TestSettingsRepository::overwriteReplacesValueAndType()
{
    SettingsRepository settings(*m_store);
    QVERIFY(settings.set(setting(QStringLiteral("sync.batch"), QMetaType::QString, QStringLiteral("large")))
                .ok());

    QVERIFY(settings.set(setting(QStringLiteral("sync.batch"), QMetaType::LongLong, qlonglong(300))).ok());

    Result<QList<SettingEntry>> all = settings.all();
    QVERIFY2(all.ok(), failureText(all).constData());
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().type, QMetaType::LongLong);
    QCOMPARE(all->first().value, QVariant(qlonglong(300)));
}

void TestSettingsRepository::recordsWhoChangedItAndWhen()
{
    SettingsRepository settings(*m_store);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    QVERIFY(settings
                .set(setting(QStringLiteral("ui.locale"), QMetaType::QString, QStringLiteral("sv"), 0,
                    QStringLiteral("bob")))
                .ok());
    const QDateTime after = QDateTime::currentDateTimeUtc();

    Result<std::optional<SettingEntry>> read = settings.get(QStringLiteral("ui.locale"));

    QVERIFY2(read.ok(), failureText(read).constData());
    QVERIFY(read->has_value());
    QCOMPARE((*read)->updatedBy, QStringLiteral("bob"));
    QVERIFY2((*read)->updatedAt >= before && (*read)->updatedAt <= after,
        qPrintable((*read)->updatedAt.toString(Qt::ISODateWithMs)));
}

void TestSettingsRepository::userSettingIsSeparateFromInstanceSetting()
{
    SettingsRepository settings(*m_store);
    const QString key = QStringLiteral("email.signature");
    QVERIFY(settings.set(setting(key, QMetaType::QString, QStringLiteral("instance"), 0)).ok());
    QVERIFY(settings.set(setting(key, QMetaType::QString, QStringLiteral("user 7"), 7)).ok());
    QVERIFY(settings.set(setting(key, QMetaType::QString, QStringLiteral("user 8"), 8)).ok());

    QCOMPARE(settings.get(key, 0)->value().value, QVariant(QStringLiteral("instance")));
    QCOMPARE(settings.get(key, 7)->value().value, QVariant(QStringLiteral("user 7")));
    QCOMPARE(settings.get(key, 8)->value().value, QVariant(QStringLiteral("user 8")));
    QVERIFY(!settings.get(key, 9)->has_value());
}

void TestSettingsRepository::changeIsAudited_data()
{
    QTest::addColumn<qint64>("userId");
    QTest::newRow("instance") << qint64(0);
    QTest::newRow("user") << qint64(12);
}

void TestSettingsRepository::changeIsAudited()
{
    QFETCH(qint64, userId);
    QVERIFY(SettingsRepository(*m_store)
                .set(setting(
                    QStringLiteral("tasks.sync"), QMetaType::Bool, true, userId, QStringLiteral("carol")))
                .ok());

    Result<QList<AuditEntry>> entries = AuditLog(*m_store).entries();

    QVERIFY2(entries.ok(), failureText(entries).constData());
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().actor, QStringLiteral("carol"));
    QCOMPARE(entries->first().action, QStringLiteral("setting.changed"));
    const QJsonObject& arguments = entries->first().arguments;
    QCOMPARE(arguments.value(QStringLiteral("setting")).toString(), QStringLiteral("tasks.sync"));
    QCOMPARE(arguments.value(QStringLiteral("user")).toInteger(), userId);
    QCOMPARE(arguments.value(QStringLiteral("value")).toString(), QStringLiteral("true"));
}

void TestSettingsRepository::allIsOrderedByScopeThenKey()
{
    SettingsRepository settings(*m_store);
    // Written out of order; user 12 after user 3 although "12" < "3" as text.
    const QList<QPair<qint64, QString>> written { { 12, QStringLiteral("b") }, { 0, QStringLiteral("z") },
        { 3, QStringLiteral("a") }, { 0, QStringLiteral("a") }, { 12, QStringLiteral("a") } };
    for (const auto& [userId, key] : written) {
        QVERIFY(settings.set(setting(key, QMetaType::Bool, true, userId)).ok());
    }

    Result<QList<SettingEntry>> all = settings.all();

    QVERIFY2(all.ok(), failureText(all).constData());
    QStringList order;
    for (const SettingEntry& entry : *all) {
        order << QStringLiteral("%1/%2").arg(entry.userId).arg(entry.key);
    }
    QCOMPARE(order,
        QStringList({ QStringLiteral("0/a"), QStringLiteral("0/z"), QStringLiteral("3/a"),
            QStringLiteral("12/a"), QStringLiteral("12/b") }));
}

void TestSettingsRepository::refusesEntryWithoutKeyOrWithUnsupportedType_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("type");
    QTest::newRow("no key") << QString() << int(QMetaType::QString);
    QTest::newRow("unsupported type") << QStringLiteral("some.key") << int(QMetaType::QByteArray);
}

void TestSettingsRepository::refusesEntryWithoutKeyOrWithUnsupportedType()
{
    QFETCH(QString, key);
    QFETCH(int, type);
    SettingsRepository settings(*m_store);

    Result<void> saved = settings.set(setting(key, QMetaType::Type(type), QStringLiteral("x")));

    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, QStringLiteral("settings.bad-entry"));
    QCOMPARE(rowCount(*m_store, QStringLiteral("settings")), 0);
    QCOMPARE(rowCount(*m_store, QStringLiteral("audit_log")), 0);
}

void TestSettingsRepository::reviewStoreRefusesChanges()
{
    const QString path = m_dir->filePath(QStringLiteral("actions.sqlite"));
    m_store.reset();
    const QByteArray before = fileDigest(path);
    {
        Result<std::unique_ptr<Store>> review = openForReview(path);
        QVERIFY2(review.ok(), failureText(review).constData());

        Result<void> saved = SettingsRepository(**review).set(
            setting(QStringLiteral("ui.locale"), QMetaType::QString, QStringLiteral("sv")));

        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().code, QStringLiteral("review.read-only"));
    }
    QCOMPARE(fileDigest(path), before);
}

QTEST_GUILESS_MAIN(TestSettingsRepository)
#include "testsettingsrepository.moc"
