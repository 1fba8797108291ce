#include "namedchecklist.h"

#include "pagecards.h"
#include "theme.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

NamedCheckList::NamedCheckList(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_empty
        = PageCards::paragraph(tr("Not tested yet. Connect (or Test connection) runs each check and shows "
                                  "what it found, how long it took and, when it fails, what to do."),
            this);
    Theme::setRole(m_empty, Theme::Role::Muted);
    layout->addWidget(m_empty);
    m_grid = new QGridLayout;
    m_grid->setHorizontalSpacing(14);
    m_grid->setVerticalSpacing(8);
    m_grid->setColumnStretch(3, 1);
    layout->addLayout(m_grid);
}

void NamedCheckList::list(const QList<QPair<QString, QString>>& keysAndNames)
{
    for (const Row& row : std::as_const(m_rows)) {
        delete row.result;
        delete row.name;
        delete row.time;
        delete row.details;
    }
    m_rows.clear();
    m_empty->hide();
    int line = 0;
    for (const auto& [key, name] : keysAndNames) {
        Row row;
        row.result = new QLabel(tr("Waiting"), this);
        row.result->setObjectName(QStringLiteral("check-") + key);
        row.name = new QLabel(name, this);
        row.name->setStyleSheet(QStringLiteral("font-weight: 600;"));
        row.time = new QLabel(this);
        Theme::setRole(row.time, Theme::Role::Muted);
        row.details = PageCards::paragraph(QString(), this);
        m_grid->addWidget(row.result, line, 0, Qt::AlignTop);
        m_grid->addWidget(row.name, line, 1, Qt::AlignTop);
        m_grid->addWidget(row.time, line, 2, Qt::AlignTop | Qt::AlignRight);
        m_grid->addWidget(row.details, line, 3);
        for (QWidget* cell : { static_cast<QWidget*>(row.result), static_cast<QWidget*>(row.name),
                 static_cast<QWidget*>(row.time), static_cast<QWidget*>(row.details) }) {
            cell->show(); // at once: a picture taken now shows them
        }
        m_rows.insert(key, row);
        ++line;
    }
}

void NamedCheckList::showRunning(const QString& key)
{
    const auto row = m_rows.constFind(key);
    if (row != m_rows.constEnd()) {
        row->result->setText(tr("Running…"));
    }
}

void NamedCheckList::showCheck(const sia::NamedCheck& check)
{
    const auto found = m_rows.constFind(check.key);
    if (found == m_rows.constEnd()) {
        return;
    }
    const Row& row = *found;
    QString colour;
    switch (check.outcome) {
    case sia::CheckOutcome::Passed:
        row.result->setText(tr("✔ Passed"));
        colour = Theme::statusColour(sia::StepStatus::Done).name();
        break;
    case sia::CheckOutcome::Failed:
        row.result->setText(tr("✖ Failed"));
        colour = Theme::statusColour(sia::StepStatus::Blocked).name();
        break;
    case sia::CheckOutcome::Skipped:
        row.result->setText(tr("– Skipped"));
        colour = Theme::statusColour(sia::StepStatus::NotStarted).name();
        break;
    }
    row.result->setStyleSheet(QStringLiteral("color: %1; font-weight: 600;").arg(colour));
    row.time->setText(check.outcome == sia::CheckOutcome::Skipped
            ? QString()
            : (check.elapsedMs < 1 ? tr("< 1 ms") : tr("%1 ms").arg(QLocale().toString(check.elapsedMs))));
    QString details = check.message;
    if (!check.proxy.isEmpty() && check.key != u"proxy") {
        details += QLatin1Char('\n') + tr("Through the proxy %1.").arg(check.proxy);
    }
    if (check.outcome == sia::CheckOutcome::Failed) {
        //: %1 what to do, %2 the stable code for support.
        details += QLatin1Char('\n') + tr("What to do: %1 (code %2)").arg(check.fix, check.code);
    }
    row.details->setText(details);
}

void NamedCheckList::showReport(
    const sia::ConnectionTestReport& report, const std::function<QString(const QString&)>& nameOf)
{
    QList<QPair<QString, QString>> names;
    for (const sia::NamedCheck& check : report.checks) {
        names.append({ check.key, nameOf(check.key) });
    }
    list(names);
    for (const sia::NamedCheck& check : report.checks) {
        showCheck(check);
    }
}

QString NamedCheckList::resultText(const QString& key) const
{
    const auto row = m_rows.constFind(key);
    return row == m_rows.constEnd() ? QString() : row->result->text();
}

QString NamedCheckList::detailsText(const QString& key) const
{
    const auto row = m_rows.constFind(key);
    return row == m_rows.constEnd() ? QString() : row->details->text();
}
