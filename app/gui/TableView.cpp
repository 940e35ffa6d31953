#include "TableView.h"

#include "CellDelegate.h"
#include "TableModel.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSet>
#include <QToolTip>

#include <algorithm>
#include <map>

namespace nb::gui {

TableView::TableView(QWidget* parent)
    : QTableView(parent)
    , m_delegate(new CellDelegate(this)) {
    setItemDelegate(m_delegate);
    horizontalHeader()->hide();
    verticalHeader()->hide();
    horizontalHeader()->setMinimumSectionSize(8);
    verticalHeader()->setMinimumSectionSize(8);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::AnyKeyPressed | QAbstractItemView::EditKeyPressed |
                    QAbstractItemView::DoubleClicked);
    setWordWrap(true);
    setTabKeyNavigation(true);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setCornerButtonEnabled(false);
    setShowGrid(false); // CellDelegate draws the borders, so merged cells stay clean
    connect(m_delegate, &CellDelegate::enterPressed, this, [this] {
        if (!m_lastCommitOk)
            return;
        const QModelIndex next = downForEnter(currentIndex());
        if (next.isValid())
            setCurrentIndex(next);
    });
}

void TableView::setTableModel(TableModel* model) {
    m_model = model;
    setModel(model);
    clearSpans();
    const auto& grid = model->table().grid;
    for (const GridCell& c : grid)
        if (c.rowSpan > 1 || c.columnSpan > 1)
            setSpan(c.row, c.column, c.rowSpan, c.columnSpan);
    connect(model, &TableModel::inputRejected, this, [this](const QModelIndex& index, const QString& reason) {
        m_lastCommitOk = false;
        showRejected(index, reason);
    });
    connect(model, &TableModel::inputAccepted, this, [this](const QModelIndex&) {
        m_lastCommitOk = true;
        emit message(QString(), false);
    });
    if (!model->dataCellsInOrder().isEmpty())
        setCurrentIndex(model->indexOfCell(model->dataCellsInOrder().first()));
    updateLayoutMetrics();
}

void TableView::selectCell(int cellIndex) {
    if (!m_model)
        return;
    const QModelIndex idx = m_model->indexOfCell(cellIndex);
    if (!idx.isValid())
        return;
    setCurrentIndex(idx);
    scrollTo(idx);
    setFocus(Qt::OtherFocusReason);
}

int TableView::currentCell() const {
    return m_model ? m_model->cellIndexAt(currentIndex()) : -1;
}

QModelIndex TableView::nextInOrder(const QModelIndex& from, int direction) const {
    const QVector<int>& order = m_model->dataCellsInOrder();
    if (order.isEmpty())
        return {};
    const int current = m_model->cellIndexAt(from);
    int pos = order.indexOf(current);
    for (int i = 0; i < order.size(); ++i) {
        pos = pos < 0 ? (direction > 0 ? 0 : int(order.size()) - 1)
                      : (pos + direction + int(order.size())) % int(order.size());
        if (m_model->isEditableCell(order.at(pos)) || m_model->isReadOnly())
            return m_model->indexOfCell(order.at(pos));
    }
    return from;
}

QModelIndex TableView::downForEnter(const QModelIndex& from) const {
    QModelIndex at = m_model->step(from, 1, 0);
    while (at.isValid() && !m_model->isEditableCell(m_model->cellIndexAt(at)))
        at = m_model->step(at, 1, 0);
    return at.isValid() ? at : nextInOrder(from, 1);
}

QModelIndex TableView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) {
    if (!m_model)
        return QTableView::moveCursor(cursorAction, modifiers);
    QModelIndex current = currentIndex();
    if (m_model->cellIndexAt(current) < 0)
        return nextInOrder(QModelIndex(), 1);
    QModelIndex next;
    switch (cursorAction) {
    case MoveNext:
        return nextInOrder(current, 1);
    case MovePrevious:
        return nextInOrder(current, -1);
    case MoveUp:
        next = m_model->step(current, -1, 0);
        break;
    case MoveDown:
        next = m_model->step(current, 1, 0);
        break;
    case MoveLeft:
        next = m_model->step(current, 0, -1);
        break;
    case MoveRight:
        next = m_model->step(current, 0, 1);
        break;
    case MoveHome:
    case MoveEnd: {
        const int d = cursorAction == MoveHome ? -1 : 1;
        next = current;
        for (QModelIndex s = m_model->step(next, 0, d); s.isValid(); s = m_model->step(s, 0, d))
            next = s;
        break;
    }
    case MovePageUp:
    case MovePageDown: {
        // A page away, then on to the nearest data cell in that direction (pages often land on labels).
        const int d = cursorAction == MovePageDown ? 1 : -1;
        next = QTableView::moveCursor(cursorAction, modifiers);
        if (m_model->cellIndexAt(next) < 0)
            next = m_model->step(next, d, 0);
        break;
    }
    default:
        next = QTableView::moveCursor(cursorAction, modifiers);
        if (m_model->cellIndexAt(next) < 0)
            next = current;
        break;
    }
    return next.isValid() ? next : current;
}

