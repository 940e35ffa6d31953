#pragma once

#include "import/SourceLine.h"
#include "import/ValueToken.h"

#include <QString>
#include <QVector>

namespace nb {

class ImportVocabulary;

/// A line of a table section split into its label text and its values.
struct ParsedLine {
    enum class Kind : quint8 {
        Empty,  ///< nothing printed (or a page number)
        Text,   ///< only text: a header, a caption, a piece of a label broken across lines, or a stray note
        Values, ///< at least one printed value (number, none mark or unreadable token)
        Blanks, ///< explicit cells with a label and only empty value cells (a row left blank, or a header)
    };
    Kind kind = Kind::Empty;
    int index = 0;  ///< position in the section's lines
    int number = 0; ///< source line
    QString text;   ///< the whole line as printed
    QString label;  ///< label part as printed
    QString labelNorm;
    QVector<ValueToken> values;
    bool explicitCells = false; ///< cells were delimited (| , tab, HTML): blanks are meaningful

    /// Splits a line: delimited cells when it has | or tabs (or came from HTML), else whitespace tokens
    /// with the values taken from the end of the line.
    static ParsedLine parse(const SourceLine& line, int index, const ImportVocabulary& vocabulary);
    /// The values to place in a row of n columns: trailing empty cells beyond n are span artefacts.
    QVector<ValueToken> valuesFor(int n) const;
};

} // namespace nb
