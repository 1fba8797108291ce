// The table of setting keys: every key declared once, with a name, a type, a scope and a default that fit
// together, and no setting that could hold a secret.
#include "settings/settingdefinition.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace sia;

Q_DECLARE_METATYPE(sia::SettingKey)

class TestSettingDefinitions : public QObject
{
    Q_OBJECT

private slots:
    void everyKeyIsDeclaredOnce();
    void namesAreUniqueAndFindTheirKey();
    void nameIsAreaDotName();
    void nameIsAreaDotName_data() { eachKey_data(); }
    void defaultHasTheDeclaredType();
    void defaultHasTheDeclaredType_data() { eachKey_data(); }
    void hasAtLeastOneScope();
    void hasAtLeastOneScope_data() { eachKey_data(); }
    void choicesIncludeTheDefault();
    void choicesIncludeTheDefault_data() { eachKey_data(); }
    void integerDefaultIsWithinItsRange();
    void integerDefaultIsWithinItsRange_data() { eachKey_data(); }
    void noNameSpeaksOfASecret();
    void noNameSpeaksOfASecret_data() { eachKey_data(); }
    void unknownNameHasNoKey();
    void typeAndScopeKeysRoundTrip();
    void defaultsFromSpec();

private:
    static void eachKey_data(); // one row per declared key
};

void TestSettingDefinitions::everyKeyIsDeclaredOnce()
{
    const QList<SettingKey> keys = allSettingKeys();
    QCOMPARE(QSet<SettingKey>(keys.cbegin(), keys.cend()).size(), keys.size());
    QCOMPARE(keys.size(),
        int(SettingKey::UsersCsvMapping) + 1); // the enum's last value: every key has a row
    for (SettingKey key : keys) {
        QCOMPARE(settingDefinition(key).key, key);
    }
}

void TestSettingDefinitions::namesAreUniqueAndFindTheirKey()
{
    QSet<QString> names;
    for (SettingKey key : allSettingKeys()) {
        const QString name = settingDefinition(key).name;
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
        QCOMPARE(settingKeyFromName(name), std::optional<SettingKey>(key));
    }
}

void TestSettingDefinitions::eachKey_data()
{
    QTest::addColumn<SettingKey>("key");
    for (SettingKey key : allSettingKeys()) {
        QTest::newRow(qPrintable(settingDefinition(key).name)) << key;
    }
}

void TestSettingDefinitions::nameIsAreaDotName()
{
    QFETCH(SettingKey, key);
    // "area.name", or "area.part.name" where an area holds several (sync.people.interval-minutes).
    static const QRegularExpression shape(QStringLiteral("^[a-z]+(\\.[a-z]+)?\\.[a-z][a-z-]*[a-z]$"));
    QVERIFY2(shape.match(settingDefinition(key).name).hasMatch(), qPrintable(settingDefinition(key).name));
}

void TestSettingDefinitions::defaultHasTheDeclaredType()
{
    QFETCH(SettingKey, key);
    const SettingDefinition& definition = settingDefinition(key);
    QCOMPARE(definition.defaultValue.metaType().id(), int(settingMetaType(definition.type)));
}

void TestSettingDefinitions::hasAtLeastOneScope()
{
    QFETCH(SettingKey, key);
    const SettingScopes scopes = settingDefinition(key).scopes;
    QVERIFY(scopes.testFlag(SettingScope::Instance) || scopes.testFlag(SettingScope::User));
}

void TestSettingDefinitions::choicesIncludeTheDefault()
{
    QFETCH(SettingKey, key);
    const SettingDefinition& definition = settingDefinition(key);
    if (definition.format != SettingFormat::Choice) {
        QVERIFY(definition.choices.isEmpty());
        return;
    }
    QCOMPARE(definition.type, SettingType::Text);
    QVERIFY(definition.choices.contains(definition.defaultValue.toString()));
}

void TestSettingDefinitions::integerDefaultIsWithinItsRange()
{
    QFETCH(SettingKey, key);
    const SettingDefinition& definition = settingDefinition(key);
    if (definition.type != SettingType::Integer) {
        return;
    }
    QVERIFY(definition.maximum > definition.minimum);
    QVERIFY(definition.defaultValue.toLongLong() >= definition.minimum);
    QVERIFY(definition.defaultValue.toLongLong() <= definition.maximum);
}

// Secrets live in the OS keychain: a setting that names one is a design mistake caught here.
void TestSettingDefinitions::noNameSpeaksOfASecret()
{
    QFETCH(SettingKey, key);
    static const QRegularExpression secretWords(
        QStringLiteral("password|secret|token|credential|api-key|passphrase"));
    QVERIFY2(
        !secretWords.match(settingDefinition(key).name).hasMatch(), qPrintable(settingDefinition(key).name));
}

void TestSettingDefinitions::unknownNameHasNoKey()
{
    QCOMPARE(settingKeyFromName(QStringLiteral("marketo.rest-url")), std::nullopt);
    QCOMPARE(settingKeyFromName(QString()), std::nullopt);
}

void TestSettingDefinitions::typeAndScopeKeysRoundTrip()
{
    for (SettingType type : allValues<SettingType>()) {
        QCOMPARE(fromKey<SettingType>(toKey(type)), std::optional<SettingType>(type));
        QCOMPARE(settingTypeOf(settingMetaType(type)), std::optional<SettingType>(type));
    }
    for (SettingScope scope : allValues<SettingScope>()) {
        QCOMPARE(fromKey<SettingScope>(toKey(scope)), std::optional<SettingScope>(scope));
    }
    QCOMPARE(fromKey<SettingType>(QStringLiteral("duration")), std::nullopt);
}

// The defaults SPEC names: the task sync is off until turned on, and a user may choose their own.
void TestSettingDefinitions::defaultsFromSpec()
{
    const SettingDefinition& taskSync = settingDefinition(SettingKey::TaskSync);
    QCOMPARE(taskSync.defaultValue, QVariant(QStringLiteral("off")));
    QVERIFY(taskSync.scopes.testFlag(SettingScope::Instance) && taskSync.scopes.testFlag(SettingScope::User));
    QCOMPARE(settingDefinition(SettingKey::EmailLogViaBcc).defaultValue, QVariant(false));
    QCOMPARE(
        settingDefinition(SettingKey::EmailToSalesforceAddress).scopes, SettingScopes(SettingScope::User));
}

QTEST_GUILESS_MAIN(TestSettingDefinitions)
#include "testsettingdefinitions.moc"
