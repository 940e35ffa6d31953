#include "import/FreeFormReader.h"

#include "import/LabelText.h"
#include "import/ValueToken.h"

#include <QRegularExpression>
#include <QSet>

namespace nb {

namespace {
constexpr int kMaxHeadingLength = 40;
constexpr int kAppendixTitleLines = 4;

const QString& numerals() {
    static const QString digits = QStringLiteral("一二三四五六七八九");
    return digits;
}

/// 一 → 1 … 十二 → 12; 0 when not a numeral up to 99.
int numeralValue(const QString& s) {
    const QString ten = QStringLiteral("十");
    if (s.isEmpty() || s.size() > 3)
        return 0;
    const int t = int(s.indexOf(ten));
    if (t < 0)
        return s.size() == 1 ? int(numerals().indexOf(s)) + 1 : 0;
    const int tens = t == 0 ? 1 : (t == 1 ? int(numerals().indexOf(s.at(0))) + 1 : 0);
    const int ones = t + 1 < s.size() ? int(numerals().indexOf(s.at(t + 1))) + 1 : 0;
    if (tens <= 0 || ones < 0 || (t + 1 < s.size() && ones == 0) || s.size() > t + 2)
        return 0;
    return tens * 10 + ones;
}

QString numeralText(int n) {
    if (n <= 0 || n > 99)
        return {};
    const QString ten = QStringLiteral("十");
    QString units = n % 10 ? QString(numerals().at(n % 10 - 1)) : QString();
    if (n < 10)
        return units;
    return (n >= 20 ? QString(numerals().at(n / 10 - 1)) : QString()) + ten + units;
}

/// The site's frame around the text (来源/时间 lines, share buttons, QR codes, download links).
bool isFrame(const QString& text) {
    static const QRegularExpression frame(QStringLiteral(
        "^(来源|信息来源|发布日期|发布时间|时间|点击数|浏览次数|字号|分享到|打开微信|扫一扫|附件下载|"
        "相关解读|【|打印|关闭|主办单位|承办单位|网站标识码|政府网站标识码|联系地址|未经授权)|ICP备"));
    return frame.match(text.trimmed()).hasMatch();
}

/// The cells of a line: explicit cells, " | " cells, or the whole line (one cell per line).
QStringList cellsOf(const SourceLine& line) {
    if (line.explicitCells)
        return line.cells;
    if (line.text.contains(QStringLiteral(" | ")))
        return line.text.split(QStringLiteral(" | "));
    static const QRegularExpression gap(QStringLiteral("\\s{2,}")); // columns of PDF layout text
    return line.text.trimmed().split(gap);
}

struct Token {
    int line = -1; ///< index into the lines
    QString text;
};
/// The 落款 when its date lost characters in capture (内蒙古自治区公安厅 above 201543): the agency line (the
/// title's agency) directly above a line of date characters only. The date is left empty, with a problem.
MetadataReader::Signature damagedSignature(const SourceLines& lines, int begin, int end,
                                           const QString& agency, QVector<ImportProblem>* problems) {
    static const QRegularExpression dateLike(
        QStringLiteral("^[0-9〇零○一二三四五六七八九十年月日\\s]{4,12}$"));
    MetadataReader::Signature sig;
    if (agency.isEmpty())
        return sig;
    for (int i = end - 1; i > begin; --i) {
        if (lines.at(i).text.trimmed() != agency)
            continue;
        int date = i + 1;
        while (date < end && lines.at(date).text.trimmed().isEmpty())
            ++date;
        if (date >= end || !dateLike.match(lines.at(date).text.trimmed()).hasMatch())
            continue;
        sig.agency = agency;
        sig.first = i;
        sig.last = date;
        problems->append({lines.at(date).number, lines.at(date).text.trimmed(),
                          FreeFormReader::tr("The date of the signature cannot be read; the report date "
                                             "(成文日期) was left empty.")});
        return sig;
    }
    return sig;
}
} // namespace

QString FreeFormReader::agencyAfterYear(const QString& title) {
    static const QRegularExpression re(
        QStringLiteral("^\\s*[0-9]{4}\\s*年度?\\s*(.{2,40}?)\\s*(?:政府信息公开|政务公开)"));
    const QRegularExpressionMatch m = re.match(title);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

QVector<FreeFormReader::Part> FreeFormReader::locateParts(const SourceLines& lines, int begin, int end) {
    static const QRegularExpression heading(QStringLiteral("^\\s*([一二三四五六七八九十]{1,3})、"));
    QVector<Part> parts;
    for (int i = qMax(0, begin); i < end && i < lines.size(); ++i) {
        const QString text = lines.at(i).text.trimmed();
        const QRegularExpressionMatch m = heading.match(text);
        if (!m.hasMatch() || LabelText::normalize(text).size() > kMaxHeadingLength)
            continue;
        // A sentence (一、凡全日制大专以上毕业生…。) or a list inside a part is not a part heading.
        if (text.contains(QChar(0x3002)) || numeralValue(m.captured(1)) != parts.size() + 1)
            continue;
        if (!parts.isEmpty())
            parts.back().end = i;
        Part p;
        p.number = numeralValue(m.captured(1));
        p.heading = i;
        p.text = text;
        parts << p;
    }
    if (!parts.isEmpty())
        parts.back().end = qMin(end, int(lines.size()));
    return parts;
}

FreeFormReader::Result FreeFormReader::read(const SourceLines& lines, int begin, bool layout,
                                            const ImportVocabulary& vocabulary, Report* report) {
    Result result;
    const FormatDefinition& format = *report->format;
    auto problem = [&result](const SourceLine& line, const QString& message, const QVector<int>& blank = {}) {
        result.problems.append({line.number, line.text.simplified().left(80), message, blank});
    };
    report->headings.clear();
    report->narratives.clear();

    // The statistics appendix: the first table section whose corner label (指标名称) starts a table.
    const SectionDef* table = nullptr;
    for (const SectionDef& s : format.sections()) {
        if (s.kind == SectionKind::Table && !s.table.blocks.isEmpty()) {
            table = &s;
            break;
        }
    }
    int appendix = int(lines.size()); // first line of the appendix (its 附件 line or title)
    int tableStart = -1;
    if (table) {
        const QString corner = LabelText::normalize(table->table.blocks.first().corner);
        for (int i = qMax(0, begin); i < lines.size() && !corner.isEmpty(); ++i) {
            const QStringList cells = cellsOf(lines.at(i));
            if (LabelText::normalize(cells.constFirst()) == corner) {
                tableStart = i;
                break;
            }
        }
    }
    QString appendixHeading;
    if (tableStart >= 0) {
        appendix = tableStart;
        QStringList title;
        int attachment = -1;
        for (int i = tableStart - 1, seen = 0; i >= begin && seen < kAppendixTitleLines; --i) {
            const QString t = lines.at(i).text.trimmed();
            if (t.isEmpty())
                continue;
            ++seen;
            if (t.startsWith(QStringLiteral("附件")) || t.startsWith(QStringLiteral("附表"))) {
                attachment = i;
                break;
            }
            if (t.contains(QChar(0x3002)) || MetadataReader::parseDate(t).isValid())
                break;
            title.prepend(t);
        }
        if (attachment >= 0) {
            appendix = attachment;
            QString label = lines.at(attachment).text.trimmed();
            label.replace(QLatin1Char(':'), QChar(0xFF1A));
            appendixHeading = label + title.join(QString());
        }
    }

    // Numbered parts and the text before them.
    const QVector<Part> parts = locateParts(lines, begin, appendix);
    result.parts = int(parts.size());
    const int bodyEnd = parts.isEmpty() ? appendix : parts.constFirst().heading;
    QStringList preamble = MetadataReader::paragraphs(lines, begin, bodyEnd, layout);
    preamble.removeIf([](const QString& p) { return isFrame(p); });
    const SectionDef* first = format.sections().isEmpty() ? nullptr : &format.sections().constFirst();
    if (first && first->kind == SectionKind::Narrative && first->heading.isEmpty()) {
        report->headings.insert(first->id, QString());
        report->narratives.insert(first->id, preamble.join(QLatin1Char('\n')));
    }

    // The 落款 ends the last part (before the appendix); what follows it until the appendix is the frame.
    if (!parts.isEmpty()) {
        result.signature = MetadataReader::readSignature(lines, parts.constLast().heading + 1, appendix);
        if (result.signature.first < 0)
            result.signature = damagedSignature(lines, parts.constLast().heading + 1, appendix,
                                                report->agency, &result.problems);
    }
    QString lastSlot;
    for (int k = 0; k < parts.size(); ++k) {
        const Part& part = parts.at(k);
        int end = part.end;
        SourceLines body = lines;
        if (k == parts.size() - 1 && result.signature.first >= 0) {
            end = result.signature.first;
            if (!result.signature.textBefore.isEmpty()) {
                body[end].text = result.signature.textBefore;
                ++end;
            }
            for (int i = result.signature.last + 1; i < part.end; ++i) {
                if (!lines.at(i).text.trimmed().isEmpty() && !isFrame(lines.at(i).text)) {
                    problem(lines.at(i), tr("Text after the signature was not imported."));
                    break;
                }
            }
        }
        QStringList paragraphs = MetadataReader::paragraphs(body, part.heading + 1, end, layout);
        const SectionDef* slot = format.section(numeralText(part.number));
        if (slot && slot->kind == SectionKind::Narrative) {
            report->headings.insert(slot->id, part.text);
            report->narratives.insert(slot->id, paragraphs.join(QLatin1Char('\n')));
            lastSlot = slot->id;
        } else if (!lastSlot.isEmpty()) {
            // More parts than the format has slots: kept, heading and all, in the last slot.
            paragraphs.prepend(part.text);
            QString text = report->narratives.value(lastSlot);
            report->narratives.insert(lastSlot,
                                      text + QLatin1Char('\n') + paragraphs.join(QLatin1Char('\n')));
            problem(
                lines.at(part.heading),
                tr("Part “%1” has no section of its own in format %2; its text was added to section “%3”.")
                    .arg(part.text, format.id, report->headings.value(lastSlot)));
        }
    }

    // The indicator table.
    if (!table || tableStart < 0)
        return result;
    report->headings.insert(table->id, appendixHeading.isEmpty() ? table->heading : appendixHeading);
    const TableBlock& block = table->table.blocks.first();
    const int columns = int(block.columnPaths.size());
    QHash<QString, int> rowByLabel;
    for (int r = 0; r < block.rowPaths.size(); ++r)
        rowByLabel.insert(LabelText::normalize(block.rowPaths.at(r)), r);
    QVector<Token> tokens;
    for (int i = tableStart; i < lines.size(); ++i) {
        if (lines.at(i).pageMark)
            continue;
        for (const QString& cell : cellsOf(lines.at(i))) {
            const QString c = cell.trimmed();
            if (c.isEmpty())
                continue;
            // "主动公开文件数 条": a label cell that carries the unit.
            const int space = int(c.lastIndexOf(QLatin1Char(' ')));
            if (space > 0 && !rowByLabel.contains(LabelText::normalize(c)) &&
                rowByLabel.contains(LabelText::normalize(c.left(space)))) {
                tokens.append({i, c.left(space).trimmed()});
                tokens.append({i, c.mid(space + 1)});
            } else {
                tokens.append({i, c});
            }
        }
    }
    int t = 0;
    // Header: corner, unit header and one header per column (2016年度 printed for 本年度).
    int headers = 0;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    while (t < tokens.size() && !rowByLabel.contains(LabelText::normalize(tokens.at(t).text))) {
        headers += int(tokens.at(t).text.split(space, Qt::SkipEmptyParts).size());
        ++t;
    }
    const int expectedHeaders = 1 + (block.unitHeader.isEmpty() ? 0 : 1) + columns;
    if (headers != expectedHeaders && t < tokens.size())
        problem(lines.at(tableStart), tr("The appendix table has %1 header cells where format %2 has %3.")
                                          .arg(headers)
                                          .arg(format.id)
                                          .arg(expectedHeaders));
    QSet<int> seen;
    while (t < tokens.size() && seen.size() < block.rowPaths.size()) {
        const Token& label = tokens.at(t++);
        const int row = rowByLabel.value(LabelText::normalize(label.text), -1);
        if (row < 0) {
            if (ValueToken::classify(label.text, vocabulary).kind == ValueToken::Kind::Label)
                problem(lines.at(label.line), tr("Row “%1” is not an indicator of format %2; not imported.")
                                                  .arg(label.text, format.id));
            else
                problem(lines.at(label.line),
                        tr("Value “%1” belongs to no indicator; not imported.").arg(label.text));
            continue;
        }
        QVector<int> rowCells;
        for (int c = 0; c < columns; ++c)
            rowCells << format.cellIndex(table->id, block.rowPaths.at(row), block.columnPaths.at(c));
        if (seen.contains(row)) {
            problem(lines.at(label.line),
                    tr("Indicator “%1” is printed twice; the second was not imported.").arg(label.text));
            continue;
        }
        seen.insert(row);
        const QString unit = block.rowUnits.value(row);
        if (!block.unitHeader.isEmpty() && t < tokens.size() &&
            ValueToken::classify(tokens.at(t).text, vocabulary).kind == ValueToken::Kind::Label) {
            const Token& printedUnit = tokens.at(t++);
            if (LabelText::normalize(printedUnit.text) != LabelText::normalize(unit)) {
                problem(lines.at(printedUnit.line),
                        tr("Indicator “%1” is printed in %2, format %3 counts it in %4; its values were not "
                           "imported.")
                            .arg(label.text, printedUnit.text, format.id, unit),
                        rowCells);
                while (t < tokens.size() && !rowByLabel.contains(LabelText::normalize(tokens.at(t).text)))
                    ++t;
                continue;
            }
        }
        for (int c = 0; c < columns; ++c) {
            const ValueToken v =
                t < tokens.size() ? ValueToken::classify(tokens.at(t).text, vocabulary) : ValueToken();
            if (t >= tokens.size() || v.kind == ValueToken::Kind::Label) {
                problem(lines.at(label.line),
                        tr("Indicator “%1” has %2 values where format %3 has %4.")
                            .arg(label.text)
                            .arg(c)
                            .arg(format.id)
                            .arg(columns),
                        rowCells.mid(c));
                break;
            }
            ++t;
            if (v.kind == ValueToken::Kind::Unreadable) {
                problem(lines.at(tokens.at(t - 1).line), v.why, {rowCells.at(c)});
                continue;
            }
            const CellType type = format.cells().at(rowCells.at(c)).type;
            if (v.kind == ValueToken::Kind::Number &&
                ((type == CellType::Count && v.decimals > 0) || (type != CellType::Signed && v.scaled < 0))) {
                problem(lines.at(tokens.at(t - 1).line),
                        tr("“%1” is not a count; the cell was left blank.").arg(v.text), {rowCells.at(c)});
                continue;
            }
            report->cells[rowCells.at(c)] = v.toCell();
        }
        ++result.placedRows;
    }
    // A report printed by a program (ours among them) may put the 落款 after the attached table.
    const int after = t < tokens.size() ? tokens.at(t).line : int(lines.size());
    if (result.signature.first < 0 && after < lines.size()) {
        const MetadataReader::Signature sig = MetadataReader::readSignature(lines, after, int(lines.size()));
        if (sig.first == after && sig.textBefore.isEmpty()) {
            result.signature = sig;
            t = int(tokens.size());
            for (const Token& rest : std::as_const(tokens)) {
                if (rest.line > sig.last) {
                    t = int(&rest - tokens.constData());
                    break;
                }
            }
        }
    }
    if (t < tokens.size() && !isFrame(tokens.at(t).text))
        problem(lines.at(tokens.at(t).line), tr("Text after the appendix table was not imported."));
    for (int r = 0; r < block.rowPaths.size(); ++r) {
        if (!seen.contains(r) && result.placedRows > 0)
            result.problems.append(
                {lines.at(tableStart).number, QString(),
                 tr("Indicator “%1” was not found in the appendix.").arg(block.rowPaths.at(r))});
    }
    return result;
}

} // namespace nb
