// The navigation on the left of the window: the pages of a PageRegistry in its order (the overview, the
// steps with their status, the review), with a section title where the kind of page changes. Choosing
// an entry asks for its page; it shows, it does not decide.
#pragma once

#include "pageregistry.h"
#include "setup/plansnapshot.h"

#include <QListWidget>

class NavigationList : public QListWidget
{
    Q_OBJECT

public:
    explicit NavigationList(const PageRegistry& pages, QWidget* parent = nullptr);

    void setSnapshot(const sia::PlanSnapshot& snapshot);
    void setCurrentPage(const QString& key);
    QListWidgetItem* itemFor(const QString& key) const;
    QStringList pageKeys() const; // in the order listed

signals:
    void pageRequested(const QString& key);

private:
    QListWidgetItem* addPage(const PageEntry& entry);
    void addSection(const QString& title);

    PageRegistry m_pages;
};
