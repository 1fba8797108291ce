// Salesforce record Ids: the 18-character form with its case-encoding suffix, restored case, the key
// prefix of each object, and Ids that sort as their serials do.
#include "sandbox/salesforce/recordids.h"

#include <QTest>

using namespace sia::sandbox::salesforce;

class TestSalesforceRecordIds : public QObject
{
    Q_OBJECT

private slots:
    void normalizesToEighteenCharacters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("15 characters") << "0015000000Gv7qJ"
                                       << "0015000000Gv7qJAAR";
        QTest::newRow("18 characters") << "0015000000Gv7qJAAR"
                                       << "0015000000Gv7qJAAR";
        QTest::newRow("18, lower-case suffix") << "0015000000Gv7qJaar"
                                               << "0015000000Gv7qJAAR";
        QTest::newRow("18, case lost") << "0015000000GV7QJAAR"
                                       << "0015000000Gv7qJAAR";
        QTest::newRow("all digits") << "005000000000001"
                                    << "005000000000001AAA";
        QTest::newRow("other case, other id") << "0015000000Gv7qJAAB"
                                              << "0015000000Gv7qjAAB";
        QTest::newRow("suffix marks a digit upper case") << "0015000000Gv7qJAAE"
                                                         << "";
        QTest::newRow("suffix outside its alphabet") << "0015000000Gv7qJAA9"
                                                     << "";
        QTest::newRow("too short") << "0015000000Gv7q"
                                   << "";
        QTest::newRow("not alphanumeric") << "0015000000Gv7q-"
                                          << "";
        QTest::newRow("empty") << ""
                               << "";
    }
    void normalizesToEighteenCharacters()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(RecordIds::normalize(text), expected);
        QCOMPARE(RecordIds::isValid(text), !expected.isEmpty());
    }

    void makesValidIdsWithTheKeyPrefix_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<qint64>("serial");
        QTest::newRow("task 1") << "00T" << qint64(1);
        QTest::newRow("lead large") << "00Q" << qint64(987654321);
        QTest::newRow("user 0") << "005" << qint64(0);
    }
    void makesValidIdsWithTheKeyPrefix()
    {
        QFETCH(QString, prefix);
        QFETCH(qint64, serial);
        const QString id = RecordIds::make(prefix, serial);
        QCOMPARE(id.size(), 18);
        QVERIFY(id.startsWith(prefix));
        QCOMPARE(RecordIds::normalize(id), id);
        QCOMPARE(RecordIds::normalize(id.left(15)), id);
    }

    void idsSortAsTheirSerials()
    {
        QString previous;
        for (qint64 serial : { 0LL, 1LL, 9LL, 10LL, 35LL, 36LL, 61LL, 62LL, 3843LL, 3844LL, 1000000LL }) {
            const QString id = RecordIds::make(u"00T", serial);
            QVERIFY2(previous < id, qPrintable(previous + QLatin1String(" < ") + id));
            previous = id;
        }
    }

    void namesTheObjectOfAPrefix()
    {
        QCOMPARE(RecordIds::objectForPrefix(RecordIds::make(u"00Q", 5)), QStringLiteral("Lead"));
        QCOMPARE(RecordIds::objectForPrefix(RecordIds::make(u"003", 5)), QStringLiteral("Contact"));
        QCOMPARE(RecordIds::objectForPrefix(RecordIds::make(u"00T", 5)), QStringLiteral("Task"));
        QCOMPARE(RecordIds::objectForPrefix(u"zzz000000000000"), QString());
    }
};

QTEST_GUILESS_MAIN(TestSalesforceRecordIds)
#include "testsalesforcerecordids.moc"
