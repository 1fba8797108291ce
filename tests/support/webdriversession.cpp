#include "webdriversession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

namespace {

constexpr int startTimeoutMs = 15000;
constexpr int commandTimeoutMs = 30000;
constexpr int elementWaitMs = 15000; // how long finding an element waits for it to appear
constexpr char elementKey[] = "element-6066-11e4-a52e-4f735466cecf"; // the W3C web element identifier

WebDriverAnswer failure(QString error)
{
    return WebDriverAnswer { QJsonValue(), std::move(error) };
}

} // namespace

QString WebDriverSession::findChromedriver(QString* whyNot)
{
    const QString driver = QStandardPaths::findExecutable(QStringLiteral("chromedriver"));
    if (driver.isEmpty()) {
        *whyNot = QStringLiteral("no chromedriver found: install Debian's chromium-driver (installer/dev.sh "
                                 "does on Debian)");
    }
    return driver;
}

WebDriverSession::~WebDriverSession()
{
    stop();
}

WebDriverAnswer WebDriverSession::attach(const QString& chromedriver, quint16 devToolsPort)
{
    m_network.setProxy(QNetworkProxy::NoProxy);
    m_driver.setProcessChannelMode(QProcess::MergedChannels);
    // chromedriver picks a free port itself and listens on the loopback addresses only.
    const QStringList driverArguments { QStringLiteral("--port=0") };
    const QString setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
    if (!setpriv.isEmpty()) {
        m_driver.start(setpriv,
            QStringList { QStringLiteral("--pdeathsig"), QStringLiteral("TERM"), chromedriver }
                + driverArguments);
    } else {
        m_driver.start(chromedriver, driverArguments);
    }
    static const QRegularExpression started(QStringLiteral("started successfully on port (\\d+)"));
    QByteArray output;
    QRegularExpressionMatch match;
    const bool listening = QTest::qWaitFor(
        [&] {
            output += m_driver.readAll();
            match = started.match(QString::fromUtf8(output));
            return match.hasMatch() || m_driver.state() == QProcess::NotRunning;
        },
        startTimeoutMs);
    if (!listening || !match.hasMatch()) {
        return failure(QStringLiteral("chromedriver did not start: %1%2")
                           .arg(m_driver.errorString(), QString::fromUtf8(output)));
    }
    m_base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(match.captured(1)));

    const QJsonObject options { { QStringLiteral("debuggerAddress"),
        QStringLiteral("127.0.0.1:%1").arg(devToolsPort) } };
    const QJsonObject capabilities { { QStringLiteral("alwaysMatch"),
        QJsonObject { { QStringLiteral("goog:chromeOptions"), options } } } };
    const WebDriverAnswer session
        = command("POST", QStringLiteral("/session"), { { QStringLiteral("capabilities"), capabilities } });
    if (!session.ok()) {
        return session;
    }
    m_session = session.value.toObject().value(QStringLiteral("sessionId")).toString();
    if (m_session.isEmpty()) {
        return failure(QStringLiteral("chromedriver opened no session"));
    }
    return command("POST", QStringLiteral("/session/%1/timeouts").arg(m_session),
        { { QStringLiteral("implicit"), elementWaitMs } });
}

WebDriverAnswer WebDriverSession::currentUrl()
{
    return command("GET", QStringLiteral("/session/%1/url").arg(m_session));
}

WebDriverAnswer WebDriverSession::pageText()
{
    return command("POST", QStringLiteral("/session/%1/execute/sync").arg(m_session),
        { { QStringLiteral("script"), QStringLiteral("return document.body.innerText;") },
            { QStringLiteral("args"), QJsonArray() } });
}

WebDriverAnswer WebDriverSession::type(const QString& css, const QString& text)
{
    const WebDriverAnswer found = element(css);
    if (!found.ok()) {
        return found;
    }
    const QString path = QStringLiteral("/session/%1/element/%2").arg(m_session, found.value.toString());
    const WebDriverAnswer cleared = command("POST", path + QStringLiteral("/clear"));
    if (!cleared.ok()) {
        return cleared;
    }
    return command("POST", path + QStringLiteral("/value"), { { QStringLiteral("text"), text } });
}

WebDriverAnswer WebDriverSession::click(const QString& css)
{
    const WebDriverAnswer found = element(css);
    if (!found.ok()) {
        return found;
    }
    return command(
        "POST", QStringLiteral("/session/%1/element/%2/click").arg(m_session, found.value.toString()));
}

void WebDriverSession::stop()
{
    if (!m_session.isEmpty() && m_driver.state() == QProcess::Running) {
        command("DELETE", QStringLiteral("/session/%1").arg(m_session));
    }
    m_session.clear();
    if (m_driver.state() != QProcess::NotRunning) {
        m_driver.terminate();
        if (!m_driver.waitForFinished(5000)) {
            m_driver.kill();
            m_driver.waitForFinished(5000);
        }
    }
}

WebDriverAnswer WebDriverSession::element(const QString& css)
{
    const WebDriverAnswer found = command("POST", QStringLiteral("/session/%1/element").arg(m_session),
        { { QStringLiteral("using"), QStringLiteral("css selector") }, { QStringLiteral("value"), css } });
    if (!found.ok()) {
        return failure(QStringLiteral("%1: %2").arg(css, found.error));
    }
    return WebDriverAnswer { found.value.toObject().value(QLatin1String(elementKey)), QString() };
}

WebDriverAnswer WebDriverSession::command(
    const QByteArray& method, const QString& path, const QJsonObject& body)
{
    if (!m_base.isValid()) {
        return failure(QStringLiteral("no chromedriver"));
    }
    QNetworkRequest request(m_base.resolved(QUrl(path)));
    request.setHeader(
        QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
    const QByteArray payload
        = method == "POST" ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray();
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, payload);
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, commandTimeoutMs)) {
        reply->abort();
        reply->deleteLater();
        return failure(
            QStringLiteral("%1 %2: no answer from chromedriver").arg(QString::fromLatin1(method), path));
    }
    reply->deleteLater();
    const QJsonValue value
        = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("value"));
    const QJsonObject problem = value.toObject();
    if (problem.contains(QStringLiteral("error"))) {
        // The message's first line says it; the rest is chromedriver's stack.
        return failure(QStringLiteral("%1: %2").arg(problem.value(QStringLiteral("error")).toString(),
            problem.value(QStringLiteral("message")).toString().section(QLatin1Char('\n'), 0, 0)));
    }
    if (reply->error() != QNetworkReply::NoError) {
        return failure(reply->errorString());
    }
    return WebDriverAnswer { value, QString() };
}
