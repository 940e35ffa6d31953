// MetadataReader: title and 落款 of saved web pages (site navigation, breadcrumbs and footers around the
// report).
#include "ImportTestUtil.h"

#include "import/MetadataReader.h"
#include "import/SourceText.h"

using namespace nb;
using namespace nb::importtest;

class TestMetadataReader : public QObject {
    Q_OBJECT
private slots:
    void titleSkipsNavigationAndBreadcrumb();
    void signatureBeforeFooter();
    void signatureRunIntoText();
    void loneDateInTextIsNoSignature();
    void savedPageMetadataEqualsExpected();
    void siteFooterAfterTheSignature();
};

namespace {
SourceLines linesOf(const QStringList& text) {
    return SourceText::linesOf(text.join(QLatin1Char('\n')));
}
} // namespace

void TestMetadataReader::titleSkipsNavigationAndBreadcrumb() {
    QStringList text{QStringLiteral("国务院 省政府 省人大 省政协"), QStringLiteral("首页"),
                     QStringLiteral("政务公开")};
    for (int i = 0; i < 20; ++i)
        text << QStringLiteral("栏目%1").arg(i);
    text << QStringLiteral("当前位置：") << QStringLiteral("政府信息公开年报")
         << QStringLiteral("某某县交通运输局2023年政府信息公开工作年度报告")
         << QStringLiteral("来源：某某县交通运输局 时间：2024-01-20") << QStringLiteral("一、总体情况");
    const SourceLines lines = linesOf(text);
    const MetadataReader::Title title = MetadataReader::readTitle(lines, int(lines.size()) - 1);
    QCOMPARE(title.text, QStringLiteral("某某县交通运输局2023年政府信息公开工作年度报告"));
    QCOMPARE(title.agency, QStringLiteral("某某县交通运输局"));
    QCOMPARE(title.year, 2023);
    QCOMPARE(title.lastLine, int(lines.size()) - 3);
}

void TestMetadataReader::signatureBeforeFooter() {
    QStringList text{QStringLiteral("六、其他需要报告的事项"), QStringLiteral("本年度无收取信息处理费情况。"),
                     QStringLiteral("某某县交通运输局"), QStringLiteral("2024年1月20日"),
                     QStringLiteral("附件下载")};
    for (int i = 0; i < 30; ++i)
        text << QStringLiteral("友情链接%1").arg(i);
    text << QStringLiteral("版权所有：某某县人民政府") << QStringLiteral("主办单位：某某县人民政府办公室");
    const SourceLines lines = linesOf(text);
    const MetadataReader::Signature sig = MetadataReader::readSignature(lines, 1, int(lines.size()));
    QCOMPARE(sig.date, QDate(2024, 1, 20));
    QCOMPARE(sig.agency, QStringLiteral("某某县交通运输局"));
    QCOMPARE(sig.first, 2);
    QCOMPARE(sig.last, 3);
    QVERIFY(sig.textBefore.isEmpty());
}

void TestMetadataReader::signatureRunIntoText() {
    {
        const SourceLines lines = linesOf({QStringLiteral("六、其他需要报告的事项"),
                                           QStringLiteral("本年度无收取信息处理费情况。2022年1月10日")});
        const MetadataReader::Signature sig = MetadataReader::readSignature(lines, 1, int(lines.size()));
        QCOMPARE(sig.date, QDate(2022, 1, 10));
        QCOMPARE(sig.first, 1);
        QCOMPARE(sig.textBefore, QStringLiteral("本年度无收取信息处理费情况。"));
        QVERIFY(sig.agency.isEmpty());
    }
    {
        const SourceLines lines = linesOf(
            {QStringLiteral("六、其他需要报告的事项"), QStringLiteral("无。某某市统计局 2022年1月10日")});
        const MetadataReader::Signature sig = MetadataReader::readSignature(lines, 1, int(lines.size()));
        QCOMPARE(sig.date, QDate(2022, 1, 10));
        QCOMPARE(sig.agency, QStringLiteral("某某市统计局"));
        QCOMPARE(sig.textBefore, QStringLiteral("无。"));
    }
    // The importer keeps the text and takes the date.
    const QByteArray report =
        QStringLiteral("某某市统计局2021年政府信息公开工作年度报告\n一、总体情况\n"
                       "2021年，本局做好公开工作。\n五、存在的主要问题及改进情况\n无。\n"
                       "六、其他需要报告的事项\n本年度无收取信息处理费情况。2022年1月10日\n")
            .toUtf8();
    const ImportResult r = ReportImporter::importBytes(report, FormatRegistry::instance());
    QVERIFY(r.ok);
    QCOMPARE(r.report.signatureDate, QDate(2022, 1, 10));
    QCOMPARE(r.report.narratives.value(QStringLiteral("六")), QStringLiteral("本年度无收取信息处理费情况。"));
    QCOMPARE(r.report.agency, QStringLiteral("某某市统计局"));
}

