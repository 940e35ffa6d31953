#include "render/PageGeometry.h"

namespace nb {

qreal PageGeometry::pointSize(FontRole role) {
    switch (role) {
    case FontRole::Title:
        return kTitlePt;
    case FontRole::PageNumber:
        return kPageNumberPt;
    case FontRole::Table:
        return kTablePt;
    case FontRole::Body:
    case FontRole::Heading1:
    case FontRole::Heading2:
        break;
    }
    return kBodyPt;
}

QVector<qreal> PageGeometry::tablePointSizes(const TableDef& table) {
    if (table.gridColumns <= kNarrowTableColumns)
        return {kNarrowTablePt, kTablePt, kMinTablePt};
    return {kTablePt, kMinTablePt};
}

QPageLayout PageGeometry::pageLayout() {
    return QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(kLeftMm, kTopMm, kRightMm, kBottomMm), QPageLayout::Millimeter);
}

} // namespace nb
