#pragma once

#include <QString>

namespace nb {

/// True for code points of the CJK Radicals Supplement and Kangxi Radicals blocks (U+2E80-U+2FDF).
constexpr bool isCjkRadical(char32_t codePoint) {
    return codePoint >= 0x2E80 && codePoint <= 0x2FDF;
}

/// The unified ideograph a radical code point stands for (U+2F00 ⼀ → U+4E00 一, U+2ED4 ⻔ → U+95E8 门),
/// from Unicode's EquivalentUnifiedIdeograph table; any other code point is returned unchanged.
/// Used to repair PDF text layers in which Qt mapped a shared glyph back to the radical.
char32_t unifiedIdeographForRadical(char32_t codePoint);

/// Number of entries in the table (for tests).
int radicalTableSize();

} // namespace nb
