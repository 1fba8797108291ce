// sia-admin people: the people the sync wrote (written here through PeopleWriter, as the sync writes
// them), read-only, a page at a time in the browser's order; following the printed cursor through every
// page visits each person exactly once and no page is longer than --limit; --search finds by last name,
// email, company or Marketo ID; --json carries every synced field and the next cursor; an empty store,
// a bad --limit and a bad cursor say so.
#include "sialauncher.h"
#include "store/store.h"
#include "sync/peoplewriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

class TestCliPeople : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void pagesVisitEveryPersonOnce();
    void searchFindsByNameEmailCompanyOrId();
    void jsonCarriesTheSyncedFields();
    void emptyStoreAndBadOptions();

private:
    void writePeople(int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SiaLauncher> m_sia;
};

void TestCliPeople::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_sia = std::make_unique<SiaLauncher>(m_dir->path());
}

void TestCliPeople::writePeople(int count)
{
    sia::StoreOptions options;
    options.databasePath = m_dir->filePath(QStringLiteral("actions.sqlite"));
    sia::Result<std::unique_ptr<sia::Store>> store = sia::Store::open(options);
    QVERIFY(store.ok());
    QList<sia::PersonRecord> records;
    static const char* const lasts[] = { "Lovelace", "Hopper", "Turing", "Liskov", "Knuth" };
    for (int i = 1; i <= count; ++i) {
        sia::PersonRecord r;
        r.marketoId = 1000 + i;
        r.firstName = "First" + QByteArray::number(i);
        r.lastName = lasts[i % 5];
        r.email = "person" + QByteArray::number(i) + "@example.com";
        r.company = i % 2 ? "Acme" : "Globex";
        r.title = "Title " + QByteArray::number(i);
        r.sfdcLeadId = "00Q" + QByteArray::number(i).rightJustified(12, '0');
        r.salesOwnerId = "005000000000001";
        r.sfdcType = "Lead";
        records.append(r);
    }
    sia::Result<sia::PeopleWriter> writer = sia::PeopleWriter::prepare(**store, 0);
    QVERIFY(writer.ok());
    QVERIFY((*store)
                ->transaction([&]() -> sia::Result<void> {
                    sia::Result<sia::SyncCounts> applied = writer->apply(records);
                    return applied ? sia::Result<void>() : sia::Result<void>(applied.error());
                })
                .ok());
}

void TestCliPeople::pagesVisitEveryPersonOnce()
{
    writePeople(23);
    QSet<qint64> seen;
    QString after;
    int pages = 0;
    QString previousKey;
    do {
        QStringList arguments { QStringLiteral("people"), QStringLiteral("--json"), QStringLiteral("--limit"),
            QStringLiteral("5") };
        if (!after.isEmpty()) {
            arguments << QStringLiteral("--after") << after;
        }
        const SiaRun page = m_sia->run(arguments);
        QVERIFY2(page.exitCode == 0, qPrintable(page.err));
        const QJsonObject document = page.json().object();
        const QJsonArray people = document.value(QStringLiteral("people")).toArray();
        QVERIFY(people.size() <= 5);
        for (const QJsonValue& value : people) {
            const QJsonObject person = value.toObject();
            const qint64 id = person.value(QStringLiteral("marketoId")).toInteger();
            QVERIFY2(!seen.contains(id), qPrintable(QString::number(id)));
            seen.insert(id);
            // The browser's order: last name, then first name.
            const QString key = person.value(QStringLiteral("lastName")).toString() + u'\x1f'
                + person.value(QStringLiteral("firstName")).toString();
            QVERIFY(previousKey <= key);
            previousKey = key;
        }
        after = document.value(QStringLiteral("next")).toString();
        ++pages;
    } while (!after.isEmpty() && pages < 10);
    QCOMPARE(seen.size(), 23);
    QCOMPARE(pages, 5);

    const SiaRun text
        = m_sia->run({ QStringLiteral("people"), QStringLiteral("--limit"), QStringLiteral("3") });
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(
        text.out.contains(QStringLiteral("More follow: sia-admin people --after ")), qPrintable(text.out));
}

void TestCliPeople::searchFindsByNameEmailCompanyOrId()
{
    writePeople(23);
    const auto found = [this](const QString& search) {
        const SiaRun run = m_sia->run({ QStringLiteral("people"), QStringLiteral("--json"),
            QStringLiteral("--search"), search, QStringLiteral("--limit"), QStringLiteral("100") });
        QSet<qint64> ids;
        for (const QJsonValue& value : run.json().object().value(QStringLiteral("people")).toArray()) {
            ids.insert(value.toObject().value(QStringLiteral("marketoId")).toInteger());
        }
        return ids;
    };
    QCOMPARE(found(QStringLiteral("1007")), (QSet<qint64> { 1007 }));
    QCOMPARE(found(QStringLiteral("person12@")), (QSet<qint64> { 1012 }));
    QCOMPARE(found(QStringLiteral("hopper")).size(), 5); // i % 5 == 1: 1, 6, 11, 16, 21
    QCOMPARE(found(QStringLiteral("Globex")).size(), 11);
    const SiaRun nobody
        = m_sia->run({ QStringLiteral("people"), QStringLiteral("--search"), QStringLiteral("zzz") });
    QVERIFY2(nobody.out.contains(QStringLiteral("Nobody matches “zzz”")), qPrintable(nobody.out));
}

void TestCliPeople::jsonCarriesTheSyncedFields()
{
    writePeople(3);
    const SiaRun run = m_sia->run({ QStringLiteral("people"), QStringLiteral("--json"),
        QStringLiteral("--search"), QStringLiteral("1002") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray people = run.json().object().value(QStringLiteral("people")).toArray();
    QCOMPARE(people.size(), 1);
    const QJsonObject person = people.first().toObject();
    QCOMPARE(person.value(QStringLiteral("firstName")).toString(), QStringLiteral("First2"));
    QCOMPARE(person.value(QStringLiteral("lastName")).toString(), QStringLiteral("Turing"));
    QCOMPARE(person.value(QStringLiteral("email")).toString(), QStringLiteral("person2@example.com"));
    QCOMPARE(person.value(QStringLiteral("company")).toString(), QStringLiteral("Globex"));
    QCOMPARE(person.value(QStringLiteral("title")).toString(), QStringLiteral("Title 2"));
    QCOMPARE(person.value(QStringLiteral("sfdcLeadId")).toString(), QStringLiteral("00Q000000000002"));
    QVERIFY(person.value(QStringLiteral("eligible")).toBool());
    QVERIFY(run.json().object().value(QStringLiteral("next")).isNull());
}

void TestCliPeople::emptyStoreAndBadOptions()
{
    const SiaRun empty = m_sia->run({ QStringLiteral("people") });
    QVERIFY2(empty.exitCode == 0, qPrintable(empty.err));
    QVERIFY2(empty.out.contains(QStringLiteral("No people yet")), qPrintable(empty.out));
    for (const QString& limit : { QStringLiteral("0"), QStringLiteral("1001"), QStringLiteral("x") }) {
        const SiaRun bad = m_sia->run({ QStringLiteral("people"), QStringLiteral("--limit"), limit });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("--limit")));
    }
    const SiaRun cursor
        = m_sia->run({ QStringLiteral("people"), QStringLiteral("--after"), QStringLiteral("nonsense") });
    QCOMPARE(cursor.exitCode, 2);
    QVERIFY2(cursor.err.contains(QStringLiteral("not a cursor")), qPrintable(cursor.err));
}

QTEST_GUILESS_MAIN(TestCliPeople)
#include "testclipeople.moc"
