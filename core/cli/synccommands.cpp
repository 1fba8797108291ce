#include "cli/synccommands.h"

#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "cli/texttable.h"
#include "marketo/marketoconnectionservice.h"
#include "salesforce/salesforceconnectionservice.h"
#include "sync/syncpreviewreader.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sia {

namespace {

Error usageError(const QString& message)
{
    return Error::input(QStringLiteral("cli.usage"), message);
}

QJsonArray strings(const QStringList& list)
{
    QJsonArray array;
    for (const QString& text : list) {
        array.append(text);
    }
    return array;
}

} // namespace

SyncCommand::SyncCommand() = default;
SyncCommand::~SyncCommand() = default;

QString SyncCommand::summary() const
{
    return tr("The people sync (step 4). sync preview: the 13 synced fields — the Actions field, the Marketo "
              "field it comes from (its REST name, from Marketo's field list) and where Salesforce fills "
              "it — with sample values of a few of Salesforce's owned leads and contacts as Marketo holds "
              "them (--sample N, default %1); nothing is written. Needs the Marketo connection; the samples "
              "need Salesforce's.")
        .arg(SyncPreviewReader::defaultSamples);
}

QList<QCommandLineOption> SyncCommand::options() const
{
    return { CommonCliOptions::json(),
        { QStringLiteral("sample"),
            tr("preview: how many sample people to show (0 to %1).").arg(SyncPreviewReader::maxSamples),
            QStringLiteral("N") } };
}

Result<void> SyncCommand::configure(const QCommandLineParser& parser)
{
    const QStringList words = parser.positionalArguments();
    if (words.size() != 1 || words.first() != u"preview") {
        return usageError(tr("“sync” needs what to do, for example: sia-admin sync preview"));
    }
    m_action = Action::Preview;
    m_json = parser.isSet(QStringLiteral("json"));
    m_samples = SyncPreviewReader::defaultSamples;
    if (parser.isSet(QStringLiteral("sample"))) {
        bool isNumber = false;
        m_samples = parser.value(QStringLiteral("sample")).toInt(&isNumber);
        if (!isNumber || m_samples < 0 || m_samples > SyncPreviewReader::maxSamples) {
            return usageError(tr("--sample needs a number of people from 0 to %1, not “%2”.")
                                  .arg(SyncPreviewReader::maxSamples)
                                  .arg(parser.value(QStringLiteral("sample"))));
        }
    }
    return {};
}

void SyncCommand::start(CliContext& context)
{
    QObject::connect(&context, &CliContext::cancelRequested, &context, [this, &context] {
        m_reader.reset(); // its calls are abandoned; nothing was written
        context.finish(CliContext::interruptedError());
    });
    startPreview(context);
}

void SyncCommand::startPreview(CliContext& context)
{
    SalesforceConnectionService& org = salesforce(context);
    service(context).withClient([this, &context, &org](Result<MarketoClient*> client) {
        if (!client) {
            context.finish(client.error());
            return;
        }
        m_reader = std::make_unique<SyncPreviewReader>(**client, &org);
        m_reader->read(m_samples, [this, &context](Result<SyncPreview> preview) {
            if (!preview) {
                context.finish(preview.error());
                return;
            }
            if (m_json) {
                context.output().json(QJsonDocument(toJson(*preview)));
            } else {
                print(*preview, context.output());
            }
            context.finish({});
        });
    });
}

QJsonObject SyncCommand::toJson(const SyncPreview& preview)
{
    QJsonArray fields;
    for (const SyncPreviewField& field : preview.fields) {
        fields.append(QJsonObject { { QStringLiteral("actionsField"), field.actionsField },
            { QStringLiteral("actionsColumn"), field.actionsColumn },
            { QStringLiteral("marketoField"), field.marketoField },
            { QStringLiteral("marketoLabel"), field.marketoLabel },
            { QStringLiteral("salesforceSource"), field.salesforceSource },
            { QStringLiteral("samples"), strings(field.samples) }, { QStringLiteral("note"), field.note } });
    }
    QJsonArray ids;
    for (const qint64 id : preview.sampledMarketoIds) {
        ids.append(id);
    }
    return { { QStringLiteral("fields"), fields }, { QStringLiteral("sampledMarketoIds"), ids },
        { QStringLiteral("note"), preview.note } };
}

void SyncCommand::print(const SyncPreview& preview, CliOutput& output)
{
    output.line(tr("The people sync's fields (read-only; nothing has been written):"));
    output.line();
    TextTable table({ tr("Actions field"), tr("Marketo field"), tr("Filled in Salesforce from"),
        //: %n is how many sample people the column shows
        tr("Samples (%n people)", nullptr, int(preview.sampledMarketoIds.size())) });
    for (const SyncPreviewField& field : preview.fields) {
        QStringList samples;
        for (const QString& sample : field.samples) {
            samples.append(sample.isEmpty() ? QStringLiteral("—") : sample);
        }
        table.addRow(
            { field.actionsField, field.marketoField.isEmpty() ? QStringLiteral("—") : field.marketoField,
                field.salesforceSource, samples.join(QStringLiteral(" | ")) });
    }
    for (const QString& line : table.render()) {
        output.line(line);
    }
    output.line();
    for (const SyncPreviewField& field : preview.fields) {
        if (!field.note.isEmpty()) {
            //: %1 a field, %2 what to know about it
            output.line(tr("%1: %2").arg(field.actionsField, field.note));
        }
    }
    if (!preview.note.isEmpty()) {
        output.line(preview.note);
    }
}

} // namespace sia
