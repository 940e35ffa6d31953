#include "DocumentActions.h"

#include "Dialogs.h"
#include "ExportDoneDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include "render/Exporters.h"
#include "render/ReportRenderer.h"

#include "import/ReportFileReader.h"
#include "import/ReportImporter.h"
#include "importing/BatchCheckWindow.h"
#include "importing/ImportPreviewDialog.h"
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include "format/FormatRegistry.h"
#include "io/JsonExchange.h"

#include <QFile>

namespace nb::gui {

namespace {
[[maybe_unused]] QString startDir() {
    const QString last = AppSettings::lastDocument();
    return last.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                          : QFileInfo(last).absolutePath();
}
} // namespace

bool DocumentActions::canExport() {
    return true;
}

bool DocumentActions::canImport() {
    return true;
}

bool DocumentActions::canBatchCheck() {
    return true;
}

QString DocumentActions::askImportFile(QWidget* parent) {
    return Dialogs::getOpenFileName(
        parent, tr("Import Published Report"), startDir(),
        tr("Published reports (*.pdf *.docx *.odt *.txt *.html *.htm *.json);;All files (*)"));
}

bool DocumentActions::importPreview(QWidget* parent, const QString& path, Report* out) {
    ImportPreviewDialog dialog(path, parent);
    if (!Dialogs::exec(&dialog) || !dialog.hasReport())
        return false;
    *out = dialog.report();
    return true;
}

bool DocumentActions::looksLikeDocument(const QString& path) {
    return ReportFileReader::isDocument(path);
}

bool DocumentActions::readForeign(const QString& path, Report* out, QString* error, QString* note) {
    ReportFileReader::Result r = ReportFileReader::read(path, /*allowPublished=*/true);
    if (!r.ok()) {
        *error = r.error;
        return false;
    }
    *out = std::move(r.report);
    if (r.importProblems > 0)
        *note = tr("%n part(s) of the published report could not be placed; check the imported report.",
                   nullptr, r.importProblems);
    return true;
}

bool DocumentActions::readAny(const QString& path, Report* out, QString* error) {
    ReportFileReader::Result r = ReportFileReader::read(path, /*allowPublished=*/true);
    if (!r.ok()) {
        *error = r.error;
        return false;
    }
    *out = std::move(r.report);
    return true;
}

BatchCheckWindow* DocumentActions::batchCheck(QWidget* parent) {
    auto* window = new BatchCheckWindow(parent);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowFlag(Qt::Window, true);
    window->show();
    return window;
}

ExportOptions DocumentActions::exportOptions(const QString& fingerprint) {
    ExportOptions options;
    options.fingerprint = fingerprint;
    for (FontRole role : AppSettings::fontRoles())
        options.setFontOverride(role, AppSettings::fontOverride(role));
    return options;
}

bool DocumentActions::exportReport(QWidget* parent, const Report& report, const QString& kind,
                                   const ExportOptions* exportWith) {
    QString filter;
    if (kind == QLatin1String("pdf"))
        filter = tr("PDF (*.pdf)");
    else if (kind == QLatin1String("docx"))
        filter = tr("Word documents (*.docx)");
    else if (kind == QLatin1String("odt"))
        filter = tr("OpenDocument text (*.odt)");
    else if (kind == QLatin1String("html"))
        filter = tr("Web pages (*.html)");
    QString path;
    if (kind == QLatin1String("csv")) {
        path =
            Dialogs::getSaveFileName(parent, tr("Export Tables as CSV (a folder is created)"),
                                     QDir(startDir()).filePath(report.effectiveTitle()), tr("Folders (*)"));
    } else {
        path = Dialogs::getSaveFileName(
            parent, tr("Export"),
            QDir(startDir()).filePath(report.effectiveTitle() + QLatin1Char('.') + kind), filter);
        if (!path.isEmpty() && !path.endsWith(QLatin1Char('.') + kind, Qt::CaseInsensitive))
            path += QLatin1Char('.') + kind;
    }
    if (path.isEmpty())
        return false;
    const ExportOptions options = exportWith ? *exportWith : exportOptions();
    QString error;
    bool ok = false;
    if (kind == QLatin1String("pdf"))
        ok = exportPdf(report, path, options, &error);
    else if (kind == QLatin1String("docx"))
        ok = exportDocx(report, path, options, &error);
    else if (kind == QLatin1String("odt"))
        ok = exportOdt(report, path, options, &error);
    else if (kind == QLatin1String("html"))
        ok = exportHtml(report, path, options, &error);
    else if (kind == QLatin1String("csv"))
        ok = exportCsv(report, path, options, &error);
    if (!ok) {
        Dialogs::warning(parent, tr("Export"), error.isEmpty() ? tr("The export failed.") : error);
        return false;
    }
    ExportDoneDialog::present(parent, path); // with 打开文件 and 打开所在文件夹
    return true;
}

void DocumentActions::printPreview(QWidget* parent, const Report& report, const ExportOptions* options) {
    ReportRenderer renderer(report, options ? *options : exportOptions());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(PageGeometry::pageLayout());
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print Preview"));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&renderer](QPrinter* p) { renderer.render(p); });
    dialog.resize(1000, 800);
    Dialogs::exec(&dialog);
}

void DocumentActions::print(QWidget* parent, const Report& report, const ExportOptions* options) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(PageGeometry::pageLayout());
    QPrintDialog dialog(&printer, parent);
    if (!Dialogs::exec(&dialog))
        return;
    ReportRenderer renderer(report, options ? *options : exportOptions());
    QString error;
    if (!renderer.render(&printer, &error))
        Dialogs::warning(parent, tr("Print"), error);
}

} // namespace nb::gui
