#pragma once

#include "format/CellType.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

namespace nb {

enum class SectionKind : quint8 { Narrative, Table };
/// Unchecked: a rule that could not be checked because a cell it rests on was left blank by an import
/// problem (never read from a format; see Report::importGaps).
enum class Severity : quint8 { Error, Warning, Unchecked };

/// A node of a table's column header tree (e.g. 法人或其他组织 with five children).
struct HeaderNode {
    QString label;
    bool inPath = true; ///< false for a header spanning the whole table (申请人情况): left out of paths
    int span = 1;       ///< leaf only: how many grid columns the data column occupies (table 二)
    bool hasType = false;
    CellType type = CellType::Count; ///< leaf only, when hasType
    QVector<HeaderNode> children;
};

/// A node of a table's row label tree (e.g. （三）不予公开 with 8 children).
struct RowNode {
    QString label;
    QString unit; ///< 计量单位 of an indicator row (leaf only; printed in the block's unit column)
    QVector<RowNode> children;
};

/// One piece of the printed table grid, for renderers and editors: every merged cell exactly once.
struct GridCell {
    enum class Role : quint8 { Caption, Corner, ColumnHeader, RowHeader, Data };
    Role role = Role::Data;
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
    QString text;       ///< label text; empty for data cells
    int cellIndex = -1; ///< data cells: index into FormatDefinition::cells()
};

/// A sub-table: an optional caption row, a header block, and data rows (table 二 has four, 三 and 四 one).
struct TableBlock {
    QString caption; ///< e.g. 第二十条第（一）项; part of the row path when captionInPath
    bool captionInPath = true;
    QString corner;     ///< corner cell text (信息内容, the 勾稽关系 note); empty = no corner
    QString unitHeader; ///< header of a 计量单位 column after the row labels; empty = no unit column
    CellType type = CellType::Count; ///< default data type of the block's columns
    QVector<HeaderNode> columns;
    QVector<RowNode> rows;

