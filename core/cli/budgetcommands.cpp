#include "cli/budgetcommands.h"

#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "connections/apibudgetgate.h"
#include "connections/connectionsecrets.h"
#include "marketo/marketoconnection.h"
#include "settings/settingsrepository.h"
#include "store/store.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace sia {
namespace {

Result<std::optional<qint64>> percentOption(const QCommandLineParser& parser, const QString& option)
{
    if (!parser.isSet(option)) {
        return std::optional<qint64>();
    }
    bool number = false;
    const qint64 percent = parser.value(option).toLongLong(&number);
    if (!number || percent < 1 || percent > 100) {
        //: %1 the option, %2 what was given.
        return Error::input(QStringLiteral("cli.usage"),
            QCoreApplication::translate("sia::BudgetCommand",
                "--%1 needs a share of the daily allowance from 1 to 100 (percent); “%2” is not one.")
                .arg(option, parser.value(option)));
    }
    return std::optional<qint64>(percent);
}

SettingKey capSetting(ConnectionService service)
{
    return service == ConnectionService::Marketo ? SettingKey::ApiBudgetMarketoPercent
                                                 : SettingKey::ApiBudgetSalesforcePercent;
}

QString serviceName(ConnectionService service)
{
    return service == ConnectionService::Marketo ? QStringLiteral("Marketo") : QStringLiteral("Salesforce");
}

QString when(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

void print(const ApiBudgetReport& report, CliOutput& output)
{
    const QLocale locale;
    const QString name = serviceName(report.service);
    if (!report.dailyLimit) {
        //: %1 the service, %2 this product's calls, %3 the cap in percent.
        output.line(QCoreApplication::translate("sia::BudgetCommand",
            "%1: %2 calls by SIA Admin in the current day; the daily limit is not known yet (the service "
            "tells it with its first answer); cap %3 %.")
                        .arg(name, locale.toString(report.usedByUs))
                        .arg(report.capPercent));
        return;
    }
    //: %1 the service, %2 calls by every integration, %3 the daily limit, %4 this product's calls, %5 the
    //: calls the cap allows this product, %6 the cap in percent.
    output.line(QCoreApplication::translate("sia::BudgetCommand",
        "%1: %2 of %3 calls used in the current day by every integration, %4 of them by SIA Admin, which "
        "may make %5 (cap %6 %).")
                    .arg(name, locale.toString(report.usedByAll), locale.toString(*report.dailyLimit),
                        locale.toString(report.usedByUs), locale.toString(report.allowedToUs))
                    .arg(report.capPercent));
    if (report.reportedAt.isValid()) {
        output.line(QCoreApplication::translate("sia::BudgetCommand",
            "  Every integration's calls as %1 last reported them at %2, with SIA Admin's calls since added.")
                        .arg(name, when(report.reportedAt)));
    } else {
        output.line(QCoreApplication::translate("sia::BudgetCommand",
            "  %1 has not reported every integration's calls of this day yet: only SIA Admin's are counted.")
                        .arg(name));
    }
    if (report.stopped) {
        output.line(QStringLiteral("  ") + report.stopMessage);
    }
}

} // namespace

QString BudgetCommand::summary() const
{
    return tr("Show each service's API calls of the current day (SIA Admin's and, as the service last "
              "reported them, every integration's), its daily limit, the cap on SIA Admin's share and when "
              "a stopped client resumes. --marketo and --salesforce change the caps.");
}

QList<QCommandLineOption> BudgetCommand::options() const
{
    return { { QStringLiteral("marketo"),
                 tr("The share of Marketo's daily quota SIA Admin may use, in percent (1 to 100)."),
                 QStringLiteral("PCT") },
        { QStringLiteral("salesforce"),
            tr("The share of the Salesforce org's daily API requests SIA Admin may use, in percent (1 to "
               "100)."),
            QStringLiteral("PCT") },
        CommonCliOptions::json(), CommonCliOptions::by() };
}

Result<void> BudgetCommand::configure(const QCommandLineParser& parser)
{
    if (Result<void> none = CommonCliOptions::noArguments(name(), parser); !none) {
        return none;
    }
    Result<std::optional<qint64>> marketo = percentOption(parser, QStringLiteral("marketo"));
    if (!marketo) {
        return marketo.error();
    }
    Result<std::optional<qint64>> salesforce = percentOption(parser, QStringLiteral("salesforce"));
    if (!salesforce) {
        return salesforce.error();
    }
    Result<QString> actor = CommonCliOptions::actor(parser);
    if (!actor) {
        return actor.error();
    }
    m_marketo = *marketo;
    m_salesforce = *salesforce;
    m_actor = *actor;
    m_json = parser.isSet(QStringLiteral("json"));
    return {};
}

void BudgetCommand::start(CliContext& context)
{
    context.finish(run(context));
}

Result<void> BudgetCommand::run(CliContext& context)
{
    SettingsRepository settings(context.store());
    const std::pair<ConnectionService, std::optional<qint64>> changes[]
        = { { ConnectionService::Marketo, m_marketo }, { ConnectionService::Salesforce, m_salesforce } };
    for (const auto& [service, percent] : changes) {
        if (percent) {
            if (Result<void> stored = settings.set(capSetting(service), *percent, m_actor); !stored) {
                return stored;
            }
        }
    }
    const QString instance = ConnectionSecrets::instanceOf(context.store());
    QJsonArray services;
    for (const ConnectionService service : { ConnectionService::Marketo, ConnectionService::Salesforce }) {
        Result<ApiBudget> budget = ApiBudget::fromSettings(settings, service);
        if (!budget) {
            return budget.error();
        }
        const std::shared_ptr<ApiBudgetGate> gate = ApiBudgetGate::forInstance(service, instance);
        gate->setCapPercent(budget->capPercent());
        if (service == ConnectionService::Marketo) {
            gate->setDailyLimit(MarketoLimits().dailyCalls); // what the Marketo client assumes too
        }
        const ApiBudgetReport report = gate->report();
        if (m_json) {
            services.append(toJson(report));
        } else {
            print(report, context.output());
        }
    }
    if (m_json) {
        context.output().json(QJsonDocument(QJsonObject { { QStringLiteral("services"), services } }));
    }
    return {};
}

QJsonObject BudgetCommand::toJson(const ApiBudgetReport& report)
{
    auto time = [](const QDateTime& at) {
        return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
    };
    return {
        { QStringLiteral("service"), toKey(report.service) },
        { QStringLiteral("capPercent"), report.capPercent },
        { QStringLiteral("dailyLimit"),
            report.dailyLimit ? QJsonValue(double(*report.dailyLimit)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("usedByAll"), double(report.usedByAll) },
        { QStringLiteral("reportedAt"), time(report.reportedAt) },
        { QStringLiteral("usedByUs"), double(report.usedByUs) },
        { QStringLiteral("allowedToUs"),
            report.allowedToUs >= 0 ? QJsonValue(double(report.allowedToUs)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("remaining"),
            report.remaining >= 0 ? QJsonValue(double(report.remaining)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("stopped"), report.stopped },
        { QStringLiteral("resumesAt"), time(report.resumesAt) },
        { QStringLiteral("message"),
            report.stopped ? QJsonValue(report.stopMessage) : QJsonValue(QJsonValue::Null) },
    };
}

} // namespace sia
