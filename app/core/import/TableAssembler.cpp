#include "import/TableAssembler.h"

#include "import/ImportVocabulary.h"
#include "import/LabelText.h"
#include "import/RunTogetherCells.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace nb {

namespace {
constexpr double kThreshold = 0.6;    ///< minimum label recall for a row to match
constexpr double kWindowWeight = 0.9; ///< labels assembled from neighbouring lines count a little less
constexpr int kMaxRows = 400;         ///< rows considered per table (more is not a report table)
constexpr int kWindowLines = 4;
constexpr int kMaxLines = 5000; ///< lines considered per table section
constexpr int kWindowChars = 160;

void collectHeaderTexts(const QVector<HeaderNode>& nodes, QStringList* out) {
    for (const HeaderNode& h : nodes) {
        out->append(LabelText::normalize(h.label));
        collectHeaderTexts(h.children, out);
    }
}
} // namespace

TableAssembler::TableAssembler(const FormatDefinition& format, const SectionDef& section,
                               const ImportVocabulary& vocabulary)
    : m_format(format)
    , m_section(section)
    , m_vocabulary(vocabulary) {
    buildNodes();
    m_knownTexts << m_vocabulary.headingVariants.value(section.id) << LabelText::normalize(section.heading);
    for (const TableBlock& block : section.table.blocks) {
        m_knownTexts << LabelText::normalize(block.caption) << LabelText::normalize(block.corner);
        collectHeaderTexts(block.columns, &m_knownTexts);
    }
    for (const Node& n : std::as_const(m_nodes)) {
        m_knownTexts << n.fullNorm;
        m_knownTexts << n.alternatives;
    }
    m_knownTexts.removeAll(QString());
    m_knownTexts.removeDuplicates();
    std::sort(m_knownTexts.begin(), m_knownTexts.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const QString& t : std::as_const(m_knownTexts)) {
        for (QChar c : t)
            m_knownChars.insert(c);
    }
}

void TableAssembler::buildNodes() {
    for (int b = 0; b < m_section.table.blocks.size(); ++b) {
        const TableBlock& block = m_section.table.blocks.at(b);
        const QString prefix =
            block.captionInPath && !block.caption.isEmpty() ? block.caption + QLatin1Char('/') : QString();
        int leafIndex = 0;
        std::function<void(const RowNode&, const QString&, const QString&)> visit;
        visit = [&](const RowNode& row, const QString& parentPath, const QString& parentNorm) {
            Node node;
            node.label = row.label;
            node.path = parentPath.isEmpty() ? row.label : parentPath + QLatin1Char('/') + row.label;
            const QString own = LabelText::normalize(row.label);
            node.fullNorm = parentNorm + own;
            node.alternatives << own << m_vocabulary.rowVariants.value(own);
            node.alternatives.removeAll(QString());
            for (const QString& a : std::as_const(node.alternatives))
                node.cores << LabelText::core(a);
            node.leaf = row.children.isEmpty();
            node.block = b;
            const int self = int(m_nodes.size());
            if (node.leaf) {
                if (leafIndex < block.rowPaths.size())
                    node.path = block.rowPaths.at(leafIndex);
                ++leafIndex;
            }
            m_nodes << node;
            const int firstLeafNode = int(m_nodes.size());
            for (const RowNode& child : row.children)
                visit(child, node.path, node.fullNorm);
            m_nodes[self].firstLeaf = node.leaf ? self : firstLeafNode;
            m_nodes[self].lastLeaf = int(m_nodes.size()) - 1;
        };
        for (const RowNode& row : block.rows)
            visit(row, prefix.isEmpty() ? QString() : prefix.chopped(1), QString());
    }
}

double TableAssembler::scoreText(const QString& text, const Node& node) const {
    if (text.isEmpty())
        return 0;
    // A 64-bit signature of the text's characters bounds the LCS cheaply (most pairs never match).
    quint64 signature = 0;
    for (QChar c : text)
        signature |= quint64(1) << (c.unicode() % 64);
    double best = 0;
    for (int i = 0; i < node.alternatives.size(); ++i) {
        const QString& alt = node.alternatives.at(i);
        const QString& core = node.cores.at(i);
        const qsizetype coreStart = alt.size() - core.size();
        int present = 0;
        int presentInCore = 0;
        for (qsizetype k = 0; k < alt.size(); ++k) {
            if (signature & (quint64(1) << (alt.at(k).unicode() % 64))) {
                ++present;
                presentInCore += k >= coreStart ? 1 : 0;
            }
        }
        const double bound =
            0.5 * present / double(alt.size()) +
            0.5 * (core.isEmpty() ? present / double(alt.size()) : presentInCore / double(core.size()));
        if (bound < kThreshold || bound <= best)
            continue;
        double recall = 0;
        if (text.contains(alt)) {
            recall = 1;
        } else {
            const double full = double(LabelText::lcs(alt, text)) / double(alt.size());
            const double c = core.isEmpty()        ? full
                             : text.contains(core) ? 1.0
                                                   : double(LabelText::lcs(core, text)) / double(core.size());
            recall = 0.5 * full + 0.5 * c;
        }
        best = qMax(best, recall);
    }
    if (best < kThreshold)
        return 0;
    const double precision = double(LabelText::lcs(node.fullNorm, text)) / double(text.size());
    return best + 0.1 * qMin(1.0, precision);
}

