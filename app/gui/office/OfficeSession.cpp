#include "office/OfficeSession.h"

// Placeholder until app/core/office (OfficeRepository) is merged.
namespace nb {
class OfficeRepository {};
} // namespace nb

namespace nb::gui {

OfficeSession::OfficeSession(QObject* parent) : QObject(parent) {}
OfficeSession::~OfficeSession() = default;

bool OfficeSession::open(const QString&, QString* error) {
    *error = tr("not available");
    return false;
}
bool OfficeSession::create(const QString&, QString* error) {
    *error = tr("not available");
    return false;
}
void OfficeSession::close() {}
QList<int> OfficeSession::years() const {
    return {};
}
UnitStatusRows OfficeSession::status(int, const QStringList&, QString*) const {
    return {};
}
QVector<OfficeSession::Received> OfficeSession::receive(const QStringList&) {
    return {};
}
OfficeSession::Consolidated OfficeSession::consolidate(int, const QString&, bool) {
    return {};
}
bool OfficeSession::exportCsv(int, const QString&, QString*) const {
    return false;
}
std::optional<Report> OfficeSession::unitReport(const QString&, int, QString*) const {
    return std::nullopt;
}
QString OfficeSession::writeUnitDocument(const QString&, int, const QString&, QString*) const {
    return {};
}
QStringList OfficeSession::readRoster(const QString&, QString*) {
    return {};
}

} // namespace nb::gui