void TableView::keyPressEvent(QKeyEvent* event) {
    if (!m_model || state() == QAbstractItemView::EditingState) {
        QTableView::keyPressEvent(event);
        return;
    }
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    if (event->matches(QKeySequence::Paste)) {
        pasteClipboard();
        return;
    }
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        clearSelectedCells();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        const bool up = event->modifiers() & Qt::ShiftModifier;
        QModelIndex next = up ? m_model->step(currentIndex(), -1, 0) : downForEnter(currentIndex());
        if (next.isValid())
            setCurrentIndex(next);
        return;
    }
    const int cell = m_model->cellIndexAt(currentIndex());
    const QString text = event->text();
    if (cell >= 0 && !m_model->isEditableCell(cell) && !text.isEmpty() && text.at(0).isPrint() &&
        !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        showRejected(
            currentIndex(),
            m_model->isReadOnly()
                ? tr("The document is read-only.")
                : tr("“%1” is a total and is computed automatically.").arg(m_model->cellLabel(cell)));
        return;
    }
    QTableView::keyPressEvent(event);
}

void TableView::inputMethodEvent(QInputMethodEvent* event) {
    // A Chinese IME commits text (full-width digits too) to the view: open the editor on the current cell
    // and hand the text over, replacing the old value like a typed key does.
    const bool typing = !event->commitString().isEmpty() || !event->preeditString().isEmpty();
    if (m_model && state() != QAbstractItemView::EditingState && typing) {
        const int cell = m_model->cellIndexAt(currentIndex());
        if (cell >= 0 && !m_model->isEditableCell(cell)) {
            if (event->commitString().isEmpty()) {
                event->accept(); // composing over a total: wait for the commit to explain
                return;
            }
            showRejected(
                currentIndex(),
                m_model->isReadOnly()
                    ? tr("The document is read-only.")
                    : tr("“%1” is a total and is computed automatically.").arg(m_model->cellLabel(cell)));
            event->accept();
            return;
        }
        if (cell >= 0 && edit(currentIndex(), QAbstractItemView::EditKeyPressed, nullptr)) {
            if (QWidget* editor = QApplication::focusWidget(); editor && viewport()->isAncestorOf(editor)) {
                QApplication::sendEvent(editor, event);
                return;
            }
        }
    }
    QTableView::inputMethodEvent(event);
}

bool TableView::event(QEvent* event) {
    // Let Ctrl+C / Ctrl+V / Delete reach keyPressEvent even when the window has actions with these shortcuts.
    if (event->type() == QEvent::ShortcutOverride && state() != QAbstractItemView::EditingState) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Paste) ||
            key->key() == Qt::Key_Delete) {
            event->accept();
            return true;
        }
    }
    return QTableView::event(event);
}

void TableView::focusInEvent(QFocusEvent* event) {
    QTableView::focusInEvent(event);
    if (m_model && m_model->cellIndexAt(currentIndex()) < 0 && !m_model->dataCellsInOrder().isEmpty())
        setCurrentIndex(m_model->indexOfCell(m_model->dataCellsInOrder().first()));
}

void TableView::showRejected(const QModelIndex& index, const QString& reason) {
    emit message(reason, true);
    const QRect rect = visualRect(index);
    QToolTip::showText(viewport()->mapToGlobal(rect.bottomLeft()), reason, viewport(), rect, 4000);
}

