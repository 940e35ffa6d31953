#pragma once

#include <QSyntaxHighlighter>

namespace nb::gui {

/// Shows the structure of a narrative as it is typed: paragraphs starting with 一、 / （一） / 1. / （1）
/// (nb::headingLevelOf) get the look of their heading level; the prefix itself is emphasised.
class HeadingHighlighter : public QSyntaxHighlighter {
    Q_OBJECT
public:
    explicit HeadingHighlighter(QTextDocument* document);

protected:
    void highlightBlock(const QString& text) override;
};

} // namespace nb::gui
