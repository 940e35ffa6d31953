#pragma once

#include <QTableView>

namespace nb::gui {

class TableModel;
class CellDelegate;

/// The statistics-table editor: shows the printed grid with its merged cells (setSpan), sizes rows and
/// columns so no label is clipped, and behaves like a spreadsheet: Tab/Shift+Tab/Enter/arrows move between
/// data cells, typing replaces, Delete clears, F2 edits, Ctrl+C/Ctrl+V copy and paste tab-separated blocks.
class TableView : public QTableView {
    Q_OBJECT
public:
    explicit TableView(QWidget* parent = nullptr);

    void setTableModel(TableModel* model);

    /// Makes a data cell current, scrolls to it and focuses the table.
    void selectCell(int cellIndex);
    int currentCell() const;
    bool isEditing() const { return state() == QAbstractItemView::EditingState; }
    QString selectionAsText() const;
    void copySelection();
    bool pasteText(const QString& text);
    void pasteClipboard();
    void clearSelectedCells();
    /// 空白单元格填 0: puts 0 into the blank editable cells of the selection (or of the whole table), one
    /// undo step, computed totals untouched; says how many in the message line and the status bar.
    /// Returns the number of cells filled, -1 when refused.
    int fillBlanksWithZero(bool wholeTable);
    /// Commits and closes a cell editor that is open (before undo, switching sections, closing).
    void commitOpenEditor();
    /// Scales the table's text (1.0 = the application font) and its columns and rows with it.
    void setZoom(double factor);
    /// Recomputes column widths and row heights for the current font and width.
    void updateLayoutMetrics();

signals:
    /// An inline message for the user (a refused value, what a paste did). isError selects the style.
    void message(const QString& text, bool isError);
    /// A note for the window's status bar (how many cells a fill changed).
    void notice(const QString& text);
    /// Column widths, row heights and the maximum height were recomputed.
    void metricsChanged();

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void keyPressEvent(QKeyEvent* event) override;
    void inputMethodEvent(QInputMethodEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    bool event(QEvent* event) override;
    void commitData(QWidget* editor) override;

private:
    QModelIndex nextInOrder(const QModelIndex& from, int direction) const;
    QModelIndex downForEnter(const QModelIndex& from) const;
    void showRejected(const QModelIndex& index, const QString& reason);

    TableModel* m_model = nullptr;
    CellDelegate* m_delegate = nullptr;
    bool m_lastCommitOk = true;
    int m_lastWidth = -1;
    double m_zoom = 1.0;
};

} // namespace nb::gui
