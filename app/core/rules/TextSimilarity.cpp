#include "rules/TextSimilarity.h"

#include <QVector>

#include <algorithm>
#include <cmath>

namespace nb {

QString TextSimilarity::normalized(const QString& paragraph) {
    QString out;
    out.reserve(paragraph.size());
    for (const QChar c : paragraph) {
        if (c.isSpace() || c.isPunct() || c.isSymbol() || c.isDigit() || c.isNumber() || c == QChar(0x3000))
            continue;
        out.append(c.toLower());
    }
    return out;
}

double TextSimilarity::similarity(const QString& a, const QString& b, double atLeast) {
    const int la = int(a.size());
    const int lb = int(b.size());
    const int longer = std::max(la, lb);
    if (longer == 0)
        return 1;
    if (a == b)
        return 1;
    // The largest distance that still reaches atLeast; cells farther than that from the diagonal cannot.
    const int maxDist = std::min(longer, int(std::floor((1.0 - atLeast) * longer + 1e-9)));
    if (std::abs(la - lb) > maxDist)
        return 0;
    const int big = longer + 1;
    QVector<int> previous(lb + 1, big);
    QVector<int> current(lb + 1, big);
    for (int j = 0; j <= std::min(lb, maxDist); ++j)
        previous[j] = j;
    for (int i = 1; i <= la; ++i) {
        const int from = std::max(1, i - maxDist);
        const int to = std::min(lb, i + maxDist);
        std::fill(current.begin(), current.end(), big);
        if (i <= maxDist)
            current[0] = i;
        int rowMin = current[0];
        for (int j = from; j <= to; ++j) {
            const int substitute = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            const int remove = previous[j] + 1;
            const int insert = current[j - 1] + 1;
            current[j] = std::min({substitute, remove, insert});
            rowMin = std::min(rowMin, current[j]);
        }
        if (rowMin > maxDist)
            return 0; // every path is already too far
        std::swap(previous, current);
    }
    const int distance = previous[lb];
    if (distance > maxDist)
        return 0;
    return 1.0 - double(distance) / double(longer);
}

} // namespace nb
