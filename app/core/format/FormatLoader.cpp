#include "format/FormatLoader.h"

#include "format/FormatKeys.h"
#include "format/FormatRuleCompiler.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace nb {

QString formatCellLookupKey(const QString& section, const QString& row, const QString& column);

namespace {

/// Thrown inside the loader only; converted to the error string at the API boundary.
struct LoadError {
    QString message;
};

[[noreturn]] void fail(const QString& where, const QString& what) {
    throw LoadError{where.isEmpty() ? what : where + QStringLiteral(": ") + what};
}

QString joinPath(const QString& a, const QString& b) {
    if (a.isEmpty())
        return b;
    if (b.isEmpty())
        return a;
    return a + QLatin1Char('/') + b;
}

QString requireString(const QJsonObject& o, const char* key, const QString& where, bool allowEmpty = false) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString())
        fail(where, FormatLoader::tr("“%1” must be a string").arg(QLatin1String(key)));
    QString s = v.toString();
    if (!allowEmpty && s.trimmed().isEmpty())
        fail(where, FormatLoader::tr("“%1” must not be empty").arg(QLatin1String(key)));
    return s;
}

QJsonArray requireArray(const QJsonObject& o, const char* key, const QString& where) {
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isArray() || v.toArray().isEmpty())
        fail(where, FormatLoader::tr("“%1” must be a non-empty array").arg(QLatin1String(key)));
    return v.toArray();
}

CellType parseType(const QJsonValue& v, const QString& where) {
    const QString s = v.toString();
    if (s == QLatin1String("count"))
        return CellType::Count;
    if (s == QLatin1String("amount"))
        return CellType::Amount;
    if (s == QLatin1String("signed"))
        return CellType::Signed;
    fail(where, FormatLoader::tr("unknown cell type “%1” (expected count, amount or signed)").arg(s));
}

/// Runs one part of the loading; a LoadError in it is recorded and the loader goes on with the next part,
/// so that one run reports every problem of the file. False when the part failed.
template <typename Part> bool guarded(QStringList* errors, Part&& part) {
    try {
        part();
        return true;
    } catch (const LoadError& e) {
        errors->append(e.message);
        return false;
    }
}

HeaderNode parseHeader(const QJsonValue& value, const QString& where, QStringList* errors) {
    if (!value.isObject())
        fail(where, FormatLoader::tr("a column must be an object"));
    const QJsonObject o = value.toObject();
    FormatKeys::check(o, FormatObject::Column, where, errors);
    HeaderNode node;
    guarded(errors, [&] { node.label = requireString(o, "label", where); });
    node.inPath = o.value(QLatin1String("inPath")).toBool(true);
    node.span = o.value(QLatin1String("span")).toInt(1);
    if (node.span < 1 || node.span > 20)
        errors->append(where + QStringLiteral(": ") + FormatLoader::tr("“span” must be between 1 and 20"));
    if (o.contains(QLatin1String("type"))) {
        node.hasType = true;
        guarded(errors, [&] { node.type = parseType(o.value(QLatin1String("type")), where); });
    }
    const QJsonArray children = o.value(QLatin1String("children")).toArray();
    for (int i = 0; i < children.size(); ++i) {
        guarded(errors, [&] {
            node.children << parseHeader(children.at(i), where + QStringLiteral(".children[%1]").arg(i),
                                         errors);
        });
    }
    if (!node.children.isEmpty() && (node.hasType || node.span != 1))
        fail(where, FormatLoader::tr("only leaf columns may have “type” or “span”"));
    return node;
}

