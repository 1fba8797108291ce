// A query's results handed out page by page: every result exactly once and in order (the source's order,
// or ORDER BY's with nulls first or last), LIMIT and OFFSET applied, totalSize exact, and only page
// boundaries already handed out accepted as starting points.
#include "sandbox/salesforce/soqlcursor.h"
#include "soqltestrecords.h"

#include <QTest>

using namespace sia::sandbox::salesforce;
using namespace sia::sandbox::salesforce::test;

namespace {

// A lead computed from its position, never stored: the shape of the dataset's million generated leads.
class GeneratedLead : public SoqlRecord
{
public:
    explicit GeneratedLead(qint64 position)
        : m_position(position)
    { }

    QString objectName() const override { return QStringLiteral("Lead"); }
    QVariant value(const SoqlFieldDef& field) const override
    {
        if (field.name == QLatin1String("Id")) {
            return leadId(int(m_position + 1));
        }
        if (field.name == QLatin1String("Email")) {
            return m_position % 7 == 0 ? QVariant()
                                       : QVariant(QStringLiteral("p%1@example.com").arg(m_position));
        }
        if (field.name == QLatin1String("Company")) {
            return QStringLiteral("C%1").arg(m_position % 13);
        }
        if (field.name == QLatin1String("CreatedDate")) {
            return utc("2024-01-01T00:00:00Z").addSecs(60 * ((m_position * 7919) % 100000));
        }
        if (field.name == QLatin1String("IsDeleted")) {
            return m_position % 101 == 100;
        }
        return {};
    }
    std::shared_ptr<const SoqlRecord> parent(const SoqlFieldDef&) const override { return nullptr; }

private:
    qint64 m_position;
};

class GeneratedLeads : public SoqlRecordSource
{
public:
    explicit GeneratedLeads(qint64 count)
        : m_count(count)
    { }

    qint64 endPosition() const override { return m_count; }
    std::shared_ptr<const SoqlRecord> recordAt(qint64 position) const override
    {
        // Every 50th position is empty, as a record purged from the recycle bin leaves it.
        if (position < 0 || position >= m_count || position % 50 == 49) {
            return nullptr;
        }
        return std::make_shared<GeneratedLead>(position);
    }
    void scan(
        qint64 from, qint64 to, const std::function<bool(qint64, const SoqlRecord&)>& visit) const override
    {
        for (qint64 position = from; position < qMin(to, m_count); ++position) {
            if (position % 50 == 49) {
                continue;
            }
            const GeneratedLead record(position);
            if (!visit(position, record)) {
                return;
            }
        }
    }

private:
    qint64 m_count;
};

std::shared_ptr<const SoqlPlan> compile(const QString& statement)
{
    SfResult<SoqlPlan> plan = SoqlPlan::fromStatement(statement, SoqlSchema::dataApi(), testToday());
    if (!plan) {
        qWarning() << plan.error().message;
        return nullptr;
    }
    return std::make_shared<const SoqlPlan>(std::move(plan).value());
}

// What the cursor must deliver, found the slow way: every record, filtered, sorted, cut.
QList<qint64> expectedPositions(const SoqlPlan& plan, const SoqlRecordSource& source)
{
    QList<qint64> positions;
    for (qint64 p = 0; p < source.endPosition(); ++p) {
        const auto record = source.recordAt(p);
        if (record && plan.matches(*record, false)) {
            positions.append(p);
        }
    }
    std::stable_sort(positions.begin(), positions.end(), [&](qint64 a, qint64 b) {
        return plan.compareSortKeys(plan.sortKeys(*source.recordAt(a)), plan.sortKeys(*source.recordAt(b)))
            < 0;
    });
    positions = positions.mid(plan.offset());
    if (plan.limit()) {
        positions = positions.mid(0, *plan.limit());
    }
    return positions;
}

QList<qint64> readAllPages(SoqlCursor& cursor, int batchSize)
{
    QList<qint64> all;
    while (all.size() < cursor.totalSize()) {
        const std::optional<QList<qint64>> page = cursor.page(all.size(), batchSize);
        if (!page || page->isEmpty()) {
            break;
        }
        all += *page;
    }
    return all;
}

} // namespace

