/* quiz: "Which role fits me?" (see quiz.h).
 *
 * Pages are 0..question_count-1 (a question each) and question_count (the
 * result). Choosing an answer records it and slides the next page in; Back
 * slides the previous one in with the earlier choice still highlighted.
 * The ranking is computed once, when the result page opens, by
 * quiz_score_rank(); its bars grow in turn, and then nothing moves. */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "ease.h"
#include "screens/quiz_result.h"
#include "screens/widgets.h"

enum {
    CHANGE_MS = 320, /* a page sliding in */
    RESULT_FOCUS = 3, /* result buttons the keys walk: explore, day, start over */
};

#define SLIDE_UNITS 120.0f

static const Quiz *quiz_of(const App *app)
{
    return &app->content->quiz;
}

static int question_count(const App *app)
{
    size_t n = quiz_of(app)->question_count;
    return (int)(n < QUIZ_MAX_QUESTIONS ? n : QUIZ_MAX_QUESTIONS);
}

static bool is_result(const App *app, int page)
{
    return page >= question_count(app);
}

static int answer_count(const App *app, int page)
{
    if (is_result(app, page))
        return 0;
    size_t n = quiz_of(app)->questions[page].answer_count;
    return (int)(n < QUIZ_MAX_ANSWERS ? n : QUIZ_MAX_ANSWERS);
}

static int top_career(const App *app)
{
    return quiz_result_top_career(app);
}

static QuizLayout quiz_layout(const App *app)
{
    return layout_quiz(&app->layout);
}

/* ---- moving between pages ------------------------------------------------ */

static void clear_answers(QuizState *q)
{
    for (int i = 0; i < QUIZ_MAX_QUESTIONS; i++)
        q->answers[i] = QUIZ_SCORE_NONE;
}

static void go_page(App *app, int page)
{
    QuizState *q = &app->quiz;
    if (page == q->page)
        return;
    q->direction = page > q->page ? 1 : -1;
    q->leaving = q->page;
    q->page = page;
    q->focus = QUIZ_BUTTON_NONE;
    q->change = tween_make(0.0f, 1.0f, app->now_ms, CHANGE_MS, EASE_OUT_CUBIC);
    if (is_result(app, page)) {
        quiz_score_rank(app->content, q->answers, QUIZ_MAX_QUESTIONS, &q->score);
        q->result_ms = app->now_ms;
        /* Analytics: only the top role, and only when the answers said something. */
        if (q->score.informative && q->score.count > 0)
            app_event(app, EVENT_QUIZ_RESULT,
                      app->content->careers[q->score.ranks[0].career].id, NULL);
    }
    app->dirty = true;
}

static void choose(App *app, int answer)
{
    QuizState *q = &app->quiz;
    if (is_result(app, q->page) || answer < 0 || answer >= answer_count(app, q->page))
        return;
    q->answers[q->page] = answer;
    go_page(app, q->page + 1);
}

/* Back a question; from the first one, out of the quiz. */
static void back(App *app)
{
    if (app->quiz.page == 0 || question_count(app) == 0)
        app_back(app);
    else
        go_page(app, app->quiz.page - 1);
}

static void start_over(App *app)
{
    clear_answers(&app->quiz);
    go_page(app, 0);
}

static void press(App *app, QuizButton b)
{
    switch (b) {
    case QUIZ_BUTTON_BACK: back(app); break;
    case QUIZ_BUTTON_RESTART: start_over(app); break;
    case QUIZ_BUTTON_EXPLORE:
        app_navigate(app, nav_target(SCREEN_DETAIL, top_career(app), -1, 0));
        break;
    case QUIZ_BUTTON_DAY: app_navigate(app, nav_target(SCREEN_DAY, top_career(app), -1, 0)); break;
    default:
        if (b >= QUIZ_BUTTON_ANSWER0)
            choose(app, b - QUIZ_BUTTON_ANSWER0);
        break;
    }
}

/* ---- geometry shared by drawing and hit-testing ------------------------- */

static const char *restart_label(const App *app)
{
    return app_ui(app, "start_over", "Start over");
}

static bool shows_restart(const App *app, int page)
{
    return page > 0 && question_count(app) > 0;
}

