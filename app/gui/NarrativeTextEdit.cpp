#include "NarrativeTextEdit.h"

#include <QKeyEvent>

namespace nb::gui {

NarrativeTextEdit::NarrativeTextEdit(QWidget* parent)
    : QPlainTextEdit(parent) {
    setUndoRedoEnabled(false);
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
}

bool NarrativeTextEdit::event(QEvent* event) {
    if (event->type() == QEvent::ShortcutOverride) {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool ctrlY = key->key() == Qt::Key_Y && key->modifiers() == Qt::ControlModifier;
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) || ctrlY) {
            event->ignore(); // let the window's Undo/Redo actions have it
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void NarrativeTextEdit::focusOutEvent(QFocusEvent* event) {
    QPlainTextEdit::focusOutEvent(event);
    emit focusLost();
}

} // namespace nb::gui
