#include "navigationlist.h"

#include "statusicon.h"
#include "theme.h"

#include <QApplication>
#include <QStyle>

namespace {

constexpr int pageRole = Qt::UserRole + 1;

QString stepText(const sia::StepDefinition& definition)
{
    return NavigationList::tr("%1 · %2").arg(definition.number).arg(definition.title);
}

} // namespace

NavigationList::NavigationList(QWidget* parent)
    : QListWidget(parent)
{
    Theme::setRole(this, Theme::Role::Navigation);
    setAccessibleName(tr("Pages"));
    setAccessibleDescription(tr("The overview, the seven setup steps and the review"));
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setIconSize(QSize(18, 18));
    setUniformItemSizes(false);
    setSpacing(0);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);

    addPage(Page::Overview, tr("Overview"),
        QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    addSection(tr("SETUP STEPS"));
    for (const sia::StepDefinition& definition : sia::PlanDefinition::steps()) {
        addPage(*pageForStep(definition.number), stepText(definition),
            StatusIcon::icon(sia::StepStatus::NotStarted));
    }
    addSection(tr("RECORDS"));
    addPage(
        Page::Review, tr("Review"), QApplication::style()->standardIcon(QStyle::SP_FileDialogContentsView));

    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* current) {
        if (current && current->data(pageRole).isValid()) {
            emit pageRequested(Page(current->data(pageRole).toInt()));
        }
    });
}

QListWidgetItem* NavigationList::addPage(Page page, const QString& text, const QIcon& icon)
{
    auto* item = new QListWidgetItem(icon, text, this);
    item->setData(pageRole, int(page));
    item->setData(Qt::AccessibleTextRole, text);
    return item;
}

void NavigationList::addSection(const QString& title)
{
    // Not selectable and not enabled: the arrow keys pass over it.
    auto* item = new QListWidgetItem(title, this);
    item->setFlags(Qt::NoItemFlags);
    QFont font = item->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    item->setFont(font);
}

QListWidgetItem* NavigationList::itemFor(Page page) const
{
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem* candidate = item(row);
        if (candidate->data(pageRole).isValid() && Page(candidate->data(pageRole).toInt()) == page) {
            return candidate;
        }
    }
    return nullptr;
}

void NavigationList::setSnapshot(const sia::PlanSnapshot& snapshot)
{
    for (const sia::StepView& view : snapshot.steps) {
        QListWidgetItem* entry = itemFor(*pageForStep(view.definition.number));
        const QString status = StatusIcon::text(view.state.status, view.isLocked());
        entry->setIcon(StatusIcon::icon(view.state.status, view.isLocked()));
        entry->setToolTip(
            view.isLocked() ? view.lockReasons.join(QLatin1Char('\n')) : view.definition.summary);
        entry->setData(Qt::AccessibleTextRole,
            tr("Step %1: %2. %3").arg(view.definition.number).arg(view.definition.title, status));
        entry->setForeground(StatusIcon::showsLock(view.state.status, view.isLocked())
                ? palette().color(QPalette::PlaceholderText)
                : QBrush());
    }
}

void NavigationList::setCurrentPage(Page page)
{
    QListWidgetItem* target = itemFor(page);
    if (target && target != currentItem()) {
        setCurrentItem(target);
    }
}
