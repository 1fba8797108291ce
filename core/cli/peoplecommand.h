// `sia-admin people [--search TEXT] [--limit N] [--after CURSOR] [--json]`: the
// people the sync wrote, read-only, a page at a time from the store in the
// browser's order (last name, first name, id; a keyset, so the millionth row
// comes as fast as the first), never every row at once; --search matches name,
// email, company or Marketo ID. The next page's cursor is printed (and in the
// JSON as "next").
#pragma once

#include "cli/clicommand.h"

#include <QCoreApplication>

namespace sia {

class PeopleCommand final : public SynchronousCliCommand
{
    Q_DECLARE_TR_FUNCTIONS(sia::PeopleCommand)

public:
    static constexpr int defaultLimit = 50;
    static constexpr int maxLimit = 1000;

    QString name() const override { return QStringLiteral("people"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    StoreAccess storeAccess() const override { return StoreAccess::Read; }
    Result<void> configure(const QCommandLineParser& parser) override;

protected:
    Result<void> run(CliContext& context) override;

private:
    QString m_search;
    int m_limit = defaultLimit;
    QString m_after;
    bool m_json = false;
};

} // namespace sia
