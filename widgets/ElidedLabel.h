// A one-line label for text that may be longer than its room (a file path): it shows as much as fits,
// eliding the middle so both the start and the file name stay readable, and gives the whole text as its
// tooltip and accessible description. It never asks for more width than a few characters.
#pragma once

#include <QLabel>

namespace attune {

class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(const QString &text, QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_full; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_full;
};

} // namespace attune
