#pragma once

#include <QObject>

#include <functional>

class QKeyEvent;

namespace nb {
class DocumentSession;
}

namespace nb::gui {

class EditorPages;
class SectionNavigator;

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
    /// findings: the findings list (one of the panes F6 goes round).
    EditorFocus(DocumentSession* session, SectionNavigator* navigator, EditorPages* pages, QWidget* findings,
                QObject* parent);

    /// F6: the focus goes round the navigator, the editor and the findings (the visible ones).
    void focusNextPane();
    /// Runs step (an undo or a redo) and then shows and focuses what it changed.
    void revealChangesOf(const std::function<void()>& step);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool forwardKey(QKeyEvent* key);
    static bool isPrintable(const QKeyEvent* key);

    /// Shows a section in the navigator and the pages.
    void showSection(const QString& sectionId);
    bool hasDocument() const;

    DocumentSession* m_session;
    SectionNavigator* m_navigator;
    EditorPages* m_pages;
    QWidget* m_findings;
};

} // namespace nb::gui
