#include "Command.h"

#include <QFileInfo>

namespace nb::cli {

CommandRegistry& CommandRegistry::instance() {
    static CommandRegistry registry;
    return registry;
}

void CommandRegistry::add(Command command) {
    m_commands << std::move(command);
    std::sort(m_commands.begin(), m_commands.end(),
              [](const Command& a, const Command& b) { return a.name < b.name; });
}

const Command* CommandRegistry::find(const QString& name) const {
    for (const Command& c : m_commands) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QList<Command> CommandRegistry::all() const {
    return m_commands;
}

namespace {

/// The parser's help text with the command in its usage line: QCommandLineParser names only the program
/// ("Usage: nianbao-cli [options] …"); ctx.arguments[0] is "nianbao-cli COMMAND".
QString helpText(const QCommandLineParser& parser, const Context& ctx) {
    QString text = parser.helpText();
    const QString program = QFileInfo(QCoreApplication::arguments().value(0)).fileName();
    const QString command = ctx.arguments.value(0).section(QLatin1Char(' '), 1); // "compare"
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    const qsizetype at = program.isEmpty() ? -1 : text.indexOf(program);
    if (at >= 0 && (lineEnd < 0 || at < lineEnd) && !command.isEmpty())
        text.insert(at + program.size(), QLatin1Char(' ') + command);
    return text;
}

} // namespace

bool parseOrExplain(QCommandLineParser& parser, Context& ctx, int minPositional, int maxPositional) {
    parser.addHelpOption();
    if (!parser.parse(ctx.arguments)) {
        printError(ctx, parser.errorText());
        ctx.err << helpText(parser, ctx);
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << helpText(parser, ctx);
        return false;
    }
    const int n = int(parser.positionalArguments().size());
    if (n < minPositional || (maxPositional >= 0 && n > maxPositional)) {
        printError(ctx, CommandRegistry::tr("wrong number of arguments"));
        ctx.err << helpText(parser, ctx);
        return false;
    }
    return true;
}

void printError(Context& ctx, const QString& message) {
    ctx.err << "nianbao-cli: " << message << Qt::endl;
}

} // namespace nb::cli
