#include "import/MetadataReader.h"

#include "import/LabelText.h"
#include "import/SourceText.h"

#include <QRegularExpression>

namespace nb {

namespace {

int chineseNumber(const QString& s) {
    static const QString digits = QStringLiteral("〇一二三四五六七八九");
    if (s.isEmpty())
        return -1;
    bool ok = false;
    const int plain = s.toInt(&ok);
    if (ok)
        return plain;
    if (s.contains(QChar(u'十'))) {
        const int at = int(s.indexOf(QChar(u'十')));
        const QString tens = s.left(at);
        const QString ones = s.mid(at + 1);
        const int t = tens.isEmpty() ? 1 : int(digits.indexOf(tens));
        const int o = ones.isEmpty() ? 0 : int(digits.indexOf(ones));
        if (t < 0 || o < 0 || tens.size() > 1 || ones.size() > 1)
            return -1;
        return t * 10 + o;
    }
    int value = 0;
    for (QChar c : s) {
        int d = int(digits.indexOf(c));
        if (c == QChar(u'零') || c == QChar(u'○') || c == QChar(u'Ｏ') || c == QChar(u'O'))
            d = 0;
        if (d < 0)
            return -1;
        value = value * 10 + d;
    }
    return value;
}

QString compact(const QString& text) {
    return LabelText::closeCjkSpaces(LabelText::foldWidth(text)).trimmed();
}

bool isWebMetadata(const QString& line) {
    static const QRegularExpression meta(QStringLiteral("^(?:来源|时间|发布时间|发布日期|发布机构|作者|浏览|"
                                                        "浏览次数|字号|索引号|文号|信息来源|点击)\\s*[:：]"));
    return meta.match(line).hasMatch();
}

/// A 落款 line: a short name without sentence punctuation, ending like the name of a body.
bool looksLikeAgency(const QString& text) {
    static const QRegularExpression punct(QStringLiteral("[。，,；;：:！？()（）]"));
    static const QRegularExpression suffix(
        QStringLiteral("(?:政府|局|厅|委|委员会|办公室|办|院|中心|所|处|室|部|会|署|站|队|馆|公司|集团|区|县|"
                       "市|镇|乡|街道|管委会)$"));
    return text.size() >= 2 && text.size() <= 40 && !text.contains(punct) && suffix.match(text).hasMatch();
}

} // namespace

QDate MetadataReader::parseDate(const QString& text) {
    static const QRegularExpression re(
        QStringLiteral("^([0-9]{4}|[〇零○一二三四五六七八九OＯ]{4})年([0-9]{1,2}|[一二三四五六七八九十]{1,3})"
                       "月([0-9]{1,2}|[一二三四五六七八九十]{1,3})日$"));
    QString s = LabelText::foldWidth(text);
    s.remove(QRegularExpression(QStringLiteral("\\s+")));
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch())
        return {};
    const int y = chineseNumber(m.captured(1));
    const int mo = chineseNumber(m.captured(2));
    const int d = chineseNumber(m.captured(3));
    const QDate date(y, mo, d);
    return date.isValid() && y >= 1990 && y <= 2100 ? date : QDate();
}

int MetadataReader::firstYear(const QString& text) {
    static const QRegularExpression re(QStringLiteral("((?:19|20)[0-9]{2})\\s*年"));
    QRegularExpressionMatchIterator it = re.globalMatch(LabelText::foldWidth(text));
    while (it.hasNext()) {
        const int y = it.next().captured(1).toInt();
        if (y >= 1990 && y <= 2100)
            return y;
    }
    return 0;
}

