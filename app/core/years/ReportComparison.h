#pragma once

#include "model/Report.h"
#include "years/KeyIndicators.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QVector>

namespace nb {

/// One table cell of two reports (matched by section, row path and column path, so two reports of
/// different formats compare cell by cell where their tables agree).
struct CellComparison {
    QString section;
    QString rowPath;
    QString columnPath;
    bool inBefore = false; ///< the cell exists in the older report's format
    bool inAfter = false;
    CellValue before;
    CellValue after;
    /// True when blank/filled differs or the values differ (a printed-none mark counts as 0).
    bool changed() const;
    /// after − before (× 10^6) when both are filled; hasChange() false otherwise.
    bool hasChange() const { return !before.isBlank() && !after.isBlank() && inBefore && inAfter; }
    qint64 changeScaled() const { return after.scaled() - before.scaled(); }
};

/// One step of the paragraph diff of a narrative section.
struct ParagraphComparison {
    enum class Kind : quint8 { Same, Changed, Added, Removed };
    QString section;
    Kind kind = Kind::Same;
    int beforeIndex = -1; ///< 0-based paragraph number in the older text, -1 when added
    int afterIndex = -1;  ///< likewise in the newer text, -1 when removed
    QString before;
    QString after;
};

/// The comparison of two reports (usually last year's and this year's): every table cell with before,
/// after and change, a paragraph-level diff of the narratives, and the key indicators of both years
/// (KeyIndicators). Pure: no I/O. "Changed" means a table value or a narrative paragraph differs; the
/// metadata (year, title, dates) is shown but does not count, since two years always differ there.
class ReportComparison {
    Q_DECLARE_TR_FUNCTIONS(ReportComparison)
public:
    static ReportComparison compare(const Report& before, const Report& after);

    const QVector<CellComparison>& cells() const { return m_cells; }
    const QVector<ParagraphComparison>& paragraphs() const { return m_paragraphs; }
    const YearIndicators& beforeFigures() const { return m_beforeFigures; }
    const YearIndicators& afterFigures() const { return m_afterFigures; }
    int beforeYear() const { return m_beforeYear; }
    int afterYear() const { return m_afterYear; }
    QString beforeTitle() const { return m_beforeTitle; }
    QString afterTitle() const { return m_afterTitle; }
    QString beforeFormat() const { return m_beforeFormat; }
    QString afterFormat() const { return m_afterFormat; }

    int changedCellCount() const;
    int changedParagraphCount() const;
    bool hasChanges() const { return changedCellCount() > 0 || changedParagraphCount() > 0; }

    /// The public JSON shape "nianbao-compare/1" (docs/json-format.md).
    QJsonObject toJson() const;
    /// Plain text for the console: indicators, changed cells, changed paragraphs.
    QString toText() const;

    /// "12" / "-3" / "+4" style display of a scaled change (sign always shown when not 0).
    static QString changeText(qint64 scaled);
    static QString kindId(ParagraphComparison::Kind kind); ///< same / changed / added / removed (stable)

    static constexpr const char* kSchema = "nianbao-compare/1";

private:
    QVector<CellComparison> m_cells;
    QVector<ParagraphComparison> m_paragraphs;
    YearIndicators m_beforeFigures;
    YearIndicators m_afterFigures;
    int m_beforeYear = 0;
    int m_afterYear = 0;
    QString m_beforeTitle;
    QString m_afterTitle;
    QString m_beforeFormat;
    QString m_afterFormat;
};

/// The paragraph diff of two texts (longest common subsequence of paragraphs; a removed paragraph
/// directly followed by an added one is reported as one changed paragraph). Paragraphs are compared by
/// comparableParagraph(), so that the same report read from a DOCX and from a web page does not differ
/// in invisible characters; the comparisons keep the paragraphs' own text.
QVector<ParagraphComparison> diffParagraphs(const QString& section, const QStringList& before,
                                            const QStringList& after);

/// A paragraph as the comparison sees it (never stored): zero-width characters (U+200B–U+200D, U+2060,
/// U+FEFF) dropped, every other space (U+00A0, U+3000, U+2000–U+200A, U+202F, U+205F, tabs) a plain space,
/// runs of spaces one space, none at either end.
QString comparableParagraph(const QString& paragraph);

} // namespace nb
