#pragma once

#include "model/Report.h"

#include <QFont>
#include <QStringList>
#include <QVector>

namespace nb {

/// The printable content of a report as an ordered list of blocks, shared by every writer
/// (ReportRenderer/PDF/print, DOCX, ODT, HTML) so that they all print the same things in the same order:
/// title, then per section its heading and either its narrative paragraphs or its table, then the 落款.
struct ContentBlock {
    enum class Kind : quint8 { Title, SectionHeading, Paragraph, Table, Signature };
    Kind kind = Kind::Paragraph;
    QString text;                            ///< title / heading / paragraph text
    HeadingLevel level = HeadingLevel::Body; ///< paragraphs: from nb::headingLevelOf
    int headingLength = 0;                   ///< leading characters in the heading font (run-in headings)
    int section = -1;                        ///< index into format->sections() (headings, paragraphs, tables)
    QString signatureAgency;                 ///< Signature
    QString signatureDate;                   ///< Signature: 2026年1月19日 (empty when no date)
};

/// Builds the content blocks of a report.
QVector<ContentBlock> contentBlocksOf(const Report& report);

/// For a heading-numbered paragraph, how many leading characters are the heading proper: up to and
/// including the first 。 (or ：) when more text follows, else the whole paragraph. 0 for body text.
int headingPrefixLength(const QString& paragraph, HeadingLevel level);

/// Printed text of a table cell: "" for blank, the printed mark for printed-none, else the number.
QString cellDisplayText(const Report& report, int cellIndex);

/// Breaks a title into balanced centred lines no wider than maxWidth (GB/T 9704 §7.3.1: words kept whole,
/// lines of similar length, shaped as a 梯形 or 菱形). Breaks are preferred after the agency name, before
/// the year and before 政府信息公开. Width is measured with the font (any unit consistent with maxWidth).
QStringList balancedTitleLines(const QString& title, const QString& agency, const QFont& font,
                               qreal maxWidth);

} // namespace nb