/* Where a question page puts things: the question over a column of
 * answers, the pair centred in the room between the progress row and the
 * footer. Answers take H2 type when every one fits on two lines and the
 * column fits, else body type; they are 140 units tall when there is room,
 * never under 120. */
typedef struct {
    TypeRole question_role, answer_role;
    Rect question;
    Rect answers[QUIZ_MAX_ANSWERS];
} QuestionGeometry;

static float answer_text_width(const App *app, float w)
{
    return w - roundf((40.0f + 56.0f + 28.0f + 40.0f) * app->layout.s);
}

/* The tallest answer at `role`, or a negative height when one is cut. */
static float tallest_answer(const App *app, const QuizLayout *L, int page, TypeRole role)
{
    TextStyle st = layout_text_style(&app->layout, role, WEIGHT_REGULAR);
    float tallest = 0.0f;
    for (int i = 0; i < answer_count(app, page); i++) {
        TextBlock b;
        text_wrap(app->measurer, &st,
                  ltext_get(&quiz_of(app)->questions[page].answers[i].text, app->lang),
                  answer_text_width(app, L->answers.w), 2, &b);
        if (b.ellipsized || b.overflow)
            return -1.0f;
        tallest = fmaxf(tallest, b.height);
    }
    return tallest;
}

static float question_height(const App *app, const QuizLayout *L, int page, TypeRole *role)
{
    const char *text = ltext_get(&quiz_of(app)->questions[page].text, app->lang);
    int lines = app->layout.portrait ? 3 : 2;
    TextStyle st = layout_text_style(&app->layout, TYPE_H1, WEIGHT_BOLD);
    TextBlock b;
    text_wrap(app->measurer, &st, text, L->question.w, lines, &b);
    *role = b.ellipsized || b.overflow ? TYPE_H2 : TYPE_H1;
    st = layout_text_style(&app->layout, *role, WEIGHT_BOLD);
    text_wrap(app->measurer, &st, text, L->question.w, lines, &b);
    return b.height;
}

static QuestionGeometry question_geometry(const App *app, const QuizLayout *L, int page)
{
    QuestionGeometry g;
    float s = app->layout.s, gap = roundf(24.0f * s), below = roundf(48.0f * s);
    int n = answer_count(app, page);
    float qh = question_height(app, L, page, &g.question_role);
    float top = L->question.y, bottom = L->answers.y + L->answers.h,
          room = bottom - top - qh - below;
    float h = 0.0f;
    g.answer_role = TYPE_H2;
    for (; g.answer_role <= TYPE_BODY; g.answer_role++) {
        float text = tallest_answer(app, L, page, g.answer_role);
        h = fmaxf(roundf(140.0f * s), text + roundf(48.0f * s));
        if ((float)n * (h + gap) - gap > room)
            h = fmaxf(roundf(120.0f * s), text + roundf(48.0f * s));
        if (text >= 0.0f && (float)n * (h + gap) - gap <= room)
            break;
    }
    g.answer_role = g.answer_role > TYPE_BODY ? TYPE_BODY : g.answer_role;
    float block = qh + below + (float)n * (h + gap) - gap;
    float y = roundf(top + fmaxf(0.0f, (bottom - top - block) * 0.5f));
    g.question = rect_make(L->question.x, y, L->question.w, qh);
    for (int i = 0; i < n; i++)
        g.answers[i] =
            rect_make(L->answers.x, y + qh + below + (float)i * (h + gap), L->answers.w, h);
    return g;
}

static Rect answer_rect(const App *app, const QuizLayout *L, int page, int i)
{
    return question_geometry(app, L, page).answers[i];
}

static Rect button_rect(const App *app, const QuizLayout *L, QuizButton b)
{
    Rect none = { 0, 0, 0, 0 };
    int page = app->quiz.page;
    if (b == QUIZ_BUTTON_BACK)
        return rect_make(L->top_bar.x, L->top_bar.y,
                         widget_button_width(app, app_ui(app, "back", "Back"), true), L->target);
    if (b == QUIZ_BUTTON_RESTART) {
        if (!shows_restart(app, page))
            return none;
        float w = widget_button_width(app, restart_label(app), true);
        return rect_make(L->top_bar.x + L->top_bar.w - w, L->top_bar.y, w, L->target);
    }
    if (b == QUIZ_BUTTON_EXPLORE || b == QUIZ_BUTTON_DAY)
        return is_result(app, page) && question_count(app) > 0 ? quiz_result_button(app, L, b)
                                                               : none;
    int i = b - QUIZ_BUTTON_ANSWER0;
    if (b < QUIZ_BUTTON_ANSWER0 || i >= answer_count(app, page))
        return none;
    return answer_rect(app, L, page, i);
}

