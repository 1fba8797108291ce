// The Salesforce login once end to end in a real browser: the window's DesktopBrowserLauncher opens the
// login link with QDesktopServices, Qt's generic Unix services hand it to xdg-open, xdg-open to the desktop's
// default browser (Debian's headless chromium, registered as a desktop registers one), and chromedriver
// types the sandbox user's credentials into the sandbox's login page and presses Allow or Deny, as the
// admin would (after a wrong password too). The login comes back to the loopback listener through
// chromium; the outcome is the refresh token in the keychain and an access token that works, or the
// access_denied message.
//
// Runs on xcb, on an X server of its own: on the offscreen platform QDesktopServices opens nothing (its
// services refuse every URL). Skipped, saying why, where no Xvfb or no usable chromium is installed (Ubuntu
// 24.04 ships Chromium only as a snap); on CI on Debian those are failures instead.
#include "desktopbrowserlauncher.h"
#include "desktopdefaultbrowser.h"
#include "salesforce/salesforceapi.h"
#include "salesforce/salesforcesession.h"
#include "salesforcetestsupport.h"
#include "virtualdisplay.h"
#include "webdriversession.h"

#include <QFile>
#include <QGuiApplication>
#include <QStandardPaths>

using namespace sia;
using namespace salesforcetest;

namespace {

// On Debian CI the browser test must run: there, a missing browser or display fails instead of skipping.
bool mustRun()
{
    QFile osRelease(QStringLiteral("/etc/os-release"));
    if (qgetenv("CI") != "true" || !osRelease.open(QIODevice::ReadOnly)) {
        return false;
    }
    const QList<QByteArray> lines = osRelease.readAll().split('\n');
    return lines.contains("ID=debian") || lines.contains("ID=\"debian\"");
}

} // namespace

class TestSalesforceRealBrowser : public QObject
{
    Q_OBJECT

public:
    explicit TestSalesforceRealBrowser(QString displayProblem)
        : m_displayProblem(std::move(displayProblem))
    { }

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void connectsInChromiumOpenedAsTheSystemBrowser();
    void consentDeniedInChromiumSaysSo();
    void aWrongPasswordInChromiumIsRefusedThenTheRightOneConnects();

private:
    void unusable(const QString& why);
    // Starts the login with the window's launcher; waits for the desktop to open chromium at the login
    // link and attaches WebDriver to it, at the sandbox's login page.
    void openLoginInTheSystemBrowser();
    // Types the sandbox user's username and the password (theirs unless told) and presses the button
    // ("allow" or "deny").
    void logInAndPress(const QString& button, const QString& password = QString());

    QString m_displayProblem;
    QString m_chromedriver;
    std::unique_ptr<DesktopDefaultBrowser> m_browser;
    QList<QUrl> m_callbacks;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<ClientFixture> m_fixture;
    std::unique_ptr<DesktopBrowserLauncher> m_launcher; // the window's
    std::unique_ptr<SalesforceAuthorization> m_authorization;
    std::unique_ptr<WebDriverSession> m_driver;
    std::optional<Result<SalesforceTokens>> m_outcome;
};

void TestSalesforceRealBrowser::unusable(const QString& why)
{
    if (mustRun()) {
        QFAIL(qPrintable(why));
    }
    QSKIP(qPrintable(why));
}

void TestSalesforceRealBrowser::initTestCase()
{
    if (!m_displayProblem.isEmpty()) {
        unusable(m_displayProblem);
        return;
    }
    if (QGuiApplication::platformName() != QLatin1String("xcb")) {
        unusable(QStringLiteral("Qt could not use the X server Xvfb started (platform %1): install "
                                "qt6-qpa-plugins and xvfb (installer/dev.sh does)")
                     .arg(QGuiApplication::platformName()));
        return;
    }
    QString whyNot;
    const QString chromium = DesktopDefaultBrowser::findChromium(&whyNot);
    if (chromium.isEmpty()) {
        unusable(whyNot);
        return;
    }
    m_chromedriver = WebDriverSession::findChromedriver(&whyNot);
    if (m_chromedriver.isEmpty()) {
        unusable(whyNot);
        return;
    }
    m_browser = std::make_unique<DesktopDefaultBrowser>(chromium);
    QVERIFY2(m_browser->problem().isEmpty(), qPrintable(m_browser->problem()));
}

void TestSalesforceRealBrowser::init()
{
    m_callbacks = { callbackAt(freePort()), callbackAt(freePort()) };
    m_sandbox = startOrg(m_callbacks);
    QVERIFY(m_sandbox);
    m_fixture = std::make_unique<ClientFixture>(*m_sandbox, connectionTo(*m_sandbox, m_callbacks));
    m_launcher = std::make_unique<DesktopBrowserLauncher>();
    m_authorization = std::make_unique<SalesforceAuthorization>(*m_fixture->client, *m_launcher);
    m_driver = std::make_unique<WebDriverSession>();
    m_outcome.reset();
}

void TestSalesforceRealBrowser::cleanup()
{
    // Whatever the test function reached: chromedriver, then every browser the desktop started.
    m_driver.reset();
    if (m_browser) {
        m_browser->stopAll();
    }
    m_authorization.reset();
    m_launcher.reset();
    m_fixture.reset();
    m_sandbox.reset();
}

void TestSalesforceRealBrowser::cleanupTestCase()
{
    m_browser.reset();
}

