// nianbao-cli set: change cells, narrative sections or metadata of a document from a script.
#include "CliSupport.h"

#include "model/CellEditability.h"
#include "model/CellInput.h"

#include <QFile>

namespace nb::cli {
namespace {

/// Converts a --meta value to what ReportDocument::setMeta expects; false with a message when invalid.
bool metaValue(MetaField field, const QString& text, QVariant* value, QString* error) {
    switch (field) {
    case MetaField::Year: {
        bool ok = false;
        const int y = text.toInt(&ok);
        *value = y;
        if (!ok)
            *error = CommandRegistry::tr("“%1” is not a year").arg(text);
        return ok;
    }
    case MetaField::SignatureDate: {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        *value = d;
        if (!d.isValid() && !text.isEmpty()) {
            *error = CommandRegistry::tr("“%1” is not a date (YYYY-MM-DD)").arg(text);
            return false;
        }
        return true;
    }
    case MetaField::AgencyKind: {
        AgencyKind k = AgencyKind::Department;
        if (!agencyKindFromString(text, &k)) {
            *error = CommandRegistry::tr("agency kind must be 部门 or 人民政府");
            return false;
        }
        *value = agencyKindToString(k);
        return true;
    }
    case MetaField::AutoTotals:
        *value = text == QLatin1String("1") || text == QLatin1String("true") || text == QLatin1String("on");
        return true;
    default:
        *value = text;
        return true;
    }
}

int runSet(Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandRegistry::tr(
        "Change a document. Every value is checked first; if any is refused, nothing is changed.\n"
        "Cells: --cell 'SECTION:ROW PATH:COLUMN PATH=VALUE', e.g.\n"
        "  --cell '三:一、本年新收政府信息公开申请数量:自然人=12'\n"
        "  --cell '四::行政复议/结果维持=1' (table 四 has the empty row path)"));
    parser.addPositionalArgument(QStringLiteral("FILE"), CommandRegistry::tr("The document (.nianbao)."));
    const QCommandLineOption cell(QStringLiteral("cell"), CommandRegistry::tr("Set one cell (repeatable)."),
                                  QStringLiteral("SECTION:ROW:COLUMN=VALUE"));
    const QCommandLineOption section(
        QStringLiteral("section"), CommandRegistry::tr("Section whose text --text-file replaces (一 … 六)."),
        QStringLiteral("ID"));
    const QCommandLineOption textFile(QStringLiteral("text-file"),
                                      CommandRegistry::tr("UTF-8 text file with the section's paragraphs."),
                                      QStringLiteral("F"));
    const QCommandLineOption meta(
        QStringLiteral("meta"),
        CommandRegistry::tr("Set metadata KEY=VALUE (repeatable): agency, agency-kind, "
                            "year, title, signature-agency, signature-date, notes, "
                            "auto-totals."),
        QStringLiteral("KEY=VALUE"));
    parser.addOptions({cell, section, textFile, meta});
    if (!parseOrExplain(parser, ctx, 1, 1))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitFailure;
    if (parser.isSet(section) != parser.isSet(textFile)) {
        printError(ctx, CommandRegistry::tr("--section and --text-file go together"));
        return ExitFailure;
    }
    auto doc = openForEditing(ctx, parser.positionalArguments().constFirst());
    if (!doc)
        return ExitFailure;
    const FormatDefinition& format = doc->format();

    // 1. Check everything before writing anything.
    QVector<ReportDocument::CellChange> changes;
    for (const QString& spec : parser.values(cell)) {
        const int eq = spec.lastIndexOf(QLatin1Char('='));
        const int first = spec.indexOf(QLatin1Char(':'));
        const int last = eq < 0 ? -1 : spec.lastIndexOf(QLatin1Char(':'), eq);
        if (eq < 0 || first < 0 || last <= first) {
            printError(ctx, CommandRegistry::tr("--cell “%1”: expected SECTION:ROW:COLUMN=VALUE").arg(spec));
            return ExitFailure;
        }
        const QString sec = spec.left(first).trimmed();
        const QString row = spec.mid(first + 1, last - first - 1).trimmed();
        const QString column = spec.mid(last + 1, eq - last - 1).trimmed();
        const int index = format.cellIndex(sec, row, column);
        if (index < 0) {
            printError(ctx,
                       CommandRegistry::tr("--cell “%1”: format %2 has no such cell").arg(spec, format.id));
            return ExitFailure;
        }
        const CellDef& def = format.cells().at(index);
        if (checkEditable(doc->report(), index) == CellEditability::ComputedTotal) {
            printError(ctx,
                       CommandRegistry::tr("--cell “%1”: this total is computed automatically").arg(spec));
            return ExitFailure;
        }
        const CellInputResult parsed = CellInput::parse(spec.mid(eq + 1), def.type);
        if (!parsed.ok) {
            printError(ctx, CommandRegistry::tr("--cell “%1”: %2").arg(spec, parsed.error));
            return ExitFailure;
        }
        changes << ReportDocument::CellChange{index, parsed.value};
    }
    QString text;
    if (parser.isSet(section)) {
        const SectionDef* s = format.section(parser.value(section));
        if (!s) {
            printError(ctx, CommandRegistry::tr("--section: no section “%1”").arg(parser.value(section)));
            return ExitFailure;
        }
        QFile f(parser.value(textFile));
        if (!f.open(QIODevice::ReadOnly)) {
            printError(ctx, CommandRegistry::tr("%1: %2").arg(f.fileName(), f.errorString()));
            return ExitFailure;
        }
        text = QString::fromUtf8(f.readAll());
        text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
    }
    QVector<QPair<MetaField, QVariant>> metas;
    for (const QString& spec : parser.values(meta)) {
        const int eq = spec.indexOf(QLatin1Char('='));
        const QString key = spec.left(eq);
        MetaField field = MetaField::Agency;
        const bool found = metaFieldFromName(key, &field);
        QVariant value;
        QString error;
        if (eq < 0 || !found) {
            printError(ctx, CommandRegistry::tr("--meta “%1”: unknown key").arg(spec));
            return ExitFailure;
        }
        if (!metaValue(field, spec.mid(eq + 1), &value, &error)) {
            printError(ctx, CommandRegistry::tr("--meta “%1”: %2").arg(spec, error));
            return ExitFailure;
        }
        metas << qMakePair(field, value);
    }

    // 2. Write.
    QString error;
    for (const auto& m : qAsConst(metas)) {
        if (!doc->setMeta(m.first, m.second, &error)) {
            printError(ctx, error);
            return ExitFailure;
        }
    }
    if (!changes.isEmpty() && !doc->setCells(changes, &error)) {
        printError(ctx, error);
        return ExitFailure;
    }
    if (parser.isSet(section) && !doc->setNarrative(parser.value(section), text, &error)) {
        printError(ctx, error);
        return ExitFailure;
    }
    ctx.out << CommandRegistry::tr("%n cell(s) set", nullptr, int(changes.size())) << Qt::endl;
    return ExitOk;
}

} // namespace

NIANBAO_CLI_COMMAND("set", QT_TRANSLATE_NOOP("nb::cli::Commands", "Change cells, section text or metadata"),
                    runSet);

} // namespace nb::cli
