#include "render/OdtWriter.h"

namespace nb {

bool OdtWriter::write(const Report& report, const ExportOptions& options, QByteArray* out, QString* error)
{
    Q_UNUSED(report);
    Q_UNUSED(options);
    Q_UNUSED(out);
    if (error)
        *error = tr("Not available yet.");
    return false;
}

} // namespace nb
