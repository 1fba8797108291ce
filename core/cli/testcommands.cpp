#include "cli/testcommands.h"

#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "setup/setupplan.h"

#include <QCommandLineParser>
#include <QHostAddress>
#include <QTcpSocket>

namespace sia {

QString WaitForPeerTestCommand::summary() const
{
    return tr("Wait for a line from 127.0.0.1:N and confirm the prerequisite it names (tests only).");
}

QList<QCommandLineOption> WaitForPeerTestCommand::options() const
{
    return { { QStringLiteral("port"), tr("The peer's port on 127.0.0.1."), QStringLiteral("N") },
        CommonCliOptions::by() };
}

Result<void> WaitForPeerTestCommand::configure(const QCommandLineParser& parser)
{
    bool isNumber = false;
    const uint port = parser.value(QStringLiteral("port")).toUInt(&isNumber);
    if (!isNumber || port == 0 || port > 65535) {
        return Error::input(QStringLiteral("cli.usage"), tr("--port needs a number from 1 to 65535."));
    }
    m_port = quint16(port);
    Result<QString> actor = CommonCliOptions::actor(parser);
    if (!actor) {
        return actor.error();
    }
    m_actor = *actor;
    return CommonCliOptions::noArguments(name(), parser);
}

void WaitForPeerTestCommand::start(CliContext& context)
{
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::readyRead, this, [this, &context] { readLine(context); });
    connect(m_socket, &QTcpSocket::disconnected, this, [this, &context] {
        readLine(context); // a last line may have come with the close
        context.finish(Error::environment(QStringLiteral("cli.test.peer-closed"),
            tr("The peer on port %1 closed the connection before sending a line.").arg(m_port)));
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this, &context](QAbstractSocket::SocketError error) {
        // A close is answered by disconnected() above.
        if (error == QAbstractSocket::RemoteHostClosedError || context.isFinished()) {
            return;
        }
        context.finish(Error::environment(QStringLiteral("cli.test.peer-unreachable"),
            tr("Cannot reach the peer on port %1: %2")
                .arg(QString::number(m_port), m_socket->errorString())));
    });
    // Stopping means letting go of the connection: the write happens only after a whole line arrived.
    connect(&context, &CliContext::cancelRequested, this, [this, &context] {
        context.finish(CliContext::interruptedError()); // first: abort() below emits disconnected()
        m_socket->disconnect(this);
        m_socket->abort();
    });
    m_socket->connectToHost(QHostAddress::LocalHost, m_port);
}

void WaitForPeerTestCommand::readLine(CliContext& context)
{
    if (context.isFinished() || !m_socket->canReadLine()) {
        return;
    }
    const QString key = QString::fromUtf8(m_socket->readLine()).trimmed();
    Result<void> confirmed = SetupPlan(context.store()).confirmPrerequisite(key, true, m_actor, QString());
    if (confirmed) {
        context.output().line(tr("Prerequisite %1 is confirmed.").arg(key));
    }
    m_socket->disconnect(this);
    m_socket->abort();
    context.finish(std::move(confirmed));
}

} // namespace sia
