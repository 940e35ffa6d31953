#pragma once

#include <QCoreApplication>

class QMenu;

namespace nb::gui {

class MainWindow;

/// The menu commands across years: File → New Report from Last Year's… (carry-over, then opens the new
/// document), Tools → Compare with Another Year… (ComparisonView) and Convert to Another Format…
/// (ConvertDialog, then opens the new document). Installed into the main window's menus.
class YearsActions {
    Q_DECLARE_TR_FUNCTIONS(YearsActions)
public:
    static void install(QMenu* fileMenu, QMenu* toolsMenu, MainWindow* window);
    static void carryOver(MainWindow* window);
    static void compare(MainWindow* window);
    static void convert(MainWindow* window);
};

} // namespace nb::gui
