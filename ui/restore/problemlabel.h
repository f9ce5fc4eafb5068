#pragma once

#include "app/domain/inputproblem.h"

#include <QLabel>

namespace rdsbm::transport {
struct ApiResult;
}

namespace rdsbm::ui {

// Where a page says what is wrong, next to the fields: refused input (each sentence names its
// field) or a call that failed (in the user's language, with the provider's code and request id
// selectable for copying). Hidden while there is nothing to say.
class ProblemLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ProblemLabel(QWidget *parent = nullptr);

    void showProblems(const InputProblems &problems);
    // `what` is the page's own sentence ("The backup sets could not be listed."); `provider` and
    // `operation` pick the seed's wording for a service error ("alibaba", "RestoreDdrTable").
    void showFailure(const QString &what, const transport::ApiResult &result, const QString &provider,
                     const QString &operation = {});
    void showMessage(const QString &text);
    void clearProblems();
    bool hasProblems() const { return !text().isEmpty(); }

    // The sentence for a failed call, as showFailure() writes it.
    static QString failureText(const transport::ApiResult &result, const QString &provider,
                               const QString &operation = {});

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColour();
};

} // namespace rdsbm::ui
