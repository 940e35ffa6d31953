#pragma once

#include "model/CellValue.h"

#include <QCoreApplication>
#include <QString>

namespace nb {

class ImportVocabulary;

/// One printed table cell or whitespace-separated token, classified and parsed exactly as printed.
struct ValueToken {
    Q_DECLARE_TR_FUNCTIONS(ValueToken)
public:
    enum class Kind : quint8 {
        Blank,      ///< empty cell
        Number,     ///< a number, possibly with thousands separators or a unit
        None,       ///< printed-as-none mark: / — 无 …
        Label,      ///< text with CJK ideographs: part of a row label
        Unreadable, ///< neither: 12a, 1.2.3, #, a number too large to hold
    };
    Kind kind = Kind::Blank;
    QString text; ///< trimmed as printed
    qint64 scaled = 0;
    int decimals = 0; ///< decimals as printed (at most 6)
    QString unit;     ///< unit printed after the number (元, 万元 …)
    QString why;      ///< for Unreadable: translated reason

    static ValueToken classify(const QString& text, const ImportVocabulary& vocabulary);
    bool isValueLike() const { return kind != Kind::Label; }
    /// The cell to store: number (with the printed text noted when it differs) or printed-none.
    CellValue toCell() const;
};

} // namespace nb
