#include "KeptParagraphs.h"

#include "Dialogs.h"
#include "FindingsDock.h"

#include "document/DocumentSession.h"
#include "document/EditCommands.h"
#include "document/ReportDocument.h"

#include <QMenu>
#include <QTextBlock>
#include <QTreeWidget>

namespace nb::gui {

namespace {
const QString kCopiedRule = QStringLiteral("narrative_copied");
} // namespace

int KeptParagraphs::paragraphOfBlock(const QTextBlock& block) {
    if (!block.isValid() || block.text().trimmed().isEmpty())
        return 0;
    int paragraph = 0;
    for (QTextBlock b = block; b.isValid(); b = b.previous()) {
        if (!b.text().trimmed().isEmpty())
            ++paragraph;
    }
    return paragraph;
}

bool KeptParagraphs::isFlagged(const ReportDocument* document, const QString& section, int paragraph) {
    for (const Finding& f : document->findings()) {
        if (f.rule == kCopiedRule && f.section == section && f.paragraph == paragraph)
            return true;
    }
    return false;
}

bool KeptParagraphs::isKept(const ReportDocument* document, const QString& section, int paragraph) {
    const QStringList paragraphs = paragraphsOf(document->report().narratives.value(section));
    return paragraph >= 1 && paragraph <= paragraphs.size() &&
           document->report().isKeptParagraph(section, paragraphs.at(paragraph - 1));
}

void KeptParagraphs::addActions(QMenu* menu, ReportDocument* document, EditCommands* edits,
                                const QString& section, int paragraph,
                                const std::function<void()>& beforeEdit,
                                const std::function<void(const QString&)>& onError) {
    if (!document || !edits || paragraph < 1 || document->isReadOnly())
        return;
    const bool kept = isKept(document, section, paragraph);
    if (!kept && !isFlagged(document, section, paragraph))
        return;
    menu->addSeparator();
    QAction* action = menu->addAction(kept ? tr("Remove the “Kept” Mark")
                                           : tr("Keep This Paragraph (Intentionally Unchanged)"));
    action->setObjectName(kept ? QStringLiteral("actionUnkeepParagraph")
                               : QStringLiteral("actionKeepParagraph"));
    action->setToolTip(
        kept ? tr("Check this paragraph against last year's report again.")
             : tr("This paragraph repeats last year's on purpose: stop flagging it as copied."));
    QObject::connect(action, &QAction::triggered, menu, [=] {
        if (beforeEdit)
            beforeEdit();
        QString error;
        if (!edits->setParagraphKept(section, paragraph, !kept, &error) && onError)
            onError(error);
    });
}

void KeptParagraphs::installOn(FindingsDock* dock, DocumentSession* session,
                               const std::function<void()>& beforeEdit) {
    QTreeWidget* tree = dock->tree();
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(tree, &QWidget::customContextMenuRequested, dock, [=](const QPoint& pos) {
        QTreeWidgetItem* item = tree->itemAt(pos);
        if (!item || !session->document())
            return;
        tree->setCurrentItem(item);
        const int position = dock->currentPosition();
        if (position < 0 || position >= dock->orderedFindings().size())
            return;
        const Finding finding = dock->orderedFindings().at(position);
        // The panel's own actions (添加说明… / 删除说明) first, then 有意保留 for a copied paragraph.
        QMenu menu(tree);
        menu.setObjectName(QStringLiteral("findingsContextMenu"));
        menu.addActions(tree->actions());
        if (finding.rule == kCopiedRule) {
            menu.addSeparator();
            addActions(&menu, session->document(), session->edits(), finding.section, finding.paragraph,
                       beforeEdit,
                       [dock](const QString& error) { Dialogs::warning(dock, tr("Keep Paragraph"), error); });
        }
        if (!menu.isEmpty())
            menu.exec(tree->viewport()->mapToGlobal(pos));
    });
}

} // namespace nb::gui