double TableAssembler::score(const ParsedLine& row, const QString& window, const Node& node) const {
    const double own = scoreText(row.labelNorm, node);
    if (own >= 1.0 || window.isEmpty() || window == row.labelNorm)
        return own;
    return qMax(own, kWindowWeight * scoreText(window, node));
}

bool TableAssembler::isKnownText(const QString& normalized) const {
    // Header cells, captions and pieces of labels broken across lines (PDF text) are expected in a table.
    if (normalized.isEmpty())
        return true;
    if (normalized.size() > 200)
        return false;
    for (const QString& known : m_knownTexts) {
        if (known.contains(normalized))
            return true;
    }
    QString residual = normalized;
    for (const QString& known : m_knownTexts) {
        if (known.size() >= 2 && residual.contains(known))
            residual.remove(known);
    }
    if (residual.size() * 10 <= normalized.size() * 3)
        return true;
    if (normalized.size() > 40)
        return false;
    qsizetype inVocabulary = 0;
    for (QChar c : normalized)
        inVocabulary += m_knownChars.contains(c) ? 1 : 0;
    return inVocabulary * 10 >= normalized.size() * 9;
}

QString TableAssembler::shorten(const QString& text) {
    const QString t = text.simplified();
    return t.size() > 80 ? t.left(79) + QChar(0x2026) : t;
}

QVector<int> TableAssembler::rowCells(const QString& path, int block) const {
    QVector<int> out;
    for (const QString& column : m_section.table.blocks.at(block).columnPaths) {
        const int index = m_format.cellIndex(m_section.id, path, column);
        if (index >= 0)
            out << index;
    }
    return out;
}

bool TableAssembler::isRun(const ParsedLine& row, int n) {
    if (row.explicitCells || row.values.isEmpty() || row.values.size() >= n)
        return false;
    int digits = 0;
    for (const ValueToken& t : row.values) {
        if (t.kind != ValueToken::Kind::Number || !t.unit.isEmpty() ||
            !RunTogetherCells::isDigitRun(LabelText::foldWidth(t.text)))
            return false;
        digits += int(t.text.size());
    }
    return digits >= n; // fewer digits than cells: blank cells, not a run
}

QVector<RunTogetherCells::Identity> TableAssembler::rowIdentities(const QVector<int>& cells,
                                                                  const Report& report) const {
    QVector<RunTogetherCells::Identity> out;
    for (const Equation& e : m_format.equations()) {
        if (e.section != m_section.id)
            continue;
        RunTogetherCells::Identity identity;
        bool usable = true;
        bool inRow = false;
        const auto terms = [&](const QVector<Equation::Ref>& refs,
                               QVector<RunTogetherCells::Identity::Term>* into) {
            for (const Equation::Ref& ref : refs) {
                if (!usable)
                    return;
                RunTogetherCells::Identity::Term t;
                t.sign = ref.sign;
                t.position = ref.previousYear ? -1 : int(cells.indexOf(ref.cell));
                if (t.position >= 0) {
                    inRow = true;
                } else {
                    // Another row's cell already read (a whole number): a known term; else not usable.
                    const CellValue* v = ref.previousYear || ref.cell < 0 || ref.cell >= report.cells.size()
                                             ? nullptr
                                             : &report.cells.at(ref.cell);
                    if (!v || !v->isNumber() || v->scaled() % kValueScale != 0) {
                        usable = false;
                        return;
                    }
                    t.known = v->scaled() / kValueScale;
                }
                into->append(t);
            }
        };
        terms(e.left, &identity.left);
        terms(e.right, &identity.right);
        if (usable && inRow)
            out << identity;
    }
    return out;
}

