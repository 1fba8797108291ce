#include "cli/keychaincommand.h"

#include "cli/clicontext.h"
#include "cli/clioutput.h"
#include "cli/commands.h"
#include "secrets/keychainsecretstore.h"
#include "secrets/secretprobe.h"

namespace sia {

KeychainCommand::KeychainCommand() = default;
KeychainCommand::~KeychainCommand() = default;

QString KeychainCommand::summary() const
{
    return tr("Check that the operating system's keychain can keep SIA Admin's secrets: store a throw-away "
              "secret, read it back and remove it.");
}

Result<void> KeychainCommand::configure(const QCommandLineParser& parser)
{
    return CommonCliOptions::noArguments(name(), parser);
}

void KeychainCommand::start(CliContext& context)
{
    m_keychain = std::make_unique<KeychainSecretStore>();
    // A Ctrl-C waits for the probe to end: it removes its throw-away secret before it reports, so stopping
    // at once could leave that secret behind. The keychain answers within moments (the runner bounds it).
    probeSecretStore(*m_keychain, [this, &context](Result<void> probed) {
        if (context.isCancelRequested()) {
            context.finish(CliContext::interruptedError());
            return;
        }
        if (probed) {
            context.output().line(tr("The %1 can keep SIA Admin's secrets.").arg(m_keychain->backendName()));
        }
        context.finish(std::move(probed));
    });
}

} // namespace sia
