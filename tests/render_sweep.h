/* render_sweep: every screen of the bundled content (home, each career's
 * detail sections, every day pair, every compare pair and page, the quiz
 * with several answers), settled and checked for cut or off-screen text
 * (render_assert_text). Shared by the Spanish and accessibility render
 * tests; failures name the language, screen, size and step. */
#ifndef RENDER_SWEEP_H
#define RENDER_SWEEP_H

#include "render_support.h"

#include "screens/compare_page.h"
#include "screens/detail.h"

/* Home's side cards run off the screen's edges by design: there the card
 * in the centre must hold its text (as in test_render.c). */
static inline Rect sweep_region(const App *app)
{
    if (app->screen != SCREEN_HOME || app->home.open >= 0)
        return app->layout.screen;
    HomeLayout h = layout_home(&app->layout);
    int n = (int)app->content->career_count;
    return layout_home_card_at(&h, &app->layout,
                               layout_home_offset(app->home.focused, app->home.position, n,
                                                  layout_home_wraps(&h, &app->layout, n)));
}

static inline void sweep_check(Session *s, const char *what, int a, int b)
{
    char name[160];
    render_settle(&s->app);
    app_draw(&s->app, &s->dl);
    snprintf(name, sizeof name, "%s %s %dx%d (%d, %d)", s->app.lang == LANG_ES ? "es" : "en",
             what, s->app.layout.w, s->app.layout.h, a, b);
    render_assert_text(s, name, sweep_region(&s->app));
}

static inline void sweep_detail(Session *s, int career)
{
    app_navigate(&s->app, nav_target(SCREEN_DETAIL, career, -1, 0));
    render_settle(&s->app);
    for (int sec = 0; sec < DETAIL_SECTION_COUNT; sec++) {
        assert_int_equal(s->app.screen, SCREEN_DETAIL);
        assert_int_equal(s->app.detail.section, sec);
        sweep_check(s, "detail", career, sec);
        app_key(&s->app, KEY_NEXT);
        render_settle(&s->app);
    }
    app_home(&s->app);
    render_settle(&s->app);
}

static inline void sweep_day(Session *s, int career, int other)
{
    app_navigate(&s->app, nav_target(SCREEN_DAY, career, other, 0));
    render_settle(&s->app);
    for (int i = 0; i <= s->app.day.plan.stop_count; i++) {
        sweep_check(s, "day", career, other);
        app_key(&s->app, KEY_NEXT);
    }
    app_home(&s->app);
    render_settle(&s->app);
}

static inline void sweep_quiz(Session *s, int answer)
{
    app_navigate(&s->app, nav_target(SCREEN_QUIZ, -1, -1, 0));
    render_settle(&s->app);
    int n = (int)s->app.content->quiz.question_count;
    for (int q = 0; q < n; q++) {
        int max = (int)s->app.content->quiz.questions[q].answer_count - 1;
        int pick = answer > max ? max : answer;
        sweep_check(s, "quiz question", q, pick);
        for (int k = 0; k <= pick; k++)
            app_key(&s->app, KEY_NEXT);
        app_key(&s->app, KEY_ACTIVATE);
    }
    sweep_check(s, "quiz result", answer, n);
    app_home(&s->app);
    render_settle(&s->app);
}

/* Sweeps every screen of the app in `s` (settled on home). */
static inline void sweep_all(Session *s)
{
    sweep_check(s, "home", 0, 0);
    int n = (int)s->app.content->career_count;
    for (int a = 0; a < n; a++)
        sweep_detail(s, a);
    for (int a = 0; a < n; a++)
        for (int b = -1; b < n; b++)
            if (b != a)
                sweep_day(s, a, b);
    for (int a = 0; a < n; a++)
        for (int b = 0; b < n; b++)
            if (b != a)
                for (int p = 0; p < COMPARE_PAGES; p++) {
                    app_navigate(&s->app, nav_target(SCREEN_COMPARE, a, b, p));
                    render_settle(&s->app);
                    assert_int_equal(s->app.compare.page, p);
                    sweep_check(s, "compare", a * 10 + b, p);
                }
    app_home(&s->app);
    for (int answer = 0; answer < 4; answer++)
        sweep_quiz(s, answer);
}

#endif
