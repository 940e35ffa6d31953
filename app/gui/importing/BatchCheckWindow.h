#pragma once

#include "import/BatchChecker.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;
class QTimer;

namespace nb::gui {

/// 检查多份年报: checks a folder or a list of published reports (import in memory + every rule) and lists
/// them in a sortable table (file, agency, year, format, errors, warnings, import problems). The files are
/// checked one per event-loop turn (.nianbao documents are read without locking them), so the window stays
/// responsive; the result can be exported as CSV.
class BatchCheckWindow : public QWidget {
    Q_OBJECT
public:
    enum Column {
        FileColumn,
        AgencyColumn,
        YearColumn,
        FormatColumn,
        ErrorsColumn,
        WarningsColumn,
        ProblemsColumn,
        ColumnCount
    };

    explicit BatchCheckWindow(QWidget* parent = nullptr);

    /// Files and folders (searched recursively for .txt .htm .html .json); checking starts at once.
    void addPaths(const QStringList& paths);
    bool isRunning() const;
    /// Files checked so far / queued in total.
    int checkedCount() const { return m_done; }
    /// The same counts as `nianbao-cli check` (reports, failed, skipped).
    BatchChecker::Counts counts() const { return BatchChecker::count(m_results); }
    int skippedCount() const { return int(m_skipped.size()); }
    const QVector<BatchFileResult>& results() const { return m_results; }
    /// The table as CSV (UTF-8 with BOM, for spreadsheet programs).
    bool exportCsv(const QString& path, QString* error) const;
    QStandardItemModel* model() const { return m_model; }

signals:
    void finished();
    /// A row was double-clicked: open that report at its first problem (the first error, else the first
    /// warning; a default Finding, rule "", when it has none). The main window opens a .nianbao document
    /// directly and an original through the import preview, then shows the finding's section and cell.
    void openRequested(const QString& path, const nb::Finding& finding);

private:
    void checkNext();
    void chooseFiles();
    void chooseFolder();
    void exportClicked();
    void clear();
    void updateStatus();

    QStringList m_queue;
    QVector<BatchFileResult> m_results; ///< checked reports, in the order of the model's rows
    QStringList m_skipped;              ///< "path: reason" of the files that are not reports
    int m_done = 0;
    int m_total = 0;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_exportButton = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace nb::gui
