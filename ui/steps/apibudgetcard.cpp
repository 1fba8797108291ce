#include "apibudgetcard.h"

#include "banner.h"
#include "connections/apibudgetcontrol.h"
#include "pagecards.h"
#include "theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

ApiBudgetCard::ApiBudgetCard(QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("apiBudgetCard"));
    Theme::setRole(this, Theme::Role::Card);
    auto* body = new QVBoxLayout(this);
    body->setContentsMargins(18, 16, 18, 18);
    body->setSpacing(10);
    m_title = new QLabel(tr("API budget"), this);
    Theme::setRole(m_title, Theme::Role::SectionTitle);
    body->addWidget(m_title);

    m_usage = PageCards::paragraph(tr("The calls of the current day are not known yet."), this);
    m_usage->setObjectName(QStringLiteral("apiBudgetUsage"));
    body->addWidget(m_usage);
    m_cap = PageCards::paragraph(QString(), this);
    m_cap->setObjectName(QStringLiteral("apiBudgetCap"));
    Theme::setRole(m_cap, Theme::Role::Muted);
    body->addWidget(m_cap);

    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("SIA Admin may use at most"), this);
    m_capSpin = new QSpinBox(this);
    m_capSpin->setObjectName(QStringLiteral("apiBudgetCapSpin"));
    m_capSpin->setRange(1, 100); // the setting refuses anything else too
    m_capSpin->setSuffix(tr(" %"));
    m_capSpin->setAccessibleName(tr("Share of the daily allowance SIA Admin may use"));
    label->setBuddy(m_capSpin);
    auto* ofTheLimit = new QLabel(tr("of the daily allowance"), this);
    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setObjectName(QStringLiteral("apiBudgetApply"));
    m_apply->setEnabled(false);
    row->addWidget(label);
    row->addWidget(m_capSpin);
    row->addWidget(ofTheLimit);
    row->addWidget(m_apply);
    row->addStretch(1);
    body->addLayout(row);

    m_stop = new Banner(Banner::Tone::Warning, this);
    m_stop->setObjectName(QStringLiteral("apiBudgetStopped"));
    m_stop->hide();
    body->addWidget(m_stop);
    m_error = new Banner(Banner::Tone::Error, this);
    m_error->setObjectName(QStringLiteral("apiBudgetError"));
    m_error->hide();
    body->addWidget(m_error);

    connect(m_capSpin, &QSpinBox::valueChanged, this,
        [this](int value) { m_apply->setEnabled(m_shownCap > 0 && value != m_shownCap); });
    connect(m_apply, &QPushButton::clicked, this, [this] {
        m_error->hide();
        m_apply->setEnabled(false);
        emit capChangeRequested(m_capSpin->value());
    });
}

void ApiBudgetCard::follow(sia::ApiBudgetControl& control)
{
    connect(&control, &sia::ApiBudgetControl::reportChanged, this, &ApiBudgetCard::setReport);
    connect(&control, &sia::ApiBudgetControl::capRefused, this, &ApiBudgetCard::showCapError);
    connect(this, &ApiBudgetCard::capChangeRequested, &control, &sia::ApiBudgetControl::setCapPercent);
    setReport(control.report());
}

void ApiBudgetCard::setReport(const sia::ApiBudgetReport& report)
{
    const QLocale locale;
    const bool marketo = report.service == sia::ConnectionService::Marketo;
    m_title->setText(marketo ? tr("Marketo API budget") : tr("Salesforce API budget"));
    if (!report.dailyLimit) {
        //: %1 the calls SIA Admin made in the current day.
        m_usage->setText(marketo
                ? tr("SIA Admin has made %1 Marketo calls today; Marketo's daily quota is not known yet.")
                      .arg(locale.toString(report.usedByUs))
                : tr("SIA Admin has made %1 Salesforce API requests in the last 24 hours; the org's daily "
                     "limit is known after its first answer.")
                      .arg(locale.toString(report.usedByUs)));
    } else if (report.reportedAt.isValid()) {
        //: %1 calls by every integration, %2 the daily limit, %3 SIA Admin's calls, %4 when the service said.
        m_usage->setText(marketo
                ? tr("%1 of Marketo's %2 calls of today are used by every integration, %3 of them by SIA "
                     "Admin (as Marketo reported at %4, with SIA Admin's calls since).")
                      .arg(locale.toString(report.usedByAll), locale.toString(*report.dailyLimit),
                          locale.toString(report.usedByUs),
                          locale.toString(report.reportedAt.toLocalTime().time(), QLocale::ShortFormat))
                : tr("%1 of the org's %2 API requests of the last 24 hours are used by every integration, "
                     "%3 of them by SIA Admin (as Salesforce reported at %4, with SIA Admin's since).")
                      .arg(locale.toString(report.usedByAll), locale.toString(*report.dailyLimit),
                          locale.toString(report.usedByUs),
                          locale.toString(report.reportedAt.toLocalTime().time(), QLocale::ShortFormat)));
    } else {
        //: %1 SIA Admin's calls, %2 the daily limit.
        m_usage->setText(marketo
                ? tr("SIA Admin has made %1 of Marketo's %2 calls of today. Every integration's calls are "
                     "shown once Marketo has reported them (Test connection asks).")
                      .arg(locale.toString(report.usedByUs), locale.toString(*report.dailyLimit))
                : tr("SIA Admin has made %1 of the org's %2 API requests of the last 24 hours. Every "
                     "integration's requests are shown after Salesforce's next answer.")
                      .arg(locale.toString(report.usedByUs), locale.toString(*report.dailyLimit)));
    }
    if (report.allowedToUs >= 0) {
        //: %1 the cap in percent, %2 the calls it allows, %3 the calls left.
        m_cap->setText(tr("Cap: %1 % of the daily allowance, %2 calls; %3 left now.")
                           .arg(report.capPercent)
                           .arg(locale.toString(report.allowedToUs),
                               locale.toString(qMax<qint64>(0, report.remaining))));
    } else {
        m_cap->setText(tr("Cap: %1 % of the daily allowance.").arg(report.capPercent));
    }
    m_shownCap = report.capPercent;
    {
        const QSignalBlocker quiet(m_capSpin);
        m_capSpin->setValue(report.capPercent);
    }
    m_apply->setEnabled(false);
    m_stop->setVisible(report.stopped);
    if (report.stopped) {
        //: %1 when the clients resume.
        m_stop->setTitle(tr("Stopped until %1")
                             .arg(locale.toString(report.resumesAt.toLocalTime(), QLocale::ShortFormat)));
        m_stop->setText(report.stopMessage);
    }
}

void ApiBudgetCard::showCapError(const sia::Error& error)
{
    m_error->setTitle(tr("The cap was not changed"));
    m_error->setText(error.message);
    m_error->show();
    m_apply->setEnabled(m_capSpin->value() != m_shownCap);
}
