#include "PreferencesDialog.h"

#include "ui_PreferencesDialog.h"

#include <QDoubleSpinBox>
#include <QFontComboBox>
#include <QFontDatabase>
#include <QFontInfo>
#include <QLabel>
#include <QPushButton>

namespace nb::gui {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    m_ui->fontsHint->setForegroundRole(QPalette::PlaceholderText);
    m_ui->kindCombo->addItem(tr("Department (部门)"), int(AgencyKind::Department));
    m_ui->kindCombo->addItem(tr("People's government (人民政府)"), int(AgencyKind::Government));
    m_ui->languageCombo->addItem(tr("Same as the system"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));

    auto* grid = m_ui->fontsLayout;
    grid->addWidget(new QLabel(tr("Role"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Font"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Size (pt)"), this), 0, 2);
    grid->addWidget(new QLabel(tr("Font used"), this), 0, 3);
    int row = 1;
    for (FontRole role : AppSettings::fontRoles()) {
        FontRow r;
        r.role = role;
        auto* label = new QLabel(AppSettings::fontRoleName(role), this);
        r.family = new QFontComboBox(this);
        r.family->setObjectName(QStringLiteral("fontFamily_") + AppSettings::fontRoleKey(role));
        r.family->setWritingSystem(QFontDatabase::SimplifiedChinese);
        r.family->setAccessibleName(AppSettings::fontRoleName(role));
        r.size = new QDoubleSpinBox(this);
        r.size->setRange(6, 48);
        r.size->setDecimals(1);
        r.size->setSingleStep(0.5);
        r.size->setAccessibleName(tr("%1 size").arg(AppSettings::fontRoleName(role)));
        r.resolved = new QLabel(this);
        r.resolved->setObjectName(QStringLiteral("fontResolved_") + AppSettings::fontRoleKey(role));
        r.resolved->setMinimumWidth(160);
        label->setBuddy(r.family);
        grid->addWidget(label, row, 0);
        grid->addWidget(r.family, row, 1);
        grid->addWidget(r.size, row, 2);
        grid->addWidget(r.resolved, row, 3);
        m_fonts << r;
        ++row;
    }
    grid->setColumnStretch(1, 1);
    for (int i = 0; i < m_fonts.size(); ++i) {
        connect(m_fonts[i].family, &QFontComboBox::currentFontChanged, this, [this, i] { updateResolved(m_fonts[i]); });
        connect(m_fonts[i].size, qOverload<double>(&QDoubleSpinBox::valueChanged), this,
                [this, i] { updateResolved(m_fonts[i]); });
    }
    connect(m_ui->buttonBox->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
    load();
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::resolvedFamily(const QStringList& families)
{
    QFont f;
    f.setFamilies(families);
    return QFontInfo(f).family();
}

QStringList PreferencesDialog::familiesOf(const FontRow& row) const
{
    QStringList families = row.fallbacks;
    const QString chosen = row.family->currentFont().family();
    families.removeAll(chosen);
    families.prepend(chosen);
    return families;
}

void PreferencesDialog::updateResolved(FontRow& row)
{
    QFont f;
    f.setFamilies(familiesOf(row));
    f.setPointSizeF(row.size->value());
    const QFontInfo info(f);
    row.resolved->setText(tr("%1, %2 pt").arg(info.family()).arg(info.pointSizeF()));
    QFont preview = f;
    preview.setPointSizeF(font().pointSizeF());
    row.resolved->setFont(preview);
}

void PreferencesDialog::load()
{
    m_ui->agencyEdit->setText(AppSettings::defaultAgency());
    m_ui->kindCombo->setCurrentIndex(AppSettings::defaultAgencyKind() == AgencyKind::Government ? 1 : 0);
    const int lang = m_ui->languageCombo->findData(AppSettings::language());
    m_ui->languageCombo->setCurrentIndex(lang < 0 ? 0 : lang);
    for (FontRow& r : m_fonts) {
        r.fallbacks = AppSettings::fontFamilies(r.role);
        const QSignalBlocker b1(r.family);
        const QSignalBlocker b2(r.size);
        r.family->setCurrentFont(QFont(resolvedFamily(r.fallbacks)));
        // Show the first choice when it is installed, else what it resolves to.
        if (!r.fallbacks.isEmpty() && QFontDatabase::hasFamily(r.fallbacks.first()))
            r.family->setCurrentFont(QFont(r.fallbacks.first()));
        r.size->setValue(AppSettings::fontSize(r.role));
        updateResolved(r);
    }
}

void PreferencesDialog::restoreDefaults()
{
    for (FontRow& r : m_fonts) {
        r.fallbacks = AppSettings::defaultFontFamilies(r.role);
        const QSignalBlocker b1(r.family);
        const QSignalBlocker b2(r.size);
        r.family->setCurrentFont(QFont(resolvedFamily(r.fallbacks)));
        r.size->setValue(AppSettings::defaultFontSize(r.role));
        updateResolved(r);
    }
}

QString PreferencesDialog::language() const { return m_ui->languageCombo->currentData().toString(); }

void PreferencesDialog::accept()
{
    AppSettings::setDefaultAgency(m_ui->agencyEdit->text().trimmed());
    AppSettings::setDefaultAgencyKind(AgencyKind(m_ui->kindCombo->currentData().toInt()));
    AppSettings::setLanguage(language());
    for (const FontRow& r : m_fonts) {
        // Keep the fallbacks after the chosen family so a missing font degrades gracefully.
        QStringList families = familiesOf(r);
        if (families.size() > 1 && families.first() == resolvedFamily(r.fallbacks)
            && !r.fallbacks.isEmpty() && r.fallbacks.first() != families.first())
            families = r.fallbacks; // unchanged choice: keep the preferred order
        AppSettings::setFont(r.role, families, r.size->value());
    }
    QDialog::accept();
}

} // namespace nb::gui
