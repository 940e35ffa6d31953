#include "format/FormatRuleCompiler.h"
#include "format/CellType.h"
#include "format/FormatKeys.h"

#include <QJsonObject>
#include <QSet>

namespace nb {

namespace {

struct CompileError {
    QString message;
};

[[noreturn]] void fail(const QString& where, const QString& what) {
    throw CompileError{where + QStringLiteral(": ") + what};
}

RuleTerm parseTerm(const QJsonValue& v, const QString& where) {
    if (!v.isString() || v.toString().isEmpty())
        fail(where, FormatRuleCompiler::tr("a term must be a non-empty string"));
    QString s = v.toString();
    RuleTerm t;
    if (s.startsWith(QLatin1Char('-')) || s.startsWith(QLatin1Char('+'))) {
        t.sign = s.startsWith(QLatin1Char('-')) ? -1 : 1;
        s.remove(0, 1);
    }
    if (s.startsWith(QLatin1String("@prev:"))) {
        t.previousYear = true;
        s.remove(0, 6);
    }
    t.path = s;
    return t;
}

QVector<RuleTerm> parseTerms(const QJsonValue& v, const QString& where) {
    QVector<RuleTerm> terms;
    const QJsonArray a = v.toArray();
    if (a.isEmpty())
        fail(where, FormatRuleCompiler::tr("must be a non-empty array of terms"));
    for (int i = 0; i < a.size(); ++i)
        terms << parseTerm(a.at(i), where + QStringLiteral("[%1]").arg(i));
    return terms;
}

/// Expands a term against the available paths ("X/*" = every path under X), minus `exclude`.
QStringList expand(const RuleTerm& t, const QStringList& available, const QSet<QString>& exclude) {
    QStringList out;
    if (t.path.endsWith(QLatin1String("/*"))) {
        const QString prefix = t.path.left(t.path.size() - 1);
        for (const QString& p : available) {
            if (p.startsWith(prefix) && !exclude.contains(p))
                out << p;
        }
    } else if (available.contains(t.path)) {
        out << t.path;
    }
    return out;
}

bool termKnown(const RuleTerm& t, const QSet<QString>& all) {
    if (t.path.endsWith(QLatin1String("/*"))) {
        const QString prefix = t.path.left(t.path.size() - 1);
        for (const QString& p : all) {
            if (p.startsWith(prefix))
                return true;
        }
        return false;
    }
    return all.contains(t.path);
}

/// Rule kinds other than sums ("kind" in a rule): evaluated by the rule engine, no equations.
bool compileSpecial(const FormatDefinition& f, const QJsonObject& o, const QString& w, RuleDef* r) {
    const QString kind = o.value(QLatin1String("kind")).toString(QStringLiteral("sum"));
    if (kind == QLatin1String("sum"))
        return false;
    if (kind == QLatin1String("yoy_jump")) {
        r->kind = RuleDef::Kind::YearOnYear;
        r->crossYear = true;
        r->factor = o.value(QLatin1String("factor")).toDouble(5);
        if (!(r->factor > 1))
            fail(w, FormatRuleCompiler::tr("“factor” must be a number above 1"));
        for (const auto& v : o.value(QLatin1String("figures")).toArray()) {
            if (!f.keyFigure(v.toString()))
                fail(w, FormatRuleCompiler::tr("unknown key figure “%1” in “figures”").arg(v.toString()));
            r->figures << v.toString();
        }
        if (r->figures.isEmpty())
            fail(w, FormatRuleCompiler::tr("“figures” must name at least one key figure"));
    } else if (kind == QLatin1String("title_year")) {
        r->kind = RuleDef::Kind::TitleYear;
    } else if (kind == QLatin1String("narrative_copied")) {
        r->kind = RuleDef::Kind::NarrativeCopied;
        r->crossYear = true;
        r->similarity = o.value(QLatin1String("similarity")).toDouble(0.9);
        if (!(r->similarity > 0 && r->similarity <= 1))
            fail(w, FormatRuleCompiler::tr("“similarity” must be above 0 and at most 1"));
        r->minLength = o.value(QLatin1String("minLength")).toInt(0);
    } else {
        fail(w, FormatRuleCompiler::tr("unknown rule kind “%1” (expected sum, yoy_jump, title_year or "
                                       "narrative_copied)")
                    .arg(kind));
    }
    r->section = o.value(QLatin1String("section")).toString();
    return true;
}

} // namespace

void FormatRuleCompiler::compileKeyFigures(FormatDefinition& f, const QJsonValue& figures, Skip* skip,
                                           QStringList* errors) {
    if (!figures.isUndefined() && !figures.isArray()) {
        errors->append(QStringLiteral("keyFigures: ") + tr("must be an array"));
        return;
    }
    const QJsonArray a = figures.toArray();
    for (int i = 0; i < a.size(); ++i) {
        try {
            const QString w = QStringLiteral("keyFigures[%1]").arg(i);
            const QJsonObject o = a.at(i).toObject();
            FormatKeys::check(o, FormatObject::KeyFigure, w, errors);
            KeyFigure k;
            k.id = o.value(QLatin1String("id")).toString();
            k.label = o.value(QLatin1String("label")).toString();
            k.section = o.value(QLatin1String("section")).toString();
            k.rowPath = o.value(QLatin1String("row")).toString();
            k.columnPath = o.value(QLatin1String("column")).toString();
            if (skip->sections.contains(k.section) || (skip->unknownSections && !f.section(k.section))) {
                skip->figures.insert(k.id); // the section itself is broken: its error is already reported
                continue;
            }
            if (k.id.isEmpty() || k.label.isEmpty())
                fail(w, tr("“id” and “label” must be non-empty strings"));
            if (f.keyFigure(k.id))
                fail(w, tr("duplicate key figure id “%1”").arg(k.id));
            k.cell = f.cellIndex(k.section, k.rowPath, k.columnPath);
            if (k.cell < 0)
                fail(w, tr("unknown cell %1 / %2 / %3").arg(k.section, k.rowPath, k.columnPath));
            f.m_keyFigures << k;
        } catch (const CompileError& e) {
            errors->append(e.message);
        }
    }
}

void FormatRuleCompiler::compile(FormatDefinition& f, const QJsonArray& rules, const Skip& skip,
                                 QStringList* errors) {
    QVector<Equation> computing;
    QVector<Equation> checking;
    QSet<QString> ids;
    // One rule's error is recorded and the next rule is compiled all the same (every problem in one run).
    for (int ri = 0; ri < rules.size(); ++ri) {
        try {
            const QString where = QStringLiteral("rules[%1]").arg(ri);
            if (!rules.at(ri).isObject())
                fail(where, tr("a rule must be an object"));
            const QJsonObject o = rules.at(ri).toObject();
            FormatKeys::check(o, FormatObject::Rule, where, errors);
            const QString sectionId = o.value(QLatin1String("section")).toString();
            if (skip.sections.contains(sectionId) || (skip.unknownSections && !f.section(sectionId)))
                continue; // the section itself is broken: its error is already reported
            bool brokenFigure = false;
            for (const auto& v : o.value(QLatin1String("figures")).toArray())
                brokenFigure = brokenFigure || skip.figures.contains(v.toString());
            if (brokenFigure)
                continue; // a key figure of a broken section: reported with its section
            RuleDef r;
            r.id = o.value(QLatin1String("id")).toString();
            if (r.id.isEmpty())
                fail(where, tr("“id” must be a non-empty string"));
            if (ids.contains(r.id))
                fail(where, tr("duplicate rule id “%1”").arg(r.id));
            ids.insert(r.id);
            const QString w = where + QStringLiteral(" (") + r.id + QLatin1Char(')');
            const QString severity = o.value(QLatin1String("severity")).toString(QStringLiteral("error"));
            if (severity == QLatin1String("error"))
                r.severity = Severity::Error;
            else if (severity == QLatin1String("warning"))
                r.severity = Severity::Warning;
            else
                fail(w, tr("unknown severity “%1” (expected error or warning)").arg(severity));
            r.message = o.value(QLatin1String("message")).toString();
            r.description = o.value(QLatin1String("description")).toString();
            if (compileSpecial(f, o, w, &r)) {
                if (r.message.trimmed().isEmpty())
                    fail(w, tr("“message” must not be empty"));
                f.m_rules << r;
                continue;
            }
            r.section = o.value(QLatin1String("section")).toString();
            const SectionDef* section = f.section(r.section);
            if (!section || section->kind != SectionKind::Table)
                fail(w, tr("“section” must name a table section, not “%1”").arg(r.section));
            const QString each = o.value(QLatin1String("each")).toString(QStringLiteral("row"));
            if (each == QLatin1String("row"))
                r.each = RuleDef::Each::Row;
            else if (each == QLatin1String("column"))
                r.each = RuleDef::Each::Column;
            else if (each == QLatin1String("cell"))
                r.each = RuleDef::Each::Cell;
            else
                fail(w, tr("unknown “each” value “%1” (expected row, column or cell)").arg(each));
            r.compute = o.value(QLatin1String("compute")).toBool(false);
            r.message = o.value(QLatin1String("message")).toString();
            if (r.message.trimmed().isEmpty())
                fail(w, tr("“message” must not be empty"));
            r.description = o.value(QLatin1String("description")).toString();
            for (const auto& v : o.value(QLatin1String("only")).toArray())
                r.only << v.toString();
            if (o.contains(QLatin1String("parts"))) {
                const QJsonArray parts = o.value(QLatin1String("parts")).toArray();
                if (parts.isEmpty())
                    fail(w, tr("“parts” must be a non-empty array"));
                for (int pi = 0; pi < parts.size(); ++pi) {
                    const QJsonObject po = parts.at(pi).toObject();
                    const QString pw = w + QStringLiteral(".parts[%1]").arg(pi);
                    FormatKeys::check(po, FormatObject::RulePart, pw, errors);
                    r.parts << RuleDef::Part{
                        parseTerms(po.value(QLatin1String("left")), pw + QStringLiteral(".left")),
                        parseTerms(po.value(QLatin1String("right")), pw + QStringLiteral(".right"))};
                }
            } else {
                r.parts << RuleDef::Part{
                    parseTerms(o.value(QLatin1String("left")), w + QStringLiteral(".left")),
                    parseTerms(o.value(QLatin1String("right")), w + QStringLiteral(".right"))};
            }
            for (const RuleDef::Part& p : qAsConst(r.parts)) {
                for (const RuleTerm& t : p.left + p.right)
                    r.crossYear = r.crossYear || t.previousYear;
                if (r.compute) {
                    if (p.left.size() != 1 || p.left.first().sign != 1 || p.left.first().previousYear ||
                        p.left.first().path.endsWith(QLatin1String("/*")))
                        fail(w, tr("a computing rule needs exactly one plain cell on the left"));
                }
            }
            if (r.compute && r.crossYear)
                fail(w, tr("a computing rule cannot use the previous year's report"));

            // All row / column paths of the section, for validation of terms and "only".
            QSet<QString> allRows;
            QSet<QString> allColumns;
            for (const TableBlock& b : section->table.blocks) {
                for (const QString& p : b.rowPaths)
                    allRows.insert(p);
                for (const QString& p : b.columnPaths)
                    allColumns.insert(p);
            }
            const QSet<QString>& termSpace = r.each == RuleDef::Each::Row ? allColumns : allRows;
            const QSet<QString>& onlySpace = r.each == RuleDef::Each::Row ? allRows : allColumns;
            if (r.each != RuleDef::Each::Cell) {
                for (const RuleDef::Part& p : qAsConst(r.parts)) {
                    for (const RuleTerm& t : p.left + p.right) {
                        if (!termKnown(t, termSpace))
                            fail(w, r.each == RuleDef::Each::Row ? tr("unknown column “%1”").arg(t.path)
                                                                 : tr("unknown row “%1”").arg(t.path));
                    }
                }
                for (const QString& only : qAsConst(r.only)) {
                    if (!onlySpace.contains(only))
                        fail(w, r.each == RuleDef::Each::Row ? tr("unknown row “%1” in “only”").arg(only)
                                                             : tr("unknown column “%1” in “only”").arg(only));
                }
            }
            const int ruleIndex = int(f.m_rules.size());
            f.m_rules << r;

            int instantiated = 0;
            auto emitEquation =
                [&](const RuleDef::Part& part, const QString& rowPath, const QString& columnPath,
                    const std::function<int(const QString&)>& resolve, const QStringList& available) -> void {
                QSet<QString> named;
                for (const RuleTerm& t : part.left + part.right) {
                    if (!t.path.endsWith(QLatin1String("/*")))
                        named.insert(t.path);
                }
                Equation e;
                e.rule = ruleIndex;
                e.section = r.section;
                auto addSide = [&](const QVector<RuleTerm>& terms, QVector<Equation::Ref>& side) -> bool {
                    for (const RuleTerm& t : terms) {
                        const QStringList paths = expand(t, available, named);
                        if (paths.isEmpty())
                            return false;
                        for (const QString& p : paths) {
                            const int cell = resolve(p);
                            if (cell < 0)
                                return false;
                            side << Equation::Ref{cell, t.sign, t.previousYear};
                        }
                    }
                    return true;
                };
                if (!addSide(part.left, e.left) || !addSide(part.right, e.right))
                    return; // the rule does not apply here (e.g. another block of table 二)
                if (e.left.size() > kMaxSumTerms || e.right.size() > kMaxSumTerms) // exact sums (CellValue.h)
                    fail(w, tr("a rule may add at most %1 cells on each side").arg(kMaxSumTerms));
                const bool singleLeft =
                    part.left.size() == 1 && !part.left.first().path.endsWith(QLatin1String("/*"));
                if (r.each == RuleDef::Each::Row) {
                    e.rowPath = rowPath;
                    e.columnPath = singleLeft ? part.left.first().path : QString();
                } else if (r.each == RuleDef::Each::Column) {
                    e.columnPath = columnPath;
                    e.rowPath = singleLeft ? part.left.first().path : QString();
                } else {
                    const CellDef& c = f.m_cells.at(e.left.first().cell);
                    e.rowPath = c.rowPath;
                    e.columnPath = singleLeft ? c.columnPath : QString();
                }
                e.anchorCell = e.left.first().cell;
                if (r.compute) {
                    e.target = e.left.first().cell;
                    computing << e;
                } else {
                    checking << e;
                }
                ++instantiated;
            };

            for (const RuleDef::Part& part : qAsConst(r.parts)) {
                if (r.each == RuleDef::Each::Cell) {
                    auto resolveRef = [&](const QString& ref) {
                        const int bar = ref.indexOf(QLatin1Char('|'));
                        return bar < 0 ? -1 : f.cellIndex(r.section, ref.left(bar), ref.mid(bar + 1));
                    };
                    for (const RuleTerm& t : part.left + part.right) {
                        if (resolveRef(t.path) < 0)
                            fail(w, tr("unknown cell “%1” (write ROW|COLUMN)").arg(t.path));
                    }
                    QStringList available;
                    for (const RuleTerm& t : part.left + part.right)
                        available << t.path;
                    emitEquation(part, QString(), QString(), resolveRef, available);
                    continue;
                }
                for (const TableBlock& b : section->table.blocks) {
                    if (r.each == RuleDef::Each::Row) {
                        for (const QString& row : b.rowPaths) {
                            if (!r.only.isEmpty() && !r.only.contains(row))
                                continue;
                            emitEquation(
                                part, row, QString(),
                                [&](const QString& col) { return f.cellIndex(r.section, row, col); },
                                b.columnPaths);
                        }
                    } else {
                        for (const QString& col : b.columnPaths) {
                            if (!r.only.isEmpty() && !r.only.contains(col))
                                continue;
                            emitEquation(
                                part, QString(), col,
                                [&](const QString& row) { return f.cellIndex(r.section, row, col); },
                                b.rowPaths);
                        }
                    }
                }
            }
            if (instantiated == 0)
                fail(w, tr("the rule applies to no cell of section %1").arg(r.section));
        } catch (const CompileError& e) {
            errors->append(e.message);
        }
    }
    // Ordering the computed cells needs every rule (and section) intact.
    if (!errors->isEmpty())
        return;
    try {
        // Each computed cell has exactly one formula; order formulas so that inputs come first.
        QHash<int, int> producer; // cell → computing equation
        for (int i = 0; i < computing.size(); ++i) {
            const int target = computing.at(i).target;
            if (producer.contains(target)) {
                const Equation& other = computing.at(producer.value(target));
                if (f.m_rules.at(other.rule).id != f.m_rules.at(computing.at(i).rule).id) {
                    // Two rules compute the same cell (e.g. the 总计 column of the （七）总计 row): the first
                    // computes it, the second becomes a check.
                    Equation check = computing.at(i);
                    check.target = -1;
                    checking << check;
                    computing.remove(i--);
                    continue;
                }
                fail(QStringLiteral("rules"),
                     tr("cell %1 / %2 is computed twice by rule “%3”")
                         .arg(f.m_cells.at(target).rowPath, f.m_cells.at(target).columnPath,
                              f.m_rules.at(other.rule).id));
            }
            producer.insert(target, i);
        }
        QVector<int> state(computing.size(), 0); // 0 new, 1 visiting, 2 done
        QVector<Equation> ordered;
        std::function<void(int)> visit = [&](int i) {
            if (state[i] == 2)
                return;
            if (state[i] == 1)
                fail(QStringLiteral("rules"), tr("computed cells depend on each other in a cycle (rule “%1”)")
                                                  .arg(f.m_rules.at(computing.at(i).rule).id));
            state[i] = 1;
            for (const Equation::Ref& ref : computing.at(i).right) {
                const auto it = producer.constFind(ref.cell);
                if (it != producer.constEnd())
                    visit(it.value());
            }
            state[i] = 2;
            ordered << computing.at(i);
        };
        for (int i = 0; i < computing.size(); ++i)
            visit(i);
        for (const Equation& e : qAsConst(ordered))
            f.m_cells[e.target].computed = true;
        f.m_equations = ordered + checking;
    } catch (const CompileError& e) {
        errors->append(e.message);
    }
}

} // namespace nb
