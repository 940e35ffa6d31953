// The manual page packaging/linux/nianbao-cli.1 is written by hand; this test keeps it in step with the
// program: every command that `nianbao-cli help` lists has a ".SS <command>" section, the page has no
// section for a command that does not exist, and every long option of `nianbao-cli COMMAND --help` is
// mentioned in its command's section.
#include "CliRunner.h"

#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QTest>

using nb::test::runCli;

class TestManPage : public QObject {
    Q_OBJECT

    QMap<QString, QString> m_sections; ///< command → its section of the page, with \- turned into -
    QStringList m_commands;            ///< as `nianbao-cli help` lists them

private slots:
    void initTestCase() {
        QFile page(QStringLiteral(NIANBAO_SOURCE_DIR "/packaging/linux/nianbao-cli.1"));
        QVERIFY(page.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(page.readAll());
        text.replace(QStringLiteral("\\-"), QStringLiteral("-"));
        QString current;
        for (const QString& line : text.split(QLatin1Char('\n'))) {
            if (line.startsWith(QStringLiteral(".SH ")))
                current.clear();
            if (line.startsWith(QStringLiteral(".SS "))) {
                current = line.mid(4).trimmed();
                m_sections.insert(current, QString());
                continue;
            }
            if (!current.isEmpty())
                m_sections[current] += line + QLatin1Char('\n');
        }

        const auto help = runCli({QStringLiteral("help")});
        QCOMPARE(help.code, 0);
        const QRegularExpression commandLine(QStringLiteral("^  ([a-z][a-z-]*)\\s"));
        for (const QString& line : help.out.split(QLatin1Char('\n'))) {
            const auto m = commandLine.match(line);
            if (m.hasMatch())
                m_commands << m.captured(1);
        }
        QVERIFY2(m_commands.size() >= 8, qPrintable(help.out));
    }

    void everyCommandHasASection() {
        for (const QString& c : std::as_const(m_commands))
            QVERIFY2(m_sections.contains(c), qPrintable(QStringLiteral("nianbao-cli.1 lacks .SS ") + c));
    }

    void noSectionForAMissingCommand() {
        for (auto it = m_sections.cbegin(); it != m_sections.cend(); ++it)
            QVERIFY2(m_commands.contains(it.key()),
                     qPrintable(QStringLiteral("nianbao-cli.1 describes a command the program lacks: ") +
                                it.key()));
    }

    void everyOptionIsDescribed_data() {
        QTest::addColumn<QString>("command");
        for (const QString& c : std::as_const(m_commands))
            QTest::newRow(qPrintable(c)) << c;
    }
    void everyOptionIsDescribed() {
        QFETCH(QString, command);
        const auto help = runCli({command, QStringLiteral("--help")});
        QCOMPARE(help.code, 0);
        const QRegularExpression option(QStringLiteral("(?:^|[ ,])(--[a-z][a-z-]*)"));
        QStringList options;
        for (const QString& line : help.out.split(QLatin1Char('\n'))) {
            if (!line.trimmed().startsWith(QLatin1Char('-')))
                continue; // option lines of QCommandLineParser's help start with "-"
            auto it = option.globalMatch(line.section(QStringLiteral("  "), 0, 1));
            while (it.hasNext())
                options << it.next().captured(1);
        }
        options.removeAll(QStringLiteral("--help"));
        options.removeAll(QStringLiteral("--help-all"));
        // import takes only arguments; format and office take an action word first
        QVERIFY2(!options.isEmpty() || command == QLatin1String("import") ||
                     command == QLatin1String("format") || command == QLatin1String("office"),
                 qPrintable(help.out));
        const QString section = m_sections.value(command);
        for (const QString& o : std::as_const(options))
            QVERIFY2(section.contains(o),
                     qPrintable(QStringLiteral("nianbao-cli.1, section %1, lacks %2").arg(command, o)));
    }
};

QTEST_GUILESS_MAIN(TestManPage)
#include "tst_manpage.moc"
