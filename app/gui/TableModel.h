#pragma once

#include "document/ReportDocument.h"
#include "format/FormatDefinition.h"
#include "rules/Finding.h"
#include "rules/FindingCells.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QVector>

namespace nb {
class EditCommands;
} // namespace nb

namespace nb::gui {

/// The printed grid of one statistics table (FormatDefinition TableDef::grid) as a table model: one model
/// cell per grid cell; merged cells answer at their top-left corner (the view sets the spans). Data cells
/// read the document and write through EditCommands; computed totals are read-only; cells with findings
/// carry a tint and the messages as tooltip.
class TableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Roles {
        CellIndexRole = Qt::UserRole + 1, ///< int data-cell index, -1 for labels
        GridRoleRole,                     ///< int GridCell::Role
        SeverityRole,                     ///< int: -1 none, 0 error, 1 warning
        ComputedRole,                     ///< bool
        /// int: -1 none, 0 error, 1 warning: the cell is one a finding's rule rests on (lighter tint)
        InvolvedRole,
        /// bool: the cell of the last edit, and a finding that edit caused involves it (marked as an error)
        MarkedRole,
    };

    TableModel(ReportDocument* document, EditCommands* edits, const QString& sectionId,
               QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QString sectionId() const { return m_sectionId; }
    const TableDef& table() const { return m_section->table; }
    /// The grid cell covering (row, column), or -1.
    int gridIndexAt(int row, int column) const;
    const GridCell& gridCell(int gridIndex) const { return m_section->table.grid.at(gridIndex); }
    int cellIndexAt(const QModelIndex& index) const;
    QModelIndex indexOfCell(int cellIndex) const;
    /// Data cells' top-left indexes in grid order (what Tab walks through).
    const QVector<int>& dataCellsInOrder() const { return m_dataCells; }
    bool isComputed(int cellIndex) const;
    bool isEditableCell(int cellIndex) const;
    /// "行/列" label of a data cell, for messages and accessibility.
    QString cellLabel(int cellIndex) const;

    /// The nearest data cell from `from` in a direction (dRow, dColumn one of -1/0/1), skipping labels;
    /// invalid when there is none.
    QModelIndex step(const QModelIndex& from, int dRow, int dColumn) const;

    /// The findings shown on a cell or whose rule involves it, errors first.
    Findings findingsOf(int cellIndex) const;
    /// Findings of this table that the last edit made through this model caused (newest first); those
    /// that no longer hold are dropped on every check.
    const Findings& findingsOfLastEdit() const { return m_lastEditFindings; }
    /// Every finding of this table at the last check.
    const Findings& sectionFindings() const { return m_sectionFindings; }
    /// Blanks and 0s: sets 0 into every blank editable data cell among indexes (all of the table when
    /// indexes is empty) in one undo step; computed totals are left alone. *changedCount = cells filled.
    bool fillBlanksWithZero(const QModelIndexList& indexes, QString* error, int* changedCount = nullptr);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    /// Blanks the editable data cells among indexes in one undo step.
    bool clearCells(const QModelIndexList& indexes, QString* error);
    /// Sets one typed value into every editable data cell among indexes (a single value pasted over a
    /// selection, as in a spreadsheet). One undo step; nothing changes when the value is refused.
    bool fillCells(const QModelIndexList& indexes, const QString& text, QString* error,
                   int* changedCount = nullptr);
    /// Pastes a tab-separated block with its top-left at start, walking data cells only; computed cells
    /// are skipped. One undo step. Returns false (nothing changed) and the reason when any value is refused.
    bool pasteBlock(const QModelIndex& start, const QString& tsv, QString* error,
                    int* changedCount = nullptr);

signals:
    /// The findings of the table changed (after every check that changed them).
    void findingsUpdated();
    void inputRejected(const QModelIndex& index, const QString& reason);
    void inputAccepted(const QModelIndex& index);

private:
    void onCellsChanged(const QVector<int>& cells);
    void onFindingsChanged();
    void rebuildFindings(QVector<int>* changed);
    bool applyChanges(const QVector<ReportDocument::CellChange>& changes, const QString& name,
                      QString* error);
    void markEdited(const QVector<int>& cells);
    void updateMarks();

    ReportDocument* m_document;
    EditCommands* m_edits;
    QString m_sectionId;
    const SectionDef* m_section = nullptr;
    QVector<int> m_cover;                    ///< row * columns + column → grid index
    QHash<int, int> m_cellToGrid;            ///< data-cell index → grid index
    QVector<int> m_dataCells;                ///< data-cell indexes in grid order
    QHash<int, Findings> m_cellFindings;     ///< findings shown on a cell (their anchor)
    QHash<int, Findings> m_involvedFindings; ///< findings whose rule involves a cell (anchor excluded)
    FindingCells m_findingCells;
    QVector<int> m_lastEdited;  ///< cells the last edit through this model set
    Findings m_sectionFindings; ///< this table's findings at the last check
    Findings m_lastEditFindings;
    QSet<int> m_marked;     ///< cells of the last edit that an error it caused involves
    bool m_editing = false; ///< an edit through this model is being applied
    bool m_readOnly = false;
};

} // namespace nb::gui
