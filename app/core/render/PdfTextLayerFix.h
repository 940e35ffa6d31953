#pragma once

#include <QByteArray>

namespace nb {

/// Repairs the text layer of a PDF written by Qt (toolchain guide, pitfall 3).
///
/// When a font maps one glyph to both a unified ideograph and a CJK/Kangxi radical (一 and ⼀, 门 and ⻔),
/// Qt's ToUnicode reverse lookup may pick the radical, so copy, search and pdftotext give U+2E80-U+2FDF
/// instead of the hanzi. This rewrites every ToUnicode CMap of the file so that radicals map to their
/// unified ideographs (RadicalMap) and control characters (U+0001–U+001F, which fonts such as Fandol map
/// to the space glyph) to U+0020, and fixes the stream lengths, the xref table and startxref.
/// It works for any font (bundled, system or Windows). PDFs without a classic xref table are left alone.
class PdfTextLayerFix {
public:
    /// Rewrites pdf in place. Returns the number of mapping entries changed, or -1 if the file could not
    /// be parsed (then pdf is unchanged).
    static int fixToUnicode(QByteArray* pdf);
    /// Rewrites the body of one ToUnicode CMap; returns how many destination code points were changed.
    static int fixCMap(QByteArray* cmap);
};

} // namespace nb
