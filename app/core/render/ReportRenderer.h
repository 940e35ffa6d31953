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
// Layout decisions are documented in docs/output.md.

#include "model/Report.h"
#include "render/ExportOptions.h"
#include "render/FontResolver.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QRectF>
#include <QStringList>

#include <cmath>
#include <memory>

class QPagedPaintDevice;
class QPainter;

namespace nb {

struct PageGeometry {
    static constexpr qreal kPageWidthMm = 210.0;
    static constexpr qreal kPageHeightMm = 297.0;
    static constexpr qreal kTopMm = 37.0;
    static constexpr qreal kBottomMm = 35.0;
    static constexpr qreal kLeftMm = 28.0;
    static constexpr qreal kRightMm = 26.0;
    static constexpr int kLinesPerPage = 22;
    static constexpr int kCharsPerLine = 28;
    static constexpr qreal kTitlePt = 22.0;      ///< 2号
    static constexpr qreal kBodyPt = 16.0;       ///< 3号
    static constexpr qreal kPageNumberPt = 14.0; ///< 4号
    static constexpr qreal kPageNumberGapMm = 7.0;
    /// Text block height / 22 = 28.99 pt.
    static qreal linePitchPt() { return (kPageHeightMm - kTopMm - kBottomMm) / kLinesPerPage * 72.0 / 25.4; }
    /// The pitch written into DOCX/ODT: rounded down to 1/20 pt (28.95 pt, the usual Word value) so that
    /// office programs, which round, still fit 22 lines into the 225 mm block.
    static qreal officeLinePitchPt() { return std::floor(linePitchPt() * 20) / 20; }
    static QPageLayout pageLayout(); ///< A4 portrait with the GB/T 9704 margins (mm)
};

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
