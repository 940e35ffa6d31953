#pragma once

#include <QObject>

#include <functional>

class QKeyEvent;

namespace nb::gui {

class MainWindow;

/// Keeps the keyboard where the eye is: in the editor that shows a current cell or a caret.
/// - A mouse click on a section in the navigator puts the focus into that section's editor.
/// - In the navigator, arrow keys still browse sections; Tab and Enter go into the editor, and a printable
///   key (a digit, a letter) is handed on to the editor with the focus, so nothing typed for a cell is lost.
/// - When the window gets the focus back on the navigator (a dialog closed), it goes on to the editor.
/// - F6 goes round the panes: navigator, editor, findings.
/// - After undo and redo, the section that changed is shown and its changed cell, text or field focused.
class EditorFocus : public QObject {
    Q_OBJECT
public:
    explicit EditorFocus(MainWindow* window);

    /// F6: the focus goes round the navigator, the editor and the findings (the visible ones).
    void focusNextPane();
    /// Runs step (an undo or a redo) and then shows and focuses what it changed.
    void revealChangesOf(const std::function<void()>& step);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool forwardKey(QKeyEvent* key);
    static bool isPrintable(const QKeyEvent* key);

    MainWindow* m_window;
};

} // namespace nb::gui