bool TableAssembler::placeRow(const ParsedLine& row, const Node& node, Report* report,
                              QVector<ImportProblem>* problems) {
    const TableBlock& block = m_section.table.blocks.at(node.block);
    const int n = int(block.columnPaths.size());
    QVector<ValueToken> values = row.valuesFor(n);
    if (values.size() != n && isRun(row, n)) {
        // Cells run together (no separator between some values): split only when the split is unique.
        QStringList runs;
        for (const ValueToken& t : std::as_const(values))
            runs << LabelText::foldWidth(t.text);
        const QVector<int> cells = rowCells(node.path, node.block);
        const RunTogetherCells::Result split = RunTogetherCells::split(
            runs, n,
            cells.size() == n ? rowIdentities(cells, *report) : QVector<RunTogetherCells::Identity>());
        if (split.outcome == RunTogetherCells::Outcome::Unique) {
            values.clear();
            for (qint64 units : split.values) {
                ValueToken t;
                t.kind = ValueToken::Kind::Number;
                t.text = QString::number(units);
                t.scaled = units * kValueScale;
                values << t;
            }
        } else if (split.outcome == RunTogetherCells::Outcome::Ambiguous) {
            const QString name = node.path.isEmpty() ? tr("the data row of table %1").arg(m_section.id)
                                                     : QStringLiteral("“%1”").arg(node.path);
            problems->append(
                {row.number, shorten(row.text),
                 split.consistent == 0
                     ? tr("The values of %1 are printed without a separator between some cells (“%2”) and no "
                          "way of splitting them into its %3 cells adds up; the row was not imported.")
                           .arg(name, runs.join(QLatin1Char(' ')))
                           .arg(n)
                     : tr("The values of %1 are printed without a separator between some cells (“%2”) and "
                          "can be split into its %3 cells in more than one way; the row was not imported.")
                           .arg(name, runs.join(QLatin1Char(' ')))
                           .arg(n),
                 cells});
            return false;
        }
    }
    if (values.size() != n) {
        problems->append(
            {row.number, shorten(row.text),
             tr("Row “%1” has %2 values but table %3 has %4 columns here; the row was not imported.")
                 .arg(node.path)
                 .arg(values.size())
                 .arg(m_section.id)
                 .arg(n),
             rowCells(node.path, node.block)});
        return false;
    }
    ++m_placedRows;
    for (int c = 0; c < n; ++c) {
        const ValueToken& t = values.at(c);
        const QString& column = block.columnPaths.at(c);
        const int index = m_format.cellIndex(m_section.id, node.path, column);
        if (index < 0 || index >= report->cells.size())
            continue;
        switch (t.kind) {
        case ValueToken::Kind::Blank:
        case ValueToken::Kind::Label:
            break;
        case ValueToken::Kind::None:
            report->cells[index] = t.toCell();
            break;
        case ValueToken::Kind::Unreadable:
            problems->append({row.number,
                              shorten(row.text),
                              tr("Unreadable value “%1” (%2) in “%3” / “%4”; the cell was left blank.")
                                  .arg(t.text, t.why, node.path, column),
                              {index}});
            break;
        case ValueToken::Kind::Number: {
            report->cells[index] = t.toCell();
            const CellType type = m_format.cells().at(index).type;
            if (type != CellType::Amount && t.decimals != 0 && t.scaled % kValueScale == 0) {
                CellValue whole = CellValue::fromScaled(t.scaled); // "3.00" in a count: 3, printed "3.00"
                whole.setPrinted(t.text);
                report->cells[index] = whole;
            }
            if (type != CellType::Amount && t.scaled % kValueScale != 0)
                problems->append({row.number, shorten(row.text),
                                  tr("“%1” in “%2” / “%3” is not a whole number; recorded as printed.")
                                      .arg(t.text, node.path, column)});
            break;
        }
        }
    }
    return true;
}

