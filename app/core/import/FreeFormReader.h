#pragma once

#include "format/FormatDefinition.h"
#include "import/ImportResult.h"
#include "import/MetadataReader.h"
#include "import/SourceLine.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace nb {

class ImportVocabulary;

/// Reads a free-form report (before 2019, FormatDefinition::freeForm) into the slots of its format: the
/// text before 一、, each numbered part with its own heading as printed, every paragraph, the 落款 and the
/// statistics appendix (指标名称 / 计量单位 / 本年度 / 历年累计) as the format's indicator table.
/// Nothing is guessed: a row, unit or value that does not fit is an import problem and its cells stay blank.
class FreeFormReader {
    Q_DECLARE_TR_FUNCTIONS(FreeFormReader)
public:
    /// A numbered part: 一、… at the start of a short line, numbered 一, 二, 三 … in sequence.
    struct Part {
        int number = 0;   ///< 1 for 一、
        int heading = -1; ///< index of the heading line
        int end = -1;     ///< one past its last line
        QString text;     ///< the heading as printed
    };
    static QVector<Part> locateParts(const SourceLines& lines, int begin, int end);

    struct Result {
        MetadataReader::Signature signature;
        QVector<ImportProblem> problems;
        int parts = 0;      ///< numbered parts found
        int placedRows = 0; ///< indicator rows read
    };
    /// Reads lines [begin, end) (the text after the title) into report (its headings, narratives, cells).
    static Result read(const SourceLines& lines, int begin, bool layout, const ImportVocabulary& vocabulary,
                       Report* report);
    /// 长春市公安局 from 2011年度长春市公安局政府信息公开工作报告 (the agency after the year); "" when none.
    static QString agencyAfterYear(const QString& title);
};

} // namespace nb
