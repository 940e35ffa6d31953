// nianbao-cli: console front end for scripts and batch work (docs/cli.md).
#include "Command.h"
#include "io/BuildInfo.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {

void installTranslations(QCoreApplication& app) {
    // Same catalogue as the desktop program; falls back to the English source strings.
    auto* own = new QTranslator(&app);
    if (own->load(QLocale(), QStringLiteral("nianbao"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

int printUsage(QTextStream& stream) {
    stream << QCoreApplication::translate("nb::cli::Commands", "Usage: nianbao-cli COMMAND [OPTIONS] [FILES]")
           << "\n\n"
           << QCoreApplication::translate("nb::cli::Commands", "Commands:") << "\n";
    qsizetype width = 0; // the summaries start in one column, two spaces after the longest name
    for (const nb::cli::Command& c : nb::cli::CommandRegistry::instance().all())
        width = qMax(width, c.name.size() + 2);
    for (const nb::cli::Command& c : nb::cli::CommandRegistry::instance().all())
        stream << "  " << c.name.leftJustified(width)
               << QCoreApplication::translate("nb::cli::Commands", c.summary) << "\n";
    stream << "\n"
           << QCoreApplication::translate(
                  "nb::cli::Commands", "Run 'nianbao-cli COMMAND --help' for the options of a command.\n"
                                       "Exit codes: 0 ok, 1 the report has errors (or problems), 2 usage or "
                                       "input/output error.")
           << "\n";
    stream.flush();
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    // `export` lays out pages with fonts, which needs QtGui's font database (QGuiApplication); headless
    // unless the caller chose a platform. Other commands stay on QCoreApplication.
    std::unique_ptr<QCoreApplication> appHolder;
    if (argc > 1 && std::strcmp(argv[1], "export") == 0) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        appHolder = std::make_unique<QGuiApplication>(argc, argv);
    }
    if (!appHolder)
        appHolder = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication& app = *appHolder;
    QCoreApplication::setApplicationName(QStringLiteral("nianbao"));
    QCoreApplication::setOrganizationName(QStringLiteral("Nianbao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NIANBAO_VERSION));
    installTranslations(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    if (args.size() < 2 || args.at(1) == QLatin1String("help") || args.at(1) == QLatin1String("--help") ||
        args.at(1) == QLatin1String("-h")) {
        return args.size() < 2 ? (printUsage(err), nb::cli::ExitFailure) : printUsage(out);
    }
    if (args.at(1) == QLatin1String("--version") || args.at(1) == QLatin1String("version")) {
        out << nb::BuildInfo::summary(QStringLiteral("nianbao-cli")) << Qt::endl;
        return nb::cli::ExitOk;
    }
    const QString name = args.at(1);
    const nb::cli::Command* command = nb::cli::CommandRegistry::instance().find(name);
    if (!command) {
        err << "nianbao-cli: "
            << QCoreApplication::translate("nb::cli::Commands", "unknown command “%1”").arg(name) << "\n";
        printUsage(err);
        return nb::cli::ExitFailure;
    }
    args.removeAt(1);
    args[0] = QStringLiteral("nianbao-cli ") + name;
    nb::cli::Context ctx{args, out, err};
    const int code = command->run(ctx);
    out.flush();
    err.flush();
    return code;
}
