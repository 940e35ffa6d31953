#pragma once

#include "model/Report.h"

#include <QString>
#include <QVector>

namespace nb {

/// Something in the input that the importer could not place: an unknown row, a row with the wrong number
/// of cells, an unreadable value, text that belongs nowhere. Never silently dropped, never guessed.
struct ImportProblem {
    int line = 0;                 ///< 1-based line of the input (0 = the document as a whole)
    QString text;                 ///< the printed text concerned (shortened)
    QString message;              ///< translated explanation
    QVector<int> blankCells = {}; ///< cells this problem left blank (rules resting on them cannot be checked)
};

/// The outcome of importing one published report.
struct ImportResult {
    bool ok = false; ///< false only when nothing could be read (see error)
    Report report;   ///< autoTotals = false: printed totals are kept so rules can flag them
    QString kind;    ///< pdf, docx, odt, html, text, pdf-text, json (doc, zip: refused)
    QVector<ImportProblem> problems;
    QString error;               ///< why ok is false
    bool notAReport = false;     ///< !ok because nothing of a report was recognised (a README, other JSON)
    bool formatDetected = false; ///< false: no table evidence, the format was chosen from the year
    QString formatEvidence;      ///< short explanation of the format decision
    QStringList unplacedRows;    ///< canonical paths of printed rows with no place in the format
};

} // namespace nb
