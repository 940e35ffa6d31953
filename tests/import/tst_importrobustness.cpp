// Random mutations of the samples and large noise never crash, hang or exhaust memory; the fuzz corpus
// is replayed through the fuzzer's own entry point. (Hangs are caught by the CTest timeout.)
#include "ImportTestUtil.h"
#include "fuzz/FuzzEntry.h"

#include <QDirIterator>
#include <QRandomGenerator>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#endif

// AddressSanitizer keeps freed memory in quarantine: peak memory means nothing there.
#if defined(__SANITIZE_ADDRESS__)
#define NIANBAO_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NIANBAO_ASAN 1
#endif
#endif

using namespace nb;
using namespace nb::importtest;

namespace {
QVector<QByteArray> sampleTexts() {
    QVector<QByteArray> out;
    for (const QString& f : allSampleFiles()) {
        if (!f.endsWith(QLatin1String(".json")))
            out << readFile(f);
    }
    return out;
}

void feed(const QByteArray& bytes) {
    fuzz::importOne(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size()));
}

QByteArray noise(QRandomGenerator& rng, qsizetype size, bool textual) {
    QByteArray out;
    out.reserve(size);
    static const QByteArray pieces[] = {"0",
                                        "12",
                                        " | ",
                                        "\n",
                                        "  ",
                                        "一、",
                                        "（三）",
                                        "\xe7\x94\xb3",
                                        "\xe8\xaf\xb7",
                                        "<td>",
                                        "</tr>",
                                        "|",
                                        "\f",
                                        "-3-",
                                        "\xe5\xb9\xb4",
                                        "\xe6\x80\xbb\xe8\xae\xa1"};
    while (out.size() < size) {
        if (textual)
            out += pieces[rng.bounded(int(std::size(pieces)))];
        else
            out += char(rng.bounded(256));
    }
    out.truncate(size);
    return out;
}
} // namespace

class TestImportRobustness : public QObject {
    Q_OBJECT
private slots:
    void truncation();
    void shuffledLines();
    void garbageBytes();
    void hugeNumbers();
    void tenMegabytesOfNoise();
    void veryLongLine();
    void fuzzCorpusReplays();
    void pdfAndDocxCorpusReplays();
    void memoryStaysBounded();
};

void TestImportRobustness::truncation() {
    QRandomGenerator rng(1);
    int runs = 0;
    for (const QByteArray& text : sampleTexts()) {
        for (int i = 0; i < 25; ++i) {
            feed(text.left(rng.bounded(int(text.size()) + 1)));
            ++runs;
        }
    }
    QVERIFY(runs >= 25 * 8);
}

void TestImportRobustness::shuffledLines() {
    QRandomGenerator rng(2);
    for (const QByteArray& text : sampleTexts()) {
        QList<QByteArray> lines = text.split('\n');
        for (int i = 0; i < 8; ++i) {
            for (qsizetype k = lines.size() - 1; k > 0; --k)
                lines.swapItemsAt(k, rng.bounded(int(k) + 1));
            feed(lines.join('\n'));
        }
    }
    // A shuffled report is still read without crashing and still gives a result or a reason.
    QList<QByteArray> lines = readFile(samplesDir() + QStringLiteral("/2021-wuhai-psb.txt")).split('\n');
    std::reverse(lines.begin(), lines.end());
    const ImportResult r = ReportImporter::importBytes(lines.join('\n'), FormatRegistry::instance());
    QVERIFY(r.ok || !r.error.isEmpty());
}

void TestImportRobustness::garbageBytes() {
    QRandomGenerator rng(3);
    for (const QByteArray& text : sampleTexts()) {
        for (int i = 0; i < 12; ++i) {
            QByteArray copy = text;
            const int edits = 1 + rng.bounded(50);
            for (int e = 0; e < edits && !copy.isEmpty(); ++e)
                copy[rng.bounded(int(copy.size()))] = char(rng.bounded(256));
            feed(copy);
        }
    }
    QVERIFY(true); // reaching here without a crash is the assertion
}