static QuizButton button_at(const App *app, float x, float y)
{
    QuizLayout L = quiz_layout(app);
    for (int b = 0; b < QUIZ_BUTTON_COUNT; b++)
        if (rect_contains(button_rect(app, &L, (QuizButton)b), x, y))
            return (QuizButton)b;
    return QUIZ_BUTTON_NONE;
}

/* ---- input ---------------------------------------------------------------- */

static void quiz_gesture(App *app, const Gesture *g)
{
    QuizState *q = &app->quiz;
    switch (g->kind) {
    case GESTURE_PRESS:
        q->pressed = button_at(app, g->x, g->y);
        app->dirty = true;
        break;
    case GESTURE_TAP: {
        QuizButton b = button_at(app, g->start_x, g->start_y);
        q->pressed = QUIZ_BUTTON_NONE;
        press(app, b);
        app->dirty = true;
        break;
    }
    case GESTURE_SWIPE:
    case GESTURE_DRAG_END:
        q->pressed = QUIZ_BUTTON_NONE;
        /* A swipe to the right (or from the left edge) goes back a page. */
        if (g->dx > layout_px(&app->layout, 96.0f) && fabsf(g->dx) > fabsf(g->dy))
            back(app);
        app->dirty = true;
        break;
    case GESTURE_DRAG_START:
    case GESTURE_DRAG:
    case GESTURE_LONG_PRESS:
    case GESTURE_CANCEL:
        if (q->pressed != QUIZ_BUTTON_NONE)
            app->dirty = true;
        q->pressed = QUIZ_BUTTON_NONE;
        break;
    }
}

/* The controls the keys walk on this page, in order. */
static int focus_order(const App *app, QuizButton *out)
{
    int page = app->quiz.page;
    if (is_result(app, page)) {
        if (question_count(app) == 0)
            return 0;
        out[0] = QUIZ_BUTTON_EXPLORE;
        out[1] = QUIZ_BUTTON_DAY;
        out[2] = QUIZ_BUTTON_RESTART;
        return RESULT_FOCUS;
    }
    int n = answer_count(app, page);
    for (int i = 0; i < n; i++)
        out[i] = (QuizButton)(QUIZ_BUTTON_ANSWER0 + i);
    return n;
}

/* Next / Previous walk the answers (or the result's buttons); the first
 * press shows the focus on the first one. Activate presses it. */
static void move_focus(App *app, int delta)
{
    QuizButton order[QUIZ_MAX_ANSWERS > RESULT_FOCUS ? QUIZ_MAX_ANSWERS : RESULT_FOCUS];
    int n = focus_order(app, order), at = -1;
    if (n == 0)
        return;
    for (int i = 0; i < n; i++)
        if (order[i] == app->quiz.focus)
            at = i;
    at = at < 0 ? (delta > 0 ? 0 : n - 1) : ((at + delta) % n + n) % n;
    app->quiz.focus = order[at];
    app->dirty = true;
}

static void quiz_key(App *app, KeyAction action)
{
    switch (action) {
    case KEY_BACK: back(app); break;
    case KEY_NEXT: move_focus(app, 1); break;
    case KEY_PREV: move_focus(app, -1); break;
    case KEY_ACTIVATE:
        if (app->quiz.focus != QUIZ_BUTTON_NONE)
            press(app, app->quiz.focus);
        break;
    default: break;
    }
}

/* ---- lifecycle ------------------------------------------------------------ */

/* Back from the role's card or day the result opened: the result stays.
 * Any other arrival is a new visitor: everything is cleared. */
