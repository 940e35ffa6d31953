#include "format/FormatDefinition.h"

namespace nb {

namespace {
QString lookupKey(const QString& section, const QString& row, const QString& column) {
    return section + QChar(0x1f) + row + QChar(0x1f) + column;
}
} // namespace

const SectionDef* FormatDefinition::section(const QString& sectionId) const {
    for (const SectionDef& s : m_sections) {
        if (s.id == sectionId)
            return &s;
    }
    return nullptr;
}

const RuleDef* FormatDefinition::rule(const QString& ruleId) const {
    for (const RuleDef& r : m_rules) {
        if (r.id == ruleId)
            return &r;
    }
    return nullptr;
}

const KeyFigure* FormatDefinition::keyFigure(const QString& figureId) const {
    for (const KeyFigure& k : m_keyFigures) {
        if (k.id == figureId)
            return &k;
    }
    return nullptr;
}

int FormatDefinition::cellIndex(const QString& section, const QString& rowPath,
                                const QString& columnPath) const {
    return m_cellLookup.value(lookupKey(section, rowPath, columnPath), -1);
}

int FormatDefinition::dataCellCount(const QString& sectionId) const {
    const SectionDef* s = section(sectionId);
    return s ? int(s->cellIndexes.size()) : 0;
}

QStringList FormatDefinition::tableSectionIds() const {
    QStringList ids;
    for (const SectionDef& s : m_sections) {
        if (s.kind == SectionKind::Table)
            ids << s.id;
    }
    return ids;
}

QStringList FormatDefinition::narrativeSectionIds() const {
    QStringList ids;
    for (const SectionDef& s : m_sections) {
        if (s.kind == SectionKind::Narrative)
            ids << s.id;
    }
    return ids;
}

// Used by the loader (friend) through this free helper to keep the key format in one place.
QString formatCellLookupKey(const QString& section, const QString& row, const QString& column) {
    return lookupKey(section, row, column);
}

} // namespace nb