void TestSalesforceRealBrowser::openLoginInTheSystemBrowser()
{
    QSignalSpy refused(m_launcher.get(), &DesktopBrowserLauncher::openFailed);
    m_authorization->start([this](Result<SalesforceTokens> result) { m_outcome = std::move(result); });
    QCOMPARE(refused.size(), 0); // QDesktopServices found a browser

    QTRY_COMPARE_WITH_TIMEOUT(m_browser->launches().size(), 1, 10000);
    const BrowserLaunch launch = m_browser->launches().constFirst();
    // The link arrived unchanged, through xdg-open where there is one (Qt's first choice).
    QCOMPARE(launch.arguments, QStringList { QString::fromLatin1(m_authorization->loginLink().toEncoded()) });
    if (!QStandardPaths::findExecutable(QStringLiteral("xdg-open")).isEmpty()) {
        QVERIFY2(launch.launcher.contains(QLatin1String("xdg-open")), qPrintable(launch.launcher));
    }

    const WebDriverAnswer attached = m_driver->attach(m_chromedriver, launch.devToolsPort);
    QVERIFY2(attached.ok(), qPrintable(attached.error));
    const QUrl loginHost(info(*m_sandbox, "loginUrl"));
    QTRY_VERIFY_WITH_TIMEOUT(QUrl(m_driver->currentUrl().value.toString()).port() == loginHost.port(), 15000);
}

void TestSalesforceRealBrowser::logInAndPress(const QString& button, const QString& password)
{
    const WebDriverAnswer username
        = m_driver->type(QStringLiteral("input[name=username]"), info(*m_sandbox, "username"));
    QVERIFY2(username.ok(), qPrintable(username.error));
    const WebDriverAnswer typed = m_driver->type(
        QStringLiteral("input[name=password]"), password.isNull() ? info(*m_sandbox, "password") : password);
    QVERIFY2(typed.ok(), qPrintable(typed.error));
    const WebDriverAnswer pressed
        = m_driver->click(QStringLiteral("button[name=action][value=%1]").arg(button));
    QVERIFY2(pressed.ok(), qPrintable(pressed.error));
}

void TestSalesforceRealBrowser::connectsInChromiumOpenedAsTheSystemBrowser()
{
    openLoginInTheSystemBrowser();
    if (QTest::currentTestFailed()) {
        return;
    }
    const QUrlQuery link(m_authorization->loginLink());
    QCOMPARE(link.queryItemValue(QStringLiteral("code_challenge_method")), QStringLiteral("S256"));
    logInAndPress(QStringLiteral("allow"));
    if (QTest::currentTestFailed()) {
        return;
    }

    QTRY_VERIFY_WITH_TIMEOUT(m_outcome.has_value(), 20000);
    QVERIFY2(m_outcome->ok(), qPrintable(m_outcome->ok() ? QString() : m_outcome->error().message));
    // Chromium came back to the loopback listener, which told the admin to close the window.
    QCOMPARE(QUrl(m_driver->currentUrl().value.toString()).port(), m_authorization->callbackUrl().port());
    QTRY_VERIFY(m_driver->pageText().value.toString().contains(QLatin1String("You can close this window")));

    // The refresh token is in the keychain, the access token in memory, and the access token works.
    const Result<QByteArray> stored = m_fixture->storedRefreshToken();
    QVERIFY(stored.ok());
    QCOMPARE(QString::fromUtf8(*stored), (*m_outcome)->refreshToken);
    QCOMPARE(m_fixture->client->session().currentAccessToken(), (*m_outcome)->accessToken);
    const Result<SalesforceOrganization> org = await<SalesforceOrganization>(
        [&](auto done) { SalesforceApi(*m_fixture->client).organization(this, done); });
    QVERIFY2(org.ok(), qPrintable(org.ok() ? QString() : org.error().message));
    QCOMPARE(org->id, info(*m_sandbox, "organizationId"));
}

void TestSalesforceRealBrowser::consentDeniedInChromiumSaysSo()
{
    openLoginInTheSystemBrowser();
    if (QTest::currentTestFailed()) {
        return;
    }
    logInAndPress(QStringLiteral("deny"));
    if (QTest::currentTestFailed()) {
        return;
    }

    QTRY_VERIFY_WITH_TIMEOUT(m_outcome.has_value(), 20000);
    QVERIFY(!m_outcome->ok());
    QCOMPARE(m_outcome->error().code, QStringLiteral("salesforce.authorize.access_denied"));
    // The browser says so too, and nothing was stored.
    QTRY_VERIFY(m_driver->pageText().value.toString().contains(QLatin1String("denied")));
    QCOMPARE(m_fixture->storedRefreshToken().error().kind, ErrorKind::NotFound);
    QVERIFY(m_fixture->client->session().currentAccessToken().isEmpty());
}

void TestSalesforceRealBrowser::aWrongPasswordInChromiumIsRefusedThenTheRightOneConnects()
{
    openLoginInTheSystemBrowser();
    if (QTest::currentTestFailed()) {
        return;
    }
    logInAndPress(QStringLiteral("allow"), QStringLiteral("not-the-password"));
    if (QTest::currentTestFailed()) {
        return;
    }
    // The login page again, saying so; the product still waits.
    QTRY_VERIFY(
        m_driver->pageText().value.toString().contains(QLatin1String("check your username and password")));
    QVERIFY(!m_outcome.has_value());
    QVERIFY(m_authorization->running());

    logInAndPress(QStringLiteral("allow"));
    if (QTest::currentTestFailed()) {
        return;
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_outcome.has_value(), 20000);
    QVERIFY2(m_outcome->ok(), qPrintable(m_outcome->ok() ? QString() : m_outcome->error().message));
    QVERIFY(m_fixture->storedRefreshToken().ok());
}

int main(int argc, char** argv)
{
    // Before the application, which then runs on xcb on this display (or offscreen, and skips).
    VirtualDisplay display;
    if (!display.running()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    TestSalesforceRealBrowser test(display.running() ? QString() : display.problem());
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "testsalesforcerealbrowser.moc"
