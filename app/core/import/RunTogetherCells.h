#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace nb {

/// Values of one table row printed without separators between some cells: page text extracted without cell
/// boundaries ("…数量160 02 0 018" for 16 0 0 2 0 0 18). A run is split only when the split is unique:
/// exactly one way to cut the runs into the row's cells (as many digits as cells, or leading zeros leave
/// one way) that also satisfies the row's identities (the row total, the table's sums), or exactly one of
/// several ways that satisfies them. Anything else is left to the caller as an import problem: never a
/// guessed number. (A split that breaks the row's own total is more likely a row with blank cells.)
class RunTogetherCells {
public:
    /// Σ sign·value over left = Σ sign·value over right; positions index the row's cells. A position of -1
    /// stands for a known value (a cell of another row already read) given in `known`.
    struct Identity {
        struct Term {
            int position = -1;
            int sign = 1;
            qint64 known = 0; ///< units, when position is -1
        };
        QVector<Term> left;
        QVector<Term> right;
    };

    enum class Outcome {
        NotARun,   ///< the runs cannot be cut into that many cells (too few digits, not plain digits)
        Unique,    ///< values holds the only split
        Ambiguous, ///< several splits fit (or none satisfies the identities)
    };
    struct Result {
        Outcome outcome = Outcome::NotARun;
        QVector<qint64> values; ///< whole units, one per cell (Unique)
        int splits = 0;         ///< ways to cut the runs into the cells (capped)
        int consistent = 0;     ///< of those, the ways that satisfy every identity
    };

    /// runs: the printed number tokens in order (plain ASCII digits). cells: the row's cell count.
    static Result split(const QStringList& runs, int cells, const QVector<Identity>& identities);
    /// True for a token that can take part in a run: digits only.
    static bool isDigitRun(const QString& token);
};

} // namespace nb
