#pragma once

#include <QString>

namespace nb {

/// Tolerant comparison of printed labels with the labels of a format.
class LabelText {
public:
    /// Folds full-width forms, unifies brackets to ( ), drops white space and punctuation (、.，：“” …)
    /// so that `（一）予以公开`, `(一) 予以 公开` and `（一)予以公开` compare equal.
    static QString normalize(const QString& text);
    /// The label without its leading numbering (一、 （一） 1. 1、 (1)), normalised.
    static QString core(const QString& normalized);
    /// Length of the longest common subsequence (inputs are cut to a bounded length).
    static int lcs(const QString& a, const QString& b);
    /// The same by plain dynamic programming (reference for tests; used for patterns over 64 characters).
    static int lcsReference(const QString& a, const QString& b);
    /// True for CJK ideographs.
    static bool isIdeograph(QChar c);
    /// Removes the spaces that justified PDF text puts between CJK characters and around digits.
    static QString closeCjkSpaces(const QString& text);
    /// Full-width digits, letters and punctuation to their ASCII forms.
    static QString foldWidth(const QString& text);
};

} // namespace nb