RowNode parseRow(const QJsonValue& value, const QString& where, bool allowEmptyLabel, QStringList* errors) {
    if (!value.isObject())
        fail(where, FormatLoader::tr("a row must be an object"));
    const QJsonObject o = value.toObject();
    FormatKeys::check(o, FormatObject::Row, where, errors);
    RowNode node;
    guarded(errors, [&] { node.label = requireString(o, "label", where, allowEmptyLabel); });
    node.unit = o.value(QLatin1String("unit")).toString();
    const QJsonArray children = o.value(QLatin1String("children")).toArray();
    for (int i = 0; i < children.size(); ++i) {
        guarded(errors, [&] {
            node.children << parseRow(children.at(i), where + QStringLiteral(".children[%1]").arg(i), false,
                                      errors);
        });
    }
    if (!node.children.isEmpty() && !node.unit.isEmpty())
        fail(where, FormatLoader::tr("only leaf rows may have a “unit”"));
    return node;
}

int headerDepth(const QVector<HeaderNode>& nodes) {
    int depth = 0;
    for (const HeaderNode& n : nodes)
        depth = qMax(depth, 1 + headerDepth(n.children));
    return depth;
}

int rowDepth(const QVector<RowNode>& nodes) {
    int depth = 0;
    for (const RowNode& n : nodes)
        depth = qMax(depth, 1 + rowDepth(n.children));
    return depth;
}

int headerWidth(const HeaderNode& n) {
    if (n.children.isEmpty())
        return n.span;
    int w = 0;
    for (const HeaderNode& c : n.children)
        w += headerWidth(c);
    return w;
}

int leafRows(const RowNode& n) {
    if (n.children.isEmpty())
        return 1;
    int count = 0;
    for (const RowNode& c : n.children)
        count += leafRows(c);
    return count;
}

void collectColumns(const QVector<HeaderNode>& nodes, const QString& prefix, CellType blockType,
                    TableBlock& b) {
    for (const HeaderNode& n : nodes) {
        const QString path = n.inPath ? joinPath(prefix, n.label) : prefix;
        if (n.children.isEmpty()) {
            b.columnPaths << path;
            b.columnSpans << n.span;
            b.columnTypes << (n.hasType ? n.type : blockType);
        } else {
            collectColumns(n.children, path, blockType, b);
        }
    }
}

void collectRows(const QVector<RowNode>& nodes, const QString& prefix, int depth, TableBlock& b) {
    for (const RowNode& n : nodes) {
        const QString path = joinPath(prefix, n.label);
        if (n.children.isEmpty()) {
            b.rowPaths << path;
            b.rowUnits << n.unit;
            b.rowDepths << depth;
        } else {
            collectRows(n.children, path, depth + 1, b);
        }
    }
}

void layoutHeader(const QVector<HeaderNode>& nodes, int depth, int gridRow, int& column, int headerHeight,
                  QVector<GridCell>& grid) {
    for (const HeaderNode& n : nodes) {
        GridCell cell;
        cell.role = GridCell::Role::ColumnHeader;
        cell.row = gridRow;
        cell.column = column;
        cell.text = n.label;
        cell.columnSpan = headerWidth(n);
        if (n.children.isEmpty()) {
            cell.rowSpan = headerHeight - depth + 1;
            grid << cell;
            column += n.span;
        } else {
            cell.rowSpan = 1;
            grid << cell;
            int childColumn = column;
            layoutHeader(n.children, depth + 1, gridRow + 1, childColumn, headerHeight, grid);
            column = childColumn;
        }
    }
}

void layoutRowLabels(const QVector<RowNode>& nodes, int depth, int& gridRow, int labelWidth,
                     QVector<GridCell>& grid) {
    for (const RowNode& n : nodes) {
        GridCell cell;
        cell.role = GridCell::Role::RowHeader;
        cell.row = gridRow;
        cell.column = depth - 1;
        cell.text = n.label;
        if (n.children.isEmpty()) {
            cell.columnSpan = labelWidth - depth + 1;
            grid << cell;
            ++gridRow;
        } else {
            cell.rowSpan = leafRows(n);
            grid << cell;
            layoutRowLabels(n.children, depth + 1, gridRow, labelWidth, grid);
        }
    }
}

} // namespace

QStringList FormatLoader::check(const QByteArray& json) {
    QStringList problems;
    load(json, &problems);
    return problems;
}

