#include "render/PdfTextLayerFix.h"

#include "render/RadicalMap.h"

#include <QByteArrayList>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace nb {

namespace {

QByteArray hex4(uint v) {
    return QByteArray::number(v, 16).toUpper().rightJustified(4, '0');
}

/// UTF-16 hex string (as in a CMap destination) with radicals replaced. Returns true if changed.
bool fixDestination(const QByteArray& hex, QByteArray* out, int* changes) {
    if (hex.size() % 4 != 0) {
        *out = hex;
        return false;
    }
    QByteArray result;
    bool changed = false;
    for (int i = 0; i < hex.size(); i += 4) {
        bool ok = false;
        const uint unit = hex.mid(i, 4).toUInt(&ok, 16);
        if (!ok) {
            *out = hex;
            return false;
        }
        // Radicals → unified ideographs; control characters (fonts that map U+0001… to the space glyph) →
        // space.
        const char32_t fixed =
            unit >= 0x01 && unit < 0x20 ? char32_t(0x20) : unifiedIdeographForRadical(unit);
        if (fixed != unit) {
            changed = true;
            ++*changes;
            if (fixed > 0xFFFF) {
                const char32_t v = fixed - 0x10000;
                result += hex4(0xD800 + (v >> 10)) + hex4(0xDC00 + (v & 0x3FF));
            } else {
                result += hex4(fixed);
            }
        } else {
            result += hex.mid(i, 4);
        }
    }
    *out = result;
    return changed;
}

/// Rewrites "bfchar"/"bfrange" sections line by line.
QByteArray fixSection(const QByteArray& body, bool range, int* changes) {
    static const QRegularExpression token(QStringLiteral("<([0-9A-Fa-f]*)>|\\[|\\]"));
    QByteArray out;
    const QByteArrayList lines = body.split('\n');
    for (int li = 0; li < lines.size(); ++li) {
        const QByteArray& line = lines.at(li);
        if (li)
            out += '\n';
        const QString text = QString::fromLatin1(line);
        QStringList hexes;
        bool array = false;
        for (auto it = token.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            if (m.captured(0) == QLatin1String("["))
                array = true;
            else if (!m.captured(1).isNull() || m.captured(0) == QLatin1String("<>"))
                hexes << m.captured(1);
        }
        if (!range && hexes.size() == 2) {
            QByteArray dst;
            if (fixDestination(hexes[1].toLatin1(), &dst, changes)) {
                out += '<' + hexes[0].toLatin1() + "> <" + dst + '>';
                continue;
            }
        } else if (range && hexes.size() >= 3) {
            const QByteArray lo = hexes[0].toLatin1();
            const QByteArray hi = hexes[1].toLatin1();
            if (array) {
                QByteArray rebuilt = '<' + lo + "> <" + hi + "> [";
                bool any = false;
                for (int i = 2; i < hexes.size(); ++i) {
                    QByteArray dst;
                    any |= fixDestination(hexes[i].toLatin1(), &dst, changes);
                    rebuilt += '<' + dst + "> ";
                }
                rebuilt += ']';
                if (any) {
                    out += rebuilt;
                    continue;
                }
            } else if (hexes.size() == 3 && hexes[2].size() == 4) {
                // <lo> <hi> <start>: consecutive destinations. Expand to an array if any is a radical.
                const uint a = lo.toUInt(nullptr, 16);
                const uint b = hi.toUInt(nullptr, 16);
                const uint start = hexes[2].toUInt(nullptr, 16);
                bool any = false;
                for (uint c = a; c <= b && b - a < 0x10000; ++c)
                    any |= isCjkRadical(start + (c - a));
                if (any) {
                    QByteArray rebuilt = '<' + lo + "> <" + hi + "> [";
                    for (uint c = a; c <= b; ++c) {
                        QByteArray dst;
                        fixDestination(hex4(start + (c - a)), &dst, changes);
                        rebuilt += '<' + dst + "> ";
                    }
                    rebuilt += ']';
                    out += rebuilt;
                    continue;
                }
            }
        }
        out += line;
    }
    return out;
}

struct XrefEntry {
    int object = 0;
    qint64 offset = 0;
};

} // namespace

int PdfTextLayerFix::fixCMap(QByteArray* cmap) {
    int changes = 0;
    QByteArray out;
    int pos = 0;
    while (pos < cmap->size()) {
        const int charAt = cmap->indexOf("beginbfchar", pos);
        const int rangeAt = cmap->indexOf("beginbfrange", pos);
        int begin = -1;
        bool range = false;
        if (charAt >= 0 && (rangeAt < 0 || charAt < rangeAt)) {
            begin = charAt;
        } else if (rangeAt >= 0) {
            begin = rangeAt;
            range = true;
        }
        if (begin < 0)
            break;
        const QByteArray beginKey = range ? "beginbfrange" : "beginbfchar";
        const QByteArray endKey = range ? "endbfrange" : "endbfchar";
        const int bodyStart = begin + beginKey.size();
        const int end = cmap->indexOf(endKey, bodyStart);
        if (end < 0)
            break;
        out += cmap->mid(pos, bodyStart - pos);
        out += fixSection(cmap->mid(bodyStart, end - bodyStart), range, &changes);
        pos = end;
    }
    out += cmap->mid(pos);
    if (changes)
        *cmap = out;
    return changes;
}

