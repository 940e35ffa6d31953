// PdfModuleLoader: the PDF module (nianbao_pdf, Poppler) is found where it is built, a chosen folder is the
// only one searched, and nianbao-cli without the module says that PDF reading is not installed (exit 2 for
// an unreadable input, docs/cli.md) while every other format still reads.
#include "import/PdfModuleLoader.h"
#include "import/PdfTextSource.h"

#include "TestTimeouts.h"
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kPdf = QStringLiteral(NIANBAO_SAMPLES_DIR "/published/2023-hongze-gov.pdf");
const QString kDocx = QStringLiteral(NIANBAO_SAMPLES_DIR "/saved-pages/2024-pingtan-zrz.docx");

struct Run {
    int code = -1;
    QString err;
};

/// nianbao-cli with NIANBAO_MODULE_DIR set to moduleDir (unset when empty).
Run cli(const QStringList& args, const QString& moduleDir) {
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("NIANBAO_MODULE_DIR"));
    if (!moduleDir.isEmpty())
        env.insert(QStringLiteral("NIANBAO_MODULE_DIR"), moduleDir);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(NIANBAO_CLI_PATH), args);
    if (!p.waitForFinished(nb::test::waitMs(60000)))
        qFatal("nianbao-cli did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestPdfModuleLoader : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        qunsetenv("NIANBAO_MODULE_DIR");
    }

    void foundInTheBuildFolder() {
        const nb::PdfModuleLoader::Loaded& loaded = nb::PdfModuleLoader::load();
        QVERIFY2(loaded.module, qPrintable(loaded.error));
        QVERIFY(loaded.error.isEmpty());
        QFile pdf(kPdf);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const nb::PdfTextSource::Result r = nb::PdfTextSource::read(pdf.readAll());
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QVERIFY(r.pages > 0);
        QVERIFY(!r.lines.isEmpty());
    }

    void chosenFolderIsTheOnlyOne() {
        QVERIFY(nb::PdfModuleLoader::searchFolders().contains(QCoreApplication::applicationDirPath()));
        qputenv("NIANBAO_MODULE_DIR", m_dir.path().toUtf8());
        const QStringList folders = nb::PdfModuleLoader::searchFolders();
        qunsetenv("NIANBAO_MODULE_DIR");
        QCOMPARE(folders, QStringList{m_dir.path()});
        QVERIFY(nb::PdfModuleLoader::fileName().startsWith(QLatin1String("nianbao_pdf.")));
    }

    void cliWithoutTheModuleSaysSo() {
        const QString empty = m_dir.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        const QString out = m_dir.filePath(QStringLiteral("from-pdf.nianbao"));
        Run r = cli({QStringLiteral("import"), kPdf, QStringLiteral("-o"), out}, empty);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("PDF reading is not installed")), qPrintable(r.err));
        QVERIFY2(r.err.contains(nb::PdfModuleLoader::fileName()), qPrintable(r.err));
        QVERIFY2(r.err.contains(QDir::toNativeSeparators(empty)), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));

        // `check` counts it as an unreadable file (exit 1) with the same reason.
        r = cli({QStringLiteral("check"), kPdf}, empty);
        QCOMPARE(r.code, 1);

        // Every other format still reads without the module.
        const QString fromDocx = m_dir.filePath(QStringLiteral("from-docx.nianbao"));
        r = cli({QStringLiteral("import"), kDocx, QStringLiteral("-o"), fromDocx}, empty);
        QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.err));
        QVERIFY(QFile::exists(fromDocx));
        r = cli({QStringLiteral("validate"), fromDocx}, empty);
        QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.err));

        // With the module where the build put it, the same PDF imports.
        r = cli({QStringLiteral("import"), kPdf, QStringLiteral("-o"), out}, QString());
        QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.err));
        QVERIFY(QFile::exists(out));
    }

    void brokenModuleIsNamed() {
        const QString broken = m_dir.filePath(QStringLiteral("broken"));
        QVERIFY(QDir().mkpath(broken));
        QFile junk(QDir(broken).filePath(nb::PdfModuleLoader::fileName()));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a library");
        junk.close();
        const QString out = m_dir.filePath(QStringLiteral("broken.nianbao"));
        const Run r = cli({QStringLiteral("import"), kPdf, QStringLiteral("-o"), out}, broken);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("PDF reading is not installed")), qPrintable(r.err));
        QVERIFY2(r.err.contains(nb::PdfModuleLoader::fileName()), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_MAIN(TestPdfModuleLoader)
#include "tst_pdfmoduleloader.moc"