MetadataReader::Title MetadataReader::readTitle(const SourceLines& lines, int end) {
    Title title;
    // A saved page starts with site navigation and a breadcrumb (当前位置：首页 > … > 政府信息公开年报):
    // the title is the line that names a report of a year; navigation is only a fallback when there is none.
    QVector<int> candidates;
    for (int i = 0; i < end && i < lines.size() && candidates.size() < 400; ++i) {
        const QString t = compact(lines.at(i).text);
        if (!t.isEmpty() && !lines.at(i).pageMark)
            candidates << i;
    }
    auto usable = [&](int i) {
        const QString t = compact(lines.at(i).text);
        return t.size() <= 60 && !t.contains(QChar(u'。')) && !isWebMetadata(t) &&
               !t.contains(QLatin1Char('>')) && !t.contains(QStringLiteral("位置")) &&
               !lines.at(i).explicitCells;
    };
    auto namesReport = [&](const QString& t) {
        return t.contains(QStringLiteral("报告")) || t.contains(QStringLiteral("年报"));
    };
    static const QRegularExpression anyYear(
        QStringLiteral("(?:(?:19|20)[0-9]{2}|[〇零○一二三四五六七八九]{4})\\s*年"));
    // Prefer a line with a year that names disclosure (a breadcrumb item "政府信息公开年报" has no year, a
    // navigation link "2023年政府工作报告" no 信息公开), then a line with a year, then (near the top) any.
    static const QRegularExpression disclosure(QStringLiteral("信息公开|政务公开"));
    int chosen = -1;
    for (int pass = 0; pass < 3 && chosen < 0; ++pass) {
        for (int k = 0; k < candidates.size() && (pass < 2 || k < 15); ++k) {
            const QString t = compact(lines.at(candidates.at(k)).text);
            if (!usable(candidates.at(k)) || !namesReport(t))
                continue;
            // 洪泽区人民政府 / 2023 年政府信息公开工作年度报告: the year may be on this line only.
            if (pass < 2 && !anyYear.match(t).hasMatch())
                continue;
            if (pass == 0 && !disclosure.match(t).hasMatch())
                continue;
            chosen = k;
            break;
        }
    }
    QStringList parts;
    if (chosen >= 0) {
        const int k = chosen;
        const int i = candidates.at(k);
        const QString t = compact(lines.at(i).text);
        parts << t;
        title.lastLine = i;
        // 洪泽区人民政府 / 2023 年政府信息公开工作年度报告: the agency printed on the line above.
        // 乌海市公安局2021年 / 政府信息公开工作年度报告: a long title balanced over two lines (PDF, DOCX).
        static const QRegularExpression endsWithYear(QStringLiteral("(?:19|20)[0-9]{2}年度?$"));
        const QString above = k > 0 ? compact(lines.at(candidates.at(k - 1)).text) : QString();
        if (k > 0 && (t.at(0).isDigit() || t.startsWith(QStringLiteral("二〇")) ||
                      t.startsWith(QStringLiteral("二○")) || endsWithYear.match(above).hasMatch())) {
            static const QRegularExpression plain(QStringLiteral("^[^。，,：:|>•·\\s]{2,30}$"));
            if (usable(candidates.at(k - 1)) && plain.match(above).hasMatch())
                parts.prepend(above);
        }
    }
    if (parts.isEmpty()) {
        for (int k = 0; k < candidates.size() && k < 15; ++k) {
            const int i = candidates.at(k);
            if (isWebMetadata(compact(lines.at(i).text)))
                continue;
            if (usable(i)) {
                parts << compact(lines.at(i).text);
                title.lastLine = i;
            }
            break;
        }
    }
    title.text = parts.join(QString());
    static const QRegularExpression yearRe(
        QStringLiteral("^(.*?)((?:19|20)[0-9]{2}|[〇零○一二三四五六七八九]{4})年度?"));
    static const QRegularExpression suffix(QStringLiteral("(?:政府信息公开|政务公开|信息公开).*$"));
    const QRegularExpressionMatch m = yearRe.match(title.text);
    if (m.hasMatch()) {
        title.agency = m.captured(1).trimmed();
        title.year = chineseNumber(m.captured(2));
        if (title.year < 1990 || title.year > 2100)
            title.year = 0;
        if (title.agency.isEmpty()) // 2011年度长春市公安局政府信息公开工作报告
            title.agency = title.text.mid(m.capturedEnd()).remove(suffix).trimmed();
    } else {
        title.agency = QString(title.text).remove(suffix).trimmed();
    }
    static const QRegularExpression trailing(QStringLiteral("[\\s，,、：:（(]+$"));
    title.agency.remove(trailing);
    return title;
}

bool MetadataReader::isPageChrome(const QString& paragraph) {
    static const QRegularExpression sentence(QStringLiteral("[。，,；;]"));
    const QString t = compact(paragraph);
    return isWebMetadata(t) || (t.size() < 24 && !sentence.match(t).hasMatch());
}

bool MetadataReader::isSiteFooter(const QStringList& paragraphs) {
    static const QRegularExpression marks(QStringLiteral(
        "ICP备|ICP证|版权所有|网站标识码|公网安备|公安备案|主办单位|承办单位|网站地图|联系我们"));
    bool allChrome = true;
    for (const QString& p : paragraphs) {
        if (marks.match(p).hasMatch())
            return true;
        allChrome = allChrome && isPageChrome(p);
    }
    return allChrome;
}

QString MetadataReader::preambleAgency(const QString& preamble) {
    static const QRegularExpression re(
        QStringLiteral("本报告(?:是)?由(.{2,40}?)(?:根据|依据|按照|依照|编制|制作)"));
    const QRegularExpressionMatch m = re.match(compact(preamble));
    return m.hasMatch() ? m.captured(1) : QString();
}

QString MetadataReader::bestAgency(const QString& titleAgency, const QStringList& candidates) {
    QString best = titleAgency;
    for (QString c : candidates) {
        c = c.trimmed();
        if (c.isEmpty())
            continue;
        if (best.isEmpty()) {
            best = c;
            continue;
        }
        for (const QString& form : {c, QString(c).remove(QRegularExpression(QStringLiteral("办公室$")))}) {
            if (form.size() > best.size() && form.endsWith(best) && best == titleAgency) {
                best = form;
                break;
            }
        }
    }
    return best;
}

