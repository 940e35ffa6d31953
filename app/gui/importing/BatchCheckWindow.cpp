#include "importing/BatchCheckWindow.h"

#include "Dialogs.h"
#include "format/FormatRegistry.h"
#include "import/BatchChecker.h"
#include "import/ReportFileReader.h"
#include "import/ReportImporter.h"
#include "io/Csv.h"
#include "rules/RuleEngine.h"

#include <QDirIterator>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace nb::gui {

namespace {
constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kResultRole = Qt::UserRole + 2;

QStandardItem* numberItem(int value) {
    auto* item = new QStandardItem;
    item->setData(value, Qt::DisplayRole);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

/// The finding a double-click opens the report at: the first error, else the first warning.
Finding firstProblem(const Findings& findings) {
    for (Severity severity : {Severity::Error, Severity::Warning})
        for (const Finding& f : findings)
            if (f.severity == severity)
                return f;
    return {};
}

/// A .nianbao document: read (without taking its lock) and checked like a published report.
BatchFileResult checkDocument(const QString& path) {
    ReportFileReader::Result read = ReportFileReader::read(path, /*allowPublished=*/false);
    BatchFileResult r;
    if (read.ok()) {
        r = BatchChecker::fromReport(path, read.report);
    } else {
        r.path = path;
        r.error = read.error;
    }
    r.kind = QStringLiteral("nianbao");
    return r;
}

} // namespace

BatchCheckWindow::BatchCheckWindow(QWidget* parent)
    : QWidget(parent, Qt::Window) {
    setObjectName(QStringLiteral("BatchCheckWindow"));
    setWindowTitle(tr("Check Several Reports"));

    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QHBoxLayout;
    auto* addFiles = new QPushButton(tr("Add Files…"), this);
    addFiles->setObjectName(QStringLiteral("addFilesButton"));
    auto* addFolder = new QPushButton(tr("Add Folder…"), this);
    addFolder->setObjectName(QStringLiteral("addFolderButton"));
    auto* clearButton = new QPushButton(tr("Clear"), this);
    clearButton->setObjectName(QStringLiteral("clearButton"));
    m_exportButton = new QPushButton(tr("Export CSV…"), this);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setEnabled(false);
    buttons->addWidget(addFiles);
    buttons->addWidget(addFolder);
    buttons->addWidget(clearButton);
    buttons->addStretch(1);
    buttons->addWidget(m_exportButton);
    layout->addLayout(buttons);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    layout->addWidget(m_progress);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels({tr("File"), tr("Agency"), tr("Year"), tr("Format"), tr("Errors"),
                                        tr("Warnings"), tr("Import problems")});
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("resultsView"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setSectionResizeMode(AgencyColumn, QHeaderView::Stretch);
    m_view->verticalHeader()->hide();
    layout->addWidget(m_view, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    layout->addWidget(m_status);

    m_timer = new QTimer(this);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &BatchCheckWindow::checkNext);
    connect(addFiles, &QPushButton::clicked, this, &BatchCheckWindow::chooseFiles);
    connect(addFolder, &QPushButton::clicked, this, &BatchCheckWindow::chooseFolder);
    connect(clearButton, &QPushButton::clicked, this, &BatchCheckWindow::clear);
    connect(m_exportButton, &QPushButton::clicked, this, &BatchCheckWindow::exportClicked);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QStandardItem* file = m_model->item(m_proxy->mapToSource(index).row(), FileColumn);
        const int result = file->data(kResultRole).toInt();
        emit openRequested(file->data(kPathRole).toString(), result >= 0 && result < m_results.size()
                                                                 ? firstProblem(m_results.at(result).findings)
                                                                 : Finding());
    });
    updateStatus();
    resize(960, 600);
}

void BatchCheckWindow::addPaths(const QStringList& paths) {
    // The same search and skipping as `nianbao-cli check` (BatchChecker).
    QVector<QPair<QString, QString>> skipped;
    const QStringList files = BatchChecker::expand(paths, nullptr, &skipped);
    for (const auto& [path, reason] : std::as_const(skipped))
        m_skipped << tr("%1: %2").arg(QDir::toNativeSeparators(path), reason);
    updateStatus();
    if (files.isEmpty())
        return;
    m_queue << files;
    m_total += int(files.size());
    m_progress->setRange(0, m_total);
    if (!m_timer->isActive())
        m_timer->start();
    updateStatus();
}

bool BatchCheckWindow::isRunning() const {
    return m_timer->isActive();
}

