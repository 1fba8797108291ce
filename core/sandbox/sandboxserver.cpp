#include "sandbox/sandboxserver.h"

#include "sandbox/responsewriter.h"

#include <QHttpServerRequest>
#include <QSslConfiguration>
#include <QTcpSocket>

namespace sia::sandbox {
namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

// A JSON body cut in the middle, so that a parser fails on it (the Content-Length still matches).
QByteArray malformed(const QByteArray& body)
{
    return body.isEmpty() ? QByteArray("{\"requestId\":")
                          : body.left(std::max<qsizetype>(1, body.size() / 2));
}

// The request line's target and header block sizes as they came over the wire, to hold them to the
// 16,384-byte limit of both vendors' front ends.
qsizetype requestTargetBytes(const QHttpServerRequest& request)
{
    return request.url().toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority).size();
}

qsizetype headerBlockBytes(const QHttpServerRequest& request)
{
    qsizetype bytes = 0;
    for (const auto& [name, value] : request.headers()) {
        bytes += name.size() + value.size() + 4; // "name: value\r\n"
    }
    return bytes;
}

SandboxResponse errorPage(int status, const QByteArray& reason)
{
    return SandboxResponse::html("<html><head><title>" + QByteArray::number(status) + ' ' + reason
            + "</title></head><body><h1>" + reason + "</h1></body></html>",
        status);
}

} // namespace

