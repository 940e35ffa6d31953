#pragma once

#include "format/FormatDefinition.h"
#include "model/CellValue.h"
#include "model/YearFigures.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QVector>

#include <memory>

namespace nb {

/// Kind of reporting agency; decides the legal deadline (条例第四十九条).
enum class AgencyKind : quint8 {
    Department, ///< 部门: publish by 1月31日
    Government, ///< 人民政府: publish by 3月31日
};
QString agencyKindToString(AgencyKind kind); ///< "部门" / "人民政府" (stable, used in files)
bool agencyKindFromString(const QString& s, AgencyKind* kind);

/// Heading level of a narrative paragraph, recognised by its prefix.
enum class HeadingLevel : quint8 { Body = 0, Level1 = 1, Level2 = 2, Level3 = 3, Level4 = 4 };
/// 一、→1, （一）→2, 1. / 1、/ １．→3, （1）→4; anything else Body.
HeadingLevel headingLevelOf(const QString& paragraph);

/// The complete content of one annual report, independent of how it is stored.
/// Cells are indexed by FormatDefinition::cells().
struct Report {
    Q_DECLARE_TR_FUNCTIONS(Report)
public:
    FormatPtr format;
    int year = 0;
    QString agency;
    AgencyKind agencyKind = AgencyKind::Department;
    QString title;           ///< empty = default title from the format's template
    QString signatureAgency; ///< 落款 agency; empty = agency
    QDate signatureDate;     ///< 成文日期
    QString notes;           ///< free notes, not printed
    bool autoTotals = true;  ///< computed cells are filled in by the engine (off for imported reports)
    QMap<QString, QString> narratives; ///< section id → text (paragraphs separated by '\n')
    QVector<CellValue> cells;
    /// Cells an import problem left blank (cell index → that problem, as reported). A rule resting on such
    /// a cell while it is still blank cannot be checked (Severity::Unchecked), it is no error of the report.
    QMap<int, QString> importGaps;
    /// Free-form formats only (FormatDefinition::freeForm, reports before 2019): section id → the heading as
    /// this report prints it ("" = no heading line, e.g. the text before 一、). Only the sections listed are
    /// printed. Empty for the national formats, whose headings are the format's.
    QMap<QString, QString> headings;

    // Earlier years (carry-over, docs/file-format.md "Earlier years"): stored inside the document so that
    // it stays self-contained for the cross-year rules and the comparison.
    /// Last year's report as it was carried over (in its own format, without its own history), or null.
    std::shared_ptr<const Report> lastYear;
    /// Key figures of the years before lastYear, oldest first.
    QVector<YearFigures> earlierYears;
    /// Narrative paragraphs the clerk marked as intentionally kept from last year (not flagged as copied):
    /// section id → paragraph texts (trimmed). Editing a kept paragraph ends the mark.
    QMap<QString, QStringList> keptParagraphs;
    /// Explained warnings (说明): finding key (rules/Finding.h, findingKey) → the clerk's explanation. Only
    /// warnings can be explained (rules/Explanations.h); an explanation whose finding no longer exists stays
    /// stored but is not counted or shown as active (docs/file-format.md, "Explanations").
    QMap<QString, QString> explanations;

    /// A new empty report of the given format (all cells blank).
    static Report create(FormatPtr format, int year, const QString& agency, AgencyKind kind);

    QString effectiveTitle() const;
    QString effectiveSignatureAgency() const;
    /// Legal deadline for publishing this report (1月31日 or 3月31日 of year+1).
    QDate deadline() const;

    /// The heading printed for a section: this report's own in a free-form format, else the format's.
    QString sectionHeading(const SectionDef& section) const;
    /// Whether a section is part of this report: always in a national format; in a free-form format when
    /// the report lists it in headings and it has a heading or content.
    bool sectionShown(const SectionDef& section) const;

    CellValue cell(const QString& section, const QString& row, const QString& column) const;
    bool setCell(const QString& section, const QString& row, const QString& column, const CellValue& v);

    /// importGaps as a JSON array of {section, row, column, problem} (stable; "" when there are none).
    QJsonArray importGapsToJson() const;
    /// Reads importGapsToJson() back; cells unknown to the format are skipped. False when malformed.
    bool setImportGapsFromJson(const QJsonValue& value);

    /// Every year known to this report, oldest first: earlierYears, lastYear, then this year.
    QVector<YearFigures> yearChain() const;
    /// True when paragraph text (trimmed) of the section is marked as intentionally kept.
    bool isKeptParagraph(const QString& section, const QString& paragraph) const;

    bool operator==(const Report& o) const;
};

/// Splits narrative text into paragraphs (non-empty lines, trimmed of trailing spaces).
QStringList paragraphsOf(const QString& text);

/// "2026年1月19日": no zero padding (GB/T 9704 §7.3.5.4).
QString chineseDate(const QDate& date);

} // namespace nb
