#include "salesforceconnectionpage.h"

#include "apibudgetcard.h"
#include "banner.h"
#include "connections/apibudgetcontrol.h"
#include "desktopbrowserlauncher.h"
#include "namedchecklist.h"
#include "pagecards.h"
#include "salesforce/salesforcechecks.h"
#include "setup/steps/stepregistry.h"
#include "theme.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using PageCards::card;
using PageCards::paragraph;

namespace {

QString when(const QDateTime& at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

SalesforceConnectionPage::SalesforceConnectionPage(QWidget* parent)
    : StepPageBase(sia::StepRegistry::get<sia::SalesforceConnectionStep>(), parent)
{
    setControls(buildControls());
    showRecord(std::nullopt);
}

QWidget* SalesforceConnectionPage::buildControls()
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
    layout->addWidget(buildConnectCard());
    layout->addWidget(buildOrgCard());
    layout->addWidget(buildChecksCard());
    m_budgetCard = new ApiBudgetCard(controls);
    layout->addWidget(m_budgetCard);
    return controls;
}

QWidget* SalesforceConnectionPage::buildConnectCard()
{
    QVBoxLayout* body = nullptr;
    QFrame* frame = card(nullptr, tr("Salesforce connection"), body);
    auto* hint
        = paragraph(tr("Connect logs you in to Salesforce in your own browser (never inside SIA Admin) "
                       "with the connected app created for SIA Admin; the refresh token is kept only in "
                       "this computer's keychain. Choose where the org's users log in."),
            frame);
    Theme::setRole(hint, Theme::Role::Muted);
    body->addWidget(hint);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* hosts = new QVBoxLayout;
    auto* group = new QButtonGroup(frame);
    m_production = new QRadioButton(tr("Production (login.salesforce.com)"), frame);
    m_sandboxHost = new QRadioButton(tr("Sandbox (test.salesforce.com)"), frame);
    m_myDomain = new QRadioButton(tr("My Domain:"), frame);
    m_production->setChecked(true);
    for (QRadioButton* choice : { m_production, m_sandboxHost, m_myDomain }) {
        group->addButton(choice);
        connect(choice, &QRadioButton::toggled, this, &SalesforceConnectionPage::updateEnabled);
    }
    hosts->addWidget(m_production);
    hosts->addWidget(m_sandboxHost);
    auto* domainRow = new QHBoxLayout;
    domainRow->addWidget(m_myDomain);
    m_domain = new QLineEdit(frame);
    m_domain->setPlaceholderText(QStringLiteral("acme.my.salesforce.com"));
    m_domain->setAccessibleName(tr("My Domain"));
    connect(m_domain, &QLineEdit::textChanged, this, [this] {
        if (!m_domain->text().isEmpty()) {
            m_myDomain->setChecked(true);
        }
        updateEnabled();
    });
    domainRow->addWidget(m_domain, 1);
    hosts->addLayout(domainRow);
    form->addRow(tr("Login host:"), hosts);
    m_consumerKey = new QLineEdit(frame);
    m_consumerKey->setAccessibleName(tr("Consumer key"));
    connect(m_consumerKey, &QLineEdit::textChanged, this, &SalesforceConnectionPage::updateEnabled);
    form->addRow(tr("Consumer key:"), m_consumerKey);
    m_consumerSecret = new QLineEdit(frame);
    m_consumerSecret->setEchoMode(QLineEdit::Password);
    m_consumerSecret->setPlaceholderText(tr("Only if the app requires it"));
    m_consumerSecret->setAccessibleName(tr("Consumer secret"));
    form->addRow(tr("Consumer secret:"), m_consumerSecret);
    body->addLayout(form);

    auto* buttons = new QHBoxLayout;
    m_connect = new QPushButton(tr("Connect"), frame);
    Theme::setRole(m_connect, Theme::Role::PrimaryButton);
    connect(m_connect, &QPushButton::clicked, this, &SalesforceConnectionPage::onConnect);
    buttons->addWidget(m_connect);
    m_cancel = new QPushButton(tr("Cancel"), frame);
    connect(m_cancel, &QPushButton::clicked, this, &SalesforceConnectionPage::onCancel);
    buttons->addWidget(m_cancel);
    m_copyLink = new QPushButton(tr("Copy login link"), frame);
    m_copyLink->setToolTip(tr("If no browser opened, paste this link into one."));
    connect(m_copyLink, &QPushButton::clicked, this, &SalesforceConnectionPage::onCopyLink);
    buttons->addWidget(m_copyLink);
    m_progress = new QProgressBar(frame);
    m_progress->setRange(0, 0); // busy: how long the admin takes to log in is not known
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    buttons->addWidget(m_progress);
    m_progressText = new QLabel(frame);
    m_progressText->setWordWrap(true);
    Theme::setRole(m_progressText, Theme::Role::Muted);
    buttons->addWidget(m_progressText, 1);
    body->addLayout(buttons);
    return frame;
}

QWidget* SalesforceConnectionPage::buildOrgCard()
{
    QVBoxLayout* body = nullptr;
    QFrame* frame = card(nullptr, tr("The org and its owner"), body);
    m_org = paragraph(QString(), frame);
    m_org->setObjectName(QStringLiteral("salesforceOrg"));
    m_org->setTextInteractionFlags(Qt::TextSelectableByMouse);
    body->addWidget(m_org);
    m_owner = paragraph(QString(), frame);
    m_owner->setObjectName(QStringLiteral("salesforceOwner"));
    body->addWidget(m_owner);
    auto* buttons = new QHBoxLayout;
    m_test = new QPushButton(tr("Test connection"), frame);
    connect(m_test, &QPushButton::clicked, this, &SalesforceConnectionPage::onTest);
    buttons->addWidget(m_test);
    m_handOver = new QPushButton(tr("Hand over to me"), frame);
    m_handOver->setToolTip(tr("Take the connection over: then connect as yourself, and the previous owner's "
                              "refresh token is revoked."));
    connect(m_handOver, &QPushButton::clicked, this, &SalesforceConnectionPage::onHandOver);
    buttons->addWidget(m_handOver);
    m_disconnect = new QPushButton(tr("Disconnect"), frame);
    connect(m_disconnect, &QPushButton::clicked, this, &SalesforceConnectionPage::onDisconnect);
    buttons->addWidget(m_disconnect);
    buttons->addStretch(1);
    body->addLayout(buttons);
    return frame;
}

QWidget* SalesforceConnectionPage::buildChecksCard()
{
    QVBoxLayout* body = nullptr;
    QFrame* frame = card(nullptr, tr("Connection checks and the user's permissions"), body);
    m_checks = new NamedCheckList(frame);
    body->addWidget(m_checks);
    return frame;
}

void SalesforceConnectionPage::setServices(const StepServices& services)
{
    m_service = services.salesforce;
    if (!m_service) {
        updateEnabled();
        return;
    }
    connect(m_service, &sia::SalesforceConnectionService::checksListed, m_checks, &NamedCheckList::list);
    connect(
        m_service, &sia::SalesforceConnectionService::checkStarted, m_checks, &NamedCheckList::showRunning);
    connect(
        m_service, &sia::SalesforceConnectionService::checkFinished, m_checks, &NamedCheckList::showCheck);
    connect(m_service, &sia::SalesforceConnectionService::waitingForBrowser, this, [this] {
        m_waitingForBrowser = true;
        setBusy(true,
            tr("Log in to Salesforce in the browser that opened, then allow access. No browser? Copy the "
               "login "
               "link into one. Cancel stops waiting."));
    });
    if (services.browser) {
        connect(services.browser, &DesktopBrowserLauncher::openFailed, this, [this] {
            if (!m_waitingForBrowser) {
                return;
            }
            setBusy(true,
                tr("No browser could be opened on this computer. Copy the login link, paste it into a "
                   "browser, log in to Salesforce and allow access; this page keeps waiting. Cancel stops "
                   "waiting."));
        });
    }
    connect(m_service, &sia::SalesforceConnectionService::exchangingCode, this, [this] {
        m_waitingForBrowser = false;
        setBusy(true, tr("Logged in: finishing the connection and running the checks…"));
    });
    if (const auto& sandbox = m_service->sandbox()) {
        // The sandbox's connected app: its consumer key is offered, so that Connect just works.
        m_consumerKey->setText(sandbox->consumerKey);
    }
    // The budget the clients keep (the org's daily API requests as Sforce-Limit-Info reports them on
    // every answer); the cap is the setting budget.salesforce-percent.
    m_budgetCard->follow(m_service->budget());
    m_service->budget().refresh();
    reload();
}

void SalesforceConnectionPage::reload()
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

void SalesforceConnectionPage::showRecord(const std::optional<sia::ConnectionRecord>& record)
{
    m_record = record;
    if (!record) {
        m_org->setText(
            tr("Not connected. Once connected, this shows the org's name and ID, its instance, the "
               "Salesforce user, the edition and whether the API is available."));
        m_owner->setText(tr("Nobody owns the connection yet."));
        updateEnabled();
        return;
    }
    if (!record->clientId.isEmpty() && m_consumerKey->text().isEmpty()) {
        m_consumerKey->setText(record->clientId);
    }
    const QString api = !record->apiEnabled.has_value() ? tr("not known yet")
        : *record->apiEnabled                           ? tr("available")
                                                        : tr("not available");
    //: %1 the org's name, %2 its ID, %3 the instance URL, %4 the Salesforce user, %5 the user's ID, %6 the
    //: edition, %7 whether the API is available, %8 the login host.
    m_org->setText(tr("Org: %1 (%2)\nInstance: %3\nUser: %4 (%5)\nEdition: %6\nAPI: %7\nLogin host: %8")
                       .arg(record->accountName, record->accountId, record->apiUrl, record->owner.remoteUser,
                           record->remoteUserId, record->edition, api, record->authUrl));
    const sia::ConnectionOwner& owner = record->owner;
    //: %1 who connected, %2 when, %3 the computer.
    QString text = tr("Connected by %1 on %2 from %3 (its keychain holds the refresh token).")
                       .arg(owner.connectedBy, when(owner.connectedAt), owner.connectedFrom);
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
                    ? tr("Handed over from %1 on %2; their refresh token was revoked.")
                          .arg(handOver.handedOverFrom, when(handOver.handedOverAt))
                    : tr("Handed over from %1 on %2, but their refresh token could not be revoked here (%3): "
                         "revoke it in Salesforce, Setup, Connected Apps OAuth Usage.")
                          .arg(handOver.handedOverFrom, when(handOver.handedOverAt), handOver.retireError));
    }
    m_owner->setText(text);
    if (record->lastCheck) {
        m_checks->showReport(*record->lastCheck, &sia::SalesforceChecks::nameOf);
    }
    updateEnabled();
}

