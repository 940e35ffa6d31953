// nianbao-cli convert: a report of an older format (2019) as a report of a newer one (2021).
#include "CliSupport.h"

#include "format/FormatRegistry.h"
#include "io/JsonExchange.h"
#include "years/FormatConverter.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace nb::cli {
namespace {

int runConvert(Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandRegistry::tr(
        "Convert a report to another format. Every cell whose row and column exist in both formats is "
        "carried; values that have no place in the new format are listed and kept in the document's notes; "
        "new rows stay blank and are listed."));
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        CommandRegistry::tr(
            "The report to convert: a document, Nianbao JSON or an original (PDF, DOCX, web page, text)."));
    const QCommandLineOption format(
        QStringLiteral("format"),
        CommandRegistry::tr("Target format (default %1).").arg(FormatRegistry::defaultFormatId()),
        QStringLiteral("ID"), FormatRegistry::defaultFormatId());
    const QCommandLineOption output(
        {QStringLiteral("o"), QStringLiteral("output")},
        CommandRegistry::tr("The new document (.nianbao), or Nianbao JSON (.json)."), QStringLiteral("OUT"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  CommandRegistry::tr("Print what was carried and listed as JSON."));
    parser.addOptions({format, output, json});
    if (!parseOrExplain(parser, ctx, 1, 1))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitFailure;
    if (!parser.isSet(output)) {
        printError(ctx, CommandRegistry::tr("-o is required"));
        return ExitFailure;
    }
    const QString out = parser.value(output);
    if (QFileInfo::exists(out)) {
        printError(ctx, CommandRegistry::tr("%1 already exists").arg(out));
        return ExitFailure;
    }
    FormatPtr target = FormatRegistry::instance().format(parser.value(format));
    if (!target) {
        printError(
            ctx, CommandRegistry::tr("unknown format “%1”; known: %2")
                     .arg(parser.value(format), FormatRegistry::instance().ids().join(QStringLiteral(", "))));
        return ExitFailure;
    }
    Report source;
    if (!loadReport(ctx, parser.positionalArguments().constFirst(), &source, Accept::AnyOriginal))
        return ExitFailure;
    const FormatConverter::Result result = FormatConverter::convert(source, target, QDate::currentDate());
    if (!result.ok) {
        printError(ctx, result.error);
        return ExitFailure;
    }
    QString error;
    if (out.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        if (!writeFileAtomically(out, JsonExchange::toBytes(result.report), &error)) {
            printError(ctx, CommandRegistry::tr("%1: %2").arg(out, error));
            return ExitFailure;
        }
    } else if (!ReportDocument::create(out, result.report, &error)) {
        printError(ctx, error);
        return ExitFailure;
    }
    if (parser.isSet(json)) {
        QJsonObject o = result.toJson();
        o.insert(QStringLiteral("output"), out);
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        ctx.out << CommandRegistry::tr("Created %1 (%2)").arg(out, target->name) << '\n'
                << result.toText() << '\n';
    }
    ctx.out.flush();
    return ExitOk;
}

} // namespace

NIANBAO_CLI_COMMAND("convert", QT_TRANSLATE_NOOP("nb::cli::Commands", "Convert a report to another format"),
                    runConvert);

} // namespace nb::cli
