#pragma once

#include <QPlainTextEdit>

namespace nb::gui {

/// The text box of a narrative. Its own undo is off: Ctrl+Z / Ctrl+Y go to the document's undo stack
/// (the window's actions), so text edits and table edits undo in one history. Emits focusLost.
/// A margin on the left names the heading level of each heading paragraph (一级 … 四级).
class NarrativeTextEdit : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit NarrativeTextEdit(QWidget* parent = nullptr);

    int levelMarginWidth() const;
    void paintLevelMargin(QPaintEvent* event);
    /// The text shown in the margin for a heading level (1–4), translated.
    static QString levelLabel(int level);

signals:
    void focusLost();

protected:
    bool event(QEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateMargin();
    QWidget* m_margin = nullptr;
};

} // namespace nb::gui
