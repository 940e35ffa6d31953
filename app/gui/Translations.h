#pragma once

#include <QString>

namespace nb::gui {

/// Installs the program's and Qt's own translations for a language ("zh_CN", "en", or "" = system).
/// Installing again replaces the previous language (widgets get a QEvent::LanguageChange).
class Translations {
public:
    /// Returns the language actually installed ("zh_CN" or "en").
    static QString install(const QString& language);
    static QString current();
    /// "zh_CN" when the system's UI languages start with Chinese, else "en".
    static QString systemLanguage();
};

} // namespace nb::gui
