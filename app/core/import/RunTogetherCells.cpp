#include "import/RunTogetherCells.h"

namespace nb {

namespace {

constexpr int kMaxDigits = 9;         ///< a cell holds at most 999,999,999
constexpr int kMaxSplits = 200000;    ///< beyond this many ways the row is ambiguous anyway
constexpr int kMaxSteps = 2000000;    ///< bounds the search (a row of 15 cells needs far fewer)
constexpr int kMaxRunDigits = 4 * 64; ///< a row of a report table has far fewer

struct Search {
    const QStringList& runs;
    const int cells;
    const QVector<RunTogetherCells::Identity>& identities;
    QVector<int> digitsAfter; ///< digits in runs[i..]
    QVector<qint64> current;
    QVector<qint64> firstConsistent;
    int splits = 0;
    int consistent = 0;
    int steps = 0;

    bool holds(const RunTogetherCells::Identity& identity) const {
        const auto sum = [this](const QVector<RunTogetherCells::Identity::Term>& terms) {
            qint64 s = 0;
            for (const RunTogetherCells::Identity::Term& t : terms)
                s += t.sign * (t.position >= 0 ? current.at(t.position) : t.known);
            return s;
        };
        return sum(identity.left) == sum(identity.right);
    }

    void leaf() {
        ++splits;
        for (const RunTogetherCells::Identity& identity : identities) {
            if (!holds(identity))
                return;
        }
        if (++consistent == 1)
            firstConsistent = current;
    }

    /// Cuts runs[run] from position `at` on, the cells before already in current.
    void walk(int run, int at) {
        if (splits >= kMaxSplits || ++steps > kMaxSteps) {
            splits = qMax(splits, kMaxSplits); // gave up: ambiguous
            return;
        }
        const int placed = int(current.size());
        if (run == runs.size()) {
            if (placed == cells)
                leaf();
            return;
        }
        const QString& text = runs.at(run);
        const int left = int(text.size()) - at;
        const int cellsLeft = cells - placed;
        // Every later run needs a cell of its own; every cell needs a digit and holds at most kMaxDigits.
        const int laterRuns = int(runs.size()) - run - 1;
        const int digitsLeft = left + digitsAfter.at(run + 1);
        if (cellsLeft < laterRuns + 1 || digitsLeft < cellsLeft || digitsLeft > cellsLeft * kMaxDigits)
            return;
        const int maxLength = text.at(at) == QLatin1Char('0') ? 1 : qMin(left, kMaxDigits);
        for (int length = 1; length <= maxLength; ++length) {
            current.append(QStringView(text).mid(at, length).toLongLong());
            if (at + length == text.size())
                walk(run + 1, 0);
            else
                walk(run, at + length);
            current.removeLast();
        }
    }
};

} // namespace

bool RunTogetherCells::isDigitRun(const QString& token) {
    if (token.isEmpty())
        return false;
    for (QChar c : token) {
        if (c.unicode() < '0' || c.unicode() > '9')
            return false;
    }
    return true;
}

RunTogetherCells::Result RunTogetherCells::split(const QStringList& runs, int cells,
                                                 const QVector<Identity>& identities) {
    Result result;
    int digits = 0;
    for (const QString& r : runs) {
        if (!isDigitRun(r))
            return result;
        digits += int(r.size());
    }
    if (runs.isEmpty() || cells <= 0 || digits < cells || runs.size() > cells || digits > kMaxRunDigits)
        return result;
    for (const Identity& identity : identities) {
        for (const QVector<Identity::Term>* terms : {&identity.left, &identity.right}) {
            for (const Identity::Term& t : *terms) {
                if (t.position >= cells)
                    return result; // not an identity of this row
            }
        }
    }
    Search search{runs, cells, identities, QVector<int>(int(runs.size()) + 1, 0), {}, {}, 0, 0, 0};
    for (int i = int(runs.size()) - 1; i >= 0; --i)
        search.digitsAfter[i] = search.digitsAfter.at(i + 1) + int(runs.at(i).size());
    search.current.reserve(cells);
    search.walk(0, 0);
    result.splits = search.splits;
    result.consistent = search.consistent;
    if (search.splits == 0)
        return result;
    if (search.consistent == 1 && search.splits < kMaxSplits) {
        result.outcome = Outcome::Unique;
        result.values = search.firstConsistent;
    } else {
        result.outcome = Outcome::Ambiguous;
    }
    return result;
}

} // namespace nb