void BatchCheckWindow::checkNext() {
    if (m_queue.isEmpty()) {
        m_timer->stop();
        for (int c = 0; c < ColumnCount; ++c) {
            if (c != AgencyColumn)
                m_view->resizeColumnToContents(c);
        }
        updateStatus();
        emit finished();
        return;
    }
    const QString path = m_queue.takeFirst();
    const BatchFileResult r =
        ReportFileReader::isDocument(path) ? checkDocument(path) : BatchChecker::checkFile(path);
    ++m_done;
    m_progress->setValue(m_done);
    if (r.skipped) {
        m_skipped << tr("%1: %2").arg(QDir::toNativeSeparators(path), r.skipReason);
        updateStatus();
        return;
    }
    m_results << r;
    QList<QStandardItem*> row;
    auto* file = new QStandardItem(QFileInfo(path).fileName());
    file->setData(path, kPathRole);
    file->setData(int(m_results.size()) - 1, kResultRole);
    file->setToolTip(QDir::toNativeSeparators(path));
    row << file;
    if (!r.ok) {
        row << new QStandardItem(tr("cannot read: %1").arg(r.error)) << new QStandardItem << new QStandardItem
            << numberItem(1) << numberItem(0) << numberItem(int(r.problems.size()));
        for (QStandardItem* item : std::as_const(row))
            item->setForeground(QColor(Qt::darkRed));
    } else {
        const Findings& findings = r.findings;
        const int errors = r.errors();
        const int warnings = r.warnings();
        row << new QStandardItem(r.report.agency) << numberItem(r.report.year)
            << new QStandardItem(r.report.format ? r.report.format->id : QString()) << numberItem(errors)
            << numberItem(warnings) << numberItem(int(r.problems.size()));
        QStringList details;
        for (const Finding& f : std::as_const(findings)) {
            if (f.severity == Severity::Error)
                details << f.message;
        }
        for (const ImportProblem& p : r.problems)
            details << tr("line %1: %2").arg(p.line).arg(p.message);
        if (details.size() > 12)
            details = details.mid(0, 12) << QStringLiteral("…");
        for (QStandardItem* item : std::as_const(row))
            item->setToolTip(details.join(QLatin1Char('\n')));
        file->setToolTip(
            QDir::toNativeSeparators(path) +
            (details.isEmpty() ? QString() : QLatin1Char('\n') + details.join(QLatin1Char('\n'))));
        if (errors > 0 || !r.problems.isEmpty())
            row.at(ErrorsColumn)->setForeground(QColor(Qt::darkRed));
    }
    m_model->appendRow(row);
    updateStatus();
}

void BatchCheckWindow::updateStatus() {
    const BatchChecker::Counts counts = BatchChecker::count(m_results);
    QString text = tr("%1 of %2 files checked; %3 with errors or import problems.")
                       .arg(m_done)
                       .arg(m_total)
                       .arg(counts.failed);
    if (!m_skipped.isEmpty())
        text += QLatin1Char(' ') + tr("%n file(s) skipped (not reports).", nullptr, int(m_skipped.size()));
    m_status->setText(text);
    m_status->setToolTip(m_skipped.join(QLatin1Char('\n')));
    m_exportButton->setEnabled(m_model->rowCount() > 0 && !isRunning());
}

bool BatchCheckWindow::exportCsv(const QString& path, QString* error) const {
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << m_model->headerData(c, Qt::Horizontal).toString();
    header << tr("Path");
    QString text = csv::line(header);
    // In the order shown (the user's sort).
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
        QStringList fields;
        for (int c = 0; c < ColumnCount; ++c)
            fields << m_proxy->index(r, c).data(Qt::DisplayRole).toString();
        fields << m_proxy->index(r, FileColumn).data(kPathRole).toString();
        text += csv::line(fields);
    }
    if (!csv::writeFile(path, text, error))
        return false;
    // Besides the summary: one row per finding and import problem, as `nianbao-cli check --csv`.
    return BatchChecker::writeCsv(BatchChecker::findingsCsvPath(path), BatchChecker::findingsCsv(m_results),
                                  error);
}

void BatchCheckWindow::chooseFiles() {
    const QStringList files = Dialogs::getOpenFileNames(
        this, tr("Add Reports"), QString(),
        tr("Published reports (*.pdf *.docx *.odt *.txt *.htm *.html *.json);;All files (*)"));
    addPaths(files);
}

void BatchCheckWindow::chooseFolder() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a Folder of Reports"));
    if (!dir.isEmpty())
        addPaths({dir});
}

void BatchCheckWindow::exportClicked() {
    const QString path = Dialogs::getSaveFileName(this, tr("Export Results"), QStringLiteral("check.csv"),
                                                  tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        Dialogs::warning(this, tr("Export Results"), tr("The results could not be saved: %1").arg(error));
}

void BatchCheckWindow::clear() {
    m_timer->stop();
    m_queue.clear();
    m_model->removeRows(0, m_model->rowCount());
    m_results.clear();
    m_skipped.clear();
    m_done = 0;
    m_total = 0;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    updateStatus();
}

} // namespace nb::gui
