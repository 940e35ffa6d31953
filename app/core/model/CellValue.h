#pragma once

#include "format/CellType.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

namespace nb {

/// One table cell: blank, a number, or a "printed as none" mark from an imported report (/, —, 无).
/// Blank is distinct from 0. A printed-none mark counts as 0 in sums but remembers what was printed.
/// A number remembers how many decimals it was given (0-6; "12.50" keeps 2), so it is shown, printed and
/// exported as entered; the count never drops a significant digit (docs/file-format.md, "Cell values").
class CellValue {
public:
    enum class State : quint8 { Blank, Number, PrintedNone };

    CellValue() = default;
    static CellValue blank() { return {}; }
    static CellValue fromUnits(qint64 units) { return fromScaled(units * kValueScale); }
    /// A number of value scaled / 10^6 shown with `decimals` decimals; fewer than the value needs (or -1)
    /// means as many as it needs, so no digit is ever dropped.
    static CellValue fromScaled(qint64 scaled, int decimals = -1);
    static CellValue printedNone(const QString& mark);
    /// Exact parse of a plain decimal ("-12.50", "24252.311082"; no grouping, no exponent) into a number
    /// that keeps the decimals written. False when malformed, with more than 6 decimals or beyond
    /// kMaxCellUnits.
    static bool fromDecimalText(QStringView text, CellValue* out);

    State state() const { return m_state; }
    bool isBlank() const { return m_state == State::Blank; }
    bool isNumber() const { return m_state == State::Number; }
    bool isPrintedNone() const { return m_state == State::PrintedNone; }
    /// Value * 10^6; 0 for blank and printed-none.
    qint64 scaled() const { return m_scaled; }
    /// Decimals shown for a number (0-6); 0 otherwise.
    int decimals() const { return m_decimals; }
    /// What the published report printed when it differs from the number (e.g. "/", "251000元"); else empty.
    QString printed() const { return m_printed; }
    void setPrinted(const QString& printed) { m_printed = printed; }

    /// Plain display text: "" for blank, "12", "0.35", "12.50" (as entered), or the printed mark.
    QString toDisplayString() const;
    /// Lossless text form used by storage (file version 2): "" blank, "d:<decimal as entered>",
    /// "none:<mark>"; printed text appended after '|'.
    QString toStorageString() const;
    static CellValue fromStorageString(const QString& text, bool* ok = nullptr);
    /// Reads the file-version-1 form ("n:<value × 10^4>") as the same value with the decimals it needs.
    static CellValue fromVersion1StorageString(const QString& text, bool* ok = nullptr);

    bool operator==(const CellValue& o) const {
        return m_state == o.m_state && m_scaled == o.m_scaled && m_decimals == o.m_decimals &&
               m_printed == o.m_printed;
    }
    bool operator!=(const CellValue& o) const { return !(*this == o); }

private:
    State m_state = State::Blank;
    quint8 m_decimals = 0;
    qint64 m_scaled = 0;
    QString m_printed;
};

/// Fewest decimals that show a scaled value exactly (0 for whole numbers, 6 for 0.000001).
int neededDecimals(qint64 scaled);
/// Formats a scaled value as a plain decimal ("12", "0.5", "-3", "12.50"), no grouping, with at least
/// `decimals` decimals and never fewer than the value needs (-1: as few as it needs).
QString formatScaled(qint64 scaled, int decimals = -1);

} // namespace nb
