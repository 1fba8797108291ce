// `sia-admin sync …`: the people sync from the command line (SPEC section 4, step 4). `sync preview
// [--json] [--sample N]` shows the 13 synced fields (Actions ← Marketo's REST name ← where Salesforce fills
// it) with sample values of real people, before anything is written. Thin over SyncPreviewReader and the
// connection services; with --sandbox they use the run's sandbox.
#pragma once

#include "cli/marketocommands.h"

#include <QCoreApplication>

#include <memory>

namespace sia {

class SyncPreviewReader;
struct SyncPreview;

class SyncCommand final : public ConnectionCommandBase
{
    Q_DECLARE_TR_FUNCTIONS(sia::SyncCommand)

public:
    enum class Action
    {
        Preview,
    };

    SyncCommand();
    ~SyncCommand() override;

    QString name() const override { return QStringLiteral("sync"); }
    QString argumentsSynopsis() const override { return QStringLiteral("preview"); }
    QString summary() const override;
    QList<QCommandLineOption> options() const override;
    StoreAccess storeAccess() const override { return StoreAccess::Read; }
    Result<void> configure(const QCommandLineParser& parser) override;
    void start(CliContext& context) override;

    static QJsonObject toJson(const SyncPreview& preview);
    static void print(const SyncPreview& preview, CliOutput& output);

private:
    void startPreview(CliContext& context);

    Action m_action = Action::Preview;
    bool m_json = false;
    int m_samples = 0;
    std::unique_ptr<SyncPreviewReader> m_reader;
};

} // namespace sia