static void quiz_enter(App *app)
{
    QuizState *q = &app->quiz;
    ScreenId from = app->nav_from.screen;
    bool returning = app->nav_was_back && (from == SCREEN_DETAIL || from == SCREEN_DAY) &&
                     is_result(app, q->page) && question_count(app) > 0;
    q->pressed = QUIZ_BUTTON_NONE;
    q->focus = QUIZ_BUTTON_NONE;
    app->dirty = true;
    if (returning) {
        q->leaving = -1;
        q->change = tween_still(1.0f);
        q->result_ms = 0; /* bars already grown */
        return;
    }
    memset(q, 0, sizeof *q);
    clear_answers(q);
    q->leaving = -1;
    q->direction = 1;
    q->pressed = QUIZ_BUTTON_NONE;
    q->focus = QUIZ_BUTTON_NONE;
    q->change = tween_make(0.0f, 1.0f, app->now_ms, CHANGE_MS, EASE_OUT_CUBIC);
    if (question_count(app) == 0)
        quiz_score_rank(app->content, q->answers, QUIZ_MAX_QUESTIONS, &q->score);
}

static bool quiz_update(App *app)
{
    QuizState *q = &app->quiz;
    bool moving = !tween_done(&q->change, app->now_ms);
    if (!moving)
        q->leaving = -1;
    if (is_result(app, q->page) && app->now_ms < quiz_result_settled_ms(app))
        moving = true;
    return moving;
}

/* ---- drawing: the top bar and progress ----------------------------------- */

static const char *quiz_title(const App *app)
{
    const LText *t = &quiz_of(app)->title;
    return ltext_present(t) ? ltext_get(t, app->lang)
                            : app_ui(app, "which_fits", "Which role fits me?");
}

/* The title, centred on the screen clear of both buttons; where that is too
 * narrow (portrait), centred in the gap between them, then in body type. */
static void draw_title(App *app, DrawList *dl, const QuizLayout *L, Rect back_r, Rect restart)
{
    float gap = roundf(24.0f * app->layout.s), mid = L->top_bar.x + L->top_bar.w * 0.5f;
    float left = back_r.x + back_r.w + gap;
    float right = restart.w > 0.0f ? restart.x - gap : L->top_bar.x + L->top_bar.w - back_r.w - gap;
    float half = fminf(mid - left, right - mid);
    Rect boxes[] = { rect_make(mid - half, 0, 2.0f * half, 0), rect_make(left, 0, right - left, 0),
                     rect_make(left, 0, right - left, 0) };
    TypeRole roles[] = { TYPE_H2, TYPE_H2, TYPE_BODY };
    for (int i = 0; i < 3; i++) {
        bool fits;
        widget_text_height(app, roles[i], WEIGHT_BOLD, quiz_title(app), boxes[i].w, 1, &fits);
        if (!fits || boxes[i].w <= 0.0f)
            continue;
        TextStyle st = layout_text_style(&app->layout, roles[i], WEIGHT_BOLD);
        float lh = app->measurer->line_height(app->measurer->user, &st);
        drawlist_text(dl,
                      rect_make(boxes[i].x, L->top_bar.y + (L->target - lh) * 0.5f, boxes[i].w, lh),
                      &st, app->theme.text_on_bg, ALIGN_CENTER, 1, quiz_title(app));
        return;
    }
}

static void draw_top_bar(App *app, DrawList *dl, const QuizLayout *L)
{
    const QuizState *q = &app->quiz;
    Rect back_r = button_rect(app, L, QUIZ_BUTTON_BACK);
    Rect restart = button_rect(app, L, QUIZ_BUTTON_RESTART);
    widget_back_button(app, dl, back_r, q->pressed == QUIZ_BUTTON_BACK);
    if (restart.w > 0.0f) {
        if (q->focus == QUIZ_BUTTON_RESTART)
            widget_focus_ring(app, dl, restart, restart.h * 0.5f);
        widget_button(app, dl, restart, restart_label(app), "icons/restart.svg", BUTTON_SECONDARY,
                      q->pressed == QUIZ_BUTTON_RESTART);
    }
    draw_title(app, dl, L, back_r, restart);
}

