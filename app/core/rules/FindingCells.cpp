#include "rules/FindingCells.h"

#include <QSet>

namespace nb {

FindingCells::FindingCells(const FormatDefinition& format)
    : m_format(format) {
    const QVector<Equation>& equations = format.equations();
    for (int i = 0; i < equations.size(); ++i)
        if (equations.at(i).target >= 0)
            m_computing.insert(equations.at(i).target, i);
}

QVector<int> FindingCells::involved(const Finding& finding) const {
    QVector<int> cells;
    QSet<int> seen;
    const auto add = [&](int cell) {
        if (cell >= 0 && !seen.contains(cell)) {
            seen.insert(cell);
            cells.append(cell);
        }
    };
    const RuleDef* rule = m_format.rule(finding.rule);
    if (!rule) {
        add(finding.cell);
        return cells;
    }
    const int ruleIndex = int(rule - m_format.rules().constData());
    QVector<int> pending;
    if (finding.cell >= 0)
        pending.append(finding.cell);
    for (const Equation& e : m_format.equations()) {
        if (e.rule != ruleIndex || e.section != finding.section || e.rowPath != finding.row ||
            e.columnPath != finding.column || (finding.cell >= 0 && e.anchorCell != finding.cell))
            continue;
        for (const QVector<Equation::Ref>* side : {&e.left, &e.right})
            for (const Equation::Ref& ref : *side)
                if (!ref.previousYear)
                    pending.append(ref.cell);
    }
    // Breadth first, so the equation's own cells come before the cells its totals add up.
    for (int i = 0; i < pending.size(); ++i) {
        const int cell = pending.at(i);
        if (seen.contains(cell))
            continue;
        add(cell);
        const auto it = m_computing.constFind(cell);
        if (it == m_computing.cend())
            continue;
        for (const Equation::Ref& ref : m_format.equations().at(*it).right)
            if (!ref.previousYear)
                pending.append(ref.cell);
    }
    return cells;
}

} // namespace nb
