#pragma once

#include "format/FormatDefinition.h"

#include <QString>
#include <QVector>

namespace nb {

/// One problem the rule engine found. Row and column use canonical label paths ("" when the rule is per
/// column / per row / about metadata). JSON form: docs/json-format.md, "Findings".
struct Finding {
    Severity severity = Severity::Error;
    QString rule; ///< rule id (format rules) or a built-in check id (report_date, deadline, blank_cells …)
    QString section; ///< 二/三/四 for tables, 一…六 for narratives, "" for metadata
    QString row;
    QString column;
    int cell = -1; ///< cell index to show the finding on, or -1
    bool hasNumbers = false;
    qint64 expected = 0; ///< scaled (×10^6) when hasNumbers
    qint64 actual = 0;
    QString message;       ///< plain Chinese (from the format's template) or translated built-in text
    QString field;         ///< metadata field for metadata findings: agency, title, signature_date …
    QString importProblem; ///< Severity::Unchecked: the import problem that left a cell of the rule blank
    int paragraph = 0;     ///< narrative findings about one paragraph (narrative_copied): 1-based, else 0

    /// Every field counts: a finding that moves to another cell or field is a different finding (the GUI
    /// tints by cell, so ReportDocument::findingsChanged must fire).
    bool operator==(const Finding& o) const {
        return severity == o.severity && rule == o.rule && section == o.section && row == o.row &&
               column == o.column && cell == o.cell && hasNumbers == o.hasNumbers && expected == o.expected &&
               actual == o.actual && message == o.message && field == o.field &&
               importProblem == o.importProblem && paragraph == o.paragraph;
    }
    bool operator!=(const Finding& o) const { return !(*this == o); }
};

using Findings = QVector<Finding>;

/// The stable key of a finding: what it is about, not what it says. Built from the rule id, section, row
/// path, column path, metadata field and paragraph (never the numbers, the cell index or the message), so
/// it survives edits that change the figures but not the place: `rule|section|row|column|field|paragraph`,
/// trailing empty parts dropped (e.g. `blank_cells|三`, `report_date||||signature_date`). Explanations
/// (Report::explanations) are stored under it; `nianbao-cli check`/`validate` print it (docs/cli.md).
QString findingKey(const Finding& finding);

/// The severity as JSON and CSV spell it (docs/json-format.md): "error", "warning" or "unchecked".
inline QString severityId(Severity s) {
    switch (s) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        break;
    case Severity::Unchecked:
        return QStringLiteral("unchecked");
    }
    return QStringLiteral("warning");
}

} // namespace nb
