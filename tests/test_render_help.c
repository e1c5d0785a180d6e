/* Render test for the presenter keys overlay ('?'/F1), drawn headless with
 * real fonts over the bundled content's home screen (render_support.h). */
#include "render_support.h"

#include "screens/help.h"

typedef struct {
    const char *name;
    int w, h;
    bool golden; /* compared with tests/golden/<name>.png */
} Case;

static const Case cases[] = {
    {"help-1920x1080", 1920, 1080, true},
    {"help-1080x1920", 1080, 1920, true},
    {"help-1280x800", 1280, 800, false},
    {"help-1024x768", 1024, 768, false},
};

static void test_help(void **state)
{
    const Case *c = *state;
    Session s;
    render_start(&s, c->w, c->h);
    app_key(&s.app, KEY_HELP);
    render_settle(&s.app);
    assert_true(s.app.help_visible);
    session_draw(&s);
    Rect card = help_card(&s.app);
    if (!rect_inside(card, s.app.layout.safe, 0.5f))
        fail_msg("card %.0f,%.0f %.0fx%.0f outside the safe area", card.x, card.y, card.w, card.h);
    assert_true(rect_inside(card, s.app.layout.safe, 0.5f));
    /* Readable from the back of a room: nothing in the card below body size. */
    TextStyle body = layout_text_style(&s.app.layout, TYPE_BODY, WEIGHT_REGULAR);
    int in_card = 0;
    size_t first = s.dl.count;
    for (size_t i = 0; i < s.dl.count && first == s.dl.count; i++)
        if (s.dl.cmds[i].kind == DRAW_RECT && s.dl.cmds[i].rect.x == card.x &&
            s.dl.cmds[i].rect.y == card.y && s.dl.cmds[i].rect.w == card.w)
            first = i; /* the card itself: what follows is the overlay */
    for (size_t i = first; i < s.dl.count; i++) {
        const DrawCmd *cmd = &s.dl.cmds[i];
        if (cmd->kind != DRAW_TEXT)
            continue;
        in_card++;
        const char *text = drawlist_cmd_text(&s.dl, cmd);
        if (cmd->style.px < body.px - 0.5f)
            fail_msg("%s: '%s' smaller than body text", c->name, text);
        if (cmd->block.ellipsized || cmd->block.overflow || cmd->block.width > cmd->rect.w + 0.5f)
            fail_msg("%s: text cut: '%s'", c->name, text);
        if (!rect_inside(rect_make(cmd->rect.x, cmd->rect.y, cmd->block.width, cmd->block.height),
                         card, 0.5f))
            fail_msg("%s: text leaves the card: '%s'", c->name, text);
    }
    assert_true(in_card >= 2 * HELP_ROW_COUNT); /* every key and every action */
    if (c->golden) /* the checks on the whole frame, and the golden image */
        render_check_frame(&s, c->name, s.app.layout.screen);
    app_key(&s.app, KEY_HELP);
    render_settle(&s.app);
    assert_false(s.app.help_visible);
    session_free(&s);
}

int main(void)
{
    enum { N = sizeof cases / sizeof cases[0] };
    struct CMUnitTest tests[N];
    for (size_t i = 0; i < N; i++)
        tests[i] = (struct CMUnitTest){cases[i].name, test_help, NULL, NULL, (void *)&cases[i]};
    return _cmocka_run_group_tests("render-help", tests, N, render_global_setup,
                                   render_global_teardown);
}
