#include "sandbox/salesforce/loginpage.h"

namespace sia::sandbox::salesforce::LoginPage {

namespace {

QString page(const QString& title, const QString& body)
{
    return QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%1</title>"
        "<style>body{font-family:sans-serif;max-width:28em;margin:3em auto}label{display:block;margin:.6em 0}"
        "input[type=text],input[type=password]{width:100%%}.problem{color:#b00}.sandbox{color:#666}</style>"
        "</head><body><p class=\"sandbox\">SIA Admin sandbox: not Salesforce</p>%2</body></html>\n")
        .arg(title.toHtmlEscaped(), body);
}

} // namespace

QByteArray form(const QUrlQuery& authorizeRequest, const QString& appName, const QString& username,
    const QString& problem)
{
    QString hidden;
    for (const auto& [key, value] : authorizeRequest.queryItems(QUrl::FullyDecoded)) {
        hidden += QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"%2\">")
                      .arg(key.toHtmlEscaped(), value.toHtmlEscaped());
    }
    const QString problemText = problem.isEmpty()
        ? QString()
        : QStringLiteral("<p class=\"problem\">%1</p>").arg(problem.toHtmlEscaped());
    const QString body = QStringLiteral(
        "<h1>Log in to Salesforce</h1>%1<form method=\"post\" action=\"/services/oauth2/authorize\">%2"
        "<label>Username <input type=\"text\" name=\"username\" value=\"%3\" "
        "autocomplete=\"username\"></label>"
        "<label>Password <input type=\"password\" name=\"password\" "
        "autocomplete=\"current-password\"></label>"
        "<p><b>%4</b> asks to access your data (api, refresh_token).</p>"
        "<button type=\"submit\" name=\"action\" value=\"allow\">Allow</button> "
        "<button type=\"submit\" name=\"action\" value=\"deny\">Deny</button></form>")
                             .arg(problemText, hidden, username.toHtmlEscaped(), appName.toHtmlEscaped());
    return page(QStringLiteral("Login | Salesforce"), body).toUtf8();
}

QByteArray error(const QString& error, const QString& description)
{
    const QString body
        = QStringLiteral("<h1>Remote Access Error</h1><p>error=%1&amp;error_description=%2</p>")
              .arg(error.toHtmlEscaped(), description.toHtmlEscaped());
    return page(QStringLiteral("Remote Access Error"), body).toUtf8();
}

} // namespace sia::sandbox::salesforce::LoginPage