void TableAssembler::placeUnlabeled(const QVector<ParsedLine>& parsed, int headingLine, Report* report,
                                    QVector<ImportProblem>* problems) {
    // A table without row labels (四): one data row.
    const TableBlock& block = m_section.table.blocks.constFirst();
    const int n = int(block.columnPaths.size());
    const QString rowPath = block.rowPaths.isEmpty() ? QString() : block.rowPaths.constFirst();
    bool placed = false;
    QVector<bool> used(parsed.size(), false);
    for (const ParsedLine& p : parsed) {
        if (p.kind == ParsedLine::Kind::Blanks && p.label.isEmpty() && p.valuesFor(n).size() == n) {
            used[p.index] = true; // a data row printed with every cell empty: blank stays blank
            placed = true;
            continue;
        }
        if (p.kind != ParsedLine::Kind::Values)
            continue;
        used[p.index] = true;
        const QVector<ValueToken> values = p.valuesFor(n);
        if (!placed && (values.size() == n || isRun(p, n))) {
            // The data row (its values run together are split by placeRow, or it reports the row).
            Node node;
            node.path = rowPath;
            node.block = 0;
            placeRow(p, node, report, problems);
            placed = true;
            continue;
        }
        problems->append({p.number, shorten(p.text),
                          placed ? tr("A second data row in table %1 was not imported.").arg(m_section.id)
                                 : tr("Table %1 needs %2 values in its data row; this row has %3 and was not "
                                      "imported.")
                                       .arg(m_section.id)
                                       .arg(n)
                                       .arg(values.size()),
                          placed ? QVector<int>() : rowCells(rowPath, 0)});
    }
    if (!placed) {
        bool anyValues = false;
        for (const ParsedLine& p : parsed)
            anyValues = anyValues || p.kind == ParsedLine::Kind::Values;
        if (!anyValues)
            problems->append(
                {headingLine, m_section.heading,
                 tr("No data row of table %1 was found; its cells were left blank.").arg(m_section.id),
                 m_section.cellIndexes});
    }
    reportStrayText(parsed, used, problems);
}

void TableAssembler::reportStrayText(const QVector<ParsedLine>& parsed, const QVector<bool>& used,
                                     QVector<ImportProblem>* problems) const {
    int first = -1;
    int count = 0;
    auto flush = [&] {
        if (first >= 0) {
            const ParsedLine& p = parsed.at(first);
            problems->append(
                {p.number, shorten(p.text),
                 count > 1
                     ? tr("%1 lines of text in section %2 are not part of its table and were not imported.")
                           .arg(count)
                           .arg(m_section.id)
                     : tr("Text in section %1 is not part of its table and was not imported.")
                           .arg(m_section.id)});
        }
        first = -1;
        count = 0;
    };
    for (const ParsedLine& p : parsed) {
        if (p.kind == ParsedLine::Kind::Empty)
            continue;
        if (used.at(p.index)) {
            flush();
            continue;
        }
        if (p.kind == ParsedLine::Kind::Values) {
            flush();
            continue; // reported by the caller
        }
        if (isKnownText(p.labelNorm)) {
            flush();
            continue;
        }
        if (first < 0)
            first = p.index;
        ++count;
    }
    flush();
}

