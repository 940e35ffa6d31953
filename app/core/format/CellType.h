#pragma once

#include <QtGlobal>

#include <limits>

namespace nb {

/// The data type of one statistics cell, as the format declares it.
enum class CellType : quint8 {
    Count,  ///< non-negative integer (件, 件次)
    Amount, ///< non-negative amount in 万元 with at most 6 decimals (to the fen: 0.000001 万元 = 0.01 元)
    Signed, ///< signed integer (2019 本年增/减)
};

// The numeric range of cells: model/CellValue stores values in it, FormatRuleCompiler refuses equations
// whose sums could leave it.

/// Fixed-point scale of every stored number: values are kept as value * 10^6 in a qint64 (the smallest
/// unit is 0.000001 万元 = 1 分), so 万元 amounts to the fen are exact and sums never round.
inline constexpr qint64 kValueScale = 1000000;
/// Most decimals a value can carry (log10 of kValueScale).
inline constexpr int kMaxDecimals = 6;
/// Largest magnitude a cell may hold (in units, before scaling): 999,999,999.999999 万元 is about
/// 10^13 元, far above any amount a government body prints; larger input is refused.
inline constexpr qint64 kMaxCellUnits = 999999999;
/// Largest scaled magnitude of one cell.
inline constexpr qint64 kMaxCellScaled = (kMaxCellUnits + 1) * kValueScale - 1;
/// Sums of up to this many cells cannot overflow a qint64 (9,223 × 10^15 < 2^63); formats refuse
/// equations with more terms (FormatRuleCompiler).
inline constexpr int kMaxSumTerms = 9000;
static_assert(kMaxCellScaled <= (std::numeric_limits<qint64>::max)() / kMaxSumTerms,
              "a sum of kMaxSumTerms cells must fit a qint64");

} // namespace nb
