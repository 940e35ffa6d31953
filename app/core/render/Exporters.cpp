#include "render/Exporters.h"

#include "render/CsvWriter.h"
#include "render/DocxWriter.h"
#include "render/HtmlWriter.h"
#include "render/OdtWriter.h"
#include "render/PdfTextLayerFix.h"
#include "render/ReportRenderer.h"
#include "render/TableGeometry.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QSaveFile>

namespace nb {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Exporters)
};

bool writeAtomically(const QString& path, const QByteArray& bytes, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace

bool renderPdf(const Report& report, const ExportOptions& options, QByteArray* pdf,
               QStringList* missingGlyphs, QString* error) {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        if (error)
            *error = Tr::tr("Rendering needs a QGuiApplication (fonts).");
        return false;
    }
    ReportRenderer renderer(report, options);
    if (missingGlyphs)
        *missingGlyphs = renderer.missingGlyphs();
    if (options.failOnMissingGlyphs && !renderer.missingGlyphs().isEmpty()) {
        if (error)
            *error = Tr::tr("No installed font has these characters (they would print as boxes): %1. "
                            "Install a Chinese font or run packaging/fonts/prepare-fonts.sh.")
                         .arg(renderer.missingGlyphs().mid(0, 40).join(QString()));
        return false;
    }
    QBuffer buffer(pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(LayoutDevice::kDpi);
        writer.setTitle(report.effectiveTitle());
        writer.setCreator(QStringLiteral("Nianbao %1").arg(QStringLiteral(NIANBAO_VERSION)));
        if (!renderer.render(&writer, error))
            return false;
    }
    buffer.close();
    if (options.fixTextLayer)
        PdfTextLayerFix::fixToUnicode(pdf);
    return true;
}

bool exportPdf(const Report& report, const QString& path, const ExportOptions& options, QString* error) {
    QByteArray pdf;
    if (!renderPdf(report, options, &pdf, nullptr, error))
        return false;
    return writeAtomically(path, pdf, error);
}

bool exportDocx(const Report& report, const QString& path, const ExportOptions& options, QString* error) {
    QByteArray bytes;
    if (!DocxWriter::write(report, options, &bytes, error))
        return false;
    return writeAtomically(path, bytes, error);
}

bool exportOdt(const Report& report, const QString& path, const ExportOptions& options, QString* error) {
    QByteArray bytes;
    if (!OdtWriter::write(report, options, &bytes, error))
        return false;
    return writeAtomically(path, bytes, error);
}

bool exportHtml(const Report& report, const QString& path, const ExportOptions& options, QString* error) {
    return writeAtomically(path, HtmlWriter::toHtml(report, options), error);
}

bool exportCsv(const Report& report, const QString& dir, const ExportOptions& options, QString* error) {
    Q_UNUSED(options);
    return CsvWriter::writeDirectory(report, dir, error);
}

} // namespace nb