QString SalesforceConnectionPage::loginHostText() const
{
    if (m_myDomain->isChecked()) {
        return m_domain->text().trimmed();
    }
    return m_sandboxHost->isChecked() ? QStringLiteral("sandbox") : QStringLiteral("production");
}

void SalesforceConnectionPage::onConnect()
{
    if (!m_service || m_busy) {
        return;
    }
    m_error->hide();
    const sia::Result<QUrl> login = m_service->loginUrlFor(loginHostText());
    if (!login) {
        showError(login.error());
        return;
    }
    sia::SalesforceConnectRequest request;
    request.loginUrl = *login;
    request.consumerKey = m_consumerKey->text().trimmed();
    request.consumerSecret = m_consumerSecret->text().toUtf8();
    m_connecting = true;
    setBusy(true, tr("Opening the browser…"));
    m_service->connectTo(
        request, [this](sia::Result<sia::SalesforceTestOutcome> outcome) { onOutcome(outcome, true); });
}

void SalesforceConnectionPage::onCancel()
{
    if (m_service) {
        m_service->cancel();
    }
}

void SalesforceConnectionPage::onCopyLink()
{
    if (!m_service) {
        return;
    }
    const QUrl link = m_service->loginLink();
    if (link.isValid()) {
        QApplication::clipboard()->setText(link.toString(QUrl::FullyEncoded));
        m_progressText->setText(tr("The login link is copied: paste it into a browser to log in."));
    }
}