void TestImportRobustness::hugeNumbers() {
    QRandomGenerator rng(4);
    for (const QByteArray& text : sampleTexts()) {
        QByteArray copy = text;
        QByteArray huge(40 + rng.bounded(2000), '9');
        copy.replace(" 0 ", " " + huge + " ");
        copy.replace("| 0 |", "| " + huge + " |");
        feed(copy);
    }
    QByteArray wuhai = readFile(samplesDir() + QStringLiteral("/2021-wuhai-psb.txt"));
    wuhai.replace("行政许可 | 5 |", "行政许可 | 123456789012345678901234567890.123456789 |");
    const ImportResult r = ReportImporter::importBytes(wuhai, FormatRegistry::instance());
    QVERIFY(r.ok);
    QCOMPARE(r.problems.size(), 1);
}

void TestImportRobustness::tenMegabytesOfNoise() {
    QRandomGenerator rng(5);
    const qsizetype tenMb = 10 * 1024 * 1024;
    feed(noise(rng, tenMb, false));
    feed(noise(rng, tenMb, true));
    // A real report with noise appended and with noise inside table 三.
    QByteArray wuhai = readFile(samplesDir() + QStringLiteral("/2021-wuhai-psb.txt"));
    feed(wuhai + noise(rng, tenMb, true));
    QByteArray inside = wuhai;
    inside.insert(int(inside.indexOf("(七)总计")), noise(rng, tenMb, true));
    const ImportResult r = ReportImporter::importBytes(inside, FormatRegistry::instance());
    QVERIFY(r.ok);
    QVERIFY(!r.problems.isEmpty());
    QVERIFY(r.problems.size() <= 501);
}

void TestImportRobustness::veryLongLine() {
    QByteArray line(10 * 1024 * 1024, 'x');
    for (qsizetype i = 0; i < line.size(); i += 7)
        line[i] = ' ';
    QByteArray wuhai = readFile(samplesDir() + QStringLiteral("/2021-wuhai-psb.txt"));
    wuhai.insert(int(wuhai.indexOf("行政许可")), line + "\n");
    const ImportResult r = ReportImporter::importBytes(wuhai, FormatRegistry::instance());
    QVERIFY(r.ok);
    QVERIFY(!r.problems.isEmpty());
    feed(QByteArray(10 * 1024 * 1024, '1'));
    feed(QByteArray(5 * 1024 * 1024, '|'));
    feed(QByteArray(5 * 1024 * 1024, '<'));
}

void TestImportRobustness::fuzzCorpusReplays() {
    int files = 0;
    QDirIterator it(QStringLiteral(NIANBAO_SOURCE_DIR "/tests/import/fuzz/corpus"), QDir::Files);
    while (it.hasNext()) {
        feed(readFile(it.next()));
        ++files;
    }
    QVERIFY(files >= 5);
}

void TestImportRobustness::pdfAndDocxCorpusReplays() {
    // The seed corpora of the PDF and DOCX/ODT fuzz targets, through their entry points, plus mutations.
    QRandomGenerator rng(9);
    int files = 0;
    for (const auto& [dir, entry] : {std::pair{QStringLiteral("corpus-pdf"), &fuzz::importPdf},
                                     std::pair{QStringLiteral("corpus-docx"), &fuzz::importDocx}}) {
        QDirIterator it(QStringLiteral(NIANBAO_SOURCE_DIR "/tests/import/fuzz/") + dir, QDir::Files);
        while (it.hasNext()) {
            QByteArray bytes = readFile(it.next());
            entry(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size()));
            for (int m = 0; m < 8 && !bytes.isEmpty(); ++m) {
                bytes[qsizetype(rng.bounded(int(bytes.size())))] = char(rng.bounded(256));
                entry(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size()));
            }
            ++files;
        }
    }
    QVERIFY(files >= 6);
}

void TestImportRobustness::memoryStaysBounded() {
#if defined(NIANBAO_ASAN)
    QSKIP("peak memory is not meaningful under AddressSanitizer");
#elif defined(Q_OS_LINUX)
    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    // ru_maxrss is in KiB: the whole run (10 MB inputs included) stays far below a gigabyte.
    QVERIFY2(usage.ru_maxrss < 1024L * 1024L, qPrintable(QString::number(usage.ru_maxrss)));
#else
    QSKIP("peak memory is read with getrusage on Linux only");
#endif
}

QTEST_GUILESS_MAIN(TestImportRobustness)
#include "tst_importrobustness.moc"
