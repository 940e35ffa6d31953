// Random damage to the declarative inputs (format files, Nianbao JSON) never crashes the loaders:
// each damaged input is either refused with a message or read into a consistent report.
#include "format/FormatLoader.h"
#include "format/FormatRegistry.h"
#include "io/JsonExchange.h"
#include "rules/RuleEngine.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace nb;

namespace {

QByteArray readFile(const QString& path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray mutate(QByteArray bytes, QRandomGenerator& rng) {
    switch (rng.bounded(5)) {
    case 0: // truncate
        bytes.truncate(rng.bounded(qMax(1, int(bytes.size()))));
        break;
    case 1: // flip bytes
        for (int i = 0; i < 1 + rng.bounded(8); ++i)
            bytes[rng.bounded(int(bytes.size()))] = char(rng.bounded(256));
        break;
    case 2: { // duplicate a slice
        const int from = rng.bounded(int(bytes.size()));
        const int len = rng.bounded(qMin(400, int(bytes.size()) - from) + 1);
        bytes.insert(rng.bounded(int(bytes.size())), bytes.mid(from, len));
        break;
    }
    case 3: { // replace a number by a huge or odd one
        const int at = bytes.indexOf(": 0", rng.bounded(int(bytes.size())));
        if (at > 0) {
            static const char* odd[] = {": 1e308", ": -5",    ": 0.00001", ": 99999999999999999999",
                                        ": null",  ": \"x\"", ": []",      ": {}"};
            bytes.replace(at, 3, odd[rng.bounded(8)]);
        }
        break;
    }
    default: { // delete a slice
        const int from = rng.bounded(int(bytes.size()));
        bytes.remove(from, rng.bounded(qMin(200, int(bytes.size()) - from) + 1));
        break;
    }
    }
    return bytes;
}

} // namespace

class TestRobustness : public QObject {
    Q_OBJECT
private slots:
    void damagedFormatFiles() {
        const QByteArray original = readFile(QStringLiteral(":/formats/gov-2021.json"));
        QRandomGenerator rng(2021);
        int refused = 0;
        for (int i = 0; i < 400; ++i) {
            QString error;
            FormatPtr f = FormatLoader::loadJson(mutate(original, rng), &error);
            if (!f) {
                QVERIFY(!error.isEmpty());
                ++refused;
                continue;
            }
            // A format that loads is usable: a blank report of it validates.
            Report r = Report::create(f, 2025, QStringLiteral("某局"), AgencyKind::Department);
            RuleEngine::computeTotals(r);
            RuleEngine::validate(r);
        }
        QVERIFY(refused > 0);
    }

    void damagedJsonReports() {
        const QByteArray original = readFile(QStringLiteral(NIANBAO_TEST_DATA_DIR "/wuhai-2021.json"));
        QVERIFY(!original.isEmpty());
        QRandomGenerator rng(2022);
        int refused = 0;
        for (int i = 0; i < 400; ++i) {
            Report r;
            QString error;
            if (!JsonExchange::fromBytes(mutate(original, rng), FormatRegistry::instance(), &r, &error)) {
                QVERIFY(!error.isEmpty());
                ++refused;
                continue;
            }
            QCOMPARE(r.cells.size(), r.format->cells().size());
            RuleEngine::computeTotals(r);
            RuleEngine::validate(r);
            // What was read writes back and reads again identically.
            Report again;
            QVERIFY(JsonExchange::fromBytes(JsonExchange::toBytes(r), FormatRegistry::instance(), &again,
                                            &error));
            QVERIFY(again == r);
        }
        QVERIFY(refused > 0);
    }

    void hugeNoise() {
        QByteArray noise(4 * 1024 * 1024, '\0');
        QRandomGenerator rng(7);
        for (char& c : noise)
            c = char(rng.bounded(256));
        QString error;
        QVERIFY(!FormatLoader::loadJson(noise, &error));
        Report r;
        QVERIFY(!JsonExchange::fromBytes(noise, FormatRegistry::instance(), &r, &error));
        QVERIFY(!JsonExchange::looksLikeOurs(noise));
    }
};

QTEST_GUILESS_MAIN(TestRobustness)
#include "tst_robustness.moc"
