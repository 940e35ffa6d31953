#pragma once

#include "format/CellType.h"

#include <QString>
#include <QtGlobal>

namespace nb {

/// Fixed-point scale of every stored number: values are kept as value * 10^4 in a qint64,
/// so 万元 amounts with 4 decimals are exact and sums never round.
inline constexpr qint64 kValueScale = 10000;
/// Largest magnitude a cell may hold (in units, before scaling).
inline constexpr qint64 kMaxCellUnits = 999999999;

/// One table cell: blank, a number, or a "printed as none" mark from an imported report (/, —, 无).
/// Blank is distinct from 0. A printed-none mark counts as 0 in sums but remembers what was printed.
class CellValue {
public:
    enum class State : quint8 { Blank, Number, PrintedNone };

    CellValue() = default;
    static CellValue blank() { return {}; }
    static CellValue fromUnits(qint64 units) { return fromScaled(units * kValueScale); }
    static CellValue fromScaled(qint64 scaled);
    static CellValue printedNone(const QString& mark);

    State state() const { return m_state; }
    bool isBlank() const { return m_state == State::Blank; }
    bool isNumber() const { return m_state == State::Number; }
    bool isPrintedNone() const { return m_state == State::PrintedNone; }
    /// Value * 10^4; 0 for blank and printed-none.
    qint64 scaled() const { return m_scaled; }
    /// What the published report printed when it differs from the number (e.g. "/", "251000元"); else empty.
    QString printed() const { return m_printed; }
    void setPrinted(const QString& printed) { m_printed = printed; }
    double toDouble() const { return double(m_scaled) / double(kValueScale); }

    /// Plain display text: "" for blank, "12", "0.35", or the printed mark.
    QString toDisplayString() const;
    /// Lossless text form used by storage: "" blank, "n:<scaled>", "none:<mark>"; printed text appended after
    /// '|'.
    QString toStorageString() const;
    static CellValue fromStorageString(const QString& text, bool* ok = nullptr);

    bool operator==(const CellValue& o) const {
        return m_state == o.m_state && m_scaled == o.m_scaled && m_printed == o.m_printed;
    }
    bool operator!=(const CellValue& o) const { return !(*this == o); }

private:
    State m_state = State::Blank;
    qint64 m_scaled = 0;
    QString m_printed;
};

/// Formats a scaled value as a plain decimal ("12", "0.5", "-3"), no grouping.
QString formatScaled(qint64 scaled);

} // namespace nb
