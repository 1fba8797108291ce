#include "theme.h"

#include <QVariant>
#include <QWidget>

namespace {

const char* roleName(Theme::Role role)
{
    switch (role) {
    case Theme::Role::AppTitle:
        return "appTitle";
    case Theme::Role::Sidebar:
        return "sidebar";
    case Theme::Role::Navigation:
        return "navigation";
    case Theme::Role::PageEyebrow:
        return "pageEyebrow";
    case Theme::Role::PageTitle:
        return "pageTitle";
    case Theme::Role::PageSummary:
        return "pageSummary";
    case Theme::Role::SectionTitle:
        return "sectionTitle";
    case Theme::Role::Muted:
        return "muted";
    case Theme::Role::Card:
        return "card";
    case Theme::Role::Content:
        return "content";
    case Theme::Role::ModeBadge:
        return "modeBadge";
    case Theme::Role::Chip:
        return "chip";
    case Theme::Role::Headline:
        return "headline";
    case Theme::Role::PrimaryButton:
        return "primary";
    }
    Q_UNREACHABLE();
}

} // namespace

void Theme::setRole(QWidget* widget, Role role)
{
    widget->setProperty("siaRole", QString::fromLatin1(roleName(role)));
}

QString Theme::styleSheet()
{
    // Sizes in points so that they follow the platform's font; colours chosen for contrast (WCAG AA) on
    // the light surfaces they sit on.
    return QStringLiteral(R"(
*[siaRole="content"] { background: #f6f7f9; }
*[siaRole="sidebar"] { background: #eceff3; border-right: 1px solid #d5dae1; }
QLabel[siaRole="appTitle"] { font-size: 15pt; font-weight: 600; color: #1b2430; padding: 2px 4px; }
QListWidget[siaRole="navigation"] { background: transparent; border: none; outline: none; }
QListWidget[siaRole="navigation"]::item { padding: 6px 0px; margin: 1px 0px; border-radius: 6px; }
QListWidget[siaRole="navigation"]::item:selected { background: #d6e4fa; color: #0b3d91; }
QListWidget[siaRole="navigation"]::item:hover:!selected { background: #e1e6ed; }
QListWidget[siaRole="navigation"]::item:disabled { color: #4a5566; padding-top: 12px; }
QLabel[siaRole="pageEyebrow"] { color: #4a5566; font-weight: 600; font-size: 9pt; letter-spacing: 0.5px; }
QLabel[siaRole="pageTitle"] { color: #1b2430; font-size: 17pt; font-weight: 600; }
QLabel[siaRole="pageSummary"] { color: #3b4656; font-size: 10.5pt; }
QLabel[siaRole="sectionTitle"] { color: #1b2430; font-size: 11pt; font-weight: 600; }
QLabel[siaRole="muted"] { color: #556070; }
QLabel[siaRole="headline"] { color: #1b2430; font-size: 13pt; font-weight: 600; }
QLabel[siaRole="chip"], QFrame[siaRole="card"] QLabel[siaRole="chip"] { color: #2d3746; background: #e6eaf0;
    border-radius: 9px; padding: 2px 9px; }
QLabel[siaRole="modeBadge"] { color: #4a2c00; background: #ffd98a; border: 1px solid #d9a400; border-radius: 6px;
    padding: 3px 8px; font-weight: 700; }
QFrame[siaRole="card"] { background: #ffffff; border: 1px solid #dbe0e6; border-radius: 8px; }
QFrame[siaRole="card"] QLabel { background: transparent; }
QScrollArea[siaRole="content"] > QWidget > QWidget { background: #f6f7f9; }

Banner { border-radius: 6px; border: 1px solid; }
Banner QLabel { background: transparent; border: none; }
Banner[tone="info"] { background: #e8f1fd; border-color: #9dbcef; }
Banner[tone="info"] QLabel { color: #0b2e6b; }
Banner[tone="warning"] { background: #fff4d6; border-color: #e0b440; }
Banner[tone="warning"] QLabel { color: #4a3300; }
Banner[tone="error"] { background: #fde8e8; border-color: #e59a9a; }
Banner[tone="error"] QLabel { color: #6b0f0f; }
Banner[tone="locked"] { background: #eef0f3; border-color: #b8c0cc; }
Banner[tone="locked"] QLabel { color: #2d3746; }

QPushButton { background: #ffffff; color: #1b2430; border: 1px solid #b3bcc8; border-radius: 5px;
    padding: 5px 14px; min-height: 18px; }
QPushButton:hover { background: #eef3f9; border-color: #8796aa; }
QPushButton:pressed { background: #dde6f1; }
QPushButton:focus { border: 2px solid #1565c0; padding: 4px 13px; }
QPushButton:disabled { color: #8a94a3; background: #f1f3f5; border-color: #d5dae1; }
QPushButton[siaRole="primary"] { background: #0b5cab; color: #ffffff; border-color: #0b5cab; font-weight: 600; }
QPushButton[siaRole="primary"]:hover { background: #094d90; }
QPushButton[siaRole="primary"]:focus { border: 2px solid #062f5a; }
QPushButton[siaRole="primary"]:disabled { background: #a9bdd3; border-color: #a9bdd3; color: #f4f7fa; }

QTableView { background: #ffffff; alternate-background-color: #f7f9fb; gridline-color: #e6e9ee;
    selection-background-color: #d6e4fa; selection-color: #0b2e6b; border: 1px solid #dbe0e6; }
QHeaderView::section { background: #f0f2f5; color: #2d3746; border: none; border-bottom: 1px solid #dbe0e6;
    border-right: 1px solid #e6e9ee; padding: 5px 8px; font-weight: 600; }
QProgressBar { border: 1px solid #c4ccd6; border-radius: 5px; background: #e6eaf0; height: 10px; text-align: center; }
QProgressBar::chunk { background: #2e7d32; border-radius: 4px; }
QTabWidget::pane { border: 1px solid #dbe0e6; background: #ffffff; top: -1px; }
)");
}

QColor Theme::statusColour(sia::StepStatus status)
{
    switch (status) {
    case sia::StepStatus::NotStarted:
        return QColor(0x6b, 0x75, 0x83);
    case sia::StepStatus::InProgress:
        return QColor(0x15, 0x65, 0xc0);
    case sia::StepStatus::Done:
        return QColor(0x2e, 0x7d, 0x32);
    case sia::StepStatus::Blocked:
        return QColor(0xc6, 0x28, 0x28);
    case sia::StepStatus::Skipped:
        return QColor(0x7a, 0x5c, 0x99);
    }
    Q_UNREACHABLE();
}

QColor Theme::lockedColour()
{
    return QColor(0x5b, 0x64, 0x70);
}

QColor Theme::personaColour(sia::Persona persona)
{
    // Marketo's purple and Salesforce's blue, darkened for white text.
    return persona == sia::Persona::MarketoAdmin ? QColor(0x5c, 0x3d, 0x9e) : QColor(0x0b, 0x5c, 0xab);
}
