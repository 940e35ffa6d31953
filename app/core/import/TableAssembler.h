#pragma once

#include "format/FormatDefinition.h"
#include "import/ImportResult.h"
#include "import/ParsedLine.h"
#include "import/RunTogetherCells.h"

#include <QCoreApplication>
#include <QSet>

namespace nb {

class ImportVocabulary;

/// Places the printed rows of one statistics table into the cells of a format.
///
/// Rows are recognised by their labels (tolerantly: see LabelText), in the order of the format: an
/// alignment of the printed rows with the format's row tree picks, for each printed row, the label it
/// matches best without crossing another match. Label text broken across lines (PDF text) is taken from
/// the text lines around a row. Values are recorded exactly as printed; whatever cannot be placed
/// becomes an ImportProblem.
class TableAssembler {
    Q_DECLARE_TR_FUNCTIONS(TableAssembler)
public:
    TableAssembler(const FormatDefinition& format, const SectionDef& section,
                   const ImportVocabulary& vocabulary);

    /// lines: the section's lines after its heading. headingLine: source line of the heading (for problems).
    void assemble(const SourceLines& lines, int headingLine, Report* report, QVector<ImportProblem>* problems,
                  QStringList* unplacedRows);
    /// Rows placed by the last assemble().
    int placedRows() const { return m_placedRows; }

private:
    struct Node {
        QString path;
        QString label;
        QStringList alternatives; ///< normalised own label and its known variants
        QStringList cores;        ///< the same without numbering
        QString fullNorm;         ///< normalised labels of the ancestors and the node
        bool leaf = false;
        int block = 0;
        int firstLeaf = 0; ///< index of the first leaf node below (or itself)
        int lastLeaf = 0;
    };
    void buildNodes();
    double score(const ParsedLine& row, const QString& window, const Node& node) const;
    double scoreText(const QString& text, const Node& node) const;
    /// Places a row's values; false (with an import problem) when it could not.
    bool placeRow(const ParsedLine& row, const Node& node, Report* report, QVector<ImportProblem>* problems);
    /// A whitespace-separated row with fewer plain-digit values than cells: values run together?
    static bool isRun(const ParsedLine& row, int n);
    /// The identities of the format that involve cells of this row (positions in `cells`) and otherwise only
    /// cells already read.
    QVector<RunTogetherCells::Identity> rowIdentities(const QVector<int>& cells, const Report& report) const;
    void placeUnlabeled(const QVector<ParsedLine>& parsed, int headingLine, Report* report,
                        QVector<ImportProblem>* problems);
    bool isKnownText(const QString& normalized) const;
    void reportStrayText(const QVector<ParsedLine>& parsed, const QVector<bool>& used,
                         QVector<ImportProblem>* problems) const;
    static QString shorten(const QString& text);
    /// The cells of a row of this table (for the problems that leave them blank).
    QVector<int> rowCells(const QString& path, int block) const;

    const FormatDefinition& m_format;
    const SectionDef& m_section;
    const ImportVocabulary& m_vocabulary;
    QVector<Node> m_nodes;
    QStringList m_knownTexts; ///< longest first
    QSet<QChar> m_knownChars;
    int m_placedRows = 0;
};

} // namespace nb
