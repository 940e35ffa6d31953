#include "ComparisonView.h"

#include "Dialogs.h"
#include "YearsChart.h"

#include "import/ReportFileReader.h"
#include "render/ComparisonHtmlWriter.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace nb::gui {

namespace {

QTableWidget* makeTable(const QStringList& headers, QWidget* parent) {
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QTableWidgetItem* item(const QString& text, bool number = false) {
    auto* i = new QTableWidgetItem(text);
    if (number)
        i->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return i;
}

QString figureText(const IndicatorFigure* f) {
    return f && f->known ? formatScaled(f->scaled) : QStringLiteral("—");
}

QString ratioText(const KeyRatio* r) {
    if (!r)
        return QStringLiteral("—");
    return r->defined() ? r->percentText(1) : ComparisonView::tr("undefined: %1").arg(r->undefinedReason());
}

QString cellText(const CellComparison& c, bool after) {
    if (!(after ? c.inAfter : c.inBefore))
        return ComparisonView::tr("(not in the format)");
    const CellValue& v = after ? c.after : c.before;
    return v.isBlank() ? QStringLiteral("—") : v.toDisplayString();
}

} // namespace

ComparisonView::ComparisonView(const Report& current, QWidget* parent)
    : QDialog(parent)
    , m_current(current)
    , m_chain(current.yearChain()) {
    setWindowTitle(tr("Compare Years"));
    setObjectName(QStringLiteral("ComparisonView"));
    m_header = new QLabel(
        tr("Choose the report of another year to compare with %1.").arg(current.effectiveTitle()), this);
    m_header->setWordWrap(true);
    m_choose = new QPushButton(tr("&Choose Other Report…"), this);
    m_saveHtml = new QPushButton(tr("&Save as HTML…"), this);
    m_saveHtml->setEnabled(false);
    connect(m_choose, &QPushButton::clicked, this, &ComparisonView::chooseOther);
    connect(m_saveHtml, &QPushButton::clicked, this, &ComparisonView::saveHtml);

    m_tabs = new QTabWidget(this);
    auto* summary = new QWidget(m_tabs);
    m_indicators = makeTable({tr("Indicator"), tr("Before"), tr("After"), tr("Difference")}, summary);
    m_chart = new YearsChart(summary);
    auto* summaryLayout = new QVBoxLayout(summary);
    summaryLayout->addWidget(m_indicators, 3);
    summaryLayout->addWidget(m_chart, 2);
    m_tabs->addTab(summary, tr("&Indicators"));
    m_cells = makeTable({tr("Table"), tr("Row"), tr("Column"), tr("Before"), tr("After"), tr("Difference")},
                        m_tabs);
    m_tabs->addTab(m_cells, tr("&Table Cells"));
    m_paragraphs = new QTextBrowser(m_tabs);
    m_tabs->addTab(m_paragraphs, tr("&Narratives"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_choose);
    buttons->addWidget(m_saveHtml);
    buttons->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    resize(820, 620);
    updateChart();
}

void ComparisonView::chooseOther() {
    const QString path = Dialogs::getOpenFileName(
        this, tr("Report of Another Year"), QString(),
        tr("Reports (*.nianbao *.json *.pdf *.docx *.odt *.html *.htm *.txt);;All files (*)"));
    if (!path.isEmpty())
        compareWith(path);
}

bool ComparisonView::compareWith(const QString& path) {
    ReportFileReader::Result r = ReportFileReader::read(path, /*allowPublished=*/true);
    if (!r.ok()) {
        Dialogs::warning(this, tr("Compare Years"), tr("%1 cannot be compared: %2").arg(path, r.error));
        return false;
    }
    if (r.report.year <= m_current.year)
        setReports(r.report, m_current);
    else
        setReports(m_current, r.report);
    return true;
}

void ComparisonView::setReports(const Report& before, const Report& after) {
    m_comparison = ReportComparison::compare(before, after);
    m_hasComparison = true;
    m_chain = before.yearChain() + after.yearChain();
    showComparison();
}

void ComparisonView::setEarlierYears(const QVector<YearIndicators>& years) {
    m_earlierYears = years;
    updateChart();
}

void ComparisonView::showComparison() {
    const ReportComparison& c = m_comparison;
    m_header->setText(
        tr("%1 (%2) → %3 (%4): %n table cell(s) and %5 paragraph(s) changed.", nullptr, c.changedCellCount())
            .arg(c.beforeTitle())
            .arg(c.beforeYear())
            .arg(c.afterTitle())
            .arg(c.afterYear())
            .arg(c.changedParagraphCount()));
    m_saveHtml->setEnabled(true);
    const QString before = QString::number(c.beforeYear());
    const QString after = QString::number(c.afterYear());
    m_indicators->setHorizontalHeaderLabels({tr("Indicator"), before, after, tr("Difference")});
    m_cells->setHorizontalHeaderLabels(
        {tr("Table"), tr("Row"), tr("Column"), before, after, tr("Difference")});
    fillIndicators();
    fillCells();
    fillParagraphs();
    updateChart();
}

void ComparisonView::fillIndicators() {
    const YearIndicators& b = m_comparison.beforeFigures();
    const YearIndicators& a = m_comparison.afterFigures();
    m_indicators->setRowCount(0);
    for (const IndicatorFigure& f : a.figures) {
        const int row = m_indicators->rowCount();
        m_indicators->insertRow(row);
        const IndicatorFigure* old = b.figure(f.id);
        m_indicators->setItem(row, 0, item(f.label));
        m_indicators->setItem(row, 1, item(figureText(old), true));
        m_indicators->setItem(row, 2, item(figureText(&f), true));
        m_indicators->setItem(row, 3,
                              item(old && old->known && f.known
                                       ? ReportComparison::changeText(f.scaled - old->scaled)
                                       : QStringLiteral("—"),
                                   true));
    }
    for (const KeyRatio& r : a.ratios) {
        const int row = m_indicators->rowCount();
        m_indicators->insertRow(row);
        m_indicators->setItem(row, 0, item(r.label));
        m_indicators->setItem(row, 1, item(ratioText(b.ratio(r.id)), true));
        m_indicators->setItem(row, 2, item(ratioText(&r), true));
        m_indicators->setItem(row, 3, item(QStringLiteral("—"), true));
    }
    m_indicators->resizeColumnsToContents();
}

void ComparisonView::fillCells() {
    m_cells->setRowCount(0);
    for (const CellComparison& c : m_comparison.cells()) {
        if (!c.changed())
            continue;
        const int row = m_cells->rowCount();
        m_cells->insertRow(row);
        m_cells->setItem(row, 0, item(c.section));
        m_cells->setItem(row, 1, item(c.rowPath));
        m_cells->setItem(row, 2, item(c.columnPath));
        m_cells->setItem(row, 3, item(cellText(c, false), true));
        m_cells->setItem(row, 4, item(cellText(c, true), true));
        m_cells->setItem(
            row, 5,
            item(c.hasChange() ? ReportComparison::changeText(c.changeScaled()) : QStringLiteral("—"), true));
    }
    m_tabs->setTabText(1, tr("&Table Cells (%1)").arg(m_cells->rowCount()));
}

void ComparisonView::fillParagraphs() {
    QString html;
    int changed = 0;
    for (const ParagraphComparison& p : m_comparison.paragraphs()) {
        if (p.kind == ParagraphComparison::Kind::Same)
            continue;
        ++changed;
        QString where;
        if (p.kind == ParagraphComparison::Kind::Changed)
            where = tr("Section %1, paragraph %2: changed").arg(p.section).arg(p.afterIndex + 1);
        else if (p.kind == ParagraphComparison::Kind::Added)
            where = tr("Section %1, paragraph %2: added").arg(p.section).arg(p.afterIndex + 1);
        else
            where = tr("Section %1, paragraph %2 of the older text: removed")
                        .arg(p.section)
                        .arg(p.beforeIndex + 1);
        html += QStringLiteral("<p><b>%1</b></p>").arg(where.toHtmlEscaped());
        if (p.beforeIndex >= 0)
            html += QStringLiteral("<p style=\"color:#a00\"><s>%1</s></p>").arg(p.before.toHtmlEscaped());
        if (p.afterIndex >= 0)
            html += QStringLiteral("<p style=\"color:#060\"><u>%1</u></p>").arg(p.after.toHtmlEscaped());
    }
    if (changed == 0)
        html = QStringLiteral("<p>%1</p>").arg(tr("No narrative paragraph changed.").toHtmlEscaped());
    m_paragraphs->setHtml(html);
    m_tabs->setTabText(2, tr("&Narratives (%1)").arg(changed));
}

void ComparisonView::updateChart() {
    QMap<int, YearIndicators> byYear; // one group per year, oldest first
    for (const YearIndicators& y : std::as_const(m_earlierYears))
        byYear.insert(y.year, y);
    for (const YearFigures& y : std::as_const(m_chain)) {
        if (y.year > 0)
            byYear.insert(y.year, KeyIndicators::of(y));
    }
    m_chart->setYears(byYear.values().toVector());
}

QList<int> ComparisonView::chartYears() const {
    QList<int> years;
    for (const YearIndicators& y : m_chart->years())
        years << y.year;
    return years;
}

bool ComparisonView::saveHtml() {
    if (!m_hasComparison)
        return false;
    const QString path = Dialogs::getSaveFileName(
        this, tr("Save Comparison as HTML"),
        tr("comparison-%1-%2.html").arg(m_comparison.beforeYear()).arg(m_comparison.afterYear()),
        tr("Web page (*.html)"));
    if (path.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ComparisonHtmlWriter::toHtml(m_comparison)) < 0 ||
        !file.commit()) {
        Dialogs::warning(this, tr("Save Comparison as HTML"),
                         tr("%1 could not be written: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace nb::gui
