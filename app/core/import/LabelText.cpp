#include "import/LabelText.h"

#include <algorithm>
#include <vector>

namespace nb {

namespace {
constexpr int kMaxLcsLength = 400;

bool isDroppedPunctuation(char16_t c) {
    switch (c) {
    case u'、':
    case u'.':
    case u',':
    case u'，':
    case u':':
    case u'：':
    case u';':
    case u'；':
    case u'"':
    case u'“':
    case u'”':
    case u'\'':
    case u'‘':
    case u'’':
    case u'·':
    case u'•':
    case u'。':
    case u'!':
    case u'！':
    case u'?':
    case u'？':
    case u'-':
    case u'－':
    case u'—':
    case u'_':
    case u'/':
    case u'／':
    case u'|':
    case u'…':
    case u'《':
    case u'》':
    case u'<':
    case u'>':
        return true;
    default:
        return false;
    }
}

bool isNumberingChar(QChar c) {
    static const QString chineseDigits = QStringLiteral("一二三四五六七八九十");
    return c.isDigit() || chineseDigits.contains(c);
}
} // namespace

bool LabelText::isIdeograph(QChar c) {
    const char16_t u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0xF900 && u <= 0xFAFF);
}

QString LabelText::foldWidth(const QString& text) {
    QString out = text;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        else if (u == 0x3000)
            c = QLatin1Char(' ');
    }
    return out;
}

QString LabelText::normalize(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            u = char16_t(u - 0xFEE0);
        if (u == 0x3000 || QChar(u).isSpace())
            continue;
        switch (u) {
        case u'[':
        case u'【':
        case u'〔':
        case u'［':
        case u'{':
            u = u'(';
            break;
        case u']':
        case u'】':
        case u'〕':
        case u'］':
        case u'}':
            u = u')';
            break;
        case u'它':
            // 其它 / 其他: both spellings are common in published tables
            if (!out.isEmpty() && out.back() == QChar(u'其'))
                u = u'他';
            break;
        default:
            break;
        }
        if (isDroppedPunctuation(u))
            continue;
        out.append(QChar(u));
    }
    return out;
}

QString LabelText::core(const QString& normalized) {
    int i = 0;
    const int n = int(normalized.size());
    if (i < n && normalized.at(i) == QLatin1Char('(')) {
        int j = i + 1;
        while (j < n && isNumberingChar(normalized.at(j)))
            ++j;
        if (j > i + 1 && j < n && normalized.at(j) == QLatin1Char(')'))
            i = j + 1;
    } else {
        int j = i;
        while (j < n && isNumberingChar(normalized.at(j)) && j - i < 3)
            ++j;
        // "1属于…" / "三本年度…": numbering followed by text (the separator was dropped)
        if (j > i && j < n && j - i <= 2)
            i = j;
    }
    return normalized.mid(i);
}

int LabelText::lcsReference(const QString& a, const QString& b) {
    const int n = int(qMin(a.size(), qsizetype(kMaxLcsLength)));
    const int m = int(qMin(b.size(), qsizetype(kMaxLcsLength)));
    if (n == 0 || m == 0)
        return 0;
    std::vector<int> rows(size_t(2 * (m + 1)), 0);
    int* prev = rows.data();
    int* cur = rows.data() + m + 1;
    const QChar* pa = a.constData();
    const QChar* pb = b.constData();
    for (int i = 1; i <= n; ++i) {
        cur[0] = 0;
        const QChar ca = pa[i - 1];
        for (int j = 1; j <= m; ++j)
            cur[j] = ca == pb[j - 1] ? prev[j - 1] + 1 : qMax(prev[j], cur[j - 1]);
        std::swap(prev, cur);
    }
    return prev[m];
}

int LabelText::lcs(const QString& a, const QString& b) {
    // Bit-parallel LCS length (Hyyrö 2004) with the shorter string as the pattern when it fits in 64 bits.
    const QString& pattern = a.size() <= b.size() ? a : b;
    const QString& text = a.size() <= b.size() ? b : a;
    const int m = int(pattern.size());
    if (m == 0)
        return 0;
    if (m > 64)
        return lcsReference(a, b);
    struct Entry {
        char16_t c;
        quint64 mask;
    };
    Entry table[64];
    int entries = 0;
    for (int i = 0; i < m; ++i) {
        const char16_t c = pattern.at(i).unicode();
        int k = 0;
        while (k < entries && table[k].c != c)
            ++k;
        if (k == entries)
            table[entries++] = Entry{c, 0};
        table[k].mask |= quint64(1) << i;
    }
    std::sort(table, table + entries, [](const Entry& x, const Entry& y) { return x.c < y.c; });
    quint64 v = ~quint64(0);
    const int n = int(qMin(text.size(), qsizetype(kMaxLcsLength)));
    const QChar* pt = text.constData();
    for (int j = 0; j < n; ++j) {
        const char16_t c = pt[j].unicode();
        int lo = 0;
        int hi = entries;
        while (lo < hi) {
            const int mid = (lo + hi) / 2;
            if (table[mid].c < c)
                lo = mid + 1;
            else
                hi = mid;
        }
        if (lo == entries || table[lo].c != c)
            continue;
        const quint64 u = v & table[lo].mask;
        v = (v + u) | (v - u);
    }
    const quint64 used = m == 64 ? ~quint64(0) : ((quint64(1) << m) - 1);
    int zeros = 0;
    for (quint64 x = ~v & used; x; x &= x - 1)
        ++zeros;
    return zeros;
}

QString LabelText::closeCjkSpaces(const QString& text) {
    auto wide = [](QChar c) {
        const char16_t u = c.unicode();
        return isIdeograph(c) || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF) ||
               u == 0x201C || u == 0x201D || u == 0x2018 || u == 0x2019 || u == 0x2014 || u == 0x2026;
    };
    QString out;
    out.reserve(text.size());
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c.isSpace() && c != QLatin1Char('\n')) {
            int j = i;
            while (j < n && text.at(j).isSpace() && text.at(j) != QLatin1Char('\n'))
                ++j;
            const QChar before = out.isEmpty() ? QChar() : out.back();
            const QChar after = j < n ? text.at(j) : QChar();
            if (before.isNull() || after.isNull() || wide(before) || wide(after)) {
                i = j - 1;
                continue;
            }
            out.append(QLatin1Char(' '));
            i = j - 1;
            continue;
        }
        out.append(c);
    }
    return out;
}

} // namespace nb
