#include "theme.h"

#include "statuspalette.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace ct {
namespace {

struct Colours {
    const char* window;
    const char* base;
    const char* alternate;
    const char* text;
    const char* muted;
    const char* rail;
    const char* railText;
    const char* border;
    const char* accent;
    const char* selection;  // the rail's current entry: a tint, so its icon stays readable
};

constexpr Colours kLight{"#f5f6f8", "#ffffff", "#f8f9fb", "#1d232a", "#5b6673", "#eceef2", "#2b323b", "#d9dde3", "#1f5fb4", "#d6e2f3"};
constexpr Colours kDark{"#1b1e23", "#22262c", "#262a31", "#e4e7eb", "#9aa4b0", "#16191d", "#d4d9df", "#343a42", "#6ca8f0", "#24354d"};

QString styleSheet(const Colours& c, bool dark)
{
    QString css = QStringLiteral(R"(
QListWidget#navigationRail { background: %1; border: none; border-right: 1px solid %2; padding-top: 8px;
    color: %3; font-size: 10.5pt; outline: 0; }
QListWidget#navigationRail::item { padding: 4px 12px; border-radius: 6px; margin: 1px 8px; }
QListWidget#navigationRail::item:selected { background: %8; color: %4; font-weight: 600; }
QWidget#pageHeader { background: %5; border-bottom: 1px solid %2; }
QLabel#pageTitle { font-size: 16pt; font-weight: 600; }
QLabel#figureValue { font-size: 14pt; font-weight: 600; }
QLabel#figureLabel, QLabel#stateHint, QLabel#muted { color: %6; }
QLabel#stateGlyph { font-size: 28pt; color: %6; }
QLabel#stateHeadline { font-size: 13pt; font-weight: 600; }
QLineEdit#globalSearch { padding: 5px 8px; border: 1px solid %2; border-radius: 6px; background: %7; }
QFrame#tile { background: %5; border: 1px solid %2; border-radius: 8px; }
QLabel#tileValue { font-size: 22pt; font-weight: 600; }
QLabel#tileTitle { color: %6; font-weight: 600; }
QLabel#sectionTitle { font-size: 11pt; font-weight: 600; }
QFrame#wallTile { background: %5; border: 1px solid %2; border-radius: 10px; }
QFrame#wallTile QLabel#tileTitle { color: %6; font-size: 15pt; font-weight: 600; }
QFrame#wallTile QLabel#tileValue { font-size: 64pt; font-weight: 700; }
QFrame#wallTile QLabel#muted { font-size: 14pt; }
QLabel#wallSection { font-size: 20pt; font-weight: 600; }
QLabel#wallEmpty { font-size: 18pt; color: %6; }
QTableView#wallTable { font-size: 18pt; }
QTableView#wallTable QHeaderView::section { font-size: 14pt; }
QLabel#peakBanner { font-size: 15pt; font-weight: 600; padding: 8px 12px; border-radius: 6px; border: 2px solid %9; }
QTableView, QTreeView { border: 1px solid %2; gridline-color: %2; }
QHeaderView::section { padding: 4px 6px; border: none; border-bottom: 1px solid %2; border-right: 1px solid %2;
    background: %5; font-weight: 600; }
QStatusBar { border-top: 1px solid %2; }
QStatusBar QLabel { padding: 0 8px; color: %6; }
)")
                      .arg(QLatin1String(c.rail), QLatin1String(c.border), QLatin1String(c.railText),
                           QLatin1String(c.accent), QLatin1String(c.base), QLatin1String(c.muted),
                           QLatin1String(c.alternate))
                      .arg(QLatin1String(c.selection), statusStyle(UiStatus::Warning, dark).colour.name());
    for (UiStatus s : {UiStatus::Ok, UiStatus::Warning, UiStatus::Failed, UiStatus::Stale, UiStatus::InProgress})
        css += QStringLiteral("QLabel[status=\"%1\"] { color: %2; }\n").arg(int(s)).arg(statusStyle(s, dark).colour.name());
    return css;
}

} // namespace

void applyTheme(QApplication& app, bool dark)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const Colours& c = dark ? kDark : kLight;
    QPalette p;
    p.setColor(QPalette::Window, QColor(QLatin1String(c.window)));
    p.setColor(QPalette::Base, QColor(QLatin1String(c.base)));
    p.setColor(QPalette::AlternateBase, QColor(QLatin1String(c.alternate)));
    p.setColor(QPalette::Text, QColor(QLatin1String(c.text)));
    p.setColor(QPalette::WindowText, QColor(QLatin1String(c.text)));
    p.setColor(QPalette::ButtonText, QColor(QLatin1String(c.text)));
    p.setColor(QPalette::Button, QColor(QLatin1String(c.base)));
    p.setColor(QPalette::Highlight, QColor(QLatin1String(c.accent)));
    p.setColor(QPalette::HighlightedText, QColor(Qt::white));
    p.setColor(QPalette::PlaceholderText, QColor(QLatin1String(c.muted)));
    p.setColor(QPalette::ToolTipBase, QColor(QLatin1String(c.base)));
    p.setColor(QPalette::ToolTipText, QColor(QLatin1String(c.text)));
    // setColor() above sets every colour group: a disabled control would look like an enabled one.
    for (QPalette::ColorRole role : {QPalette::ButtonText, QPalette::Text, QPalette::WindowText})
        p.setColor(QPalette::Disabled, role, QColor(QLatin1String(c.muted)));
    app.setPalette(p);
    app.setStyleSheet(styleSheet(c, dark));
}

bool isDarkTheme()
{
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

} // namespace ct
