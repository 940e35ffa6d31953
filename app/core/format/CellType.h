#pragma once

#include <QtGlobal>

namespace nb {

/// The data type of one statistics cell, as the format declares it.
enum class CellType : quint8 {
    Count,  ///< non-negative integer (件, 件次)
    Amount, ///< non-negative amount in 万元 with at most 4 decimals
    Signed, ///< signed integer (2019 本年增/减)
};

} // namespace nb
