// The pages of the main window, in the order the navigation lists them, each with its stable key
// ("overview", "step-3", "review": remembered where the admin left off, used by the tour and the menus).
// One list that the window, the navigation, the menus and the tour iterate; nobody numbers pages.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;
class StepPageBase;
struct StepServices;

namespace sia {
class StoreWorker;
}

// What a tool page (Kind::Tool) is built with: the window's store worker and services, who acts, and
// whether the window is a read-only review.
struct ToolPageContext
{
    sia::StoreWorker* store = nullptr;
    const StepServices* services = nullptr;
    QString actor;
    bool readOnly = false;
};

struct PageEntry
{
    enum class Kind
    {
        Overview,
        Step,
        Tool, // a page of its own beside the steps (the sync health, the command center)
        Review,
        Other // a page the standard registry does not have (tests, later features)
    };

    QString key;
    Kind kind = Kind::Other;
    int step = 0; // Kind::Step: the step's number
    QString title; // translated: the navigation's and the menu's words for it
    // Kind::Step: builds that step's own page.
    std::function<StepPageBase*(QWidget* parent)> createStepPage;
    // Kind::Tool: builds the tool's page.
    std::function<QWidget*(QWidget* parent, const ToolPageContext& context)> createToolPage;
};

class PageRegistry
{
public:
    // The overview, one page per step of core's StepRegistry (each its own class), and the review.
    static PageRegistry standard();

    static QString overviewKey();
    static QString reviewKey();
    static QString commandCenterKey();
    static QString syncHealthKey();
    static QString stepKey(int step); // "step-3"

    void append(PageEntry entry);
    // Before `key`, or at the end when there is no such page. Other pages keep their keys.
    void insertBefore(const QString& key, PageEntry entry);

    const QList<PageEntry>& entries() const { return m_entries; }
    QStringList keys() const;
    int size() const { return int(m_entries.size()); }
    int indexOf(const QString& key) const; // -1 for an unknown key
    const PageEntry* find(const QString& key) const; // nullptr for an unknown key
    QString keyAt(int index) const; // empty outside 0..size()-1
    QString keyOfStep(int step) const; // empty when no page shows that step
    QString previousKey(const QString& key) const; // empty at the first page
    QString nextKey(const QString& key) const; // empty at the last page

private:
    QList<PageEntry> m_entries;
};
