// The overview is the persona table itself: seven rows with SPEC's personas, a row opens its step, the
// prerequisites are confirmed through core (and audited), and the progress follows every change.
#include "guitestbase.h"
#include "overviewpage.h"
#include "personatableview.h"
#include "prerequisitecard.h"
#include "progresssummary.h"
#include "setup/personatablemodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTest>

using namespace sia;

class TestOverviewPage : public GuiTestBase
{
    Q_OBJECT

private slots:
    void opensOnTheOverview();
    void tableHasOneRowPerStep();
    void tableShowsSpecPersonas_data();
    void tableShowsSpecPersonas();
    void enterOnARowOpensThatStep();
    void clickOnARowOpensThatStep();
    void prerequisiteCheckboxConfirmsThroughCore();
    void prerequisiteConfirmationIsAudited();
    void prerequisiteCardSaysWhoConfirmed();
    void progressSummaryFollowsChanges();
    void continueButtonOpensTheSuggestedStep();
    void continueButtonLeadsToThePrerequisitesFirst();
    void continueButtonIsHiddenWhenEveryStepIsFinished();

private:
    QModelIndex rowIndex(int row, int column = PersonaTableModel::TitleColumn) const;
};

QModelIndex TestOverviewPage::rowIndex(int row, int column) const
{
    QAbstractItemModel* model = overviewPage()->table()->model();
    return model->index(row, column);
}

void TestOverviewPage::opensOnTheOverview()
{
    QCOMPARE(window()->currentPageKey(), QStringLiteral("overview"));
    QVERIFY(overviewPage()->isVisible());
}

void TestOverviewPage::tableHasOneRowPerStep()
{
    QCOMPARE(overviewPage()->table()->model()->rowCount(), 7);
}

void TestOverviewPage::tableShowsSpecPersonas_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("persona");
    QTest::addColumn<QString>("title");
    const QString marketo = QStringLiteral("Marketo admin");
    const QString salesforce = QStringLiteral("Salesforce admin");
    QTest::newRow("1") << 1 << marketo << QStringLiteral("Set up the Actions account");
    QTest::newRow("2") << 2 << QStringLiteral("Marketo admin or Salesforce admin")
                       << QStringLiteral("Connect Actions to Salesforce");
    QTest::newRow("3") << 3 << marketo << QStringLiteral("Connect Actions to Marketo");
    QTest::newRow("4") << 4 << marketo << QStringLiteral("Start the data sync from Marketo to Actions");
    QTest::newRow("5") << 5 << marketo << QStringLiteral("Invite users to Actions");
    QTest::newRow("6") << 6 << salesforce
                       << QStringLiteral("Install or upgrade the Sales Insight package in Salesforce");
    QTest::newRow("7") << 7 << salesforce << QStringLiteral("Configure Actions in Salesforce");
}

void TestOverviewPage::tableShowsSpecPersonas()
{
    QFETCH(int, step);
    QFETCH(QString, persona);
    QFETCH(QString, title);
    QCOMPARE(rowIndex(step - 1, PersonaTableModel::StepColumn).data().toInt(), step);
    QCOMPARE(rowIndex(step - 1, PersonaTableModel::PersonaColumn).data().toString(), persona);
    QCOMPARE(rowIndex(step - 1, PersonaTableModel::TitleColumn).data().toString(), title);
}

void TestOverviewPage::enterOnARowOpensThatStep()
{
    QTableView* table = overviewPage()->table();
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    table->setCurrentIndex(rowIndex(2));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(window()->currentPageKey(), QStringLiteral("step-3"));
}

void TestOverviewPage::clickOnARowOpensThatStep()
{
    QTableView* table = overviewPage()->table();
    const QRect cell = table->visualRect(rowIndex(4));
    QVERIFY(cell.isValid());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(window()->currentPageKey(), QStringLiteral("step-5"));
}

void TestOverviewPage::prerequisiteCheckboxConfirmsThroughCore()
{
    QCheckBox* box = overviewPage()->prerequisiteCard(QStringLiteral("actions-enabled"))->checkBox();
    QVERIFY(box->isEnabled());
    QVERIFY(!box->isChecked());
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    QVERIFY(waitForSnapshot());
    QVERIFY(storedPlan().prerequisites.at(0).confirmed);
    QCOMPARE(storedPlan().prerequisites.at(0).changedBy, actor);
}

