#pragma once

#include <QPlainTextEdit>

namespace nb::gui {

/// The text box of a narrative. Its own undo is off: Ctrl+Z / Ctrl+Y go to the document's undo stack
/// (the window's actions), so text edits and table edits undo in one history. Emits focusLost.
class NarrativeTextEdit : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit NarrativeTextEdit(QWidget* parent = nullptr);

signals:
    void focusLost();

protected:
    bool event(QEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
};

} // namespace nb::gui
