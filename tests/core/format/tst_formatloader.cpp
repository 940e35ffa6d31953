#include "format/FormatLoader.h"
#include "format/FormatRegistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace nb;

namespace {

QJsonObject builtin(const QString& id) {
    QFile f(QStringLiteral(":/formats/%1.json").arg(id));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing built-in format");
    return QJsonDocument::fromJson(f.readAll()).object();
}

const GridCell* gridCell(const TableDef& t, const QString& text) {
    for (const GridCell& c : t.grid) {
        if (c.text == text)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestFormatLoader : public QObject {
    Q_OBJECT
private slots:
    void builtinFormatsLoad() {
        const FormatRegistry& r = FormatRegistry::instance();
        QVERIFY(r.format(QStringLiteral("gov-2021")));
        QVERIFY(r.format(QStringLiteral("gov-2019")));
        QCOMPARE(r.ids().first(), QStringLiteral("gov-2021"));
    }

    void cellCounts_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("two");
        QTest::addColumn<int>("three");
        QTest::addColumn<int>("four");
        QTest::newRow("2021") << "gov-2021" << 10 << 175 << 15;
        QTest::newRow("2019") << "gov-2019" << 22 << 161 << 15;
    }
    void cellCounts() {
        QFETCH(QString, id);
        QFETCH(int, two);
        QFETCH(int, three);
        QFETCH(int, four);
        FormatPtr f = FormatRegistry::instance().format(id);
        QCOMPARE(f->dataCellCount(QStringLiteral("二")), two);
        QCOMPARE(f->dataCellCount(QStringLiteral("三")), three);
        QCOMPARE(f->dataCellCount(QStringLiteral("四")), four);
        QCOMPARE(f->cells().size(), qsizetype(two + three + four));
        QCOMPARE(f->sections().size(), qsizetype(6));
        QCOMPARE(f->narrativeSectionIds(), QStringList({"一", "五", "六"}));
        QCOMPARE(f->sections().at(0).heading, QStringLiteral("一、总体情况"));
        QCOMPARE(f->sections().at(5).heading, QStringLiteral("六、其他需要报告的事项"));
    }

    void canonicalPaths() {
        FormatPtr f = FormatRegistry::instance().format(QStringLiteral("gov-2021"));
        const struct {
            const char *section, *row, *column;
        } cells[] = {
            {"二", "第二十条第（一）项/行政规范性文件", "现行有效件数"},
            {"二", "第二十条第（八）项/行政事业性收费", "本年收费金额（单位：万元）"},
            {"三", "一、本年新收政府信息公开申请数量", "自然人"},
            {"三", "三、本年度办理结果/（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
             "法人或其他组织/商业企业"},
            {"三", "三、本年度办理结果/（三）不予公开/1.属于国家秘密", "法人或其他组织/其他"},
            {"三", "三、本年度办理结果/（七）总计", "总计"},
            {"三", "四、结转下年度继续办理", "法人或其他组织/法律服务机构"},
            {"四", "", "行政复议/结果维持"},
            {"四", "", "行政复议/总计"},
            {"四", "", "行政诉讼/未经复议直接起诉/结果维持"},
            {"四", "", "行政诉讼/复议后起诉/总计"},
        };
        for (const auto& c : cells) {
            QVERIFY2(f->cellIndex(QString::fromUtf8(c.section), QString::fromUtf8(c.row),
                                  QString::fromUtf8(c.column)) >= 0,
                     c.row);
        }
        const int amount =
            f->cellIndex(QStringLiteral("二"), QStringLiteral("第二十条第（八）项/行政事业性收费"),
                         QStringLiteral("本年收费金额（单位：万元）"));
        QCOMPARE(f->cells().at(amount).type, CellType::Amount);
        FormatPtr f19 = FormatRegistry::instance().format(QStringLiteral("gov-2019"));
        const int signedCell = f19->cellIndex(
            QStringLiteral("二"), QStringLiteral("第二十条第（五）项/行政许可"), QStringLiteral("本年增/减"));
        QCOMPARE(f19->cells().at(signedCell).type, CellType::Signed);
        QVERIFY(f19->cellIndex(QStringLiteral("三"), QStringLiteral("三、本年度办理结果/（六）其他处理"),
                               QStringLiteral("总计")) >= 0);
        QVERIFY(f19->cellIndex(QStringLiteral("二"), QStringLiteral("第二十条第（九）项/政府集中采购"),
                               QStringLiteral("采购总金额")) >= 0);
    }

    void computedCells() {
        FormatPtr f = FormatRegistry::instance().format(QStringLiteral("gov-2021"));
        int computed = 0;
        for (const CellDef& c : f->cells())
            computed += c.computed ? 1 : 0;
        // 25 row totals of table 三, six （七）总计 cells of the other columns, three totals of table 四.
        QCOMPARE(computed, 25 + 6 + 3);
        const int grand = f->cellIndex(QStringLiteral("三"), QStringLiteral("三、本年度办理结果/（七）总计"),
                                       QStringLiteral("自然人"));
        QVERIFY(f->cells().at(grand).computed);
    }

    void mergedHeaders_data() {
        QTest::addColumn<QString>("id");
        QTest::addColumn<int>("resultRows");
        QTest::newRow("2021") << "gov-2021" << 22;
        QTest::newRow("2019") << "gov-2019" << 20;
    }
    void mergedHeaders() {
        QFETCH(QString, id);
        QFETCH(int, resultRows);
        FormatPtr f = FormatRegistry::instance().format(id);
        const TableDef& t3 = f->section(QStringLiteral("三"))->table;
        QCOMPARE(t3.gridColumns, 10);
        const GridCell* corner = gridCell(
            t3, QStringLiteral("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"));
        QVERIFY(corner);
        QCOMPARE(corner->rowSpan, 3);
        QCOMPARE(corner->columnSpan, 3);
        QCOMPARE(gridCell(t3, QStringLiteral("申请人情况"))->columnSpan, 7);
        QCOMPARE(gridCell(t3, QStringLiteral("自然人"))->rowSpan, 2);
        QCOMPARE(gridCell(t3, QStringLiteral("法人或其他组织"))->columnSpan, 5);
        QCOMPARE(gridCell(t3, QStringLiteral("三、本年度办理结果"))->rowSpan, resultRows);
        QCOMPARE(gridCell(t3, QStringLiteral("一、本年新收政府信息公开申请数量"))->columnSpan, 3);
        QCOMPARE(gridCell(t3, QStringLiteral("（一）予以公开"))->columnSpan, 2);
        QCOMPARE(gridCell(t3, QStringLiteral("（三）不予公开"))->rowSpan, 8);
        QCOMPARE(gridCell(t3, QStringLiteral("1.属于国家秘密"))->columnSpan, 1);
        QCOMPARE(t3.headerGridRows.size(), qsizetype(3));

        const TableDef& t4 = f->section(QStringLiteral("四"))->table;
        QCOMPARE(t4.gridColumns, 15);
        QCOMPARE(t4.gridRows, 4);
        QCOMPARE(gridCell(t4, QStringLiteral("行政复议"))->columnSpan, 5);
        QCOMPARE(gridCell(t4, QStringLiteral("行政诉讼"))->columnSpan, 10);
        QCOMPARE(gridCell(t4, QStringLiteral("结果维持"))->rowSpan, 2);

        const TableDef& t2 = f->section(QStringLiteral("二"))->table;
        QCOMPARE(t2.gridColumns, 4);
        QCOMPARE(gridCell(t2, QStringLiteral("第二十条第（一）项"))->columnSpan, 4);

        // Every grid position is covered exactly once.
        for (const TableDef* t : {&t2, &t3, &t4}) {
            QVector<int> covered(t->gridRows * t->gridColumns, 0);
            for (const GridCell& c : t->grid) {
                for (int r = c.row; r < c.row + c.rowSpan; ++r) {
                    for (int col = c.column; col < c.column + c.columnSpan; ++col)
                        ++covered[r * t->gridColumns + col];
                }
            }
            for (int n : covered)
                QCOMPARE(n, 1);
        }
    }

    void malformed_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        auto mutate = [](const std::function<void(QJsonObject&)>& change) {
            QJsonObject o = builtin(QStringLiteral("gov-2021"));
            change(o);
            return QJsonDocument(o).toJson();
        };
        auto editRule = [](QJsonObject& o, int index, const std::function<void(QJsonObject&)>& change) {
            QJsonArray rules = o.value(QStringLiteral("rules")).toArray();
            QJsonObject rule = rules.at(index).toObject();
            change(rule);
            rules[index] = rule;
            o.insert(QStringLiteral("rules"), rules);
        };
        QTest::newRow("not json") << QByteArray("{\"id\": ") << "not valid JSON";
        QTest::newRow("no id") << mutate([](QJsonObject& o) { o.remove(QStringLiteral("id")); })
                               << "“id” must be a string";
        QTest::newRow("bad id") << mutate([](QJsonObject& o) {
            o.insert(QStringLiteral("id"), QStringLiteral("Gov 2021"));
        }) << "may contain only";
        QTest::newRow("duplicate section") << mutate([](QJsonObject& o) {
            QJsonArray s = o.value(QStringLiteral("sections")).toArray();
            s.append(s.at(0));
            o.insert(QStringLiteral("sections"), s);
        }) << "sections[6]: duplicate section id “一”";
        QTest::newRow("duplicate rule id") << mutate([&](QJsonObject& o) {
            editRule(o, 1, [](QJsonObject& r) {
                r.insert(QStringLiteral("id"), QStringLiteral("table3_row_total"));
            });
        }) << "duplicate rule id “table3_row_total”";
        QTest::newRow("unknown column") << mutate([&](QJsonObject& o) {
            editRule(o, 0, [](QJsonObject& r) {
                r.insert(QStringLiteral("left"), QJsonArray{QStringLiteral("合计")});
            });
        }) << "unknown column “合计”";
        QTest::newRow("unknown row") << mutate([&](QJsonObject& o) {
            editRule(o, 2, [](QJsonObject& r) {
                r.insert(QStringLiteral("right"), QJsonArray{QStringLiteral("五、其他")});
            });
        }) << "unknown row “五、其他”";
        QTest::newRow("unknown severity") << mutate([&](QJsonObject& o) {
            editRule(o, 0,
                     [](QJsonObject& r) { r.insert(QStringLiteral("severity"), QStringLiteral("fatal")); });
        }) << "unknown severity “fatal”";
        QTest::newRow("unknown section") << mutate([&](QJsonObject& o) {
            editRule(o, 0, [](QJsonObject& r) { r.insert(QStringLiteral("section"), QStringLiteral("七")); });
        }) << "must name a table section";
        QTest::newRow("no message") << mutate([&](QJsonObject& o) {
            editRule(o, 0, [](QJsonObject& r) { r.remove(QStringLiteral("message")); });
        }) << "“message” must not be empty";
        QTest::newRow("computing rule with two cells") << mutate([&](QJsonObject& o) {
            editRule(o, 0, [](QJsonObject& r) {
                r.insert(QStringLiteral("left"),
                         QJsonArray{QStringLiteral("总计"), QStringLiteral("自然人")});
            });
        }) << "exactly one plain cell";
        QTest::newRow("cycle") << mutate([&](QJsonObject& o) {
            QJsonArray rules = o.value(QStringLiteral("rules")).toArray();
            QJsonObject r;
            r.insert(QStringLiteral("id"), QStringLiteral("loop"));
            r.insert(QStringLiteral("section"), QStringLiteral("三"));
            r.insert(QStringLiteral("each"), QStringLiteral("row"));
            r.insert(QStringLiteral("compute"), true);
            r.insert(QStringLiteral("left"), QJsonArray{QStringLiteral("自然人")});
            r.insert(QStringLiteral("right"), QJsonArray{QStringLiteral("总计")});
            r.insert(QStringLiteral("message"), QStringLiteral("x"));
            rules.append(r);
            o.insert(QStringLiteral("rules"), rules);
        }) << "cycle";
        QTest::newRow("block width") << mutate([](QJsonObject& o) {
            QJsonArray sections = o.value(QStringLiteral("sections")).toArray();
            QJsonObject two = sections.at(1).toObject();
            QJsonObject table = two.value(QStringLiteral("table")).toObject();
            QJsonArray blocks = table.value(QStringLiteral("blocks")).toArray();
            QJsonObject b = blocks.at(1).toObject();
            QJsonArray cols = b.value(QStringLiteral("columns")).toArray();
            QJsonObject c = cols.at(0).toObject();
            c.insert(QStringLiteral("span"), 2);
            cols[0] = c;
            b.insert(QStringLiteral("columns"), cols);
            blocks[1] = b;
            table.insert(QStringLiteral("blocks"), blocks);
            two.insert(QStringLiteral("table"), table);
            sections[1] = two;
            o.insert(QStringLiteral("sections"), sections);
        }) << "sections[1].table.blocks[1]: block is 3 grid columns wide, the table is 4";
        QTest::newRow("unknown cell type") << mutate([](QJsonObject& o) {
            QJsonArray sections = o.value(QStringLiteral("sections")).toArray();
            QJsonObject two = sections.at(1).toObject();
            QJsonObject table = two.value(QStringLiteral("table")).toObject();
            QJsonArray blocks = table.value(QStringLiteral("blocks")).toArray();
            QJsonObject b = blocks.at(0).toObject();
            b.insert(QStringLiteral("type"), QStringLiteral("percent"));
            blocks[0] = b;
            table.insert(QStringLiteral("blocks"), blocks);
            two.insert(QStringLiteral("table"), table);
            sections[1] = two;
            o.insert(QStringLiteral("sections"), sections);
        }) << "unknown cell type “percent”";
    }
    void malformed() {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QString error;
        QVERIFY(!FormatLoader::loadJson(json, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void provincialVariantNeedsNoCode() {
        // A provincial variant (湖北 2020 style: an extra row in table 二) is just another JSON file.
        QJsonObject o = builtin(QStringLiteral("gov-2019"));
        o.insert(QStringLiteral("id"), QStringLiteral("hubei-2019"));
        o.insert(QStringLiteral("name"), QStringLiteral("湖北省2019年版格式"));
        QJsonArray sections = o.value(QStringLiteral("sections")).toArray();
        QJsonObject two = sections.at(1).toObject();
        QJsonObject table = two.value(QStringLiteral("table")).toObject();
        QJsonArray blocks = table.value(QStringLiteral("blocks")).toArray();
        QJsonObject first = blocks.at(0).toObject();
        QJsonArray rows = first.value(QStringLiteral("rows")).toArray();
        rows.append(QJsonObject{{QStringLiteral("label"), QStringLiteral("其他主动公开文件")}});
        first.insert(QStringLiteral("rows"), rows);
        blocks[0] = first;
        table.insert(QStringLiteral("blocks"), blocks);
        two.insert(QStringLiteral("table"), table);
        sections[1] = two;
        o.insert(QStringLiteral("sections"), sections);

        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("hubei-2019.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(o).toJson());
        file.close();
        FormatRegistry registry;
        QCOMPARE(registry.loadDirectory(dir.path()), QStringList());
        FormatPtr f = registry.format(QStringLiteral("hubei-2019"));
        QVERIFY(f);
        QCOMPARE(f->dataCellCount(QStringLiteral("二")), 25);
        QVERIFY(f->cellIndex(QStringLiteral("二"), QStringLiteral("第二十条第（一）项/其他主动公开文件"),
                             QStringLiteral("本年新制作数量")) >= 0);
    }

    void unknownKeysAreErrors() {
        // Misspelt keys at two levels: both are named with their JSON location, nothing is ignored.
        QJsonObject o = builtin(QStringLiteral("gov-2021"));
        o.insert(QStringLiteral("frstYear"), 2021);
        QJsonArray sections = o.value(QStringLiteral("sections")).toArray();
        QJsonObject three = sections.at(2).toObject();
        three.insert(QStringLiteral("heding"), QStringLiteral("三、"));
        sections[2] = three;
        o.insert(QStringLiteral("sections"), sections);
        const QByteArray json = QJsonDocument(o).toJson();
        QString error;
        QVERIFY(!FormatLoader::loadJson(json, &error));
        QVERIFY2(error.contains(QStringLiteral("unknown key “frstYear”")), qPrintable(error));
        const QStringList problems = FormatLoader::check(json);
        QCOMPARE(problems.size(), qsizetype(2));
        QVERIFY2(problems.at(0).startsWith(QStringLiteral("unknown key “frstYear”")),
                 qPrintable(problems.at(0)));
        QVERIFY2(problems.at(1).startsWith(QStringLiteral("sections[2]: unknown key “heding”")),
                 qPrintable(problems.at(1)));
    }

    void checkListsUnknownKeysAndTheStructuralError() {
        QJsonObject o = builtin(QStringLiteral("gov-2021"));
        o.insert(QStringLiteral("titel"), QStringLiteral("x"));
        o.insert(QStringLiteral("id"), QStringLiteral("Bad Id"));
        const QStringList problems = FormatLoader::check(QJsonDocument(o).toJson());
        QCOMPARE(problems.size(), qsizetype(2));
        QVERIFY(problems.at(0).contains(QStringLiteral("“titel”")));
        QVERIFY2(problems.at(1).startsWith(QStringLiteral("id: ")), qPrintable(problems.at(1)));
        QCOMPARE(FormatLoader::check(QJsonDocument(builtin(QStringLiteral("gov-2019"))).toJson()),
                 QStringList());
    }

    void everyErrorWithItsLocation() {
        // Five problems in four parts of the file: one run lists them all, each with its JSON location, in
        // the order of the file (the loader does not stop at the first one).
        QJsonObject o = builtin(QStringLiteral("gov-2021"));
        o.insert(QStringLiteral("nmae"), QStringLiteral("x"));
        QJsonArray sections = o.value(QStringLiteral("sections")).toArray();
        QJsonObject two = sections.at(1).toObject();
        QJsonObject table = two.value(QStringLiteral("table")).toObject();
        QJsonArray blocks = table.value(QStringLiteral("blocks")).toArray();
        QJsonObject block = blocks.at(2).toObject();
        block.insert(QStringLiteral("rows"), QJsonArray());
        blocks[2] = block;
        table.insert(QStringLiteral("blocks"), blocks);
        two.insert(QStringLiteral("table"), table);
        sections[1] = two;
        QJsonObject four = sections.at(3).toObject();
        QJsonObject fourTable = four.value(QStringLiteral("table")).toObject();
        QJsonArray fourBlocks = fourTable.value(QStringLiteral("blocks")).toArray();
        QJsonObject fourBlock = fourBlocks.at(0).toObject();
        QJsonArray columns = fourBlock.value(QStringLiteral("columns")).toArray();
        QJsonObject column = columns.at(0).toObject();
        column.insert(QStringLiteral("lable"), QStringLiteral("y"));
        columns[0] = column;
        QJsonObject lastColumn = columns.at(columns.size() - 1).toObject();
        lastColumn.insert(QStringLiteral("label"), QString());
        columns[columns.size() - 1] = lastColumn;
        fourBlock.insert(QStringLiteral("columns"), columns);
        fourBlocks[0] = fourBlock;
        fourTable.insert(QStringLiteral("blocks"), fourBlocks);
        four.insert(QStringLiteral("table"), fourTable);
        sections[3] = four;
        o.insert(QStringLiteral("sections"), sections);
        QJsonArray rules = o.value(QStringLiteral("rules")).toArray();
        QJsonObject rule = rules.at(1).toObject(); // a rule of table 三, which loads
        rule.insert(QStringLiteral("severity"), QStringLiteral("fatal"));
        rules[1] = rule;
        o.insert(QStringLiteral("rules"), rules);

        const QStringList problems = FormatLoader::check(QJsonDocument(o).toJson());
        const QStringList expected{
            QStringLiteral("unknown key “nmae” (did you mean “name”?)"),
            QStringLiteral("sections[1].table.blocks[2]: “rows” must be a non-empty array"),
            QStringLiteral(
                "sections[3].table.blocks[0].columns[0]: unknown key “lable” (did you mean “label”?)"),
            QStringLiteral("sections[3].table.blocks[0].columns[%1]: “label” must not be empty")
                .arg(columns.size() - 1),
            QStringLiteral(
                "rules[1] (table3_result_total): unknown severity “fatal” (expected error or warning)"),
        };
        QCOMPARE(problems, expected);
        // loadJson says the same, one problem a line.
        QString error;
        QVERIFY(!FormatLoader::loadJson(QJsonDocument(o).toJson(), &error));
        QCOMPARE(error, expected.join(QLatin1Char('\n')));
    }

    void rulesOfABrokenSectionAreNotCheckedTwice() {
        // Table 三 lost its blocks: that is one error, not one more for each of its five rules.
        QJsonObject o = builtin(QStringLiteral("gov-2021"));
        QJsonArray sections = o.value(QStringLiteral("sections")).toArray();
        QJsonObject three = sections.at(2).toObject();
        three.insert(QStringLiteral("table"), QJsonObject{{QStringLiteral("blocks"), QJsonArray()}});
        sections[2] = three;
        o.insert(QStringLiteral("sections"), sections);
        QCOMPARE(FormatLoader::check(QJsonDocument(o).toJson()),
                 QStringList{QStringLiteral("sections[2].table: “blocks” must be a non-empty array")});
    }

    void loadFileNamesTheFileOnEveryLine() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("two-errors.json"));
        QJsonObject o = builtin(QStringLiteral("gov-2019"));
        o.insert(QStringLiteral("titel"), QStringLiteral("x"));
        o.insert(QStringLiteral("firstYear"), QStringLiteral("2019"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(o).toJson());
        file.close();
        QString error;
        QVERIFY(!FormatLoader::loadFile(path, &error));
        const QStringList lines = error.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), qsizetype(2));
        // Nothing is close to "titel": the message lists the keys allowed there.
        QCOMPARE(lines.at(0),
                 path + QStringLiteral(": unknown key “titel” (expected one of: id, name, description, "
                                       "formatVersion, firstYear, titleTemplate, freeForm, sections, rules, "
                                       "keyFigures)"));
        QVERIFY2(lines.at(1).startsWith(path + QStringLiteral(": firstYear: ")), qPrintable(lines.at(1)));
    }

    void everyShippedFormatLoadsWithoutProblems() {
        const QStringList files = QDir(QStringLiteral(":/formats")).entryList({QStringLiteral("*.json")});
        QVERIFY(files.size() >= 2);
        for (const QString& name : files) {
            QFile f(QStringLiteral(":/formats/") + name);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(FormatLoader::check(f.readAll()), QStringList());
        }
    }

    void brokenFileInFolderIsReportedNotFatal() {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("broken.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ nope");
        file.close();
        FormatRegistry registry;
        const QStringList problems = registry.loadDirectory(dir.path());
        QCOMPARE(problems.size(), qsizetype(1));
        QVERIFY(problems.first().contains(QStringLiteral("broken.json")));
        QVERIFY(registry.ids().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFormatLoader)
#include "tst_formatloader.moc"