FormatPtr FormatLoader::loadJson(const QByteArray& json, QString* error) {
    QStringList problems;
    FormatPtr f = load(json, &problems);
    if (!f && error)
        *error = problems.join(QLatin1Char('\n'));
    return f;
}

// The loader fills FormatDefinition's private members (friend class).
FormatPtr FormatLoader::load(const QByteArray& json, QStringList* errorsOut) {
    QStringList ignored;
    QStringList* errors = errorsOut ? errorsOut : &ignored;
    errors->clear();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors->append(
            tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
        return nullptr;
    }
    if (!doc.isObject()) {
        errors->append(tr("a format definition must be a JSON object"));
        return nullptr;
    }
    auto f = std::make_shared<FormatDefinition>();
    const QJsonObject root = doc.object();
    FormatKeys::check(root, FormatObject::Root, QString(), errors);
    guarded(errors, [&] {
        f->id = requireString(root, "id", QString());
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9._-]*$"));
        if (!idPattern.match(f->id).hasMatch())
            fail(QStringLiteral("id"), tr("“%1” may contain only a-z, 0-9, '.', '_' and '-'").arg(f->id));
    });
    guarded(errors, [&] { f->name = requireString(root, "name", QString()); });
    f->description = root.value(QLatin1String("description")).toString();
    f->formatVersion = root.value(QLatin1String("formatVersion")).toInt(1);
    const QJsonValue firstYear = root.value(QLatin1String("firstYear"));
    if (!firstYear.isUndefined() && (!firstYear.isDouble() || firstYear.toDouble() != firstYear.toInt()))
        errors->append(QStringLiteral("firstYear: ") + tr("“firstYear” must be a whole number (a year)"));
    f->firstYear = firstYear.toInt(0);
    f->titleTemplate = root.value(QLatin1String("titleTemplate"))
                           .toString(QStringLiteral("{agency}{year}年政府信息公开工作年度报告"));
    f->freeForm = root.value(QLatin1String("freeForm")).toBool(false);

    // Sections and tables: a broken section is reported and the next one is read all the same.
    QJsonArray sections;
    guarded(errors, [&] { sections = requireArray(root, "sections", QString()); });
    QSet<QString> sectionIds;
    FormatRuleCompiler::Skip skip;
    for (int si = 0; si < sections.size(); ++si) {
        const QString where = QStringLiteral("sections[%1]").arg(si);
        const qsizetype before = errors->size();
        guarded(errors,
                [&] { f->m_sections << parseSection(*f, sections.at(si), where, &sectionIds, errors); });
        if (errors->size() > before) {
            const QString id = sections.at(si).toObject().value(QLatin1String("id")).toString();
            if (id.isEmpty())
                skip.unknownSections = true;
            else
                skip.sections.insert(id);
        }
    }
    // Rules need the sections; those of a broken section are not checked (their errors would only repeat).
    // Key figures before the rules: yoy_jump rules name them.
    FormatRuleCompiler::compileKeyFigures(*f, root.value(QLatin1String("keyFigures")), &skip, errors);
    FormatRuleCompiler::compile(*f, root.value(QLatin1String("rules")).toArray(), skip, errors);
    return errors->isEmpty() ? f : nullptr;
}

