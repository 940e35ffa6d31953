#pragma once

#include "model/Report.h"
#include "render/ExportOptions.h"

#include <QByteArray>

namespace nb {

/// One self-contained HTML5 page (also well-formed XML): inline CSS with the GB/T 9704 fonts and sizes,
/// semantic <table> with rowspan/colspan exactly as the official tables, no scripts, no external resources.
class HtmlWriter {
public:
    static QByteArray toHtml(const Report& report, const ExportOptions& options);
};

} // namespace nb