    // Derived by the loader:
    QStringList columnPaths;  ///< canonical path per leaf column
    QVector<int> columnSpans; ///< grid span per leaf column
    QVector<CellType> columnTypes;
    QStringList rowPaths;   ///< canonical path per leaf row (caption first when captionInPath)
    QStringList rowUnits;   ///< unit per leaf row ("" when none)
    QVector<int> rowDepths; ///< depth of each leaf row (1 = top level)
    int labelWidth = 0;     ///< grid columns used by row labels (max row depth, + 1 for a unit column)
    int headerHeight = 0;   ///< grid rows used by column headers (max column depth)
};

struct TableDef {
    bool rowLabels = true; ///< false for table 四 (one unlabeled row with path "")
    QVector<TableBlock> blocks;
    // Derived:
    int gridColumns = 0;
    int gridRows = 0;
    QVector<GridCell> grid;      ///< full printed layout, in row-major order of the top-left corners
    QVector<int> headerGridRows; ///< grid rows that are header rows (repeat them on a new page)
};

struct SectionDef {
    QString id;      ///< 一 … 六
    QString heading; ///< 一、总体情况
    SectionKind kind = SectionKind::Narrative;
    bool required = false;    ///< narrative that must not be empty (warning when it is)
    QString hint;             ///< what the section should contain, shown as help
    TableDef table;           ///< kind == Table
    QVector<int> cellIndexes; ///< data cells of this section, in grid order
};

/// One data cell of a format.
struct CellDef {
    int index = -1;
    QString section;
    int block = 0;
    int blockRow = 0;    ///< leaf row within the block
    int blockColumn = 0; ///< leaf column within the block
    QString rowPath;
    QString columnPath;
    CellType type = CellType::Count;
    bool computed = false; ///< target of a computing sum rule (a total)
};

/// A signed reference inside a rule: "+path" / "-path", optionally of the previous year's report.
struct RuleTerm {
    int sign = 1;
    bool previousYear = false;
    QString path; ///< as written; may end in "/*" (all leaf rows/columns under that prefix)
};

/// A key total of a format (新收申请, 结转, 复议总计 …): kept for every year of a chain of years
/// (Report::yearChain) and compared year on year (rule kind yoy_jump). Read from "keyFigures".
struct KeyFigure {
    QString id;    ///< stable identifier, e.g. new_applications
    QString label; ///< plain Chinese, e.g. 本年新收申请
    QString section;
    QString rowPath;
    QString columnPath;
    int cell = -1;
};

/// A declarative rule: for each row (or column, or once), Σ left == Σ right, for each of its parts.
/// With compute=true, left is a single cell that the engine fills in (a total).
/// Each::Row: terms are column paths, applied to every row of the section (or the rows in `only`).
/// Each::Column: terms are row paths, applied to every column (or the columns in `only`).
/// Each::Cell: terms are full "row|column" references, applied once.
struct RuleDef {
    enum class Each : quint8 { Row, Column, Cell };
    /// Sum: Σ left == Σ right over cells (compiled into equations). The other kinds are evaluated by the
    /// rule engine directly: YearOnYear (a key figure far from last year's), TitleYear (the title or the
    /// 落款 date names another year), NarrativeCopied (a paragraph (nearly) the same as last year's).
    enum class Kind : quint8 { Sum, YearOnYear, TitleYear, NarrativeCopied };
    struct Part {
        QVector<RuleTerm> left;
        QVector<RuleTerm> right;
    };
    QString id;
    Kind kind = Kind::Sum;
    Severity severity = Severity::Error;
    QString section;
    Each each = Each::Row;
    bool compute = false;
    bool crossYear = false; ///< any term refers to the previous year's report
    QVector<Part> parts;
    QStringList only; ///< restrict Each::Row to these rows / Each::Column to these columns (paths)
    QString message;  ///< template: {section} {row} {column} {expected} {actual} {difference} {left} {right}
    QString description;
    QStringList figures;     ///< YearOnYear: key figure ids
    double factor = 5;       ///< YearOnYear: flag above factor × or below 1/factor of last year's
    double similarity = 0.9; ///< NarrativeCopied: flag at this similarity (0–1) or above
    int minLength = 0;       ///< NarrativeCopied: paragraphs shorter than this (compared text) are skipped
};

/// A rule instantiated on concrete cells (what the engine evaluates).
struct Equation {
    int rule = -1; ///< index into FormatDefinition::rules()
    QString section;
    QString rowPath;     ///< location of a finding ("" for per-column rules)
    QString columnPath;  ///< location of a finding ("" for per-row multi-cell rules)
    int target = -1;     ///< computed cell, or -1
    int anchorCell = -1; ///< the cell a finding is shown on
    struct Ref {
        int cell = -1;
        int sign = 1;
        bool previousYear = false;
    };
    QVector<Ref> left;
    QVector<Ref> right;
};

/// An immutable, validated report format (loaded from resources/formats/*.json).
class FormatDefinition {
public:
    QString id;   ///< gov-2021
    QString name; ///< 2021年版全国格式
    QString description;
    int formatVersion = 1;
    int firstYear = 0;     ///< first report year this format applies to (0 = any)
    QString titleTemplate; ///< {agency}{year}年政府信息公开工作年度报告
    /// Free-form (reports before 2019): the sections are slots that a report fills with its own headings
    /// (Report::headings); only the sections a report carries are printed. A heading may be empty.
    bool freeForm = false;

    const QVector<SectionDef>& sections() const { return m_sections; }
    const SectionDef* section(const QString& id) const;
    const QVector<CellDef>& cells() const { return m_cells; }
    const QVector<RuleDef>& rules() const { return m_rules; }
    /// Equations in evaluation order: computing equations first, in dependency order.
    const QVector<Equation>& equations() const { return m_equations; }
    const RuleDef* rule(const QString& id) const;
    const QVector<KeyFigure>& keyFigures() const { return m_keyFigures; }
    const KeyFigure* keyFigure(const QString& id) const;

    /// Index of the cell at canonical paths, or -1.
    int cellIndex(const QString& section, const QString& rowPath, const QString& columnPath) const;
    int dataCellCount(const QString& section) const;
    QStringList tableSectionIds() const;
    QStringList narrativeSectionIds() const;

private:
    friend class FormatLoader;
    friend class FormatRuleCompiler;
    QVector<SectionDef> m_sections;
    QVector<CellDef> m_cells;
    QVector<RuleDef> m_rules;
    QVector<Equation> m_equations;
    QVector<KeyFigure> m_keyFigures;
    QHash<QString, int> m_cellLookup; ///< "section\x1frow\x1fcolumn" → index
};

using FormatPtr = std::shared_ptr<const FormatDefinition>;

} // namespace nb
