#pragma once

#include <QPlainTextEdit>
#include <QStringList>

class QMenu;

namespace nb::gui {

/// The text box of a narrative. Its own undo is off: Ctrl+Z / Ctrl+Y go to the document's undo stack
/// (the window's actions), so text edits and table edits undo in one history. Emits focusLost.
/// A margin on the left names the heading level of each heading paragraph (一级 … 四级) and marks the
/// paragraphs kept from last year on purpose (有意保留).
class NarrativeTextEdit : public QPlainTextEdit {
    Q_OBJECT
public:
    explicit NarrativeTextEdit(QWidget* parent = nullptr);

    int levelMarginWidth() const;
    void paintLevelMargin(QPaintEvent* event);
    /// The text shown in the margin for a heading level (1–4), translated.
    static QString levelLabel(int level);
    /// The margin mark of a paragraph kept from last year on purpose, translated.
    static QString keptLabel();
    /// The paragraphs (trimmed text) to mark as kept in the margin.
    void setKeptParagraphs(const QStringList& paragraphs);
    bool isMarkedKept(const QString& paragraph) const { return m_kept.contains(paragraph.trimmed()); }

signals:
    void focusLost();
    /// Emitted with the context menu before it is shown, for the paragraph (block) under the mouse; a
    /// receiver may add actions.
    void contextMenuAboutToShow(QMenu* menu, int blockNumber);

protected:
    bool event(QEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    void updateMargin();
    QWidget* m_margin = nullptr;
    QStringList m_kept;
};

} // namespace nb::gui
