#pragma once

// Rendering of a report to paper and to files (app/core/render, library nianbao_render; no widgets).
//
// One rendering path: ReportRenderer lays a Report out once into pages (GB/T 9704: A4, margins
// 37/35/28/26 mm, 22 lines of 3号仿宋 per page, tables with their official merged headers, page numbers,
// 落款, optional 草稿 watermark) and paints those pages on any QPainter. PDF export, printing and the
// GUI's print preview all use it, so what the preview shows is what prints:
//
//   PDF       exportPdf() (Exporters.h) → ReportRenderer::render(QPdfWriter) → PdfTextLayerFix
//   Print     ReportRenderer r(report); printer.setFullPage(true); r.render(&printer)
//             (QPrinter's page ranges are honoured; copies and duplex are the driver's)
//   Preview   QPrintPreviewDialog dlg(&printer);
//             connect(&dlg, &QPrintPreviewDialog::paintRequested, [&](QPrinter* p) { r.render(p); });
//   Custom    r.paintPage(&painter, pageIndex, dpi)           // e.g. thumbnails, a page view
//
// DOCX, ODT, HTML and CSV are written from the same content blocks (ReportContent.h) by DocxWriter,
// OdtWriter, HtmlWriter and CsvWriter; exportDocx/exportOdt/exportHtml/exportCsv wrap them.
// Fonts per role come from FontResolver; characters no font has are reported by missingGlyphs().
// Page geometry and type sizes (shared by every writer): PageGeometry.h. Layout decisions are
// documented in docs/output.md.

#include "model/Report.h"
#include "render/ExportOptions.h"
#include "render/FontResolver.h"
#include "render/PageGeometry.h"

#include <QCoreApplication>
#include <QRectF>
#include <QStringList>

#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace nb {

class ReportRenderer {
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)
public:
    /// Lays the report out immediately (needs a QGuiApplication). The report is copied.
    explicit ReportRenderer(const Report& report, const ExportOptions& options = {});
    ~ReportRenderer();
    ReportRenderer(const ReportRenderer&) = delete;
    ReportRenderer& operator=(const ReportRenderer&) = delete;

    int pageCount() const;
    /// Paints page `page` (0-based) with the painter's origin at the paper's top-left corner and
    /// `dpi` device pixels per inch (QPaintDevice::logicalDpiX() of the target).
    void paintPage(QPainter* painter, int page, qreal dpi) const;
    /// Prints all pages (only those in device->pageRanges() when set) on device after setting A4 portrait
    /// with zero margins. Works for QPdfWriter and QPrinter (full-page mode or not: a printer's minimum
    /// margins are compensated). Returns false with a message on failure.
    bool render(QPagedPaintDevice* device, QString* error = nullptr) const;

    /// Characters that no installed font can show (printed as boxes). Empty when all is well.
    QStringList missingGlyphs() const;
    /// Font warnings (fallbacks, overrides not installed).
    QStringList warnings() const;
    const FontResolver& fonts() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace nb
