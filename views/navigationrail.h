#pragma once

#include <QListWidget>

namespace ct {

// The left rail: one entry per page, icon and label, with a live-count badge where a page has one.
class NavigationRail : public QListWidget {
    Q_OBJECT
public:
    explicit NavigationRail(QWidget* parent = nullptr);

    void addPage(const QString& pageId, const QIcon& icon, const QString& label);
    void setBadge(const QString& pageId, int count);
    void selectPage(const QString& pageId);
    QString currentPageId() const;

    static constexpr int BadgeRole = Qt::UserRole + 1;
    static constexpr int PageIdRole = Qt::UserRole + 2;

Q_SIGNALS:
    void pageSelected(const QString& pageId);

private:
    QListWidgetItem* itemFor(const QString& pageId) const;
};

} // namespace ct
