// FormatRegistry: formats from folders, broken files kept as problems, the format for a report year.
#include "format/FormatRegistry.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace nb;

namespace {

QJsonObject builtin(const QString& id) {
    QFile f(QStringLiteral(":/formats/%1.json").arg(id));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing built-in format");
    return QJsonDocument::fromJson(f.readAll()).object();
}

void write(const QString& path, const QByteArray& bytes) {
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write a test file");
}

} // namespace

class TestFormatRegistry : public QObject {
    Q_OBJECT
private slots:
    void formatForYear_data() {
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("expected");
        QTest::newRow("before any format: the oldest") << 2015 << "gov-2019";
        QTest::newRow("first year of the trial format") << 2019 << "gov-2019";
        QTest::newRow("2020 still the trial format") << 2020 << "gov-2019";
        QTest::newRow("2021") << 2021 << "gov-2021";
        QTest::newRow("later years") << 2025 << "gov-2021";
        QTest::newRow("no year: the default") << 0 << "gov-2021";
    }
    void formatForYear() {
        QFETCH(int, year);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("a.json")),
              QJsonDocument(builtin(QStringLiteral("gov-2019"))).toJson());
        write(dir.filePath(QStringLiteral("b.json")),
              QJsonDocument(builtin(QStringLiteral("gov-2021"))).toJson());
        FormatRegistry registry;
        QCOMPARE(registry.loadDirectory(dir.path()), QStringList());
        QString conflict;
        const FormatPtr f = registry.formatForYear(year, &conflict);
        QVERIFY2(f, qPrintable(conflict));
        QCOMPARE(f->id, expected);
        QVERIFY(conflict.isEmpty());
    }

    void sameFirstYearIsAConflictNotAChoice() {
        QTemporaryDir dir;
        QJsonObject variant = builtin(QStringLiteral("gov-2021"));
        variant.insert(QStringLiteral("id"), QStringLiteral("aaa-province-2021"));
        write(dir.filePath(QStringLiteral("national.json")),
              QJsonDocument(builtin(QStringLiteral("gov-2021"))).toJson());
        write(dir.filePath(QStringLiteral("variant.json")), QJsonDocument(variant).toJson());
        FormatRegistry registry;
        QCOMPARE(registry.loadDirectory(dir.path()), QStringList());
        QString conflict;
        QVERIFY(!registry.formatForYear(2023, &conflict));
        QVERIFY2(conflict.contains(QStringLiteral("aaa-province-2021")) &&
                     conflict.contains(QStringLiteral("gov-2021")) &&
                     conflict.contains(QStringLiteral("2021")),
                 qPrintable(conflict));
        // Both stay available for an explicit choice.
        QVERIFY(registry.format(QStringLiteral("aaa-province-2021")));
        QVERIFY(registry.format(QStringLiteral("gov-2021")));
    }

    void conflictNamesBothFiles() {
        QTemporaryDir dir;
        QJsonObject variant = builtin(QStringLiteral("gov-2021"));
        variant.insert(QStringLiteral("id"), QStringLiteral("province-2021"));
        const QString national = dir.filePath(QStringLiteral("national.json"));
        const QString province = dir.filePath(QStringLiteral("province.json"));
        write(national, QJsonDocument(builtin(QStringLiteral("gov-2021"))).toJson());
        write(province, QJsonDocument(variant).toJson());
        write(dir.filePath(QStringLiteral("trial.json")),
              QJsonDocument(builtin(QStringLiteral("gov-2019"))).toJson());
        FormatRegistry registry;
        QCOMPARE(registry.loadDirectory(dir.path()), QStringList());
        QCOMPARE(registry.sourceFile(QStringLiteral("province-2021")), province);
        // One clash (2021), none for 2019; the message names each format with its file.
        const QStringList conflicts = registry.conflicts();
        QCOMPARE(conflicts.size(), qsizetype(1));
        for (const QString& part :
             {QStringLiteral("gov-2021"), QDir::toNativeSeparators(national), QStringLiteral("province-2021"),
              QDir::toNativeSeparators(province), QStringLiteral("2021")})
            QVERIFY2(conflicts.first().contains(part),
                     qPrintable(conflicts.first() + QStringLiteral(" / ") + part));
        QString conflict;
        QVERIFY(!registry.formatForYear(2022, &conflict));
        QVERIFY2(conflict.contains(QDir::toNativeSeparators(national)) &&
                     conflict.contains(QDir::toNativeSeparators(province)),
                 qPrintable(conflict));
        // 2019 and 2020 are not in conflict.
        QVERIFY(registry.formatForYear(2020));
    }

    void noConflictWhenEveryYearHasOneFormat() {
        FormatRegistry registry;
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("a.json")),
              QJsonDocument(builtin(QStringLiteral("gov-2019"))).toJson());
        write(dir.filePath(QStringLiteral("b.json")),
              QJsonDocument(builtin(QStringLiteral("gov-2021"))).toJson());
        QCOMPARE(registry.loadDirectory(dir.path()), QStringList());
        QCOMPARE(registry.conflicts(), QStringList());
        // A later file with the same id replaces the format and its source (a user copy of a built-in one).
        QTemporaryDir other;
        const QString copy = other.filePath(QStringLiteral("mine.json"));
        write(copy, QJsonDocument(builtin(QStringLiteral("gov-2021"))).toJson());
        QCOMPARE(registry.loadDirectory(other.path()), QStringList());
        QCOMPARE(registry.sourceFile(QStringLiteral("gov-2021")), copy);
        QCOMPARE(registry.conflicts(), QStringList());
    }

    void brokenFilesKeepEveryError() {
        QTemporaryDir dir;
        QJsonObject o = builtin(QStringLiteral("gov-2021"));
        o.insert(QStringLiteral("id"), QStringLiteral("two-errors"));
        o.insert(QStringLiteral("nmae"), QStringLiteral("x"));
        o.insert(QStringLiteral("firstYear"), QStringLiteral("2021"));
        const QString path = dir.filePath(QStringLiteral("two-errors.json"));
        write(path, QJsonDocument(o).toJson());
        FormatRegistry registry;
        const QStringList returned = registry.loadDirectory(dir.path());
        QCOMPARE(registry.brokenFiles().size(), qsizetype(1));
        const FormatFileProblem problem = registry.brokenFiles().first();
        QCOMPARE(problem.path, path);
        QCOMPARE(problem.errors.size(), qsizetype(2));
        QCOMPARE(problem.errors.at(0), QStringLiteral("unknown key “nmae” (did you mean “name”?)"));
        QVERIFY2(problem.errors.at(1).startsWith(QStringLiteral("firstYear: ")),
                 qPrintable(problem.errors.at(1)));
        // The text form has one line per error, each naming the file.
        QCOMPARE(returned,
                 QStringList{path + QStringLiteral(": ") + problem.errors.at(0) + QLatin1Char('\n') + path +
                             QStringLiteral(": ") + problem.errors.at(1)});
        QVERIFY(registry.ids().isEmpty());
    }

    void brokenFilesAreKeptAsProblemsWithTheirErrors() {
        QTemporaryDir dir;
        QJsonObject misspelt = builtin(QStringLiteral("gov-2021"));
        misspelt.insert(QStringLiteral("id"), QStringLiteral("misspelt"));
        misspelt.insert(QStringLiteral("nmae"), QStringLiteral("x"));
        write(dir.filePath(QStringLiteral("misspelt.json")), QJsonDocument(misspelt).toJson());
        write(dir.filePath(QStringLiteral("good.json")),
              QJsonDocument(builtin(QStringLiteral("gov-2019"))).toJson());
        FormatRegistry registry;
        const QStringList returned = registry.loadDirectory(dir.path());
        QCOMPARE(registry.problems(), returned);
        QCOMPARE(returned.size(), qsizetype(1));
        QVERIFY2(returned.first().contains(QStringLiteral("misspelt.json")) &&
                     returned.first().contains(QStringLiteral("unknown key “nmae”")),
                 qPrintable(returned.first()));
        QCOMPARE(registry.ids(), QStringList{QStringLiteral("gov-2019")});
    }
};

QTEST_GUILESS_MAIN(TestFormatRegistry)
#include "tst_formatregistry.moc"