/* "Question 2 of 7" and one segment per question: answered ones filled. */
static void draw_progress(App *app, DrawList *dl, const QuizLayout *L)
{
    const QuizState *q = &app->quiz;
    int n = question_count(app);
    char label[96];
    snprintf(label, sizeof label, "%s %d %s %d", app_ui(app, "question", "Question"), q->page + 1,
             app_ui(app, "of", "of"), n);
    TextStyle st = layout_text_style(&app->layout, TYPE_BODY, WEIGHT_BOLD);
    TextBlock b;
    text_wrap(app->measurer, &st, label, L->progress.w * 0.5f, 1, &b);
    float lh = app->measurer->line_height(app->measurer->user, &st), s = app->layout.s;
    drawlist_text(
        dl, rect_make(L->progress.x, L->progress.y + (L->progress.h - lh) * 0.5f, b.width, lh), &st,
        app->theme.text_muted_on_bg, ALIGN_LEFT, 1, label);
    float x0 = L->progress.x + b.width + roundf(32.0f * s), gap = roundf(10.0f * s);
    float seg = ((L->progress.x + L->progress.w) - x0 - gap * (float)(n - 1)) / (float)n;
    float h = roundf(12.0f * s), y = L->progress.y + (L->progress.h - h) * 0.5f;
    for (int i = 0; i < n; i++) {
        Color c = q->answers[i] != QUIZ_SCORE_NONE ? app->theme.accent
                  : i == q->page                   ? app->theme.text_on_bg
                                                   : color_with_alpha(app->theme.text_on_bg, 0x33);
        drawlist_rect(dl, rect_make(x0 + (float)i * (seg + gap), y, seg, h), h * 0.5f, c, c);
    }
}

/* ---- drawing: a question -------------------------------------------------- */

static void draw_question_text(App *app, DrawList *dl, const QuestionGeometry *g, int page,
                               float dx)
{
    const char *text = ltext_get(&quiz_of(app)->questions[page].text, app->lang);
    widget_text(app, dl, rect_make(g->question.x + dx, g->question.y, g->question.w, 0.0f),
                g->question_role, WEIGHT_BOLD, app->theme.text_on_bg, ALIGN_CENTER,
                app->layout.portrait ? 3 : 2, text);
}

typedef struct {
    Color fill, ink, badge, badge_ink;
} AnswerColors;

static AnswerColors answer_colors(const App *app, bool chosen, bool pressed)
{
    Color white = { 0xFF, 0xFF, 0xFF, 0xFF };
    AnswerColors c = { color_with_alpha(white, 0x1F), app->theme.text_on_bg,
                       color_with_alpha(white, 0x2E), app->theme.text_on_bg };
    if (chosen) { /* the earlier choice, seen again after Back */
        c.fill = app->theme.accent;
        c.ink = c.badge_ink = app->theme.bg_bottom;
        c.badge = color_with_alpha(app->theme.bg_bottom, 0x26);
    }
    if (pressed)
        c.fill = color_darken(chosen ? c.fill : color_with_alpha(white, 0x40), 0.1f);
    return c;
}

/* A big answer button: a lettered badge (a tick when chosen), the answer. */
static void draw_answer(App *app, DrawList *dl, Rect r, int i, const char *text, TypeRole role,
                        bool chosen, bool pressed, bool focused)
{
    float s = app->layout.s, radius = roundf(28.0f * s);
    if (focused)
        widget_focus_ring(app, dl, r, radius);
    if (pressed)
        r = rect_inset(r, 3.0f * s, 3.0f * s);
    AnswerColors c = answer_colors(app, chosen, pressed);
    drawlist_rect(dl, r, radius, c.fill, c.fill);
    float badge = roundf(56.0f * s), bx = r.x + roundf(40.0f * s), by = r.y + (r.h - badge) * 0.5f;
    drawlist_rect(dl, rect_make(bx, by, badge, badge), badge * 0.5f, c.badge, c.badge);
    char letter[2] = { (char)('A' + i), '\0' };
    if (chosen) {
        char path[1024];
        float is = roundf(36.0f * s);
        drawlist_image(dl, rect_make(bx + (badge - is) * 0.5f, by + (badge - is) * 0.5f, is, is),
                       app_asset_path(app, "icons/check.svg", path, sizeof path), c.badge_ink,
                       0.0f);
    } else {
        TextStyle st = layout_text_style(&app->layout, TYPE_BODY, WEIGHT_BOLD);
        float lh = app->measurer->line_height(app->measurer->user, &st);
        drawlist_text(dl, rect_make(bx, by + (badge - lh) * 0.5f, badge, lh), &st, c.badge_ink,
                      ALIGN_CENTER, 1, letter);
    }
    float tx = bx + badge + roundf(28.0f * s), tw = answer_text_width(app, r.w);
    float th = widget_text_height(app, role, WEIGHT_REGULAR, text, tw, 2, NULL);
    widget_text(app, dl, rect_make(tx, r.y + (r.h - th) * 0.5f, tw, 0.0f), role, WEIGHT_REGULAR,
                c.ink, ALIGN_LEFT, 2, text);
}