void SalesforceConnectionPage::onTest()
{
    if (!m_service || m_busy) {
        return;
    }
    m_error->hide();
    setBusy(true, tr("Running the checks…"));
    m_service->test([this](sia::Result<sia::SalesforceTestOutcome> outcome) { onOutcome(outcome, false); });
}

void SalesforceConnectionPage::onOutcome(
    const sia::Result<sia::SalesforceTestOutcome>& outcome, bool connecting)
{
    m_connecting = false;
    setBusy(false);
    if (!outcome) {
        showError(outcome.error());
        emit finished();
        return;
    }
    if (outcome->record) {
        showRecord(outcome->record);
    }
    if (!outcome->report.passed()) {
        showError(sia::Error { sia::ErrorKind::Environment, QStringLiteral("check.failed"),
            connecting && !outcome->connected
                ? tr("Salesforce is not connected: not every check passed. See what to do beside each failed "
                     "check; a previous connection is unchanged.")
                : tr("Not every check passed: see what to do beside each failed check, then test again.") });
    }
    emit finished();
    emit connectionChanged();
}

void SalesforceConnectionPage::onHandOver()
{
    if (!m_service || m_busy) {
        return;
    }
    m_error->hide();
    m_service->startHandOver([this](sia::Result<sia::ConnectionRecord> record) {
        if (!record) {
            showError(record.error());
        } else {
            showRecord(*record);
            emit connectionChanged();
        }
        emit finished();
    });
}

