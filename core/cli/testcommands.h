// Commands that exist for the command line's own tests, registered only when SIA_TEST_COMMANDS=1 and never
// listed in the help. They exercise what no shipped command does yet: waiting on the network.
#pragma once

#include "cli/clicommand.h"

#include <QCoreApplication>
#include <QPointer>

class QTcpSocket;

namespace sia {

// `test-wait-for-peer --port N`: connects to 127.0.0.1:N, waits for one line from the peer, and confirms
// the prerequisite that line names. The peer closing first is an environment error (exit 3); Ctrl-C while
// waiting stops it with nothing written (exit 130).
class WaitForPeerTestCommand final : public QObject, public CliCommand
{
    Q_OBJECT

public:
    QString name() const override { return QStringLiteral("test-wait-for-peer"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    StoreAccess storeAccess() const override { return StoreAccess::Write; }
    bool isHidden() const override { return true; }
    Result<void> configure(const QCommandLineParser& parser) override;
    void start(CliContext& context) override;

private:
    void readLine(CliContext& context);

    quint16 m_port = 0;
    QString m_actor;
    QPointer<QTcpSocket> m_socket;
};

} // namespace sia
