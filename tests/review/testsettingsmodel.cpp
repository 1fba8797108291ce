// The settings model shows each setting as a read-only row, its value written for people according to
// its type, its scope (the instance or one user), and who changed it when.
#include "review/settingsmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QTest>

using namespace sia;

namespace {

SettingEntry setting(qint64 userId, const QString& key, QMetaType::Type type, const QVariant& value)
{
    SettingEntry entry;
    entry.userId = userId;
    entry.key = key;
    entry.type = type;
    entry.value = value;
    entry.updatedBy = QStringLiteral("alice");
    entry.updatedAt = QDateTime(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
    return entry;
}

// A first page holding exactly these rows, as ReviewReader would hand it over.
RecordPage<SettingEntry> pageOf(const QList<SettingEntry>& rows)
{
    return { rows, false, rows.size(), rows.size() };
}

} // namespace

class TestSettingsModel : public QObject
{
    Q_OBJECT

private slots:
    void passesModelTesterWhenEmptyAndFilled();
    void valueIsWrittenForItsType_data();
    void valueIsWrittenForItsType();
    void scopeNamesTheInstanceOrTheUser_data();
    void scopeNamesTheInstanceOrTheUser();
    void valueRoleKeepsTheTypedValue();
    void isReadOnly();
};

void TestSettingsModel::passesModelTesterWhenEmptyAndFilled()
{
    SettingsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setFirstPage(pageOf({ setting(0, QStringLiteral("a"), QMetaType::QString, QStringLiteral("x")),
        setting(7, QStringLiteral("b"), QMetaType::Bool, true) }));
    model.setFirstPage(pageOf({}));
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 5);
}

void TestSettingsModel::valueIsWrittenForItsType_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text") << int(QMetaType::QString) << QVariant(QStringLiteral("https://x"))
                          << QStringLiteral("https://x");
    QTest::newRow("true") << int(QMetaType::Bool) << QVariant(true) << QStringLiteral("Yes");
    QTest::newRow("false") << int(QMetaType::Bool) << QVariant(false) << QStringLiteral("No");
    QTest::newRow("number") << int(QMetaType::LongLong) << QVariant(qlonglong(42)) << QLocale().toString(42);
    QTest::newRow("json") << int(QMetaType::QJsonObject)
                          << QVariant(QJsonObject { { QStringLiteral("on"), true } })
                          << QStringLiteral("{\"on\":true}");
}

void TestSettingsModel::valueIsWrittenForItsType()
{
    QFETCH(int, type);
    QFETCH(QVariant, value);
    QFETCH(QString, expected);
    SettingsModel model;
    model.setFirstPage(pageOf({ setting(0, QStringLiteral("k"), QMetaType::Type(type), value) }));
    QCOMPARE(model.index(0, SettingsModel::ValueColumn).data().toString(), expected);
}

void TestSettingsModel::scopeNamesTheInstanceOrTheUser_data()
{
    QTest::addColumn<qlonglong>("userId");
    QTest::addColumn<QString>("expected");
    QTest::newRow("instance") << qlonglong(0) << QStringLiteral("Instance");
    QTest::newRow("user") << qlonglong(12) << QStringLiteral("User 12");
}

void TestSettingsModel::scopeNamesTheInstanceOrTheUser()
{
    QFETCH(qlonglong, userId);
    QFETCH(QString, expected);
    SettingsModel model;
    model.setFirstPage(
        pageOf({ setting(userId, QStringLiteral("k"), QMetaType::QString, QStringLiteral("v")) }));
    QCOMPARE(model.index(0, SettingsModel::ScopeColumn).data().toString(), expected);
    QCOMPARE(model.index(0, SettingsModel::KeyColumn).data().toString(), QStringLiteral("k"));
    QCOMPARE(model.index(0, SettingsModel::UpdatedByColumn).data().toString(), QStringLiteral("alice"));
}

void TestSettingsModel::valueRoleKeepsTheTypedValue()
{
    SettingsModel model;
    model.setFirstPage(pageOf({ setting(0, QStringLiteral("k"), QMetaType::LongLong, qlonglong(5)) }));
    QCOMPARE(model.index(0, SettingsModel::ValueColumn).data(SettingsModel::ValueRole).toLongLong(), 5);
}

void TestSettingsModel::isReadOnly()
{
    SettingsModel model;
    model.setFirstPage(pageOf({ setting(0, QStringLiteral("k"), QMetaType::QString, QStringLiteral("v")) }));
    QVERIFY(!(model.flags(model.index(0, SettingsModel::ValueColumn)) & Qt::ItemIsEditable));
}

QTEST_GUILESS_MAIN(TestSettingsModel)
#include "testsettingsmodel.moc"