void TestMetadataReader::loneDateInTextIsNoSignature() {
    QStringList text{QStringLiteral("六、其他需要报告的事项"), QStringLiteral("2022年1月10日")};
    for (int i = 0; i < 12; ++i)
        text << QStringLiteral("第%1段正文，没有落款。").arg(i);
    const SourceLines lines = linesOf(text);
    const MetadataReader::Signature sig = MetadataReader::readSignature(lines, 1, int(lines.size()));
    QVERIFY(!sig.date.isValid());
    QCOMPARE(sig.first, -1);
}

void TestMetadataReader::savedPageMetadataEqualsExpected() {
    const QString dir = samplesDir() + QStringLiteral("/saved-pages/");
    const QJsonObject expected =
        QJsonDocument::fromJson(readFile(dir + QStringLiteral("2024-pingtan-zrz.expected.json"))).object();
    const ImportResult r =
        ReportImporter::importFile(dir + QStringLiteral("2024-pingtan-zrz.html"), FormatRegistry::instance());
    QVERIFY(r.ok);
    QCOMPARE(r.report.agency, expected.value(QLatin1String("agency")).toString());
    QCOMPARE(r.report.year, expected.value(QLatin1String("year")).toInt());
    QCOMPARE(r.report.title, expected.value(QLatin1String("title")).toString());
    // The 落款 at the end of the text: 平潭综合实验区自然资源与生态环境局 / 2025年1月27日.
    QCOMPARE(r.report.signatureDate, QDate(2025, 1, 27));
    QCOMPARE(r.report.effectiveSignatureAgency(), expected.value(QLatin1String("agency")).toString());
    // Neither navigation nor the footer ends up in the text; the page frame is not the preamble.
    QCOMPARE(r.report.narratives.value(QStringLiteral("六")),
             QStringLiteral("2024年，无收取信息处理费情况。"));
    QVERIFY2(r.report.notes.startsWith(QStringLiteral("根据《中华人民共和国政府信息公开条例》")),
             qPrintable(r.report.notes.left(80)));
    for (const ImportProblem& p : r.problems)
        QVERIFY2(!p.message.contains(QStringLiteral("signature")), qPrintable(p.message));
}

void TestMetadataReader::siteFooterAfterTheSignature() {
    // What a saved page prints after the 落款 (PDF, DOCX): dropped without an import problem.
    QVERIFY(MetadataReader::isSiteFooter(
        {QStringLiteral("附件下载"), QStringLiteral("关闭"), QStringLiteral("友情链接")}));
    QVERIFY(MetadataReader::isSiteFooter(
        {QStringLiteral("附件下载"),
         QStringLiteral("为确保最佳浏览效果，建议您使用以下浏览器版本：IE浏览器9.0版本及以上。"),
         QStringLiteral("版权所有：某某网站 闽ICP备09032658号")}));
    // A sentence of the report after the 落款 is not a footer: the importer reports it.
    QVERIFY(!MetadataReader::isSiteFooter(
        {QStringLiteral("本报告中所列数据的统计期限自2024年1月1日起，至2024年12月31日止。")}));
    QVERIFY(!MetadataReader::isSiteFooter(
        {QStringLiteral("附件下载"), QStringLiteral("如对本报告有疑问，请与本局办公室联系，电话12345。")}));
}

QTEST_GUILESS_MAIN(TestMetadataReader)
#include "tst_metadatareader.moc"
