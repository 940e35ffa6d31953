#pragma once

#include "format/FormatRegistry.h"
#include "model/Report.h"

#include <QCoreApplication>
#include <QStringList>

namespace nb {

/// Starts next year's report from last year's (nianbao-cli carry-over, File → 新建下一年度报告…):
/// same agency and kind, the next year (or a given one), the current format for that year, the title
/// regenerated when it had the default form, 成文日期 cleared, the cells that the format's cross-year
/// rules tie to last year carried (table 三 上年结转 = last year's 结转下年度继续办理), every other cell
/// blank, the narratives copied as a draft. Last year's report and the key figures of the years before it
/// are stored inside the new report (Report::lastYear, Report::earlierYears), so it stays self-contained.
class CarryOver {
    Q_DECLARE_TR_FUNCTIONS(CarryOver)
public:
    struct Result {
        bool ok = false;
        QString error;        ///< translated, when !ok
        Report report;        ///< the new report
        QStringList warnings; ///< translated: things the clerk should check
        int carriedCells = 0; ///< cells filled from last year's figures
    };

    /// Builds next year's report; year 0 = last.year + 1. Pure: no files.
    static Result fromReport(const Report& last, const FormatRegistry& registry, int year = 0);
    /// Reads last year's report from any file the program reads (document, JSON, published PDF, DOCX,
    /// web page, text), builds the new report and creates the document newPath (which must not exist).
    static Result toFile(const QString& lastPath, const QString& newPath, int year = 0);
};

} // namespace nb
