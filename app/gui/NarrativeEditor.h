#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QToolButton;
class QMenu;

namespace nb {
class ReportDocument;
class EditCommands;
} // namespace nb

namespace nb::gui {

class NarrativeTextEdit;

/// Editor of one narrative section (一、五、六, or the optional free text of a table section): paragraphs
/// typed as in Word, heading levels shown, a character count, standard phrases to insert. Text is
/// committed to the document (one undo step per burst of typing) after kCommitDelayMs of idle typing, when
/// focus leaves, or on flush() (section switch, undo, close, quit).
class NarrativeEditor : public QWidget {
    Q_OBJECT
public:
    NarrativeEditor(ReportDocument* document, EditCommands* edits, const QString& sectionId,
                    bool optionalText, QWidget* parent = nullptr);

    /// Idle time after the last keystroke before the text is committed.
    static constexpr int kCommitDelayMs = 450;
    /// After a failed commit, how long until the next try.
    static constexpr int kRetryDelayMs = 3000;

    QString sectionId() const { return m_sectionId; }
    NarrativeTextEdit* textEdit() const { return m_edit; }
    /// Commits pending typing now (before undo, switching sections, closing).
    void flush();
    /// Typing not yet committed to the document (still waiting, or its commit failed).
    bool hasPendingEdit() const { return m_pending; }
    /// Why the last commit failed ("" after a commit that succeeded).
    QString commitError() const { return m_commitError; }
    void setReadOnly(bool readOnly);
    int characterCount() const;
    /// Characters as Chinese offices count them: everything except white space.
    static int countCharacters(const QString& text);
    void insertPhrase(const QString& text);
    void setEditorFont(const QFont& font);
    /// Scales the text (1.0 = the screen size of the body font); kept across setEditorFont().
    void setZoom(double factor);

signals:
    void message(const QString& text, bool isError);
    /// hasPendingEdit() changed.
    void pendingChanged();
    /// A commit was refused (read-only, disk full): the text stays on screen and pending.
    void commitFailed(const QString& error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onTextChanged();
    void onDocumentChanged(const QString& section);
    void rebuildPhraseMenu();
    void editUserPhrases();
    void updateCount();
    void setPending(bool pending);

    ReportDocument* m_document;
    EditCommands* m_edits;
    QString m_sectionId;
    bool m_optional;
    NarrativeTextEdit* m_edit = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_count = nullptr;
    QToolButton* m_phrasesButton = nullptr;
    QMenu* m_phraseMenu = nullptr;
    QTimer m_commitTimer;
    bool m_updating = false;
    bool m_pending = false;
    QString m_commitError;
    QFont m_baseFont;
    double m_zoom = 1.0;
};

} // namespace nb::gui
