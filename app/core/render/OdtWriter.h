#pragma once

#include "model/Report.h"
#include "render/ExportOptions.h"

#include <QByteArray>
#include <QCoreApplication>

namespace nb {

class OdtWriter {
    Q_DECLARE_TR_FUNCTIONS(OdtWriter)
public:
    static bool write(const Report& report, const ExportOptions& options, QByteArray* out, QString* error);
};

} // namespace nb
