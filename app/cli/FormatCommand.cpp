// nianbao-cli format check: load a format definition file and print every problem with its JSON location.
#include "Command.h"

#include "format/FormatLoader.h"
#include "format/FormatRegistry.h"

#include <QFile>

namespace nb::cli {
namespace {

int runFormat(Context& ctx) {
    QCommandLineParser parser;
    parser.setApplicationDescription(CommandRegistry::tr(
        "Check a format definition file (docs/format-definition.md): prints every error with its JSON "
        "location and exits 1 when there is one or the file conflicts with an installed format, 0 when "
        "the file loads without conflict."));
    parser.addPositionalArgument(QStringLiteral("check"), CommandRegistry::tr("The action: check."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CommandRegistry::tr("The format file (.json)."));
    if (!parseOrExplain(parser, ctx, 2, 2))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitFailure;
    const QStringList args = parser.positionalArguments();
    if (args.constFirst() != QLatin1String("check")) {
        printError(
            ctx,
            CommandRegistry::tr("unknown action “%1” (expected: format check FILE)").arg(args.constFirst()));
        return ExitFailure;
    }
    const QString& path = args.at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printError(ctx, CommandRegistry::tr("cannot read %1: %2").arg(path, file.errorString()));
        return ExitFailure;
    }
    QStringList problems;
    const FormatPtr format = FormatLoader::load(file.readAll(), &problems);
    for (const QString& p : qAsConst(problems))
        ctx.out << path << ": " << p << '\n';
    if (!format) {
        ctx.out << CommandRegistry::tr("%1: %n error(s)", nullptr, int(problems.size())).arg(path) << '\n';
        ctx.out.flush();
        return ExitFindings;
    }
    // A format that claims the same years as an installed one makes the choice by year ambiguous: the
    // program never picks one of them silently, so say which files clash.
    // It is a problem of the file as it would be installed: exit 1, like an error.
    const FormatRegistry& installed = FormatRegistry::instance();
    int conflicts = 0;
    for (const QString& id : installed.ids()) {
        const FormatPtr other = installed.format(id);
        if (!other || other->id == format->id || other->firstYear != format->firstYear)
            continue;
        ++conflicts;
        ctx.out << CommandRegistry::tr("%1: conflict: format %2 of this file and the installed format %3 "
                                       "both apply from %4; the program will not choose between them, "
                                       "a report of those years must name its format")
                       .arg(path, format->id, installed.describe(id))
                       .arg(format->firstYear)
                << '\n';
    }
    ctx.out << CommandRegistry::tr("%1: ok: format %2 (%3), %n cell(s)", nullptr, int(format->cells().size()))
                   .arg(path, format->id, format->name)
            << '\n';
    ctx.out.flush();
    return conflicts > 0 ? ExitFindings : ExitOk;
}

} // namespace

NIANBAO_CLI_COMMAND("format", QT_TRANSLATE_NOOP("nb::cli::Commands", "Check a format definition file"),
                    runFormat);

} // namespace nb::cli
