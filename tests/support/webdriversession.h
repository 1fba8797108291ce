// A W3C WebDriver session through Debian's chromedriver, attached to a chromium that something else started
// (goog:chromeOptions.debuggerAddress: here, the desktop's browser launch), so that a test types into the
// page and presses its buttons as a person would, with real input events. chromedriver listens on the
// loopback addresses only (127.0.0.1, ::1), at a port it picks itself, and is stopped on destruction, and
// with the test process however that ends (parent-death signal). Calls wait on the event loop
// (QTest::qWaitFor), never sleep; finding an element waits for it to appear (the session's implicit wait).
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QString>
#include <QUrl>

struct WebDriverAnswer
{
    QJsonValue value;
    QString error; // empty on success: what chromedriver or the transport said

    bool ok() const { return error.isEmpty(); }
};

class WebDriverSession
{
public:
    // A chromedriver on PATH, or empty with the reason in whyNot.
    static QString findChromedriver(QString* whyNot);

    WebDriverSession() = default;
    ~WebDriverSession();
    WebDriverSession(const WebDriverSession&) = delete;
    WebDriverSession& operator=(const WebDriverSession&) = delete;

    // Starts chromedriver and opens a session on the browser whose DevTools listen at devToolsPort.
    WebDriverAnswer attach(const QString& chromedriver, quint16 devToolsPort);

    WebDriverAnswer currentUrl();
    WebDriverAnswer pageText(); // the visible text of the page
    // Replaces the text of the input that css selects, as typed on the keyboard.
    WebDriverAnswer type(const QString& css, const QString& text);
    WebDriverAnswer click(const QString& css);

    // Ends the session (the browser stays: its owner stops it) and chromedriver.
    void stop();

private:
    WebDriverAnswer command(const QByteArray& method, const QString& path, const QJsonObject& body = {});
    WebDriverAnswer element(const QString& css);

    QProcess m_driver;
    QNetworkAccessManager m_network;
    QUrl m_base;
    QString m_session;
};
