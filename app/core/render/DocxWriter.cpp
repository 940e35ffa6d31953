#include "render/DocxWriter.h"

namespace nb {

bool DocxWriter::write(const Report& report, const ExportOptions& options, QByteArray* out, QString* error)
{
    Q_UNUSED(report);
    Q_UNUSED(options);
    Q_UNUSED(out);
    if (error)
        *error = tr("Not available yet.");
    return false;
}

} // namespace nb
