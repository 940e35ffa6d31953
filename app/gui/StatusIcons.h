#pragma once

#include <QIcon>

namespace nb::gui {

/// Small icons drawn at run time (no image files): section status marks and finding severities.
class StatusIcons {
public:
    enum class Status { Empty, Complete, Warnings, Errors };
    static QIcon status(Status status);
    /// The program's icon: 年 on a red tile (packaging/linux/cn.nianbao.Nianbao.svg is the same design).
    static QIcon application();
};

} // namespace nb::gui
