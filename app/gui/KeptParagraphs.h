#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

class QMenu;
class QTextBlock;

namespace nb {
class DocumentSession;
class EditCommands;
class ReportDocument;
struct Finding;
} // namespace nb

namespace nb::gui {

class FindingsDock;

/// Marking a narrative paragraph as intentionally kept from last year's report (有意保留), so that
/// narrative_copied stops flagging it, and unmarking it: the entries of the narrative editor's context menu
/// and of the checks panel's. Every change goes through EditCommands (one undo step) into the document's
/// kept_paragraphs.
class KeptParagraphs {
    Q_DECLARE_TR_FUNCTIONS(KeptParagraphs)
public:
    /// The 1-based paragraph number (as Report's paragraphsOf counts: blank lines are no paragraph) of a
    /// text block; 0 for a blank line.
    static int paragraphOfBlock(const QTextBlock& block);
    /// True when narrative_copied flags that paragraph now.
    static bool isFlagged(const ReportDocument* document, const QString& section, int paragraph);
    /// True when the paragraph is marked as kept.
    static bool isKept(const ReportDocument* document, const QString& section, int paragraph);

    /// Adds "Keep This Paragraph (Intentionally Unchanged)" or "Remove the Kept Mark" to menu when the
    /// paragraph is flagged or kept; nothing otherwise. beforeEdit runs first (commit pending typing);
    /// onError gets the reason when the change could not be stored.
    static void addActions(QMenu* menu, ReportDocument* document, EditCommands* edits, const QString& section,
                           int paragraph, const std::function<void()>& beforeEdit,
                           const std::function<void(const QString&)>& onError);
    /// Gives the checks panel a context menu with the same entry for narrative_copied findings.
    static void installOn(FindingsDock* dock, DocumentSession* session,
                          const std::function<void()>& beforeEdit);
};

} // namespace nb::gui
