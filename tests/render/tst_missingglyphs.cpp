// Missing-glyph detection: with no Chinese font at all (an empty fontconfig and an empty bundled-font
// folder), rendering must report the characters it cannot show instead of printing boxes silently.
#include "RenderTestSupport.h"

#include "render/Exporters.h"
#include "render/ReportRenderer.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QtTest>

using namespace nb;

class TestMissingGlyphs : public QObject {
    Q_OBJECT

private slots:
    void reportsMissingGlyphs() {
        const Report report = nbtest::sampleReport();
        QVERIFY(report.format);
        ReportRenderer renderer(report);
        const QStringList missing = renderer.missingGlyphs();
        QVERIFY2(!missing.isEmpty(), "rendering without CJK fonts must report missing glyphs");
        QVERIFY(missing.contains(QStringLiteral("政")));
        QVERIFY(missing.contains(QStringLiteral("一")));
        QVERIFY(!missing.contains(QStringLiteral(" ")));
        bool warned = false;
        for (const QString& w : renderer.warnings())
            warned = warned || w.contains(QLatin1String("No Chinese font"));
        QVERIFY(warned);
    }

    void exportFailsByDefault() {
        const Report report = nbtest::sampleReport();
        QTemporaryDir dir;
        QString error;
        QVERIFY(!exportPdf(report, dir.filePath(QStringLiteral("x.pdf")), ExportOptions(), &error));
        QVERIFY2(error.contains(QStringLiteral("一")), qPrintable(error));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.pdf"))));
    }

    void exportCanBeForced() {
        const Report report = nbtest::sampleReport();
        ExportOptions o;
        o.failOnMissingGlyphs = false;
        QByteArray pdf;
        QStringList missing;
        QString error;
        QVERIFY2(renderPdf(report, o, &pdf, &missing, &error), qPrintable(error));
        QVERIFY(pdf.startsWith("%PDF"));
        QVERIFY(!missing.isEmpty());
    }
};

int main(int argc, char* argv[]) {
    // Before QGuiApplication: fontconfig with no font folders, and an empty bundled-font folder.
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty"));
    QDir().mkpath(empty);
    QFile conf(dir.filePath(QStringLiteral("fonts.conf")));
    if (!conf.open(QIODevice::WriteOnly))
        return 2;
    conf.write(
        QStringLiteral("<?xml version=\"1.0\"?><fontconfig><dir>%1</dir><cachedir>%2</cachedir></fontconfig>")
            .arg(empty, dir.filePath(QStringLiteral("cache")))
            .toUtf8());
    conf.close();
    qputenv("FONTCONFIG_FILE", conf.fileName().toLocal8Bit());
    qputenv("NIANBAO_FONT_DIR", empty.toLocal8Bit());
    qputenv("QT_QPA_FONTDIR", empty.toLocal8Bit());
    QGuiApplication app(argc, argv);
    TestMissingGlyphs test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_missingglyphs.moc"