static void draw_question_page(App *app, DrawList *dl, const QuizLayout *L, int page, float dx)
{
    const QuizState *q = &app->quiz;
    const QuizQuestion *question = &quiz_of(app)->questions[page];
    QuestionGeometry g = question_geometry(app, L, page);
    draw_question_text(app, dl, &g, page, dx);
    for (int i = 0; i < answer_count(app, page); i++) {
        Rect r = g.answers[i];
        r.x += dx;
        QuizButton b = (QuizButton)(QUIZ_BUTTON_ANSWER0 + i);
        bool current = page == q->page;
        draw_answer(app, dl, r, i, ltext_get(&question->answers[i].text, app->lang), g.answer_role,
                    q->answers[page] == i, current && q->pressed == b, current && q->focus == b);
    }
    const LText *intro = &quiz_of(app)->intro;
    const char *footer = page == 0 && ltext_present(intro)
                             ? ltext_get(intro, app->lang)
                             : app_ui(app, "quiz_privacy", "Nothing you choose is saved.");
    bool fits;
    widget_text_height(app, TYPE_CAPTION, WEIGHT_REGULAR, footer, L->footer.w, 1, &fits);
    if (fits)
        widget_text(app, dl, rect_make(L->footer.x + dx, L->footer.y, L->footer.w, 0.0f),
                    TYPE_CAPTION, WEIGHT_REGULAR, app->theme.text_muted_on_bg, ALIGN_CENTER, 1,
                    footer);
}

/* A bundle without a quiz says so, with Back to leave. */
static void draw_no_quiz(App *app, DrawList *dl, const QuizLayout *L, float dx)
{
    widget_text(app, dl, rect_make(L->question.x + dx, L->question.y, L->question.w, 0.0f), TYPE_H2,
                WEIGHT_BOLD, app->theme.text_on_bg, ALIGN_CENTER, 2,
                app_ui(app, "no_quiz", "This bundle has no quiz yet."));
}

static void draw_page(App *app, DrawList *dl, const QuizLayout *L, int page, float dx)
{
    if (question_count(app) == 0)
        draw_no_quiz(app, dl, L, dx);
    else if (is_result(app, page))
        quiz_result_draw(app, dl, L, dx);
    else
        draw_question_page(app, dl, L, page, dx);
}

static void quiz_draw(App *app, DrawList *dl)
{
    const QuizState *q = &app->quiz;
    QuizLayout L = quiz_layout(app);
    widget_background(app, dl);
    draw_top_bar(app, dl, &L);
    if (!is_result(app, q->page))
        draw_progress(app, dl, &L);
    float t = tween_value(&q->change, app->now_ms), slide = layout_px(&app->layout, SLIDE_UNITS);
    if (app_reduced_motion(app))
        slide = 0.0f; /* pages crossfade where they stand */
    float dir = (float)q->direction, saved = dl->alpha;
    if (q->leaving >= 0 && t < 1.0f) {
        dl->alpha = saved * (1.0f - t);
        draw_page(app, dl, &L, q->leaving, -dir * slide * t);
    }
    dl->alpha = saved * t;
    draw_page(app, dl, &L, q->page, dir * slide * (1.0f - t));
    dl->alpha = saved;
}

const ScreenOps quiz_screen = {
    .name = "quiz",
    .enter = quiz_enter,
    .gesture = quiz_gesture,
    .key = quiz_key,
    .update = quiz_update,
    .draw = quiz_draw,
};
