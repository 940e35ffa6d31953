// nianbao-cli office add|status|consolidate|export: dispatch to one file per action.
#include "OfficeCommands.h"

#include "office/RepositoryDialect.h"
#include "office/Roster.h"

#include <QDir>

namespace nb::cli {

void addRepositoryArgument(QCommandLineParser& parser) {
    parser.addPositionalArgument(
        QStringLiteral("REPO"),
        CommandRegistry::tr(
            "The repository: a file, or a PostgreSQL server as "
            "postgresql://USER@HOST[:PORT]/DATABASE (the password from PGPASSWORD or .pgpass)."));
}

std::unique_ptr<OfficeRepository> openRepository(Context& ctx, const QString& location, bool create) {
    if (!create && RepositoryDialect::isMissingFile(location)) {
        printError(ctx,
                   CommandRegistry::tr("%1: no such repository").arg(QDir::toNativeSeparators(location)));
        return nullptr;
    }
    RepositoryOpenInfo info;
    QString error;
    auto repo = OfficeRepository::open(location, &info, &error, !create);
    if (!repo) {
        printError(ctx, error);
        return nullptr;
    }
    if (create && repo->isReadOnly()) {
        printError(ctx, repo->readOnlyReason());
        return nullptr;
    }
    return repo;
}

bool parseYear(Context& ctx, const QString& text, int* year) {
    bool ok = false;
    const int y = text.trimmed().toInt(&ok);
    if (!ok || y < 1990 || y > 2200) {
        printError(ctx, text.isEmpty() ? CommandRegistry::tr("--year is required")
                                       : CommandRegistry::tr("“%1” is not a report year").arg(text));
        return false;
    }
    *year = y;
    return true;
}

bool readStatusBoard(Context& ctx, const QCommandLineParser& parser, const QCommandLineOption& roster,
                     int year, const QString& statusErrorPrefix, QVector<UnitStatusRow>* rows) {
    QStringList names;
    QString error;
    if (parser.isSet(roster) && !Roster::read(parser.value(roster), &names, &error)) {
        printError(ctx, error);
        return false;
    }
    auto repo = openRepository(ctx, parser.positionalArguments().constFirst(), /*create=*/false);
    if (!repo)
        return false;
    *rows = repo->status(year, names, &error);
    if (!error.isEmpty()) {
        printError(ctx, statusErrorPrefix.isEmpty()
                            ? error
                            : CommandRegistry::tr("%1: %2").arg(statusErrorPrefix, error));
        return false;
    }
    return true;
}

namespace {

int runOffice(Context& ctx) {
    const QStringList& args = ctx.arguments;
    const QString action = args.size() > 1 ? args.at(1) : QString();
    int (*run)(Context&) = nullptr;
    if (action == QLatin1String("add"))
        run = runOfficeAdd;
    else if (action == QLatin1String("status"))
        run = runOfficeStatus;
    else if (action == QLatin1String("consolidate"))
        run = runOfficeConsolidate;
    else if (action == QLatin1String("export"))
        run = runOfficeExport;
    if (!run) {
        const bool help = action == QLatin1String("--help") || action == QLatin1String("-h");
        (help ? ctx.out : ctx.err) << CommandRegistry::tr(
            "Usage: nianbao-cli office ACTION REPO …\n"
            "  add REPO FILE|FOLDER…             receive units' documents\n"
            "  status REPO --year Y [--roster FILE] [--json]\n"
            "  consolidate REPO --year Y -o TOTAL [--force] [--agency NAME]\n"
            "  export REPO --year Y --csv OUT [--roster FILE]\n"
            "REPO is a file or postgresql://USER@HOST[:PORT]/DATABASE.\n"
            "Run 'nianbao-cli office ACTION --help' for the options of an action.\n");
        if (help)
            return ExitOk;
        printError(ctx, action.isEmpty() ? CommandRegistry::tr("an action is required")
                                         : CommandRegistry::tr("unknown action “%1”").arg(action));
        return ExitFailure;
    }
    QStringList rest = args;
    rest.removeAt(1);
    rest[0] += QLatin1Char(' ') + action;
    Context sub{rest, ctx.out, ctx.err};
    return run(sub);
}

} // namespace

NIANBAO_CLI_COMMAND(
    "office",
    QT_TRANSLATE_NOOP("nb::cli::Commands",
                      "The office repository: receive units' reports, status, consolidate, export"),
    runOffice);

} // namespace nb::cli
