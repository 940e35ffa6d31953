#pragma once

#include <QString>

namespace nb {

/// Similarity of two narrative paragraphs for the copied-paragraph check (内容雷同, rule kind
/// narrative_copied): whitespace, punctuation, symbols and digits are ignored, the rest is compared by
/// edit distance. Pure functions; cheap enough to run on every edit (banded distance, early exit).
class TextSimilarity {
public:
    /// The text that is compared: letters and CJK characters only (no spaces, punctuation or digits).
    static QString normalized(const QString& paragraph);
    /// 1 − edit distance / longer length, for two normalized texts; 0 when it is certainly below atLeast
    /// (the distance is then not computed to the end). Two empty texts are identical (1).
    static double similarity(const QString& a, const QString& b, double atLeast = 0);
};

} // namespace nb
