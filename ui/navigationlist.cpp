#include "navigationlist.h"

#include "statusicon.h"
#include "theme.h"

#include <QApplication>
#include <QStyle>

namespace {

constexpr int pageKeyRole = Qt::UserRole + 1;

QString entryText(const PageEntry& entry)
{
    if (entry.kind == PageEntry::Kind::Step) {
        return NavigationList::tr("%1 · %2").arg(entry.step).arg(entry.title);
    }
    return entry.title;
}

QIcon entryIcon(const PageEntry& entry)
{
    switch (entry.kind) {
    case PageEntry::Kind::Overview:
        return QApplication::style()->standardIcon(QStyle::SP_FileDialogDetailedView);
    case PageEntry::Kind::Step:
        return StatusIcon::icon(sia::StepStatus::NotStarted);
    case PageEntry::Kind::Tool:
        return QApplication::style()->standardIcon(QStyle::SP_ComputerIcon);
    case PageEntry::Kind::Review:
        return QApplication::style()->standardIcon(QStyle::SP_FileDialogContentsView);
    case PageEntry::Kind::Other:
        return QApplication::style()->standardIcon(QStyle::SP_FileIcon);
    }
    Q_UNREACHABLE();
}

} // namespace

NavigationList::NavigationList(const PageRegistry& pages, QWidget* parent)
    : QListWidget(parent)
    , m_pages(pages)
{
    Theme::setRole(this, Theme::Role::Navigation);
    setAccessibleName(tr("Pages"));
    setAccessibleDescription(tr("The overview, the setup steps and the review"));
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setIconSize(QSize(18, 18));
    setUniformItemSizes(false);
    setSpacing(0);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionMode(QAbstractItemView::SingleSelection);

    // A section title where the kind of page changes: the steps, then the records.
    std::optional<PageEntry::Kind> previous;
    for (const PageEntry& entry : m_pages.entries()) {
        if (previous && *previous != entry.kind) {
            if (entry.kind == PageEntry::Kind::Step) {
                addSection(tr("SETUP STEPS"));
            } else if (entry.kind == PageEntry::Kind::Tool) {
                addSection(tr("TOOLS"));
            } else if (entry.kind == PageEntry::Kind::Review) {
                addSection(tr("RECORDS"));
            }
        }
        addPage(entry);
        previous = entry.kind;
    }

    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* current) {
        if (current && current->data(pageKeyRole).isValid()) {
            emit pageRequested(current->data(pageKeyRole).toString());
        }
    });
}

QListWidgetItem* NavigationList::addPage(const PageEntry& entry)
{
    const QString text = entryText(entry);
    auto* item = new QListWidgetItem(entryIcon(entry), text, this);
    item->setData(pageKeyRole, entry.key);
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

QListWidgetItem* NavigationList::itemFor(const QString& key) const
{
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem* candidate = item(row);
        if (candidate->data(pageKeyRole).toString() == key && !key.isEmpty()) {
            return candidate;
        }
    }
    return nullptr;
}

QStringList NavigationList::pageKeys() const
{
    QStringList keys;
    for (int row = 0; row < count(); ++row) {
        if (const QVariant key = item(row)->data(pageKeyRole); key.isValid()) {
            keys << key.toString();
        }
    }
    return keys;
}

void NavigationList::setSnapshot(const sia::PlanSnapshot& snapshot)
{
    for (const sia::StepView& view : snapshot.steps) {
        QListWidgetItem* entry = itemFor(m_pages.keyOfStep(view.definition.number));
        if (!entry) {
            continue;
        }
        entry->setIcon(StatusIcon::icon(view));
        entry->setToolTip(
            view.isLocked() ? view.lockReasons.join(QLatin1Char('\n')) : view.definition.summary);
        entry->setData(Qt::AccessibleTextRole,
            tr("Step %1: %2. %3").arg(view.definition.number).arg(view.definition.title, view.statusText()));
        entry->setForeground(view.isLocked() ? palette().color(QPalette::PlaceholderText) : QBrush());
    }
}

void NavigationList::setCurrentPage(const QString& key)
{
    QListWidgetItem* target = itemFor(key);
    if (target && target != currentItem()) {
        setCurrentItem(target);
    }
}