SandboxServer::SandboxServer(
    SandboxCounters& counters, FaultInjector& faults, SandboxListener listener, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_counters(counters)
    , m_faults(faults)
    , m_listener(listener)
{ }

SandboxServer::~SandboxServer()
{
    // Sockets (and the writers on them) outlive this destructor's body: keep them from calling back.
    for (const QPointer<ResponseWriter>& writer : std::as_const(m_writers)) {
        if (writer) {
            writer->detach();
        }
    }
}

void SandboxServer::addApi(SandboxApi* api)
{
    // Every module renders its faults on either listener; only its routes differ.
    m_apis.append(api);
    if (m_listener == SandboxListener::Main) {
        api->registerRoutes(m_router);
    } else {
        api->registerInstanceRoutes(m_router);
    }
}

Result<quint16> SandboxServer::start(
    const QHostAddress& address, quint16 port, const std::optional<TlsIdentity>& tls)
{
    if (!address.isLoopback()) {
        return Error::input(QStringLiteral("sandbox.address"),
            QStringLiteral("The sandbox listens on the loopback address only, not on %1.")
                .arg(address.toString()));
    }
    if (tls) {
        // Before listen(): Qt HttpServer decides at listen time whether connections are encrypted.
        sslSetup(tls->certificate, tls->privateKey);
    }
    const quint16 bound = listen(address, port);
    if (bound == 0) {
        return Error::environment(QStringLiteral("sandbox.listen"),
            QStringLiteral("The sandbox cannot listen on %1 port %2 (is it in use?).")
                .arg(address.toString())
                .arg(port));
    }
    m_address = address;
    m_port = bound;
    m_tls = tls.has_value();
    return bound;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    return url;
}

SandboxRequest SandboxServer::toSandboxRequest(const QHttpServerRequest& request) const
{
    SandboxRequest converted;
    converted.method = methodName(request.method());
    converted.path = request.url().path(QUrl::FullyDecoded);
    converted.query = QUrlQuery(request.url());
    converted.headers = request.headers();
    converted.body = request.body();
    converted.baseUrl = baseUrl();
    // Answer with the host name the client used (localhost or 127.0.0.1), as a real service's URLs do.
    const QByteArray host = converted.header("Host");
    if (!host.isEmpty()) {
        const QUrl withHost = QUrl(QStringLiteral("//") + QString::fromLatin1(host));
        if (withHost.isValid() && !withHost.host().isEmpty()) {
            converted.baseUrl.setHost(withHost.host());
        }
    }
    return converted;
}

bool SandboxServer::handleRequest(const QHttpServerRequest& httpRequest, QTcpSocket* socket)
{
    SandboxRequest request = toSandboxRequest(httpRequest);
    if (std::optional<SandboxResponse> refusal = oversizedRefusal(httpRequest, request)) {
        m_counters.increment(QStringLiteral("http.") + QString::number(refusal->status()));
        send(socket, request, std::move(*refusal), {}, {});
        return true;
    }
    const std::optional<SandboxRouter::Match> match = m_router.match(request.method, request.path);
    if (!match) {
        m_counters.recordCall(QStringLiteral("unrouted"));
        send(socket, request, SandboxResponse::text("Not Found", 404), {}, {});
        return true;
    }
    request.endpoint = match->endpoint;
    request.pathParameters = match->pathParameters;
    // The control API is the tests' own channel: not a vendor's call, so neither counted nor faulted.
    const bool control = request.endpoint.startsWith(QStringLiteral("sandbox."));
    if (!control) {
        m_counters.recordCall(request.endpoint);
    }

    WriteFaults writeFaults;
    QList<SandboxGuard*> admittedBy;
    SandboxResponse response
        = control ? (*match->handler)(request) : answer(request, *match, &writeFaults, &admittedBy);
    if (!control) {
        m_counters.increment(QStringLiteral("http.") + QString::number(response.status()));
    }
    emit answered(request.endpoint, response.status());
    send(socket, request, std::move(response), writeFaults, std::move(admittedBy));
    return true;
}

std::optional<SandboxResponse> SandboxServer::oversizedRefusal(
    const QHttpServerRequest& httpRequest, const SandboxRequest& request) const
{
    // The front ends refuse before any routing: a URI alone over the limit is 414, the URI with the
    // headers over it 431 (README, "Where uncertain"). The control API is the tests' channel: exempt.
    if (request.path.startsWith(QLatin1String("/sandbox/"))) {
        return std::nullopt;
    }
    const qsizetype target = requestTargetBytes(httpRequest);
    if (target > maxRequestLineAndHeaderBytes) {
        return errorPage(414, "Request-URI Too Large");
    }
    if (target + headerBlockBytes(httpRequest) > maxRequestLineAndHeaderBytes) {
        return errorPage(431, "Request Header Fields Too Large");
    }
    return std::nullopt;
}

SandboxResponse SandboxServer::answer(SandboxRequest& request, const SandboxRouter::Match& match,
    WriteFaults* writeFaults, QList<SandboxGuard*>* admittedBy)
{
    for (SandboxGuard* guard : m_router.guardsFor(request.path)) {
        if (std::optional<SandboxResponse> refusal = guard->admit(request)) {
            return std::move(*refusal);
        }
        admittedBy->append(guard);
    }
    bool malformedBody = false;
    std::optional<SandboxResponse> faulted;
    for (const Fault& fault : m_faults.faultsFor(request.endpoint)) {
        m_counters.increment(QStringLiteral("faults.") + request.endpoint);
        switch (fault.kind) {
        case Fault::Kind::Slow:
            writeFaults->delayMs += fault.delayMs;
            break;
        case Fault::Kind::ResetMidBody:
            writeFaults->resetMidBody = true;
            break;
        case Fault::Kind::TruncatedBody:
            writeFaults->truncateBody = true;
            break;
        case Fault::Kind::MalformedBody:
            malformedBody = true;
            break;
        case Fault::Kind::HttpStatus:
        case Fault::Kind::VendorError:
        case Fault::Kind::HtmlPage:
            if (!faulted) {
                faulted = vendorFaultResponse(fault, request);
            }
            break;
        }
    }
    SandboxResponse response = faulted ? std::move(*faulted) : (*match.handler)(request);
    if (malformedBody && !response.isStreamed()) {
        response.setBody(malformed(response.body()));
    }
    return response;
}

std::optional<SandboxResponse> SandboxServer::vendorFaultResponse(
    const Fault& fault, const SandboxRequest& request) const
{
    const QString vendor = request.endpoint.section(u'.', 0, 0);
    for (const SandboxApi* api : m_apis) {
        if (api->vendor() == vendor) {
            if (std::optional<SandboxResponse> response = api->faultResponse(fault, request)) {
                return response;
            }
        }
    }
    if (fault.kind == Fault::Kind::HttpStatus) {
        return SandboxResponse::text(QByteArray(), fault.code.toInt());
    }
    if (fault.kind == Fault::Kind::HtmlPage) {
        return SandboxResponse::html(
            "<html><head><title>503 Service Unavailable</title></head><body><h1>Service "
            "Unavailable</h1><p>Down for maintenance.</p></body></html>",
            503);
    }
    // A vendor code nobody renders: FaultInjector's rules are validated against faultCodes(), so this
    // is a defect; answer something a client cannot mistake for success.
    return SandboxResponse::text("sandbox: no module renders fault " + fault.code.toUtf8(), 500);
}

void SandboxServer::send(QTcpSocket* socket, const SandboxRequest& request, SandboxResponse response,
    WriteFaults faults, QList<SandboxGuard*> admittedBy)
{
    const bool close = request.header("Connection").compare("close", Qt::CaseInsensitive) == 0;
    ++m_inFlight;
    auto finished = [this, request, admittedBy = std::move(admittedBy)] {
        --m_inFlight;
        for (SandboxGuard* guard : admittedBy) {
            guard->release(request);
        }
    };
    auto* writer = new ResponseWriter(socket, std::move(response), faults, close, std::move(finished));
    if (m_writers.size() > 64) {
        m_writers.removeIf([](const QPointer<ResponseWriter>& w) { return w.isNull(); });
    }
    m_writers.append(writer);
    writer->start();
}

void SandboxServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    // handleRequest() answers every request itself (with a vendor's or a plain 404): never reached.
    Q_UNUSED(request)
    Q_UNUSED(socket)
}

} // namespace sia::sandbox
