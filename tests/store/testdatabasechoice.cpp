// Which database a run works on, and why: --database > SIA_DATABASE_URL > the saved choice > the data
// directory's file, while --review and --data-dir, --demo, --sandbox mean exactly what they name. One pure
// decision (DatabaseChoice::choose) that the command line and the window both read.
#include "store/databasechoice.h"

#include <QTest>

using namespace sia;

Q_DECLARE_METATYPE(sia::DatabaseSource)

namespace {

const QString option = QStringLiteral("postgresql://option@db/actions");
const QString environment = QStringLiteral("postgresql://environment@db/actions");
const QString saved = QStringLiteral("postgresql://saved@db/actions");
const QString file = QStringLiteral("/data/actions.sqlite");

QString normal(const QString& url)
{
    return QString(url).replace(QLatin1String("@db/"), QLatin1String("@db:5432/"));
}

} // namespace

class TestDatabaseChoice : public QObject
{
    Q_OBJECT

private slots:
    void choosesByPrecedence_data();
    void choosesByPrecedence();
    void unusableSavedChoiceMattersOnlyWhenUsed_data();
    void unusableSavedChoiceMattersOnlyWhenUsed();
    void refuses_data();
    void refuses();
    void explainsEverySource_data();
    void explainsEverySource();
};

void TestDatabaseChoice::choosesByPrecedence_data()
{
    QTest::addColumn<QString>("databaseOption");
    QTest::addColumn<QString>("review");
    QTest::addColumn<QString>("dataDirectoryOption");
    QTest::addColumn<QString>("environmentUrl");
    QTest::addColumn<QString>("savedUrl");
    QTest::addColumn<DatabaseSource>("source");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("chosenFile");

    const QString none;
    const QString reviewUrl = QStringLiteral("postgres://reviewer@db/actions");
    const QString reviewFile = QStringLiteral("/elsewhere/copy.sqlite");
    // clang-format off
    QTest::newRow("nothing: the file")            << none << none << none << none << none << DatabaseSource::DefaultFile << none << file;
    QTest::newRow("saved choice")                 << none << none << none << none << saved << DatabaseSource::SavedChoice << normal(saved) << none;
    QTest::newRow("environment over saved")       << none << none << none << environment << saved << DatabaseSource::Environment << normal(environment) << none;
    QTest::newRow("option over environment")      << option << none << none << environment << saved << DatabaseSource::Option << normal(option) << none;
    QTest::newRow("option with --data-dir")       << option << none << QStringLiteral("--data-dir") << none << none << DatabaseSource::Option << normal(option) << none;
    QTest::newRow("--data-dir over environment")  << none << none << QStringLiteral("--data-dir") << environment << saved << DatabaseSource::DataDirectoryOption << none << file;
    QTest::newRow("--demo over saved")            << none << none << QStringLiteral("--demo") << none << saved << DatabaseSource::DataDirectoryOption << none << file;
    QTest::newRow("--sandbox over environment")   << none << none << QStringLiteral("--sandbox") << environment << none << DatabaseSource::DataDirectoryOption << none << file;
    QTest::newRow("--review URL")                 << none << reviewUrl << none << environment << saved << DatabaseSource::Review << QStringLiteral("postgresql://reviewer@db:5432/actions") << none;
    QTest::newRow("--review FILE over saved")     << none << reviewFile << none << environment << saved << DatabaseSource::Review << none << file;
    // clang-format on
}

void TestDatabaseChoice::choosesByPrecedence()
{
    QFETCH(QString, databaseOption);
    QFETCH(QString, review);
    QFETCH(QString, dataDirectoryOption);
    QFETCH(QString, environmentUrl);
    QFETCH(QString, savedUrl);
    QFETCH(DatabaseSource, source);
    QFETCH(QString, url);
    QFETCH(QString, chosenFile);
    DatabaseRequest request;
    request.databaseOption = databaseOption;
    request.reviewTarget = review;
    request.dataDirectoryOption = dataDirectoryOption;
    request.environmentUrl = environmentUrl;
    request.savedUrl = savedUrl;
    request.file = file;

    const Result<DatabaseChoice> choice = DatabaseChoice::choose(request);

    QVERIFY2(choice.ok(), choice.ok() ? "" : qPrintable(choice.error().message));
    QCOMPARE(choice->source, source);
    QCOMPARE(choice->url, url);
    QCOMPARE(choice->isServer(), !url.isEmpty());
    QCOMPARE(choice->file, chosenFile);
}

void TestDatabaseChoice::unusableSavedChoiceMattersOnlyWhenUsed_data()
{
    QTest::addColumn<QString>("environmentUrl");
    QTest::addColumn<QString>("dataDirectoryOption");
    QTest::addColumn<bool>("fails");
    QTest::newRow("used") << QString() << QString() << true;
    QTest::newRow("environment comes first") << environment << QString() << false;
    QTest::newRow("--data-dir does not read it") << QString() << QStringLiteral("--data-dir") << false;
}

