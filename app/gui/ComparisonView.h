#pragma once

#include "model/Report.h"
#include "years/ReportComparison.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace nb::gui {

class YearsChart;

/// Compares the open report with another year's (a document, Nianbao JSON or a published report): the key
/// indicators of both years with a bar chart of the main totals, the table cells that changed (before, after,
/// change) and the narrative paragraphs that changed. The older of the two reports is "before". The page
/// can be saved as HTML for printing (the same page as `nianbao-cli compare --html`).
class ComparisonView : public QDialog {
    Q_OBJECT
public:
    explicit ComparisonView(const Report& current, QWidget* parent = nullptr);

    /// Reads the other report and compares; false (with a message) when it cannot be read.
    bool compareWith(const QString& path);
    /// Compares two reports directly (the older one first).
    void setReports(const Report& before, const Report& after);
    /// The chart shows every year known to the chain of years of the reports (Report::yearChain: the
    /// document's own year, last year's report and the earlier years it carried over, and the same of the
    /// report compared with), one bar group per year, oldest first. Years given here are added to those
    /// (a year of the chain wins over one given here).
    void setEarlierYears(const QVector<YearIndicators>& years);
    /// The years the chart shows now, oldest first.
    QList<int> chartYears() const;

    const ReportComparison& comparison() const { return m_comparison; }
    bool hasComparison() const { return m_hasComparison; }
    QPushButton* chooseButton() const { return m_choose; }
    QPushButton* saveHtmlButton() const { return m_saveHtml; }
    QTabWidget* tabs() const { return m_tabs; }
    QTableWidget* indicatorTable() const { return m_indicators; }
    QTableWidget* cellTable() const { return m_cells; }
    QTextBrowser* paragraphView() const { return m_paragraphs; }
    YearsChart* chart() const { return m_chart; }

    /// Asks for the other report and compares.
    void chooseOther();
    /// Asks for a file name and writes the comparison as HTML; false when cancelled or not written.
    bool saveHtml();

private:
    void showComparison();
    void fillIndicators();
    void fillCells();
    void fillParagraphs();
    void updateChart();

    Report m_current;
    ReportComparison m_comparison;
    bool m_hasComparison = false;
    QVector<YearIndicators> m_earlierYears;
    QVector<YearFigures> m_chain; ///< the years of the reports' chains, later entries win
    QLabel* m_header = nullptr;
    QPushButton* m_choose = nullptr;
    QPushButton* m_saveHtml = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTableWidget* m_indicators = nullptr;
    YearsChart* m_chart = nullptr;
    QTableWidget* m_cells = nullptr;
    QTextBrowser* m_paragraphs = nullptr;
};

} // namespace nb::gui