MetadataReader::Signature MetadataReader::readSignature(const SourceLines& lines, int begin, int end) {
    Signature sig;
    static const QString datePattern =
        QStringLiteral("((?:[0-9]{4}|[〇零○一二三四五六七八九]{4})\\s*年[0-9一二三四五六七八九十\\s]{1,4}月"
                       "[0-9一二三四五六七八九十\\s]{1,5}日)$");
    static const QRegularExpression tail(QStringLiteral("^(.{2,30}?)\\s*") + datePattern);
    // 2024年，无收取信息处理费情况。2022年1月10日 (or …情况。某某局2022年1月10日): the 落款 run into the
    // text.
    static const QRegularExpression runIn(
        QStringLiteral("^(.*[。．！!；;）)])\\s*([^。．！!；;）)]{0,40}?)\\s*") + datePattern);
    int seen = 0;
    // The 落款 is normally among the last lines; on a saved page the site footer follows it, so further up
    // only a full 落款 (agency line above a date line) is taken.
    for (int i = end - 1; i >= begin; --i) {
        const SourceLine& line = lines.at(i);
        const QString t = compact(line.text);
        if (t.isEmpty() || line.pageMark || line.explicitCells)
            continue;
        ++seen;
        const bool nearEnd = seen <= 8;
        QDate date = parseDate(t);
        QString sameLineAgency;
        QString before;
        const QString folded = LabelText::foldWidth(line.text).trimmed();
        if (!date.isValid()) {
            const QRegularExpressionMatch m = tail.match(folded);
            if (m.hasMatch() && looksLikeAgency(compact(m.captured(1)))) {
                date = parseDate(m.captured(2));
                sameLineAgency = compact(m.captured(1));
            }
        }
        if (!date.isValid()) {
            const QRegularExpressionMatch m = runIn.match(folded);
            if (m.hasMatch()) {
                const QString agency = compact(m.captured(2));
                if (agency.isEmpty() || looksLikeAgency(agency)) {
                    date = parseDate(m.captured(3));
                    sameLineAgency = agency;
                    // Keep the text as printed: cut the original line where the 落款 starts.
                    const QString original = line.text.trimmed();
                    const int keep = int(m.captured(1).size());
                    before = original.left(qMin(keep, int(original.size()))).trimmed();
                }
            }
        }
        if (!date.isValid())
            continue;
        QString agencyAbove;
        int agencyLine = -1;
        if (sameLineAgency.isEmpty()) {
            for (int k = i - 1; k >= begin; --k) {
                const QString a = compact(lines.at(k).text);
                if (a.isEmpty() || lines.at(k).pageMark)
                    continue;
                if (looksLikeAgency(a) && !lines.at(k).explicitCells) {
                    agencyAbove = a;
                    agencyLine = k;
                }
                break;
            }
        }
        if (!nearEnd && sameLineAgency.isEmpty() && agencyAbove.isEmpty())
            continue; // a lone date far from the end is part of the text
        sig.date = date;
        sig.first = agencyLine >= 0 ? agencyLine : i;
        sig.last = i;
        sig.agency = sameLineAgency.isEmpty() ? agencyAbove : sameLineAgency;
        sig.textBefore = before;
        return sig;
    }
    return sig;
}

QStringList MetadataReader::paragraphs(const SourceLines& lines, int begin, int end, bool layout) {
    QStringList out;
    if (!layout) {
        for (int i = begin; i < end; ++i) {
            const SourceLine& line = lines.at(i);
            if (line.pageMark)
                continue;
            const QString t =
                line.explicitCells ? line.cells.join(QLatin1Char(' ')).trimmed() : line.text.trimmed();
            if (!t.isEmpty())
                out << t;
        }
        return out;
    }
    int base = INT_MAX;
    for (int i = begin; i < end; ++i) {
        if (!lines.at(i).text.trimmed().isEmpty() && !lines.at(i).pageMark)
            base = qMin(base, SourceText::indentOf(lines.at(i).text));
    }
    QString current;
    for (int i = begin; i < end; ++i) {
        const SourceLine& line = lines.at(i);
        if (line.pageMark || line.text.trimmed().isEmpty())
            continue;
        const bool starts = SourceText::indentOf(line.text) >= base + 2;
        if (starts && !current.isEmpty()) {
            out << LabelText::closeCjkSpaces(current).trimmed();
            current.clear();
        }
        if (!current.isEmpty() && current.back().unicode() < 128 && current.back().isLetterOrNumber() &&
            line.text.trimmed().at(0).unicode() < 128)
            current.append(QLatin1Char(' '));
        current.append(line.text.trimmed());
    }
    if (!current.isEmpty())
        out << LabelText::closeCjkSpaces(current).trimmed();
    return out;
}

} // namespace nb