QString TableView::selectionAsText() const {
    if (!m_model)
        return {};
    QModelIndexList indexes = selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    if (indexes.isEmpty() && currentIndex().isValid())
        indexes << currentIndex();
    // Rows → (column → text) of the top-left corners of the selected cells.
    std::map<int, std::map<int, QString>> rows;
    for (const QModelIndex& idx : indexes) {
        const int g = m_model->gridIndexAt(idx.row(), idx.column());
        if (g < 0)
            continue;
        const GridCell& c = m_model->gridCell(g);
        rows[c.row][c.column] = m_model->index(c.row, c.column).data(Qt::DisplayRole).toString();
    }
    QStringList lines;
    for (const auto& row : rows) {
        QStringList values;
        for (const auto& value : row.second)
            values << value.second;
        lines << values.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

void TableView::commitOpenEditor() {
    if (state() != QAbstractItemView::EditingState)
        return;
    QWidget* editor = QApplication::focusWidget();
    if (editor && viewport()->isAncestorOf(editor)) {
        commitData(editor);
        closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
}

void TableView::copySelection() {
    const QString text = selectionAsText();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

bool TableView::pasteText(const QString& text) {
    if (!m_model)
        return false;
    QModelIndex start = currentIndex();
    if (selectionModel()) {
        // Top-left data cell of the selection.
        for (const QModelIndex& idx : selectionModel()->selectedIndexes()) {
            if (m_model->cellIndexAt(idx) < 0)
                continue;
            if (!start.isValid() || m_model->cellIndexAt(start) < 0 || idx.row() < start.row() ||
                (idx.row() == start.row() && idx.column() < start.column()))
                start = idx;
        }
    }
    QString error;
    int changed = 0;
    // One value over a selection of several cells fills them all, as in Excel and WPS.
    QString single = text;
    while (single.endsWith(QLatin1Char('\n')) || single.endsWith(QLatin1Char('\r')))
        single.chop(1);
    const QModelIndexList selected =
        selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    if (!single.contains(QLatin1Char('\t')) && !single.contains(QLatin1Char('\n')) && selected.size() > 1) {
        if (!m_model->fillCells(selected, single, &error, &changed)) {
            showRejected(start, error);
            return false;
        }
        emit message(tr("Pasted %n cell(s).", nullptr, changed), false);
        return true;
    }
    if (!m_model->pasteBlock(start, text, &error, &changed)) {
        showRejected(start, error);
        return false;
    }
    emit message(tr("Pasted %n cell(s).", nullptr, changed), false);
    return true;
}

void TableView::pasteClipboard() {
    pasteText(QGuiApplication::clipboard()->text());
}

void TableView::clearSelectedCells() {
    if (!m_model)
        return;
    QModelIndexList indexes = selectionModel()->selectedIndexes();
    if (indexes.isEmpty())
        indexes << currentIndex();
    QString error;
    if (!m_model->clearCells(indexes, &error))
        showRejected(currentIndex(), error);
}

void TableView::commitData(QWidget* editor) {
    // One value typed over a selected range goes into every editable cell of it (one undo step).
    auto* edit = qobject_cast<QLineEdit*>(editor);
    const QModelIndexList selected =
        selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    QSet<int> cells;
    for (const QModelIndex& idx : selected)
        if (const int cell = m_model ? m_model->cellIndexAt(idx) : -1; cell >= 0)
            cells.insert(cell);
    if (!edit || cells.size() < 2 || !selected.contains(currentIndex())) {
        QTableView::commitData(editor);
        return;
    }
    QString error;
    int changed = 0;
    if (!m_model->fillCells(selected, edit->text(), &error, &changed)) {
        m_lastCommitOk = false;
        showRejected(currentIndex(), error);
        return;
    }
    m_lastCommitOk = true;
    const QString text = tr("Filled %n cell(s).", nullptr, changed);
    emit message(text, false);
    emit notice(text);
}

int TableView::fillBlanksWithZero(bool wholeTable) {
    if (!m_model)
        return -1;
    commitOpenEditor();
    QModelIndexList indexes;
    if (!wholeTable) {
        indexes = selectionModel()->selectedIndexes();
        if (indexes.isEmpty() && currentIndex().isValid())
            indexes << currentIndex();
        if (indexes.isEmpty())
            return 0;
    }
    QString error;
    int changed = 0;
    if (!m_model->fillBlanksWithZero(indexes, &error, &changed)) {
        showRejected(currentIndex(), error);
        return -1;
    }
    const QString text = changed == 0 ? tr("There are no blank cells to fill.")
                                      : tr("Filled %n blank cell(s) with 0.", nullptr, changed);
    emit message(text, false);
    emit notice(text);
    return changed;
}

void TableView::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    QAction* copy = menu.addAction(tr("&Copy"), this, &TableView::copySelection);
    copy->setShortcut(QKeySequence::Copy);
    QAction* paste = menu.addAction(tr("&Paste"), this, &TableView::pasteClipboard);
    paste->setShortcut(QKeySequence::Paste);
    QAction* clear = menu.addAction(tr("C&lear"), this, &TableView::clearSelectedCells);
    clear->setShortcut(QKeySequence::Delete);
    menu.addSeparator();
    QAction* fillSelection = menu.addAction(tr("Fill Blank Cells in Selection with &0"), this,
                                            [this] { fillBlanksWithZero(false); });
    fillSelection->setObjectName(QStringLiteral("fillSelectionWithZero"));
    QAction* fillTable = menu.addAction(tr("Fill All Blank Cells of This &Table with 0"), this,
                                        [this] { fillBlanksWithZero(true); });
    fillTable->setObjectName(QStringLiteral("fillTableWithZero"));
    const bool writable = m_model && !m_model->isReadOnly();
    paste->setEnabled(writable);
    clear->setEnabled(writable);
    fillSelection->setEnabled(writable);
    fillTable->setEnabled(writable);
    menu.exec(event->globalPos());
}

void TableView::resizeEvent(QResizeEvent* event) {
    QTableView::resizeEvent(event);
    if (viewport()->width() != m_lastWidth)
        updateLayoutMetrics();
}

void TableView::setZoom(double factor) {
    if (qFuzzyCompare(factor, m_zoom))
        return;
    m_zoom = factor;
    QFont f = QApplication::font(this);
    f.setPointSizeF(f.pointSizeF() * factor);
    setFont(f);
    updateLayoutMetrics();
}

void TableView::updateLayoutMetrics() {
    if (!m_model)
        return;
    const TableDef& t = m_model->table();
    const int columns = t.gridColumns;
    const int rows = t.gridRows;
    if (columns == 0 || rows == 0)
        return;
    m_lastWidth = viewport()->width();
    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics fmBold(bold);
    const int em = fm.horizontalAdvance(QChar(0x56FD));
    const int padding = 12;

    // Label columns: the deepest one holds the longest labels; outer ones hold group labels.
    int maxLabelWidth = 0;
    for (const TableBlock& b : t.blocks)
        maxLabelWidth = qMax(maxLabelWidth, b.labelWidth);
    const int labels = t.rowLabels ? qMin(maxLabelWidth, columns) : 0;
    const int dataColumns = columns - labels;
    QVector<int> widths(columns, 0);
    const int dataWidth = qMax(fm.horizontalAdvance(QStringLiteral("999,999")) + padding, em * 4 + padding);
    for (int c = labels; c < columns; ++c)
        widths[c] = dataWidth;
    // A leaf column is as wide as its label on one line (up to 6 characters), so 社会公益组织 does not wrap.
    for (const GridCell& c : t.grid)
        if (c.role == GridCell::Role::ColumnHeader && c.columnSpan == 1 && c.column >= labels)
            widths[c.column] = qMax(widths[c.column], qMin(fm.horizontalAdvance(c.text), em * 6) + padding);
    const int outerLabel = em * 5 + padding;
    const int innerLabel = em * 13 + padding;
    for (int c = 0; c < labels; ++c)
        widths[c] = (c == labels - 1) ? innerLabel : outerLabel;
    // Spread the spare width: first widen the innermost label column (up to 22 em), then the data columns.
    const int available = viewport()->width() > 0 ? viewport()->width() - 2 : 0;
    int total = 0;
    for (int w : widths)
        total += w;
    int spare = available - total;
    if (spare > 0 && labels > 0) {
        const int add = qMin(spare, em * 12);
        widths[labels - 1] += add;
        spare -= add;
    }
    if (spare > 0 && dataColumns > 0) {
        const int add = qMin(spare / dataColumns, em * 4);
        for (int c = labels; c < columns; ++c)
            widths[c] += add;
    }
    for (int c = 0; c < columns; ++c)
        setColumnWidth(c, widths[c]);

    // Row heights: every single-row cell must show its wrapped text; merged cells get the remainder.
    const int minHeight = fm.height() + 10;
    QVector<int> heights(rows, minHeight);
    auto textHeight = [&](const GridCell& c, int width) {
        const QString text = c.role == GridCell::Role::Data ? QStringLiteral("0") : c.text;
        const QFontMetrics& m = (c.role == GridCell::Role::Caption) ? fmBold : fm;
        return m.boundingRect(QRect(0, 0, qMax(8, width - padding), 100000), Qt::TextWordWrap, text)
                   .height() +
               10;
    };
    auto spanWidth = [&](const GridCell& c) {
        int w = 0;
        for (int i = c.column; i < c.column + c.columnSpan && i < columns; ++i)
            w += widths[i];
        return w;
    };
    for (const GridCell& c : t.grid)
        if (c.rowSpan == 1 && c.row < rows)
            heights[c.row] = qMax(heights[c.row], textHeight(c, spanWidth(c)));
    for (const GridCell& c : t.grid) {
        if (c.rowSpan <= 1)
            continue;
        int have = 0;
        for (int r = c.row; r < c.row + c.rowSpan && r < rows; ++r)
            have += heights[r];
        const int need = textHeight(c, spanWidth(c));
        if (need > have) {
            const int extra = (need - have + c.rowSpan - 1) / c.rowSpan;
            for (int r = c.row; r < c.row + c.rowSpan && r < rows; ++r)
                heights[r] += extra;
        }
    }
    for (int r = 0; r < rows; ++r)
        setRowHeight(r, heights[r]);

    // Never taller than the table: the space below goes to the notes (the splitter gives it away).
    int tableHeight = 2 * frameWidth();
    for (int h : heights)
        tableHeight += h;
    int tableWidth = 0;
    for (int w : widths)
        tableWidth += w;
    if (available > 0 && tableWidth > available)
        tableHeight += horizontalScrollBar()->sizeHint().height();
    setMaximumHeight(tableHeight);
    emit metricsChanged();
}

} // namespace nb::gui
