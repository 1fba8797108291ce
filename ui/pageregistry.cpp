#include "pageregistry.h"

#include "commandcenterpage.h"
#include "setup/plandefinition.h"
#include "steps/accountsetuppage.h"
#include "steps/marketoconnectionpage.h"
#include "steps/peoplesyncpage.h"
#include "steps/salesforceconnectionpage.h"
#include "steps/salesforcepackageconfigpage.h"
#include "steps/salesforcepackagepage.h"
#include "steps/stepservices.h"
#include "steps/userspage.h"
#include "synchealthpage.h"

#include <QCoreApplication>

namespace {

template<typename Page> PageEntry stepEntry()
{
    const int step = Page::stepNumber;
    const sia::StepDefinition* definition = sia::PlanDefinition::step(step);
    return { PageRegistry::stepKey(step), PageEntry::Kind::Step, step,
        definition ? definition->title : QString(), [](QWidget* parent) -> StepPageBase* {
            return new Page(parent);
        } };
}

} // namespace

PageRegistry PageRegistry::standard()
{
    PageRegistry registry;
    registry.append({ overviewKey(), PageEntry::Kind::Overview, 0,
        QCoreApplication::translate("PageRegistry", "Overview"), {} });
    registry.append(stepEntry<AccountSetupPage>());
    registry.append(stepEntry<SalesforceConnectionPage>());
    registry.append(stepEntry<MarketoConnectionPage>());
    registry.append(stepEntry<PeopleSyncPage>());
    registry.append(stepEntry<UsersStepPage>());
    registry.append(stepEntry<SalesforcePackagePage>());
    registry.append(stepEntry<SalesforcePackageConfigPage>());
    registry.append({ commandCenterKey(), PageEntry::Kind::Tool, 0,
        QCoreApplication::translate("PageRegistry", "Command center"), {},
        [](QWidget* parent, const ToolPageContext& context) -> QWidget* {
            auto* page = new CommandCenterPage(parent);
            page->setReadOnly(context.readOnly);
            if (context.services && !context.readOnly) {
                page->setTaskSync(context.services->taskSync);
            }
            if (context.store) {
                page->useStore(*context.store, context.actor);
            }
            return page;
        } });
    registry.append({ syncHealthKey(), PageEntry::Kind::Tool, 0,
        QCoreApplication::translate("PageRegistry", "Sync health"), {},
        [](QWidget* parent, const ToolPageContext& context) -> QWidget* {
            auto* page = new SyncHealthPage(parent);
            page->setReadOnly(context.readOnly);
            if (context.store) {
                page->useStore(*context.store, context.actor);
            }
            return page;
        } });
    registry.append({ reviewKey(), PageEntry::Kind::Review, 0,
        QCoreApplication::translate("PageRegistry", "Review"), {} });
    return registry;
}

QString PageRegistry::overviewKey()
{
    return QStringLiteral("overview");
}

QString PageRegistry::reviewKey()
{
    return QStringLiteral("review");
}

QString PageRegistry::commandCenterKey()
{
    return QStringLiteral("command-center");
}

QString PageRegistry::syncHealthKey()
{
    return QStringLiteral("sync-health");
}

QString PageRegistry::stepKey(int step)
{
    return QStringLiteral("step-%1").arg(step);
}

void PageRegistry::append(PageEntry entry)
{
    Q_ASSERT_X(indexOf(entry.key) < 0, "PageRegistry::append", "a key names one page");
    m_entries.append(std::move(entry));
}

void PageRegistry::insertBefore(const QString& key, PageEntry entry)
{
    Q_ASSERT_X(indexOf(entry.key) < 0, "PageRegistry::insertBefore", "a key names one page");
    const int index = indexOf(key);
    m_entries.insert(index < 0 ? m_entries.size() : index, std::move(entry));
}

QStringList PageRegistry::keys() const
{
    QStringList result;
    for (const PageEntry& entry : m_entries) {
        result << entry.key;
    }
    return result;
}

int PageRegistry::indexOf(const QString& key) const
{
    for (int index = 0; index < m_entries.size(); ++index) {
        if (m_entries.at(index).key == key) {
            return index;
        }
    }
    return -1;
}

const PageEntry* PageRegistry::find(const QString& key) const
{
    const int index = indexOf(key);
    return index < 0 ? nullptr : &m_entries.at(index);
}

QString PageRegistry::keyAt(int index) const
{
    return index >= 0 && index < m_entries.size() ? m_entries.at(index).key : QString();
}

QString PageRegistry::keyOfStep(int step) const
{
    for (const PageEntry& entry : m_entries) {
        if (entry.kind == PageEntry::Kind::Step && entry.step == step) {
            return entry.key;
        }
    }
    return {};
}

QString PageRegistry::previousKey(const QString& key) const
{
    const int index = indexOf(key);
    return index > 0 ? keyAt(index - 1) : QString();
}

QString PageRegistry::nextKey(const QString& key) const
{
    const int index = indexOf(key);
    return index >= 0 ? keyAt(index + 1) : QString();
}