void TestOverviewPage::prerequisiteConfirmationIsAudited()
{
    QCheckBox* box = overviewPage()->prerequisiteCard(QStringLiteral("actions-enabled"))->checkBox();
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
    QVERIFY(waitForSnapshot());
    const QList<AuditEntry> audit = storedAudit();
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.constFirst().action, QStringLiteral("prerequisite.confirmed"));
    QCOMPARE(audit.constFirst().arguments.value(QStringLiteral("prerequisite")).toString(),
        QStringLiteral("actions-enabled"));
    QCOMPARE(audit.constFirst().actor, actor);
}

void TestOverviewPage::prerequisiteCardSaysWhoConfirmed()
{
    QVERIFY(seedChanges({ QStringLiteral("prerequisite:marketo-salesforce-sync") }));
    QVERIFY(reloadAndWait());
    PrerequisiteCard* card = overviewPage()->prerequisiteCard(QStringLiteral("marketo-salesforce-sync"));
    QVERIFY(card->checkBox()->isChecked());
    QVERIFY2(card->confirmationText().startsWith(QStringLiteral("Confirmed by seed-admin on ")),
        qPrintable(card->confirmationText()));
}

void TestOverviewPage::progressSummaryFollowsChanges()
{
    ProgressSummary* progress = overviewPage()->progress();
    QCOMPARE(progress->headline(), QStringLiteral("0 of 7 steps done"));
    QCOMPARE(progress->bar()->value(), 0);

    QVERIFY(seedChanges({ QStringLiteral("prerequisite:actions-enabled"), QStringLiteral("1:start"),
        QStringLiteral("1:done"), QStringLiteral("2:block"), QStringLiteral("5:skip") }));
    QVERIFY(reloadAndWait());
    QCOMPARE(progress->headline(), QStringLiteral("1 of 7 steps done, 1 skipped"));
    QCOMPARE(progress->bar()->value(), 2);
    QVERIFY2(progress->details().contains(QStringLiteral("1 blocked")),
        qPrintable(progress->details().join(u'|')));
}

void TestOverviewPage::continueButtonOpensTheSuggestedStep()
{
    QVERIFY(seedChanges({ QStringLiteral("prerequisite:actions-enabled") }));
    QVERIFY(reloadAndWait());
    QPushButton* next = overviewPage()->continueButton();
    QVERIFY(next->isVisible());
    QCOMPARE(next->text(), QStringLiteral("C&ontinue with step 1"));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(window()->currentPageKey(), QStringLiteral("step-1"));
}

void TestOverviewPage::continueButtonLeadsToThePrerequisitesFirst()
{
    // On a fresh instance every step waits for step 1, and step 1 for its prerequisite.
    QPushButton* next = overviewPage()->continueButton();
    QVERIFY(next->isVisible());
    QCOMPARE(next->text(), QStringLiteral("C&onfirm the prerequisites"));
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(window()->currentPageKey(), QStringLiteral("overview"));
    QTRY_COMPARE(QApplication::focusWidget(),
        overviewPage()->prerequisiteCard(QStringLiteral("actions-enabled"))->checkBox());
}

void TestOverviewPage::continueButtonIsHiddenWhenEveryStepIsFinished()
{
    QStringList everything { QStringLiteral("prerequisite:actions-enabled"),
        QStringLiteral("prerequisite:marketo-salesforce-sync") };
    for (int step : { 1, 2, 3, 4, 6, 7 }) {
        everything << QStringLiteral("%1:start").arg(step) << QStringLiteral("%1:done").arg(step);
    }
    everything << QStringLiteral("5:skip");
    QVERIFY(seedChanges(everything));
    QVERIFY(reloadAndWait());
    QVERIFY(!overviewPage()->continueButton()->isVisible());
    QCOMPARE(overviewPage()->progress()->bar()->value(), 7);
}

QTEST_MAIN(TestOverviewPage)
#include "testoverviewpage.moc"
