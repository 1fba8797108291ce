#include "marketoconnectionpage.h"

#include "apibudgetcard.h"
#include "banner.h"
#include "connections/apibudgetcontrol.h"
#include "marketo/marketochecks.h"
#include "namedchecklist.h"
#include "networkdialog.h"
#include "pagecards.h"
#include "setup/steps/stepregistry.h"
#include "theme.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using PageCards::card;
using PageCards::paragraph;

namespace {

QString when(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

MarketoConnectionPage::MarketoConnectionPage(QWidget* parent)
    : StepPageBase(sia::StepRegistry::get<sia::MarketoConnectionStep>(), parent)
{
    setControls(buildControls());
    updateEnabled();
}

QWidget* MarketoConnectionPage::buildControls()
{
    auto* controls = new QWidget(this);
    controls->setObjectName(QStringLiteral("stepControls"));
    auto* layout = new QVBoxLayout(controls);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    m_error = new Banner(Banner::Tone::Error, controls);
    m_error->setClosable(true);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addWidget(buildDetailsCard());
    layout->addWidget(buildChecksCard());
    layout->addWidget(buildOwnerCard());
    m_budgetCard = new ApiBudgetCard(controls);
    layout->addWidget(m_budgetCard);
    return controls;
}

QWidget* MarketoConnectionPage::buildDetailsCard()
{
    QVBoxLayout* body = nullptr;
    QFrame* frame = card(nullptr, tr("Marketo connection"), body);
    auto* hint = paragraph(tr("Copy these from Marketo: the REST endpoint and identity URL from Admin, Web "
                              "Services; the client ID and secret from Admin, LaunchPoint, the API user's "
                              "custom service, View Details. The secret is kept only in this computer's "
                              "keychain."),
        frame);
    Theme::setRole(hint, Theme::Role::Muted);
    body->addWidget(hint);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_endpoint = new QLineEdit(frame);
    m_endpoint->setPlaceholderText(QStringLiteral("https://123-ABC-456.mktorest.com/rest"));
    m_endpoint->setAccessibleName(tr("REST endpoint"));
    form->addRow(tr("REST endpoint:"), m_endpoint);
    m_identity = new QLineEdit(frame);
    m_identity->setPlaceholderText(QStringLiteral("https://123-ABC-456.mktorest.com/identity"));
    m_identity->setAccessibleName(tr("Identity URL"));
    form->addRow(tr("Identity URL:"), m_identity);
    m_clientId = new QLineEdit(frame);
    m_clientId->setAccessibleName(tr("Client ID"));
    form->addRow(tr("Client ID:"), m_clientId);

    auto* secretRow = new QHBoxLayout;
    m_secret = new QLineEdit(frame);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Client secret"));
    secretRow->addWidget(m_secret, 1);
    m_reveal = new QToolButton(frame);
    m_reveal->setText(tr("Show"));
    m_reveal->setCheckable(true);
    m_reveal->setAccessibleName(tr("Show the client secret"));
    connect(m_reveal, &QToolButton::toggled, this, [this](bool shown) {
        m_secret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(shown ? tr("Hide") : tr("Show"));
    });
    secretRow->addWidget(m_reveal);
    form->addRow(tr("Client secret:"), secretRow);
    body->addLayout(form);

    for (QLineEdit* edit : { m_endpoint, m_identity, m_clientId, m_secret }) {
        connect(edit, &QLineEdit::textChanged, this, &MarketoConnectionPage::updateEnabled);
    }

    auto* buttons = new QHBoxLayout;
    m_test = new QPushButton(tr("Connect"), frame);
    Theme::setRole(m_test, Theme::Role::PrimaryButton);
    connect(m_test, &QPushButton::clicked, this, &MarketoConnectionPage::onTest);
    buttons->addWidget(m_test);
    m_disconnect = new QPushButton(tr("Disconnect"), frame);
    connect(m_disconnect, &QPushButton::clicked, this, &MarketoConnectionPage::onDisconnect);
    buttons->addWidget(m_disconnect);
    m_progress = new QProgressBar(frame);
    m_progress->setRange(0, 0); // busy: how long Marketo takes is not known
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    buttons->addWidget(m_progress);
    m_progressText = new QLabel(frame);
    Theme::setRole(m_progressText, Theme::Role::Muted);
    buttons->addWidget(m_progressText, 1);
    // A proxy or a TLS-inspecting one between here and Marketo: set up before Connect.
    m_networkButton = new QPushButton(tr("Network settings…"), frame);
    m_networkButton->setEnabled(false);
    connect(m_networkButton, &QPushButton::clicked, this, [this] {
        NetworkDialog dialog(m_network, this);
        dialog.exec();
    });
    buttons->addWidget(m_networkButton);
    body->addLayout(buttons);
    return frame;
}

QWidget* MarketoConnectionPage::buildChecksCard()
{
    QVBoxLayout* body = nullptr;
    QFrame* frame = card(nullptr, tr("Connection checks"), body);
    m_checks = new NamedCheckList(frame);
    body->addWidget(m_checks);
    return frame;
}

QWidget* MarketoConnectionPage::buildOwnerCard()
{
    QVBoxLayout* body = nullptr;
    QFrame* frame = card(nullptr, tr("Owner"), body);
    m_owner = paragraph(tr("Not connected."), frame);
    m_owner->setObjectName(QStringLiteral("marketoOwner"));
    body->addWidget(m_owner);
    return frame;
}

void MarketoConnectionPage::setServices(const StepServices& services)
{
    m_service = services.marketo;
    m_network = services.network;
    m_networkButton->setEnabled(m_network != nullptr);
    if (!m_service) {
        updateEnabled();
        return;
    }
    connect(m_service, &sia::MarketoConnectionService::checksListed, m_checks, &NamedCheckList::list);
    connect(m_service, &sia::MarketoConnectionService::checkStarted, m_checks, &NamedCheckList::showRunning);
    connect(m_service, &sia::MarketoConnectionService::checkFinished, m_checks, &NamedCheckList::showCheck);
    if (const auto& sandbox = m_service->sandbox()) {
        // The sandbox's test subscription: its details are offered, so that Connect just works.
        m_endpoint->setText(sandbox->restUrl.toString());
        m_identity->setText(sandbox->identityUrl.toString());
        m_clientId->setText(sandbox->clientId);
        m_secret->setText(QString::fromUtf8(sandbox->clientSecret));
    }
    // The budget the clients keep (its report changes as they call, and when Test connection reads
    // Marketo's usage); the cap is the setting's.
    m_budgetCard->follow(m_service->budget());
    m_service->budget().refresh();
    reload();
}

void MarketoConnectionPage::reload()
{
    if (!m_service) {
        return;
    }
    m_service->load([this](sia::Result<std::optional<sia::ConnectionRecord>> record) {
        if (!record) {
            showError(record.error());
            return;
        }
        showRecord(*record);
        emit connectionChanged();
    });
}

void MarketoConnectionPage::showRecord(const std::optional<sia::ConnectionRecord>& record)
{
    m_record = record;
    if (!record) {
        m_owner->setText(tr("Not connected. Once connected, this shows who connected it, when, from which "
                            "computer (whose keychain holds the secret) and as which Marketo API user."));
        updateEnabled();
        return;
    }
    if (!m_service || !m_service->sandbox()) {
        m_endpoint->setText(record->apiUrl);
        m_identity->setText(record->authUrl);
    }
    m_clientId->setText(record->clientId);
    if (!m_service || !m_service->sandbox()) {
        m_secret->clear();
    }
    m_secret->setPlaceholderText(tr("Kept in the keychain of %1").arg(record->owner.connectedFrom));
    const sia::ConnectionOwner& owner = record->owner;
    QString text
        //: %1 who connected, %2 when, %3 the computer, %4 the Marketo API user.
        = tr("Connected by %1 on %2 from %3, as the Marketo API user %4.")
              .arg(owner.connectedBy, when(owner.connectedAt), owner.connectedFrom,
                  owner.remoteUser.isEmpty() ? tr("(unknown)") : owner.remoteUser);
    if (record->verifiedAt.isValid()) {
        text += QLatin1Char('\n') + tr("Last test that passed: %1.").arg(when(record->verifiedAt));
    }
    const sia::HandOver& handOver = record->handOver;
    if (handOver.state == sia::HandOverState::Pending) {
        //: %1 the admin taking the connection over, %2 since when.
        text += QLatin1Char('\n')
            + tr("A hand-over to %1 is pending since %2: it completes when %1 connects here as themselves.")
                  .arg(handOver.pendingBy, when(handOver.pendingSince));
    } else if (handOver.state == sia::HandOverState::Completed) {
        text += QLatin1Char('\n')
            + (handOver.previousRetired
                    //: %1 the previous owner, %2 when.
                    ? tr("Handed over from %1 on %2; their client secret was retired.")
                          .arg(handOver.handedOverFrom, when(handOver.handedOverAt))
                    : tr("Handed over from %1 on %2, but their client secret could not be retired here "
                         "(%3): retire it by hand.")
                          .arg(handOver.handedOverFrom, when(handOver.handedOverAt), handOver.retireError));
    }
    m_owner->setText(text);
    if (record->lastCheck) {
        showReport(*record->lastCheck);
    }
    updateEnabled();
}

void MarketoConnectionPage::showReport(const sia::ConnectionTestReport& report)
{
    m_checks->showReport(report, &sia::MarketoChecks::nameOf);
}

bool MarketoConnectionPage::formMatchesRecord() const
{
    return m_record && m_clientId->text().trimmed() == m_record->clientId
        && (m_service && m_service->sandbox()
                ? true
                : (m_endpoint->text().trimmed() == m_record->apiUrl
                    && m_identity->text().trimmed() == m_record->authUrl && m_secret->text().isEmpty()));
}

void MarketoConnectionPage::onTest()
{
    if (!m_service || m_busy) {
        return;
    }
    m_error->hide();
    setBusy(true);
    auto done = [this](sia::Result<sia::MarketoTestOutcome> outcome) {
        onOutcome(outcome);
    };
    if (formMatchesRecord()) { // nothing changed: test the stored connection with the keychain's secret
        m_service->test(done);
        return;
    }
    sia::MarketoCredentials credentials;
    credentials.restUrl = QUrl(m_endpoint->text().trimmed());
    credentials.identityUrl = QUrl(m_identity->text().trimmed());
    credentials.clientId = m_clientId->text().trimmed();
    credentials.clientSecret = m_secret->text().toUtf8();
    m_service->connectTo(credentials, done);
}

void MarketoConnectionPage::onOutcome(const sia::Result<sia::MarketoTestOutcome>& outcome)
{
    setBusy(false);
    if (!outcome) {
        showError(outcome.error());
        emit checksFinished();
        return;
    }
    showReport(outcome->report);
    if (outcome->record) {
        showRecord(outcome->record);
    }
    if (!outcome->report.passed()) {
        sia::Error failed { sia::ErrorKind::Environment, QStringLiteral("check.failed"),
            outcome->connected
                ? tr("Not every check passed: see what to do beside each failed check, then test again.")
                : tr("Marketo is not connected: not every check passed. See what to do beside each failed "
                     "check; a previous connection is unchanged.") };
        showError(failed);
    }
    emit checksFinished();
    emit connectionChanged();
}

void MarketoConnectionPage::onDisconnect()
{
    if (!m_service || m_busy) {
        return;
    }
    m_error->hide();
    setBusy(true);
    m_progressText->setText(tr("Disconnecting…"));
    m_service->disconnect([this](sia::Result<void> gone) {
        setBusy(false);
        if (!gone) {
            showError(gone.error());
            return;
        }
        showRecord(std::nullopt);
        emit connectionChanged();
    });
}

void MarketoConnectionPage::showError(const sia::Error& error)
{
    m_error->setTitle(tr("Marketo"));
    m_error->setText(QStringLiteral("%1 [%2]").arg(error.message, error.code));
    m_error->show();
}

void MarketoConnectionPage::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_progressText->setText(busy ? tr("Running the checks…") : QString());
    updateEnabled();
}

void MarketoConnectionPage::updateEnabled()
{
    const bool canAct = m_service && !isReadOnly() && !m_busy;
    for (QLineEdit* edit : { m_endpoint, m_identity, m_clientId, m_secret }) {
        edit->setReadOnly(!canAct);
    }
    const bool complete = !m_endpoint->text().trimmed().isEmpty() && !m_identity->text().trimmed().isEmpty()
        && !m_clientId->text().trimmed().isEmpty();
    const bool matches = formMatchesRecord();
    m_test->setText(!m_record ? tr("Connect") : (matches ? tr("Test connection") : tr("Reconnect")));
    m_test->setEnabled(canAct && complete && (matches || !m_secret->text().isEmpty()));
    m_disconnect->setVisible(m_record.has_value());
    m_disconnect->setEnabled(canAct && m_record.has_value());
}

QString MarketoConnectionPage::checkResultText(const QString& key) const
{
    return m_checks->resultText(key);
}

void MarketoConnectionPage::stepViewChanged(const sia::StepView& view)
{
    StepPageBase::stepViewChanged(view);
    updateEnabled(); // read-only may have changed
}
