#pragma once

#include <QObject>

class QAction;
class QMenu;
class QToolBar;

namespace nb::gui {

class FindBar;
class MainWindow;
class ZoomController;

/// The clerk's everyday tools in the Edit and View menus: find and replace over the sections (Ctrl+F,
/// Ctrl+H, F3, Shift+F3; the FindBar at the bottom of the window), 空白单元格填 0 for the current table or
/// its selection, and the zoom (ZoomController). The window only creates it.
class WorkbenchActions : public QObject {
    Q_OBJECT
public:
    WorkbenchActions(MainWindow* window, QMenu* editMenu, QMenu* viewMenu);

    FindBar* findBar() const { return m_findBar; }
    ZoomController* zoom() const { return m_zoom; }
    QAction* findAction() const { return m_find; }
    QAction* replaceAction() const { return m_replace; }
    QAction* fillTableAction() const { return m_fillTable; }
    QAction* fillSelectionAction() const { return m_fillSelection; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void updateEnabled();
    void fillBlanks(bool wholeTable);

    MainWindow* m_window;
    FindBar* m_findBar = nullptr;
    QToolBar* m_findToolBar = nullptr;
    ZoomController* m_zoom = nullptr;
    QAction* m_find = nullptr;
    QAction* m_replace = nullptr;
    QAction* m_findNext = nullptr;
    QAction* m_findPrevious = nullptr;
    QAction* m_fillTable = nullptr;
    QAction* m_fillSelection = nullptr;
};

} // namespace nb::gui
