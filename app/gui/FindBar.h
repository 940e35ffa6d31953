#pragma once

#include <QVector>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace nb::gui {

class MainWindow;

/// Find and replace across every narrative section (Ctrl+F / Ctrl+H), as in Word or WPS: a bar under the
/// editors with the match count (第 2 处，共 7 处), next / previous (F3 / Shift+F3, Enter / Shift+Enter in
/// the field), replace and replace all (one undo step). Matching ignores case and the difference between
/// full-width and half-width letters, digits and punctuation (Ａ = A, １ = 1), which Chinese text mixes
/// freely.
class FindBar : public QWidget {
    Q_OBJECT
public:
    explicit FindBar(MainWindow* window, QWidget* parent = nullptr);

    struct Match {
        QString section; ///< narrative section
        int start = 0;
        int length = 0;
    };

    /// Shows the bar (with the replace row when replace), the selected text as the query when given.
    void open(bool replace);
    void findNext() { step(1); }
    void findPrevious() { step(-1); }
    /// Hides the bar and puts the keyboard back into the editor (Escape, Close).
    void dismiss();
    /// Replaces the current match and goes to the next one.
    bool replaceCurrent();
    /// Replaces every match in one undo step; returns how many.
    int replaceAll();

    QLineEdit* findField() const { return m_find; }
    QLineEdit* replaceField() const { return m_replace; }
    QLabel* countLabel() const { return m_count; }
    const QVector<Match>& matches() const { return m_matches; }
    int currentMatch() const { return m_current; }

    /// Folds text for matching: full-width ASCII forms and the ideographic space to half-width, then case
    /// folding. Each character maps to one character, so positions stay the same.
    static QString fold(const QString& text);
    /// Every (non-overlapping) match of query in text, folded.
    static QVector<int> find(const QString& text, const QString& query);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void search();
    void step(int direction);
    void showCurrent();
    void updateCount();
    QString liveText(const QString& section) const;

    MainWindow* m_window;
    QLineEdit* m_find = nullptr;
    QLineEdit* m_replace = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_replaceLabel = nullptr;
    QToolButton* m_previous = nullptr;
    QToolButton* m_next = nullptr;
    QToolButton* m_replaceOne = nullptr;
    QToolButton* m_replaceAll = nullptr;
    QToolButton* m_close = nullptr;
    QVector<Match> m_matches;
    int m_current = -1;
};

} // namespace nb::gui
