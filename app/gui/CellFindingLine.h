#pragma once

#include "rules/Finding.h"

#include <QLabel>

namespace nb::gui {

class TableModel;
class TableView;

/// The status line under a table: what the checks say about the current cell (the findings shown on it or
/// whose rule involves it), else the newest finding the last edit caused. A finding jumped to (F8, the
/// checks panel) stays until the cursor moves on. Built from the live findings on every check, so a
/// message whose problem an undo fixed disappears with it.
class CellFindingLine : public QLabel {
    Q_OBJECT
public:
    CellFindingLine(TableView* view, TableModel* model, QWidget* parent = nullptr);

    /// Shows this finding (while it holds and the cursor stays on its cell).
    void showFinding(const nb::Finding& finding);
    /// The finding shown first, or an empty one (rule "") when the line is hidden.
    nb::Finding shownFinding() const { return m_shown; }

public slots:
    void refresh();

signals:
    /// Shown, hidden or its text changed (the table pane may need another height).
    void changed();

private:
    TableView* m_view;
    TableModel* m_model;
    nb::Finding m_pinned;
    bool m_hasPinned = false;
    nb::Finding m_shown;
};

} // namespace nb::gui