void TableAssembler::assemble(const SourceLines& lines, int headingLine, Report* report,
                              QVector<ImportProblem>* problems, QStringList* unplacedRows) {
    m_placedRows = 0;
    QVector<ParsedLine> parsed;
    const int count = int(qMin(lines.size(), qsizetype(kMaxLines)));
    parsed.reserve(count);
    for (int i = 0; i < count; ++i)
        parsed << ParsedLine::parse(lines.at(i), i, m_vocabulary);
    if (lines.size() > kMaxLines)
        problems->append({lines.at(kMaxLines).number, shorten(lines.at(kMaxLines).text),
                          tr("Section %1 is too long to be a table; from here on nothing was imported.")
                              .arg(m_section.id)});

    if (!m_section.table.rowLabels) {
        placeUnlabeled(parsed, headingLine, report, problems);
        return;
    }

    // Candidate rows: lines with values, and delimited rows whose value cells are all blank.
    QVector<int> rows;
    for (const ParsedLine& p : std::as_const(parsed)) {
        if (p.kind == ParsedLine::Kind::Values || p.kind == ParsedLine::Kind::Blanks) {
            if (rows.size() < kMaxRows)
                rows << p.index;
            else if (p.kind == ParsedLine::Kind::Values)
                problems->append(
                    {p.number, shorten(p.text),
                     tr("Too many rows in table %1; this row was not imported.").arg(m_section.id)});
        }
    }
    // Label text around each row, for labels broken across lines.
    QStringList windows;
    for (int r = 0; r < rows.size(); ++r) {
        const int self = rows.at(r);
        const int prev = r > 0 ? rows.at(r - 1) : -1;
        const int next = r + 1 < rows.size() ? rows.at(r + 1) : int(parsed.size());
        QString before;
        int taken = 0;
        for (int i = self - 1; i > prev && taken < kWindowLines; --i) {
            if (parsed.at(i).kind != ParsedLine::Kind::Text)
                continue;
            before.prepend(parsed.at(i).labelNorm);
            ++taken;
        }
        QString after;
        taken = 0;
        for (int i = self + 1; i < next && taken < kWindowLines; ++i) {
            if (parsed.at(i).kind != ParsedLine::Kind::Text)
                continue;
            after.append(parsed.at(i).labelNorm);
            ++taken;
        }
        windows << before.right(kWindowChars) + parsed.at(self).labelNorm + after.left(kWindowChars);
    }

    // Alignment of printed rows with the format's rows (both in order), maximising the total match score.
    const int n = int(rows.size());
    const int m = int(m_nodes.size());
    // NOLINTNEXTLINE(bugprone-implicit-widening-of-multiplication-result): rows × format rows, both small
    QVector<double> scores(n * m, 0.0);
    for (int r = 0; r < n; ++r) {
        for (int j = 0; j < m; ++j)
            scores[r * m + j] = score(parsed.at(rows.at(r)), windows.at(r), m_nodes.at(j));
    }
    // NOLINTNEXTLINE(bugprone-implicit-widening-of-multiplication-result): as above
    QVector<double> dp((n + 1) * (m + 1), 0.0);
    auto at = [m](int i, int j) { return i * (m + 1) + j; };
    for (int i = 1; i <= n; ++i) {
        for (int j = 1; j <= m; ++j) {
            double best = qMax(dp[at(i - 1, j)], dp[at(i, j - 1)]);
            const double s = scores[(i - 1) * m + (j - 1)];
            if (s > 0)
                best = qMax(best, dp[at(i - 1, j - 1)] + s);
            dp[at(i, j)] = best;
        }
    }
    QVector<int> matchOfRow(n, -1);
    for (int i = n, j = m; i > 0 && j > 0;) {
        const double s = scores[(i - 1) * m + (j - 1)];
        if (s > 0 && qFuzzyCompare(1.0 + dp[at(i, j)], 1.0 + dp[at(i - 1, j - 1)] + s)) {
            matchOfRow[i - 1] = j - 1;
            --i;
            --j;
        } else if (qFuzzyCompare(1.0 + dp[at(i, j)], 1.0 + dp[at(i - 1, j)])) {
            --i;
        } else {
            --j;
        }
    }

    QVector<bool> used(parsed.size(), false);
    QVector<bool> covered(m, false);
    for (int r = 0; r < n; ++r) {
        const ParsedLine& row = parsed.at(rows.at(r));
        const int j = matchOfRow.at(r);
        if (j < 0) {
            if (row.kind == ParsedLine::Kind::Values) {
                used[row.index] = true;
                problems->append(
                    {row.number, shorten(row.text),
                     row.label.isEmpty() && windows.at(r).isEmpty()
                         ? tr("Values without a row label in table %1 were not imported.").arg(m_section.id)
                         : tr("Row “%1” is not a row of table %2 in this format (or is printed twice); "
                              "it was not imported.")
                               .arg(shorten(row.label.isEmpty() ? row.text : row.label))
                               .arg(m_section.id)});
            }
            continue;
        }
        used[row.index] = true;
        const Node& node = m_nodes.at(j);
        for (int k = node.firstLeaf; k <= node.lastLeaf; ++k)
            covered[k] = true;
        covered[j] = true;
        if (node.leaf) {
            placeRow(row, node, report, problems);
        } else if (row.kind == ParsedLine::Kind::Values) {
            unplacedRows->append(node.path);
            int leaves = 0;
            QVector<int> cells;
            for (int k = node.firstLeaf; k <= node.lastLeaf; ++k) {
                if (m_nodes.at(k).leaf) {
                    ++leaves;
                    cells << rowCells(m_nodes.at(k).path, m_nodes.at(k).block);
                }
            }
            problems->append(
                {row.number, shorten(row.text),
                 tr("Row “%1” is printed as one row, but this format divides it into %2 rows; its "
                    "values were not imported and those rows were left blank.")
                     .arg(node.path)
                     .arg(leaves),
                 cells});
        }
    }
    int matchedLeaves = 0;
    for (int j = 0; j < m; ++j)
        matchedLeaves += (covered.at(j) && m_nodes.at(j).leaf) ? 1 : 0;
    if (matchedLeaves == 0) {
        problems->append(
            {headingLine, m_section.heading,
             tr("No row of table %1 was recognised; its cells were left blank.").arg(m_section.id),
             m_section.cellIndexes});
    } else {
        for (int j = 0; j < m; ++j) {
            if (m_nodes.at(j).leaf && !covered.at(j))
                problems->append({headingLine, m_nodes.at(j).path,
                                  tr("Row “%1” of table %2 was not found; its cells were left blank.")
                                      .arg(m_nodes.at(j).path, m_section.id),
                                  rowCells(m_nodes.at(j).path, m_nodes.at(j).block)});
        }
    }
    reportStrayText(parsed, used, problems);
}

} // namespace nb
