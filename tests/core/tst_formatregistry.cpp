// FormatRegistry: formats from folders, broken files kept as problems, the format for a report year.
#include "format/FormatRegistry.h"

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