void TestDatabaseChoice::unusableSavedChoiceMattersOnlyWhenUsed()
{
    QFETCH(QString, environmentUrl);
    QFETCH(QString, dataDirectoryOption);
    QFETCH(bool, fails);
    DatabaseRequest request;
    request.environmentUrl = environmentUrl;
    request.dataDirectoryOption = dataDirectoryOption;
    request.savedUrl
        = Error::environment(QStringLiteral("database.saved-choice-invalid"), QStringLiteral("x"));
    request.file = file;

    const Result<DatabaseChoice> choice = DatabaseChoice::choose(request);

    QCOMPARE(!choice.ok(), fails);
    if (fails) {
        QCOMPARE(choice.error().code, QStringLiteral("database.saved-choice-invalid"));
    }
}

void TestDatabaseChoice::refuses_data()
{
    QTest::addColumn<QString>("databaseOption");
    QTest::addColumn<QString>("review");
    QTest::addColumn<QString>("dataDirectoryOption");
    QTest::addColumn<QString>("environmentUrl");
    QTest::addColumn<QString>("code");
    const QString withPassword = QStringLiteral("postgresql://sia:pw@db/actions");
    const QString invalid = QStringLiteral("database.invalid-url");
    // clang-format off
    QTest::newRow("password in --database")    << withPassword << QString() << QString() << QString() << invalid;
    QTest::newRow("password in environment")   << QString() << QString() << QString() << withPassword << invalid;
    QTest::newRow("password in --review")      << QString() << withPassword << QString() << QString() << invalid;
    QTest::newRow("--database not a URL")      << QStringLiteral("db.example.com") << QString() << QString() << QString() << invalid;
    QTest::newRow("--database with --review")  << option << file << QString() << QString() << QStringLiteral("cli.usage");
    QTest::newRow("--database with --sandbox") << option << QString() << QStringLiteral("--sandbox") << QString() << QStringLiteral("cli.usage");
    QTest::newRow("--database with --demo")    << option << QString() << QStringLiteral("--demo") << QString() << QStringLiteral("cli.usage");
    // clang-format on
}

void TestDatabaseChoice::refuses()
{
    QFETCH(QString, databaseOption);
    QFETCH(QString, review);
    QFETCH(QString, dataDirectoryOption);
    QFETCH(QString, environmentUrl);
    QFETCH(QString, code);
    DatabaseRequest request;
    request.databaseOption = databaseOption;
    request.reviewTarget = review;
    request.dataDirectoryOption = dataDirectoryOption;
    request.environmentUrl = environmentUrl;
    request.file = file;

    const Result<DatabaseChoice> choice = DatabaseChoice::choose(request);

    QVERIFY(!choice.ok());
    QCOMPARE(choice.error().code, code);
    QCOMPARE(choice.error().kind, ErrorKind::InvalidInput);
    QVERIFY(!choice.error().message.contains(QLatin1String(":pw@")));
}

void TestDatabaseChoice::explainsEverySource_data()
{
    QTest::addColumn<DatabaseSource>("source");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("says");
    const QString url = normal(saved);
    QTest::newRow("option") << DatabaseSource::Option << url << QStringLiteral("--database");
    QTest::newRow("review") << DatabaseSource::Review << url << QStringLiteral("--review");
    QTest::newRow("environment") << DatabaseSource::Environment << url << QStringLiteral("SIA_DATABASE_URL");
    QTest::newRow("saved") << DatabaseSource::SavedChoice << url << QStringLiteral("/data/database.url");
    QTest::newRow("--data-dir") << DatabaseSource::DataDirectoryOption << QString()
                                << QStringLiteral("--data-dir");
    QTest::newRow("default") << DatabaseSource::DefaultFile << QString() << QStringLiteral("data directory");
}

void TestDatabaseChoice::explainsEverySource()
{
    QFETCH(DatabaseSource, source);
    QFETCH(QString, url);
    QFETCH(QString, says);
    DatabaseChoice choice;
    choice.source = source;
    choice.url = url;
    choice.file = url.isEmpty() ? file : QString();
    choice.dataDirectoryOption = QStringLiteral("--data-dir");

    const QString text = choice.explanation(QStringLiteral("/data/database.url"));

    QVERIFY2(text.contains(url.isEmpty() ? QDir::toNativeSeparators(file) : url), qPrintable(text));
    QVERIFY2(text.contains(says), qPrintable(text));
}

QTEST_GUILESS_MAIN(TestDatabaseChoice)
#include "testdatabasechoice.moc"
