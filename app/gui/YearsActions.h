#pragma once

#include <QCoreApplication>

class QMenu;

namespace nb::gui {

class MainWindow;

/// The menu commands across years: Compare with Another Year… (ComparisonView) and Convert to Another
/// Format… (ConvertDialog, then opens the new document). Installed into a menu of the main window.
class YearsActions {
    Q_DECLARE_TR_FUNCTIONS(YearsActions)
public:
    static void install(QMenu* menu, MainWindow* window);
    static void compare(MainWindow* window);
    static void convert(MainWindow* window);
};

} // namespace nb::gui
