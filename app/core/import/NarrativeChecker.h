#pragma once

#include "model/Report.h"
#include "rules/Finding.h"

namespace nb {

class ImportVocabulary;

/// Compares figures stated in the narrative (收到申请 N 件, 行政复议 N 件 …) with the tables.
/// The sentence patterns are data (resources/import/narrative-patterns.json).
class NarrativeChecker {
public:
    static Findings check(const Report& report, const ImportVocabulary& vocabulary);
};

} // namespace nb
