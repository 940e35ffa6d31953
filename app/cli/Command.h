#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace nb::cli {

/// Exit codes of nianbao-cli (docs/cli.md; stable).
enum ExitCode : int {
    ExitOk = 0,       ///< success, no errors (and with --strict no warnings)
    ExitFindings = 1, ///< the report has errors (or warnings with --strict), or an import problem
    ExitFailure = 2,  ///< usage error, unreadable input, I/O error, refused value
};

/// What a subcommand gets: its arguments (after the subcommand name) and the two output streams.
struct Context {
    QStringList arguments; ///< program name first, then the subcommand's arguments
    QTextStream& out;
    QTextStream& err;
};

/// One subcommand. Each lives in its own file and registers itself with NIANBAO_CLI_COMMAND.
struct Command {
    QString name;
    const char* summary = nullptr; ///< source text, translated in context "nb::cli::Commands" when shown
    std::function<int(Context&)> run;
};

class CommandRegistry {
    Q_DECLARE_TR_FUNCTIONS(CommandRegistry)
public:
    static CommandRegistry& instance();
    void add(Command command);
    const Command* find(const QString& name) const;
    QList<Command> all() const;

private:
    QList<Command> m_commands;
};

struct CommandRegistrar {
    explicit CommandRegistrar(Command command) { CommandRegistry::instance().add(std::move(command)); }
};

/// Parses ctx.arguments with parser; on error prints it with the usage and returns false.
bool parseOrExplain(QCommandLineParser& parser, Context& ctx, int minPositional, int maxPositional);

/// Prints a line to err prefixed with "nianbao-cli: ".
void printError(Context& ctx, const QString& message);

} // namespace nb::cli

#define NIANBAO_CLI_CONCAT2(a, b) a##b
#define NIANBAO_CLI_CONCAT(a, b) NIANBAO_CLI_CONCAT2(a, b)
/// Registers a subcommand:
///   NIANBAO_CLI_COMMAND("validate", QT_TRANSLATE_NOOP("nb::cli::Commands", "Check a report…"), runValidate);
#define NIANBAO_CLI_COMMAND(NAME, SUMMARY, FUNCTION)                                                         \
    static const ::nb::cli::CommandRegistrar NIANBAO_CLI_CONCAT(nianbaoCliRegistrar, __LINE__)(              \
        ::nb::cli::Command{QStringLiteral(NAME), SUMMARY, FUNCTION})
