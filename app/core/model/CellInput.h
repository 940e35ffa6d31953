#pragma once

#include "model/CellValue.h"

#include <QCoreApplication>
#include <QString>

namespace nb {

/// What typing into a cell produced: an accepted value, or a plain-language reason it was refused.
struct CellInputResult {
    bool ok = false;
    CellValue value;
    QString error; ///< translated, user-facing; empty when ok
};

/// Normalises and checks what a clerk types into a statistics cell.
///
/// Accepted (documented in docs/json-format.md, "Cell input"):
/// - ASCII and full-width digits (０-９ from a Chinese IME), full-width ．－＋, surrounding and inner spaces
///   (including U+3000), thousands separators (, ， and ' between digit groups);
/// - empty text → blank;
/// - a lone "-", "－", "—", "/", "／", "无" or "0" → 0 (the report convention for "none");
/// - for amounts, up to 6 decimals (to the fen), kept as given ("12.50" stays "12.50"; zeros after the
///   6th decimal are dropped); for signed cells a leading - or +.
/// Refused with a reason: anything non-numeric, negative where not allowed, a fraction in a count,
/// more than 6 significant decimals, more than 999,999,999.
class CellInput {
    Q_DECLARE_TR_FUNCTIONS(CellInput)
public:
    static CellInputResult parse(const QString& text, CellType type);
    /// Full-width → half-width for digits and the few punctuation marks that matter here.
    static QString foldWidth(const QString& text);
};

} // namespace nb
