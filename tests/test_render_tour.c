/* Render test for the guided tour, drawn headless with real fonts on the
 * bundled content (render_support.h): every stop of the bundle's tour at the
 * four product sizes, in English and Spanish, with no text cut and nothing
 * under the tour indicator but the Back button it covers. Goldens: the
 * intro slide and a stop with the indicator, at 1920x1080 and 1080x1920. */
#include "render_support.h"

#include "screens/tour_view.h"

typedef struct {
    const char *name; /* size (and language) suffix of the golden names */
    int w, h;
    Lang lang;
    bool golden;
} Case;

static const Case cases[] = {
    {"1920x1080", 1920, 1080, LANG_EN, true},
    {"1080x1920", 1080, 1920, LANG_EN, true},
    {"1280x800", 1280, 800, LANG_EN, false},
    {"es-1920x1080", 1920, 1080, LANG_ES, false},
    {"es-1080x1920", 1080, 1920, LANG_ES, false},
    {"es-1024x768", 1024, 768, LANG_ES, false},
};

static bool overlaps(Rect a, Rect b)
{
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/* Text drawn before the indicator either lies wholly under it (the Back
 * label it covers) or clear of it: a title must never run under the pill. */
static void assert_indicator_clear(const Session *s, const char *name)
{
    Rect pill = tour_view_indicator_rect(&s->app);
    assert_true(rect_inside(pill, s->app.layout.safe, 0.5f));
    size_t pill_cmd = s->dl.count; /* the last rect with its place: the Back
                                      button under it may share it */
    for (size_t i = 0; i < s->dl.count; i++)
        if (s->dl.cmds[i].kind == DRAW_RECT && s->dl.cmds[i].rect.x == pill.x &&
            s->dl.cmds[i].rect.y == pill.y && s->dl.cmds[i].rect.w == pill.w)
            pill_cmd = i;
    assert_true(pill_cmd < s->dl.count);
    int inside = 0;
    for (size_t i = 0; i < s->dl.count; i++) {
        const DrawCmd *cmd = &s->dl.cmds[i];
        if (cmd->kind != DRAW_TEXT)
            continue;
        Rect used = rect_make(cmd->rect.x, cmd->rect.y, cmd->block.width, cmd->block.height);
        if (cmd->align == ALIGN_CENTER)
            used.x += (cmd->rect.w - cmd->block.width) * 0.5f;
        else if (cmd->align == ALIGN_RIGHT)
            used.x += cmd->rect.w - cmd->block.width;
        if (i > pill_cmd) { /* the indicator's own words */
            inside += rect_inside(used, pill, 0.5f);
            continue;
        }
        if (overlaps(used, pill) && !rect_inside(used, pill, 0.5f))
            fail_msg("%s: '%s' runs under the tour indicator", name,
                     drawlist_cmd_text(&s->dl, cmd));
    }
    assert_int_equal(inside, 2); /* "Tour" and "3 / 8" */
}

static void golden(Session *s, const char *what, const Case *c)
{
    char name[64];
    snprintf(name, sizeof name, "tour-%s-%s", what, c->name);
    render_check_frame(s, name, s->app.layout.screen);
}

static void test_tour(void **state)
{
    const Case *c = *state;
    Session s;
    render_start(&s, c->w, c->h);
    s.app.lang = c->lang;
    tour_view_start(&s.app, 0);
    render_settle(&s.app);
    int count = tour_count(&s.app.tour.tour);
    assert_true(count >= 6);
    /* Every stop in order; a day stop shows each of its scenes on the way. */
    int last = 1;
    for (int frame = 0; frame < 200 && tour_view_running(&s.app); frame++) {
        int stop = tour_position(&s.app.tour.tour);
        assert_true(stop == last || stop == last + 1);
        last = stop;
        session_draw(&s);
        char label[64];
        snprintf(label, sizeof label, "%s stop %d (%s)", c->name, stop, app_screen_name(s.app.screen));
        render_assert_text(&s, label, s.app.layout.screen);
        assert_indicator_clear(&s, label);
        if (c->golden && stop == 1)
            golden(&s, "intro", c);
        else if (c->golden && stop == 2)
            golden(&s, "card", c);
        app_key(&s.app, KEY_NEXT);
        render_settle(&s.app);
    }
    assert_false(tour_view_running(&s.app));
    assert_int_equal(last, count);
    assert_int_equal(s.app.screen, SCREEN_HOME);
    session_free(&s);
}

int main(void)
{
    enum { N = sizeof cases / sizeof cases[0] };
    struct CMUnitTest tests[N];
    for (size_t i = 0; i < N; i++)
        tests[i] = (struct CMUnitTest){cases[i].name, test_tour, NULL, NULL, (void *)&cases[i]};
    return _cmocka_run_group_tests("render-tour", tests, N, render_global_setup,
                                   render_global_teardown);
}
