/* admin_chart: the admin panel's usage card, drawn from the summary in
 * app->admin.panel.usage (admin_usage.h).
 *
 * Three headline figures (sessions, average session, attract-to-session
 * conversion), a row of four tabs that each show a total (cards opened,
 * days walked, quiz results, comparisons) and choose the bar chart under
 * them: one labelled bar per career, or per compared pair, largest first.
 * Bars wear the role's colour but always carry the name and the count. */
#ifndef ADMIN_CHART_H
#define ADMIN_CHART_H

#include "app.h"

/* The usage card in `card`; `grow` (0..1) is how far the bars have grown. */
void admin_chart_draw(App *app, DrawList *dl, Rect card, float grow);
/* The tab that shows metric `m` (for hit-testing); zero without a log. */
Rect admin_chart_tab_rect(const App *app, Rect card, AdminUsageMetric m);
/* How many bars the card has room for at this size, "+N more" included. */
int admin_chart_rows(const App *app, Rect card);

#endif
