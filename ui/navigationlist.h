// The navigation on the left of the window: the overview, the seven steps with their status (locked
// ones marked), and the review. Choosing an entry asks for its page; it shows, it does not decide.
#pragma once

#include "page.h"
#include "setup/setupplan.h"

#include <QListWidget>

class NavigationList : public QListWidget
{
    Q_OBJECT

public:
    explicit NavigationList(QWidget* parent = nullptr);

    void setSnapshot(const sia::PlanSnapshot& snapshot);
    void setCurrentPage(Page page);
    QListWidgetItem* itemFor(Page page) const;

signals:
    void pageRequested(Page page);

private:
    QListWidgetItem* addPage(Page page, const QString& text, const QIcon& icon);
    void addSection(const QString& title);
};
