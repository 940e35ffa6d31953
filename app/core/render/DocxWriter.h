#pragma once

#include "model/Report.h"
#include "render/ExportOptions.h"

#include <QByteArray>
#include <QCoreApplication>

namespace nb {

class DocxWriter {
    Q_DECLARE_TR_FUNCTIONS(DocxWriter)
public:
    static bool write(const Report& report, const ExportOptions& options, QByteArray* out, QString* error);
};

} // namespace nb
