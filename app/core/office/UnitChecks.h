#pragma once
// What the office computes from a received report on receipt: final-copy state and fingerprint
// (storage/FinalCopy), and the error, warning and unexplained-warning counts (rules). The one place that
// calls those APIs, so the repository and the consolidation do not depend on their details.

#include "model/Report.h"
#include "office/OfficeRepository.h"

#include <QString>

namespace nb {

struct UnitCheck {
    UnitStatus status = UnitStatus::Draft; ///< Draft, Final or Altered
    QString fingerprint;                   ///< SHA-256 (hex, 64 digits) of the canonical content
    int errors = 0;
    int warnings = 0;
    int unexplained = 0;
};

/// Checks a report read from the document at documentPath (a private copy of the received bytes).
UnitCheck checkUnit(const Report& report, const QString& documentPath);

} // namespace nb
