// Amounts to the fen are printed and exported exactly as entered: PDF (pdftotext), DOCX, ODT, HTML, CSV and
// JSON show 24252.311082 and 12.5 (and 12.50 when typed so), never rounded or padded.
#include "RenderTestSupport.h"

#include "io/JsonExchange.h"
#include "model/CellInput.h"
#include "render/Exporters.h"
#include "render/ZipPackage.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;

class TestAmountOutput : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static Report reportWithAmount(const QString& typed) {
        Report r = nbtest::sampleReport();
        const CellInputResult in = CellInput::parse(typed, CellType::Amount);
        if (!in.ok)
            qFatal("refused %s", qPrintable(typed));
        if (!r.setCell(QStringLiteral("二"), QStringLiteral("第二十条第（八）项/行政事业性收费"),
                       QStringLiteral("本年收费金额（单位：万元）"), in.value))
            qFatal("no amount cell");
        return r;
    }

    /// Text of every output of the report, keyed by kind.
    QMap<QString, QString> outputs(const Report& r, const QString& tag) {
        QMap<QString, QString> out;
        const ExportOptions options;
        QString error;
        const QString base = m_dir.filePath(tag);
        if (!exportHtml(r, base + QStringLiteral(".html"), options, &error))
            qFatal("html: %s", qPrintable(error));
        out.insert(QStringLiteral("html"),
                   QString::fromUtf8(nbtest::readAll(base + QStringLiteral(".html"))));
        const QString csvDir = base + QStringLiteral("-csv");
        QDir().mkpath(csvDir);
        if (!exportCsv(r, csvDir, options, &error))
            qFatal("csv: %s", qPrintable(error));
        QString csv;
        for (const QString& f : QDir(csvDir).entryList(QDir::Files))
            csv += QString::fromUtf8(nbtest::readAll(csvDir + QLatin1Char('/') + f));
        out.insert(QStringLiteral("csv"), csv);
        out.insert(QStringLiteral("json"), QString::fromUtf8(JsonExchange::toBytes(r)));
        if (!exportDocx(r, base + QStringLiteral(".docx"), options, &error) ||
            !exportOdt(r, base + QStringLiteral(".odt"), options, &error))
            qFatal("office: %s", qPrintable(error));
        out.insert(QStringLiteral("docx"),
                   QString::fromUtf8(ZipPackage::read(nbtest::readAll(base + QStringLiteral(".docx")),
                                                      QStringLiteral("word/document.xml"))));
        out.insert(QStringLiteral("odt"),
                   QString::fromUtf8(ZipPackage::read(nbtest::readAll(base + QStringLiteral(".odt")),
                                                      QStringLiteral("content.xml"))));
        if (nbtest::havePoppler()) {
            if (!exportPdf(r, base + QStringLiteral(".pdf"), options, &error))
                qFatal("pdf: %s", qPrintable(error));
            out.insert(QStringLiteral("pdf"), nbtest::pdfText(base + QStringLiteral(".pdf")));
        }
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void amountsAppearAsEntered_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("absent"); // a rounded or padded form that must not appear
        QTest::newRow("six decimals") << QStringLiteral("24252.311082") << QStringLiteral("24252.3111");
        QTest::newRow("one decimal") << QStringLiteral("12.5") << QStringLiteral("12.500000");
        QTest::newRow("trailing zero typed") << QStringLiteral("12.50") << QStringLiteral("12.500000");
    }
    void amountsAppearAsEntered() {
        QFETCH(QString, typed);
        QFETCH(QString, absent);
        const QMap<QString, QString> out =
            outputs(reportWithAmount(typed),
                    QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_')));
        QVERIFY(out.size() >= 3);
        for (auto it = out.cbegin(); it != out.cend(); ++it) {
            const QString text =
                it.key() == QLatin1String("pdf") ? nbtest::withoutSpace(it.value()) : it.value();
            QVERIFY2(text.contains(typed), qPrintable(it.key() + QStringLiteral(" lacks ") + typed));
            QVERIFY2(!text.contains(absent), qPrintable(it.key() + QStringLiteral(" shows ") + absent));
        }
        if (!out.contains(QStringLiteral("pdf")))
            qWarning("poppler-utils not installed: PDF not checked");
    }
};

QTEST_MAIN(TestAmountOutput)
#include "tst_amountoutput.moc"
