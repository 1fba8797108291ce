// Who may do what to a connection that someone owns (issue "Connections": who owns a connection). Pure
// checks over the stored record, so that the repository, the step pages and the command line ask the
// same question and get the same answer.
#pragma once

#include "common/result.h"
#include "connections/connectionrecord.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace sia {

class HandOverRules
{
    Q_DECLARE_TR_FUNCTIONS(sia::HandOverRules)

public:
    // Connecting (or reconnecting) as actor: allowed when there is no connection yet or actor owns it. A
    // connection another admin owns is taken over with a hand-over, so that their credentials are retired.
    static Result<void> checkConnect(const std::optional<ConnectionRecord>& existing, const QString& actor);
    // Starting a hand-over: there is a connection, actor does not own it, and nobody else's is pending.
    static Result<void> checkStart(const std::optional<ConnectionRecord>& existing, const QString& actor);
    // Cancelling: a hand-over is pending (its starter or the owner may cancel it).
    static Result<void> checkCancel(const std::optional<ConnectionRecord>& existing, const QString& actor);
    // Completing: actor's own hand-over is pending.
    static Result<void> checkComplete(const std::optional<ConnectionRecord>& existing, const QString& actor);

    static QString serviceName(ConnectionService service); // "Marketo", "Salesforce": product names
};

} // namespace sia
