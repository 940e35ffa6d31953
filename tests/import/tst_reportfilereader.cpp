// ReportFileReader: one way to read any report file (document, Nianbao JSON, published report).
#include "document/ReportDocument.h"
#include "import/ReportFileReader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace nb;

class TestReportFileReader : public QObject {
    Q_OBJECT
private:
    const QString m_json = QStringLiteral(NIANBAO_TEST_DATA_DIR "/wuhai-2021.json");
    const QString m_published = QStringLiteral(NIANBAO_SAMPLES_DIR "/2021-wuhai-psb.txt");

private slots:
    void json() {
        const ReportFileReader::Result r = ReportFileReader::read(m_json, false);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.kind, ReportFileReader::Kind::Json);
        QCOMPARE(r.report.agency, QStringLiteral("乌海市公安局"));
        QCOMPARE(r.report.year, 2021);
        QVERIFY(!ReportFileReader::isDocument(m_json));
    }

    void documentIsReadWithoutChangingIt() {
        const ReportFileReader::Result fromJson = ReportFileReader::read(m_json, false);
        QVERIFY(fromJson.ok());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.nianbao"));
        QString error;
        QVERIFY2(ReportDocument::create(path, fromJson.report, &error), qPrintable(error));
        QVERIFY(ReportFileReader::isDocument(path));
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        before.close();
        const ReportFileReader::Result r = ReportFileReader::read(path, false);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.kind, ReportFileReader::Kind::Document);
        QVERIFY(r.report.cells == fromJson.report.cells);
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), bytes);
    }

    void publishedReportOnlyWhenAllowed() {
        const ReportFileReader::Result refused = ReportFileReader::read(m_published, false);
        QCOMPARE(refused.failure, ReportFileReader::Failure::Foreign);
        const ReportFileReader::Result r = ReportFileReader::read(m_published, true);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.kind, ReportFileReader::Kind::Published);
        QCOMPARE(r.report.year, 2021);
        QVERIFY(!r.report.autoTotals);
    }

    void missingFile() {
        QTemporaryDir dir;
        const ReportFileReader::Result r =
            ReportFileReader::read(dir.filePath(QStringLiteral("none.json")), true);
        QCOMPARE(r.failure, ReportFileReader::Failure::Missing);
        QVERIFY(!r.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReportFileReader)
#include "tst_reportfilereader.moc"