void SalesforceConnectionPage::onDisconnect()
{
    if (!m_service || m_busy || m_confirm) {
        return;
    }
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Disconnect Salesforce"),
        tr("Disconnect Salesforce? The refresh token is revoked at Salesforce and deleted from this "
           "computer's "
           "keychain; nothing works on the org until someone connects again."),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    m_confirm->setObjectName(QStringLiteral("confirmDisconnect"));
    m_confirm->setDefaultButton(QMessageBox::Cancel);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    // Not exec(): the event loop goes on (the login listener, the store's answers).
    connect(m_confirm, &QMessageBox::finished, this, [this](int answer) {
        if (answer == QMessageBox::Yes) {
            disconnectConfirmed();
        }
    });
    m_confirm->open();
}

void SalesforceConnectionPage::disconnectConfirmed()
{
    m_error->hide();
    setBusy(true, tr("Disconnecting…"));
    m_service->disconnect([this](sia::Result<sia::SalesforceDisconnectOutcome> gone) {
        setBusy(false);
        if (!gone) {
            showError(gone.error());
            emit finished();
            return;
        }
        if (gone->revokeFailure) {
            m_error->setTone(Banner::Tone::Warning);
            m_error->setTitle(tr("Salesforce"));
            //: %1 why the revocation failed, %2 its code.
            m_error->setText(
                tr("Disconnected, but Salesforce did not revoke the refresh token (%1 [%2]): revoke "
                   "it in Salesforce, Setup, Connected Apps OAuth Usage.")
                    .arg(gone->revokeFailure->message, gone->revokeFailure->code));
            m_error->show();
        }
        showRecord(std::nullopt);
        m_checks->list({});
        emit finished();
        emit connectionChanged();
    });
}

void SalesforceConnectionPage::showError(const sia::Error& error)
{
    m_error->setTone(Banner::Tone::Error);
    m_error->setTitle(tr("Salesforce"));
    m_error->setText(QStringLiteral("%1 [%2]").arg(error.message, error.code));
    m_error->show();
}

void SalesforceConnectionPage::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    if (!busy) {
        m_waitingForBrowser = false;
    }
    m_progress->setVisible(busy);
    m_progressText->setText(busy ? text : QString());
    updateEnabled();
}

void SalesforceConnectionPage::updateEnabled()
{
    const bool canAct = m_service && !isReadOnly() && !m_busy;
    for (QLineEdit* edit : { m_domain, m_consumerKey, m_consumerSecret }) {
        edit->setReadOnly(!canAct);
    }
    for (QRadioButton* choice : { m_production, m_sandboxHost, m_myDomain }) {
        choice->setEnabled(canAct);
    }
    const bool complete = !m_consumerKey->text().trimmed().isEmpty()
        && (!m_myDomain->isChecked() || !m_domain->text().trimmed().isEmpty());
    m_connect->setText(m_record ? tr("Reconnect") : tr("Connect"));
    m_connect->setEnabled(canAct && complete);
    m_cancel->setVisible(m_connecting); // a login can be cancelled at any time
    m_copyLink->setVisible(m_waitingForBrowser);
    m_test->setVisible(m_record.has_value());
    m_test->setEnabled(canAct && m_record.has_value());
    const bool someoneElses = m_record && m_service && m_record->owner.connectedBy != m_service->actor();
    m_handOver->setVisible(someoneElses);
    m_handOver->setEnabled(canAct && someoneElses
        && !(m_record->handOver.state == sia::HandOverState::Pending
            && m_record->handOver.pendingBy == m_service->actor()));
    m_disconnect->setVisible(m_record.has_value());
    m_disconnect->setEnabled(canAct && m_record.has_value());
}

void SalesforceConnectionPage::stepViewChanged(const sia::StepView& view)
{
    StepPageBase::stepViewChanged(view);
    updateEnabled(); // read-only may have changed
}
