// The product speaks the reader's language: installTranslations() loads the compiled catalogue for a
// locale from :/i18n (here the test's own German one), and an audit entry read from the database is
// then worded in that language, the stored entry unchanged; a locale without a catalogue keeps English.
#include "common/translations.h"
#include "review/auditcatalogue.h"
#include "setup/plandefinition.h"
#include "setup/setupplan.h"
#include "storetesthelpers.h"

#include <QTest>

using namespace sia;
using namespace sia::test;

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void localeWithoutACatalogueKeepsEnglish();
    void storedEntryReadsInTheInstalledLanguage();
};

void TestTranslations::localeWithoutACatalogueKeepsEnglish()
{
    QCOMPARE(installTranslations(QLocale(QLocale::French, QLocale::France)), QString());
    AuditEntry entry;
    entry.action = QStringLiteral("step.block");
    entry.arguments
        = { { QStringLiteral("step"), 3 }, { QStringLiteral("from"), QStringLiteral("not-started") },
              { QStringLiteral("to"), QStringLiteral("blocked") } };
    QCOMPARE(AuditCatalogue::render(entry).action, QStringLiteral("Step blocked"));
}

void TestTranslations::storedEntryReadsInTheInstalledLanguage()
{
    TestDatabase database;
    QVERIFY2(database.isValid(), database.problem().constData());
    auto store = database.open();
    QVERIFY2(store.ok(), failureText(store).constData());
    QVERIFY(SetupPlan(**store)
                .apply({ 3, StepAction::Block, QStringLiteral("kein API-Benutzer"), QStringLiteral("bob") })
                .ok());
    Result<QList<AuditEntry>> before = AuditLog(**store).entries();
    QVERIFY2(before.ok(), failureText(before).constData());
    QCOMPARE(AuditCatalogue::render(before->constFirst()).action, QStringLiteral("Step blocked"));

    QCOMPARE(
        installTranslations(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("sia-admin_de.qm"));

    Result<QList<AuditEntry>> after = AuditLog(**store).entries();
    QVERIFY2(after.ok(), failureText(after).constData());
    const AuditText text = AuditCatalogue::render(after->constFirst());
    QCOMPARE(text.action, QStringLiteral("Schritt blockiert"));
    QCOMPARE(text.subject, QStringLiteral("Schritt 3 · %1").arg(PlanDefinition::step(3)->title));
    QVERIFY2(text.details.endsWith(QStringLiteral("Grund: kein API-Benutzer")), qPrintable(text.details));
    QCOMPARE(after->constFirst().action, QStringLiteral("step.block"));
    QCOMPARE(after->constFirst().arguments, before->constFirst().arguments);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "testtranslations.moc"