SectionDef FormatLoader::parseSection(FormatDefinition& f, const QJsonValue& value, const QString& where,
                                      QSet<QString>* sectionIds, QStringList* errors) {
    if (!value.isObject())
        fail(where, tr("a section must be an object"));
    const QJsonObject so = value.toObject();
    FormatKeys::check(so, FormatObject::Section, where, errors);
    SectionDef s;
    guarded(errors, [&] {
        s.id = requireString(so, "id", where);
        if (sectionIds->contains(s.id))
            fail(where, tr("duplicate section id “%1”").arg(s.id));
        sectionIds->insert(s.id);
    });
    // A free-form slot may have no heading (the report's own comes with the report).
    guarded(errors, [&] { s.heading = requireString(so, "heading", where, f.freeForm); });
    s.hint = so.value(QLatin1String("hint")).toString();
    s.required = so.value(QLatin1String("required")).toBool(false);
    const QString kind = requireString(so, "kind", where);
    if (kind == QLatin1String("narrative")) {
        s.kind = SectionKind::Narrative;
        return s;
    }
    if (kind != QLatin1String("table"))
        fail(where, tr("unknown section kind “%1” (expected narrative or table)").arg(kind));
    s.kind = SectionKind::Table;
    const QString tw = where + QStringLiteral(".table");
    if (!so.value(QLatin1String("table")).isObject())
        fail(where, tr("a table section needs a “table” object"));
    const QJsonObject to = so.value(QLatin1String("table")).toObject();
    FormatKeys::check(to, FormatObject::Table, tw, errors);
    TableDef& t = s.table;
    t.rowLabels = to.value(QLatin1String("rowLabels")).toBool(true);
    const QJsonArray blocks = requireArray(to, "blocks", tw);
    QSet<QString> rowPathsSeen;
    int gridRow = 0;
    for (int bi = 0; bi < blocks.size(); ++bi) {
        const QString bw = tw + QStringLiteral(".blocks[%1]").arg(bi);
        guarded(errors, [&] { parseBlock(f, s, blocks.at(bi), bi, bw, &rowPathsSeen, &gridRow, errors); });
    }
    t.gridRows = gridRow;
    std::stable_sort(t.grid.begin(), t.grid.end(), [](const GridCell& a, const GridCell& b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    return s;
}

void FormatLoader::parseBlock(FormatDefinition& f, SectionDef& s, const QJsonValue& value, int bi,
                              const QString& bw, QSet<QString>* rowPathsSeen, int* gridRowInOut,
                              QStringList* errors) {
    if (!value.isObject())
        fail(bw, tr("a block must be an object"));
    const QJsonObject bo = value.toObject();
    FormatKeys::check(bo, FormatObject::Block, bw, errors);
    TableDef& t = s.table;
    const qsizetype before = errors->size();
    TableBlock b;
    b.caption = bo.value(QLatin1String("caption")).toString();
    b.captionInPath = bo.value(QLatin1String("captionInPath")).toBool(true);
    b.corner = bo.value(QLatin1String("corner")).toString();
    b.unitHeader = bo.value(QLatin1String("unitHeader")).toString();
    if (!b.unitHeader.isEmpty() && !t.rowLabels)
        errors->append(bw + QStringLiteral(": ") + tr("a unit column needs row labels"));
    if (bo.contains(QLatin1String("type")))
        guarded(errors, [&] { b.type = parseType(bo.value(QLatin1String("type")), bw); });
    QJsonArray cols;
    QJsonArray rows;
    guarded(errors, [&] { cols = requireArray(bo, "columns", bw); });
    for (int ci = 0; ci < cols.size(); ++ci) {
        guarded(errors, [&] {
            b.columns << parseHeader(cols.at(ci), bw + QStringLiteral(".columns[%1]").arg(ci), errors);
        });
    }
    guarded(errors, [&] {
        rows = requireArray(bo, "rows", bw);
        if (!t.rowLabels && rows.size() != 1)
            fail(bw, tr("a table without row labels has exactly one row"));
    });
    for (int ri = 0; ri < rows.size(); ++ri) {
        guarded(errors, [&] {
            b.rows << parseRow(rows.at(ri), bw + QStringLiteral(".rows[%1]").arg(ri), !t.rowLabels, errors);
        });
    }
    // The derived checks below would only repeat a broken column or row.
    if (errors->size() > before)
        return;
    if (!t.rowLabels && !b.rows.first().children.isEmpty())
        fail(bw, tr("a table without row labels cannot nest rows"));

    collectColumns(b.columns, QString(), b.type, b);
    const QSet<QString> uniqueColumns(b.columnPaths.begin(), b.columnPaths.end());
    if (uniqueColumns.size() != b.columnPaths.size())
        fail(bw, tr("two columns have the same label path"));
    collectRows(b.rows, b.captionInPath ? b.caption : QString(), 1, b);
    for (const QString& rp : qAsConst(b.rowPaths)) {
        if (rowPathsSeen->contains(rp))
            fail(bw, tr("duplicate row “%1”").arg(rp));
        rowPathsSeen->insert(rp);
    }
    const int unitColumns = b.unitHeader.isEmpty() ? 0 : 1;
    b.labelWidth = t.rowLabels ? rowDepth(b.rows) + unitColumns : 0;
    b.headerHeight = headerDepth(b.columns);
    int width = b.labelWidth;
    for (int sp : qAsConst(b.columnSpans))
        width += sp;
    if (t.gridColumns == 0)
        t.gridColumns = width;
    else if (width != t.gridColumns)
        fail(bw,
             tr("block is %1 grid columns wide, the table is %2 (use “span”)").arg(width).arg(t.gridColumns));

    // Printed grid of this block.
    int& gridRow = *gridRowInOut;
    if (!b.caption.isEmpty()) {
        GridCell c;
        c.role = GridCell::Role::Caption;
        c.row = gridRow;
        c.columnSpan = width;
        c.text = b.caption;
        t.grid << c;
        t.headerGridRows << gridRow;
        ++gridRow;
    }
    if (b.labelWidth > 0) {
        GridCell c;
        c.role = GridCell::Role::Corner;
        c.row = gridRow;
        c.rowSpan = b.headerHeight;
        c.columnSpan = b.labelWidth - unitColumns;
        c.text = b.corner;
        t.grid << c;
        if (unitColumns > 0) {
            c.role = GridCell::Role::ColumnHeader;
            c.column = b.labelWidth - 1;
            c.columnSpan = 1;
            c.text = b.unitHeader;
            t.grid << c;
        }
    }
    int column = b.labelWidth;
    layoutHeader(b.columns, 1, gridRow, column, b.headerHeight, t.grid);
    for (int h = 0; h < b.headerHeight; ++h)
        t.headerGridRows << gridRow + h;
    gridRow += b.headerHeight;
    const int firstDataRow = gridRow;
    if (t.rowLabels) {
        int r = gridRow;
        layoutRowLabels(b.rows, 1, r, b.labelWidth - unitColumns, t.grid);
        for (int u = 0; unitColumns > 0 && u < b.rowUnits.size(); ++u) {
            GridCell c;
            c.role = GridCell::Role::RowHeader;
            c.row = gridRow + u;
            c.column = b.labelWidth - 1;
            c.text = b.rowUnits.at(u);
            t.grid << c;
        }
    }
    for (int r = 0; r < b.rowPaths.size(); ++r) {
        int col = b.labelWidth;
        for (int c = 0; c < b.columnPaths.size(); ++c) {
            CellDef def;
            def.index = int(f.m_cells.size());
            def.section = s.id;
            def.block = bi;
            def.blockRow = r;
            def.blockColumn = c;
            def.rowPath = b.rowPaths.at(r);
            def.columnPath = b.columnPaths.at(c);
            def.type = b.columnTypes.at(c);
            f.m_cellLookup.insert(formatCellLookupKey(s.id, def.rowPath, def.columnPath), def.index);
            s.cellIndexes << def.index;
            f.m_cells << def;
            GridCell g;
            g.role = GridCell::Role::Data;
            g.row = firstDataRow + r;
            g.column = col;
            g.columnSpan = b.columnSpans.at(c);
            g.cellIndex = def.index;
            t.grid << g;
            col += b.columnSpans.at(c);
        }
    }
    gridRow += int(b.rowPaths.size());
    t.blocks << b;
}

FormatPtr FormatLoader::loadFile(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return nullptr;
    }
    QStringList problems;
    FormatPtr f = load(file.readAll(), &problems);
    if (!f && error) {
        // One line per problem, each naming the file (as a compiler does), so that every line stands alone.
        for (QString& p : problems)
            p = tr("%1: %2").arg(path, p);
        *error = problems.join(QLatin1Char('\n'));
    }
    return f;
}

} // namespace nb
