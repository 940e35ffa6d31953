// The status board's model and its filter: status text, colour and icon per row, counts, status filter and
// name search.
#include "office/UnitStatusFilter.h"
#include "office/UnitStatusModel.h"

#include "../GuiTestSupport.h"

#include <QBrush>
#include <QIcon>
#include <QTest>

using namespace nb;
using namespace nb::gui;

namespace {

QVector<UnitStatusRow> sampleRows() {
    const auto row = [](const QString& agency, UnitStatus status, int errors, int warnings, int unexplained,
                        const QDateTime& received, const QString& fingerprint) {
        UnitStatusRow r;
        r.agency = agency;
        r.status = status;
        r.received = status != UnitStatus::Missing;
        r.unit.agency = agency;
        r.unit.errors = errors;
        r.unit.warnings = warnings;
        r.unit.unexplained = unexplained;
        r.unit.received = received;
        r.unit.fingerprint = fingerprint;
        return r;
    };
    return {row(QStringLiteral("市教育局"), UnitStatus::Missing, 0, 0, 0, {}, {}),
            row(QStringLiteral("市公安局"), UnitStatus::Draft, 2, 3, 1,
                QDateTime(QDate(2025, 1, 10), QTime(9, 30)), QString(64, QLatin1Char('d'))),
            row(QStringLiteral("市财政局"), UnitStatus::Final, 0, 1, 0,
                QDateTime(QDate(2025, 1, 20), QTime(16, 0)), QString(64, QLatin1Char('a'))),
            row(QStringLiteral("区公安分局"), UnitStatus::Altered, 0, 0, 0,
                QDateTime(QDate(2025, 1, 21), QTime(8, 0)), QString(64, QLatin1Char('b')))};
}

} // namespace

class TestUnitStatusModel : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { test::setUpGui(m_dir); }

    void rowsAndColumns() {
        UnitStatusModel model;
        model.setRows(sampleRows());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(UnitStatusModel::ColumnCount));
        QCOMPARE(model.headerData(UnitStatusModel::StatusColumn, Qt::Horizontal).toString(),
                 QStringLiteral("状态"));
        QCOMPARE(model.index(0, UnitStatusModel::StatusColumn).data().toString(), QStringLiteral("缺报"));
        QCOMPARE(model.index(1, UnitStatusModel::StatusColumn).data().toString(), QStringLiteral("草稿"));
        QCOMPARE(model.index(2, UnitStatusModel::StatusColumn).data().toString(), QStringLiteral("定稿"));
        QCOMPARE(model.index(3, UnitStatusModel::StatusColumn).data().toString(), QStringLiteral("已改动"));
        // A missing unit shows no counts (not 0 errors: nothing was checked).
        QVERIFY(!model.index(0, UnitStatusModel::ErrorsColumn).data().isValid());
        QCOMPARE(model.index(1, UnitStatusModel::ErrorsColumn).data().toInt(), 2);
        QCOMPARE(model.index(1, UnitStatusModel::UnexplainedColumn).data().toInt(), 1);
        QCOMPARE(model.index(1, UnitStatusModel::ReceivedColumn).data().toString(),
                 QStringLiteral("2025-01-10 09:30"));
        // The fingerprint column shows the first 16 hex digits; the tooltip all 64.
        QCOMPARE(model.index(2, UnitStatusModel::FingerprintColumn).data().toString(),
                 QString(16, QLatin1Char('a')));
        QCOMPARE(model.index(2, UnitStatusModel::FingerprintColumn).data(Qt::ToolTipRole).toString().size(),
                 64);
        QCOMPARE(model.index(3, UnitStatusModel::FingerprintColumn).data().toString(),
                 QString(16, QLatin1Char('b'))); // altered: received as a final copy
        // A draft's fingerprint means nothing to the office: not shown, not in the tooltip.
        QCOMPARE(model.index(1, UnitStatusModel::FingerprintColumn).data().toString(), QString());
        QCOMPARE(model.index(1, UnitStatusModel::FingerprintColumn).data(Qt::ToolTipRole).toString(),
                 QString());
    }

    void colourAndIcon() {
        UnitStatusModel model;
        model.setRows(sampleRows());
        QSet<QRgb> colours;
        for (int r = 0; r < model.rowCount(); ++r) {
            colours.insert(model.index(r, 0).data(Qt::BackgroundRole).value<QBrush>().color().rgb());
            QVERIFY(!model.index(r, UnitStatusModel::StatusColumn)
                         .data(Qt::DecorationRole)
                         .value<QIcon>()
                         .isNull());
        }
        QCOMPARE(colours.size(), 4); // each status its own colour
    }

    void counts() {
        UnitStatusModel model;
        model.setRows(sampleRows());
        QCOMPARE(model.count(UnitStatus::Missing), 1);
        QCOMPARE(model.count(UnitStatus::Final), 1);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.count(UnitStatus::Final), 0);
    }

    void filterByStatusAndName() {
        UnitStatusModel model;
        model.setRows(sampleRows());
        UnitStatusFilter filter;
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 4);
        filter.setStateFilter(UnitStatus::Final);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("市财政局"));
        filter.setStateFilter(std::nullopt);
        filter.setSearchText(QStringLiteral("公安"));
        QCOMPARE(filter.rowCount(), 2);
        filter.setStateFilter(UnitStatus::Altered);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("区公安分局"));
        filter.setSearchText(QStringLiteral("教育"));
        QCOMPARE(filter.rowCount(), 0);
    }

    void sortsByStatusOrder() {
        UnitStatusModel model;
        model.setRows(sampleRows());
        UnitStatusFilter filter;
        filter.setSourceModel(&model);
        filter.sort(UnitStatusModel::ErrorsColumn, Qt::DescendingOrder);
        QCOMPARE(filter.index(0, 0).data().toString(), QStringLiteral("市公安局"));
        filter.sort(UnitStatusModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(filter.index(0, UnitStatusModel::StatusColumn).data().toString(), QStringLiteral("缺报"));
        QCOMPARE(filter.index(3, UnitStatusModel::StatusColumn).data().toString(), QStringLiteral("已改动"));
    }
};

QTEST_MAIN(TestUnitStatusModel)
#include "tst_unitstatusmodel.moc"