int PdfTextLayerFix::fixToUnicode(QByteArray* pdf) {
    const QByteArray& in = *pdf;
    // 1. Find the classic xref table via startxref.
    const int sx = in.lastIndexOf("startxref");
    if (sx < 0)
        return -1;
    const qint64 xrefPos = in.mid(sx + 9, 32).trimmed().split('\n').value(0).trimmed().toLongLong();
    if (xrefPos <= 0 || xrefPos >= in.size() || !in.mid(int(xrefPos), 4).startsWith("xref"))
        return -1;
    const int trailerPos = in.indexOf("trailer", int(xrefPos));
    if (trailerPos < 0)
        return -1;
    QVector<XrefEntry> objects;
    {
        const QByteArrayList lines = in.mid(int(xrefPos) + 4, trailerPos - int(xrefPos) - 4).split('\n');
        int next = -1;
        int remaining = 0;
        for (QByteArray line : lines) {
            line = line.trimmed();
            if (line.isEmpty())
                continue;
            const QByteArrayList parts = line.split(' ');
            if (remaining == 0) {
                if (parts.size() != 2)
                    return -1;
                next = parts[0].toInt();
                remaining = parts[1].toInt();
                continue;
            }
            if (parts.size() != 3)
                return -1;
            if (parts[2] == "n")
                objects.push_back({next, parts[0].toLongLong()});
            ++next;
            --remaining;
        }
    }
    if (objects.isEmpty())
        return -1;
    // 2. ToUnicode object numbers.
    QSet<int> toUnicode;
    static const QRegularExpression ref(QStringLiteral("/ToUnicode\\s+(\\d+)\\s+0\\s+R"));
    for (auto it = ref.globalMatch(QString::fromLatin1(in)); it.hasNext();)
        toUnicode.insert(it.next().captured(1).toInt());
    if (toUnicode.isEmpty())
        return 0;

    std::sort(objects.begin(), objects.end(),
              [](const XrefEntry& a, const XrefEntry& b) { return a.offset < b.offset; });
    // 3. Rewrite the CMap objects; everything else is copied byte for byte.
    int changes = 0;
    QByteArray out;
    out.reserve(in.size() + 1024);
    out += in.left(int(objects.first().offset));
    QMap<int, qint64> newOffsets;
    for (int i = 0; i < objects.size(); ++i) {
        const int start = int(objects[i].offset);
        const int stop = i + 1 < objects.size() ? int(objects[i + 1].offset) : int(xrefPos);
        if (start < 0 || stop > in.size() || stop < start)
            return -1;
        QByteArray object = in.mid(start, stop - start);
        newOffsets[objects[i].object] = out.size();
        if (toUnicode.contains(objects[i].object)) {
            const int s = object.indexOf("stream\n");
            const int e = object.lastIndexOf("endstream");
            const int lengthAt = object.indexOf("/Length");
            if (s >= 0 && e > s && lengthAt >= 0 && lengthAt < s && !object.left(s).contains("/Filter")) {
                QByteArray body = object.mid(s + 7, e - s - 7);
                QByteArray trailing;
                while (body.endsWith('\n') || body.endsWith('\r')) {
                    trailing.prepend(body.back());
                    body.chop(1);
                }
                const int oldLength = object.mid(lengthAt + 7, s - lengthAt - 7)
                                          .trimmed()
                                          .split(' ')
                                          .value(0)
                                          .split('>')
                                          .value(0)
                                          .trimmed()
                                          .toInt();
                const int changed = fixCMap(&body);
                if (changed > 0) {
                    changes += changed;
                    const int newLength = oldLength + (body.size() - (e - s - 7 - trailing.size()));
                    QByteArray dict = object.left(s);
                    static const QRegularExpression len(QStringLiteral("/Length\\s+\\d+"));
                    dict = QString::fromLatin1(dict)
                               .replace(len, QStringLiteral("/Length %1").arg(newLength))
                               .toLatin1();
                    object = dict + "stream\n" + body + trailing + object.mid(e);
                }
            }
        }
        out += object;
    }
    if (changes == 0)
        return 0;
    // 4. New xref table with the same object numbering, then the original trailer.
    const qint64 newXref = out.size();
    const QByteArray oldXrefHead = in.mid(int(xrefPos), trailerPos - int(xrefPos));
    QByteArray xref = "xref\n";
    {
        const QByteArrayList lines = oldXrefHead.mid(4).split('\n');
        int next = -1;
        int remaining = 0;
        for (const QByteArray& line : lines) {
            const QByteArray t = line.trimmed();
            if (t.isEmpty())
                continue;
            const QByteArrayList parts = t.split(' ');
            if (remaining == 0) {
                next = parts[0].toInt();
                remaining = parts[1].toInt();
                xref += t + '\n';
                continue;
            }
            if (parts[2] == "n")
                xref += QByteArray::number(newOffsets.value(next)).rightJustified(10, '0') + ' ' + parts[1] +
                        " n \n";
            else
                xref += t + " \n";
            ++next;
            --remaining;
        }
    }
    out += xref;
    const QByteArray trailer = in.mid(trailerPos, sx - trailerPos);
    out += trailer;
    out += "startxref\n" + QByteArray::number(newXref) + "\n%%EOF\n";
    *pdf = out;
    return changes;
}

} // namespace nb