class TestSoqlCursor : public QObject
{
    Q_OBJECT

private slots:
    void deliversEveryResultOnceInOrder_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<int>("batchSize");
        QTest::addColumn<bool>("sorted");
        QTest::newRow("all, source order") << "SELECT Id FROM Lead" << 2000 << false;
        QTest::newRow("filtered, odd batch")
            << "SELECT Id FROM Lead WHERE Company IN ('C1', 'C5') AND Email != null" << 333 << false;
        QTest::newRow("order by id") << "SELECT Id FROM Lead WHERE Company = 'C3' ORDER BY Id" << 200
                                     << false;
        QTest::newRow("order by id desc")
            << "SELECT Id FROM Lead WHERE Company = 'C3' ORDER BY Id DESC" << 200 << true;
        QTest::newRow("order by date")
            << "SELECT Id FROM Lead WHERE Company = 'C4' ORDER BY CreatedDate DESC, Id" << 500 << true;
        QTest::newRow("nulls first") << "SELECT Id FROM Lead WHERE Company = 'C2' ORDER BY Email" << 250
                                     << true;
        QTest::newRow("nulls last desc")
            << "SELECT Id FROM Lead WHERE Company = 'C2' ORDER BY Email DESC NULLS LAST" << 250 << true;
        QTest::newRow("limit, source order")
            << "SELECT Id FROM Lead WHERE Email = null LIMIT 1234" << 200 << false;
        QTest::newRow("offset, source order")
            << "SELECT Id FROM Lead WHERE Company = 'C7' OFFSET 2000" << 400 << false;
        QTest::newRow("limit offset sorted")
            << "SELECT Id FROM Lead ORDER BY CreatedDate LIMIT 777 OFFSET 1500" << 200 << true;
        QTest::newRow("limit 0") << "SELECT Id FROM Lead LIMIT 0" << 200 << false;
        QTest::newRow("nothing matches")
            << "SELECT Id FROM Lead WHERE Company = 'none' ORDER BY Email" << 200 << true;
    }
    void deliversEveryResultOnceInOrder()
    {
        QFETCH(QString, statement);
        QFETCH(int, batchSize);
        QFETCH(bool, sorted);
        const auto source = std::make_shared<GeneratedLeads>(60000);
        const auto plan = compile(statement);
        QVERIFY(plan);
        QCOMPARE(!plan->followsSourceOrder(), sorted);
        const QList<qint64> expected = expectedPositions(*plan, *source);
        SoqlCursor cursor(plan, source, false);
        QCOMPARE(cursor.totalSize(), qint64(expected.size()));
        QCOMPARE(SoqlCursor::count(*plan, *source, false), qint64(expected.size()));
        const QList<qint64> delivered = readAllPages(cursor, batchSize);
        QCOMPARE(delivered.size(), expected.size());
        QVERIFY(delivered == expected);
    }

    void answersAPageAgainFromItsStart()
    {
        // A client that lost an answer asks for the same nextRecordsUrl again.
        const auto source = std::make_shared<GeneratedLeads>(5000);
        SoqlCursor cursor(compile(QStringLiteral("SELECT Id FROM Lead")), source, false);
        const auto first = cursor.page(0, 200);
        const auto second = cursor.page(200, 200);
        QVERIFY(first && second);
        QCOMPARE(cursor.page(200, 200), second);
        QCOMPARE(cursor.page(0, 200), first);
    }

    void refusesAStartItNeverHandedOut()
    {
        const auto source = std::make_shared<GeneratedLeads>(5000);
        SoqlCursor inSourceOrder(compile(QStringLiteral("SELECT Id FROM Lead")), source, false);
        QVERIFY(!inSourceOrder.page(150, 200));
        SoqlCursor sorted(compile(QStringLiteral("SELECT Id FROM Lead ORDER BY Email")), source, false);
        QVERIFY(!sorted.page(sorted.totalSize() + 1, 200));
        QVERIFY(!sorted.page(-1, 200));
    }

    void seesTheRecycleBinOnlyWhenAsked()
    {
        const auto source = std::make_shared<GeneratedLeads>(1000);
        const auto plan = compile(QStringLiteral("SELECT Id FROM Lead WHERE IsDeleted = true"));
        QCOMPARE(SoqlCursor(plan, source, false).totalSize(), qint64(0));
        QCOMPARE(SoqlCursor(plan, source, true).totalSize(),
            qint64(9)); // positions 100, 201, … 908 minus the empty ones
    }

    void countsWithoutACursor_data()
    {
        QTest::addColumn<QString>("statement");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("all") << "SELECT COUNT() FROM Lead" << qint64(1000 - 20 - 9);
        QTest::newRow("limited") << "SELECT COUNT() FROM Lead LIMIT 10" << qint64(10);
        QTest::newRow("offset past the end") << "SELECT COUNT() FROM Lead OFFSET 2000" << qint64(0);
    }
    void countsWithoutACursor()
    {
        QFETCH(QString, statement);
        QFETCH(qint64, expected);
        const GeneratedLeads source(1000);
        QCOMPARE(SoqlCursor::count(*compile(statement), source, false), expected);
    }
};

QTEST_GUILESS_MAIN(TestSoqlCursor)
#include "testsoqlcursor.moc"
