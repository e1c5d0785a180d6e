/* Damage: which pixels a frame changes, from two draw lists. Each test
 * draws a first frame, then a second, and checks the damage the second
 * one gets: nothing for the same frame, the old and new boxes for a move,
 * and the stacking, clip, fade and shadow cases that keep it exact. The
 * renderer side (partial frames equal whole ones) is test_render_damage. */
#include "test_support.h"

#include <math.h>

#include "damage.h"
#include "drawlist.h"

enum { W = 1920, H = 1080 };

static const Color RED = {220, 30, 30, 255}, BLUE = {30, 30, 220, 255},
                   SHADE = {0, 0, 0, 90}, NONE = {0, 0, 0, 0};

typedef struct {
    TextMeasurer m;
    DrawList dl;
    Damage d;
} Frames;

static int setup(void **state)
{
    Frames *f = calloc(1, sizeof *f);
    f->m = fake_measurer();
    drawlist_init(&f->dl, &f->m);
    damage_init(&f->d);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    Frames *f = *state;
    drawlist_free(&f->dl);
    damage_free(&f->d);
    free(f);
    return 0;
}

static DrawList *begin(Frames *f)
{
    drawlist_begin(&f->dl, W, H);
    return &f->dl;
}

static void end(Frames *f)
{
    assert_true(damage_update(&f->d, &f->dl));
}

static bool covers(const Damage *d, int x, int y)
{
    for (int i = 0; i < d->rect_count; i++) {
        DamageRect r = d->rects[i];
        if (x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h)
            return true;
    }
    return false;
}

/* The background and two overlapping rects, a over b or b over a. */
static void two_rects(Frames *f, bool red_on_top)
{
    DrawList *dl = begin(f);
    Color bg = {10, 20, 30, 255};
    drawlist_rect(dl, rect_make(0, 0, W, H), 0.0f, bg, bg);
    Rect a = rect_make(100, 100, 300, 200), b = rect_make(300, 200, 300, 200);
    drawlist_rect(dl, red_on_top ? b : a, 12.0f, red_on_top ? BLUE : RED, red_on_top ? BLUE : RED);
    drawlist_rect(dl, red_on_top ? a : b, 12.0f, red_on_top ? RED : BLUE, red_on_top ? RED : BLUE);
    end(f);
}

static void test_first_frame_and_invalidate_are_whole(void **state)
{
    Frames *f = *state;
    two_rects(f, true);
    assert_true(f->d.full);
    assert_int_equal(damage_area(&f->d), (long)W * H);
    two_rects(f, true);
    assert_false(f->d.full);
    assert_int_equal(f->d.rect_count, 0); /* the same frame changes nothing */
    damage_invalidate(&f->d);
    two_rects(f, true);
    assert_true(f->d.full);
}

static void test_resize_is_whole(void **state)
{
    Frames *f = *state;
    two_rects(f, true);
    drawlist_begin(&f->dl, 1280, 720);
    drawlist_rect(&f->dl, rect_make(0, 0, 10, 10), 0.0f, RED, RED);
    end(f);
    assert_true(f->d.full);
    assert_int_equal(damage_area(&f->d), 1280L * 720);
}

static void one_rect(Frames *f, float x, float y, Color c)
{
    DrawList *dl = begin(f);
    Color bg = {10, 20, 30, 255};
    drawlist_rect(dl, rect_make(0, 0, W, H), 0.0f, bg, bg);
    drawlist_rect(dl, rect_make(x, y, 200, 100), 16.0f, c, c);
    end(f);
}

static void test_move_damages_old_and_new_box_only(void **state)
{
    Frames *f = *state;
    one_rect(f, 100, 100, RED);
    one_rect(f, 1000, 700, RED);
    assert_false(f->d.full);
    assert_int_equal(f->d.rect_count, 2);
    assert_true(covers(&f->d, 100, 100) && covers(&f->d, 299, 199));   /* where it was */
    assert_true(covers(&f->d, 1000, 700) && covers(&f->d, 1199, 799)); /* where it is */
    assert_true(covers(&f->d, 99, 99));  /* its anti-aliased edge */
    assert_false(covers(&f->d, 600, 400));
    assert_true(damage_area(&f->d) < 2L * 210 * 110);
}

static void test_a_thousandth_of_a_pixel_is_a_change(void **state)
{
    Frames *f = *state;
    one_rect(f, 100.0f, 100.0f, RED);
    one_rect(f, 100.001f, 100.0f, RED); /* SDL's edges can flip a pixel on this */
    assert_int_equal(f->d.rect_count, 1);
    assert_true(covers(&f->d, 150, 150));
}

static void test_colour_and_invisible_changes(void **state)
{
    Frames *f = *state;
    one_rect(f, 100, 100, RED);
    one_rect(f, 100, 100, BLUE);
    assert_true(covers(&f->d, 150, 150));
    one_rect(f, 100, 100, NONE); /* the blue one goes away */
    assert_true(covers(&f->d, 150, 150));
    Color clear = {255, 0, 0, 0};
    one_rect(f, 500, 500, clear); /* another invisible one: no pixel changes */
    assert_int_equal(f->d.rect_count, 0);
}

static void test_new_stacking_order_is_damage(void **state)
{
    Frames *f = *state;
    two_rects(f, true);
    two_rects(f, false); /* the same rects, the other one on top */
    assert_true(covers(&f->d, 350, 250)); /* where they overlap */
    assert_false(covers(&f->d, 1500, 900));
}

/* A text block under a clip: the same block under another clip shows
 * other pixels. */
static void clipped_text(Frames *f, float clip_h)
{
    DrawList *dl = begin(f);
    TextStyle st = {TYPE_BODY, WEIGHT_REGULAR, 40.0f};
    drawlist_clip_push(dl, rect_make(100, 100, 600, clip_h));
    drawlist_text(dl, rect_make(100, 100, 600, 200), &st, RED, ALIGN_LEFT, 3,
                  "A line that wraps onto a second and a third line of text");
    drawlist_clip_pop(dl);
    end(f);
}

static void test_clip_is_part_of_what_is_drawn(void **state)
{
    Frames *f = *state;
    clipped_text(f, 60);
    assert_true(f->d.full);
    clipped_text(f, 60);
    assert_int_equal(f->d.rect_count, 0);
    clipped_text(f, 160);
    assert_true(covers(&f->d, 200, 150)); /* the lines the clip now shows */
    assert_false(covers(&f->d, 200, 400)); /* below both clips */
}

/* Clips from 0.5 px, 1.0 and 1.4 wide: both end at the same whole pixel
 * when read widely, but the renderer (floor of x, ceiling of w) draws one
 * pixel column in the first and two in the second. */
static void thin_clip(Frames *f, float w)
{
    DrawList *dl = begin(f);
    drawlist_clip_push(dl, rect_make(0.5f, 0, w, 100));
    drawlist_rect(dl, rect_make(0, 0, 50, 100), 0.0f, RED, RED);
    drawlist_clip_pop(dl);
    end(f);
}

static void test_exact_clip_is_part_of_the_key(void **state)
{
    Frames *f = *state;
    thin_clip(f, 1.0f);
    thin_clip(f, 1.4f);
    assert_true(covers(&f->d, 1, 50));
}

static void test_text_bounds_hold_overflow_and_alignment(void **state)
{
    Frames *f = *state;
    DrawList *dl = begin(f);
    TextStyle st = {TYPE_BODY, WEIGHT_REGULAR, 40.0f};
    /* A letter wider than its box, centred: it spills out on both sides. */
    const TextBlock *b = drawlist_text(dl, rect_make(900, 100, 6, 50), &st, RED, ALIGN_CENTER,
                                       1, "W");
    assert_true(b->width > 6.0f);
    DamageRect r = damage_cmd_bounds(dl, &dl->cmds[0]);
    float half = b->width * 0.5f;
    assert_true(r.x <= 903 - half && r.x + r.w >= 903 + half);
    assert_true(r.y <= 100 && r.y + r.h >= 100 + b->height);
    /* Right-aligned: it grows to the left of the box's right edge. */
    drawlist_text(dl, rect_make(900, 300, 6, 50), &st, RED, ALIGN_RIGHT, 1, "W");
    r = damage_cmd_bounds(dl, &dl->cmds[1]);
    assert_true(r.x <= 906 - b->width && r.x + r.w >= 906);
}

/* A card on its shadow: the shadow skips the part the card hides, so a
 * card that turns translucent changes the shadow's pixels too. */
static void card_on_shadow(Frames *f, uint8_t card_alpha)
{
    DrawList *dl = begin(f);
    Rect card = rect_make(400, 200, 500, 600);
    drawlist_shadow(dl, card, 24.0f, 40.0f, SHADE);
    Color c = {250, 250, 250, card_alpha};
    drawlist_rect(dl, card, 24.0f, c, c);
    end(f);
}

static void test_shadow_follows_the_card_above_it(void **state)
{
    Frames *f = *state;
    card_on_shadow(f, 255);
    card_on_shadow(f, 200);
    assert_true(covers(&f->d, 650, 500));
    assert_true(covers(&f->d, 400 - 30, 500)); /* the shadow's own rim */
    DamageRect s = damage_cmd_bounds(&f->dl, &f->dl.cmds[0]);
    assert_true(s.x <= 400 - 40 && s.x + s.w >= 900 + 40); /* as wide as its blur */
}

/* A layer (a card) faded to `alpha`, its text `text`. */
static void layer_card(Frames *f, float alpha, const char *text)
{
    DrawList *dl = begin(f);
    TextStyle st = {TYPE_BODY, WEIGHT_REGULAR, 32.0f};
    dl->alpha = alpha;
    drawlist_layer_begin(dl, rect_make(300, 300, 400, 500), RED);
    drawlist_rect(dl, rect_make(300, 300, 400, 500), 24.0f, RED, RED);
    drawlist_text(dl, rect_make(340, 400, 320, 80), &st, BLUE, ALIGN_LEFT, 2, text);
    drawlist_layer_end(dl);
    dl->alpha = 1.0f;
    drawlist_rect(dl, rect_make(1500, 100, 100, 100), 8.0f, BLUE, BLUE);
    end(f);
}

static void test_layer_fade_and_content(void **state)
{
    Frames *f = *state;
    layer_card(f, 1.0f, "Coder");
    layer_card(f, 1.0f, "Coder");
    assert_int_equal(f->d.rect_count, 0);
    layer_card(f, 0.5f, "Coder"); /* the same commands, faded as a whole */
    assert_int_equal(f->d.rect_count, 1);
    assert_true(covers(&f->d, 500, 550));
    assert_false(covers(&f->d, 1550, 150));
    layer_card(f, 0.5f, "Biller");
    assert_true(covers(&f->d, 500, 550));
    layer_card(f, 0.0f, "Biller"); /* gone: its old box only */
    assert_true(covers(&f->d, 500, 550));
    layer_card(f, 0.0f, "Coder"); /* invisible either way */
    assert_int_equal(f->d.rect_count, 0);
}

/* Many small changes far apart: a few rects that still hold every one. */
static void test_many_changes_merge_into_few_rects(void **state)
{
    Frames *f = *state;
    for (int frame = 0; frame < 2; frame++) {
        DrawList *dl = begin(f);
        for (int i = 0; i < 10; i++) {
            Color c = frame ? BLUE : RED;
            drawlist_rect(dl, rect_make(50.0f + 180.0f * (float)i, 60.0f + 95.0f * (float)i, 20, 20),
                          4.0f, c, c);
        }
        end(f);
    }
    assert_true(f->d.rect_count >= 1 && f->d.rect_count <= DAMAGE_MAX_RECTS);
    for (int i = 0; i < 10; i++)
        assert_true(covers(&f->d, 60 + 180 * i, 70 + 95 * i));
}

/* Off the screen, or drawn in a clip with nothing in it: no damage. */
static void test_nothing_visible_is_no_damage(void **state)
{
    Frames *f = *state;
    one_rect(f, 100, 100, RED);
    DrawList *dl = begin(f);
    Color bg = {10, 20, 30, 255};
    drawlist_rect(dl, rect_make(0, 0, W, H), 0.0f, bg, bg);
    drawlist_rect(dl, rect_make(100, 100, 200, 100), 16.0f, RED, RED);
    drawlist_rect(dl, rect_make(-900, 300, 200, 100), 16.0f, BLUE, BLUE);
    drawlist_clip_push(dl, rect_make(700, 700, 0, 0));
    drawlist_rect(dl, rect_make(650, 650, 200, 100), 16.0f, BLUE, BLUE);
    drawlist_clip_pop(dl);
    end(f);
    assert_int_equal(f->d.rect_count, 0);
}

/* Geometry no screen would make (beyond int's range, NaN) is clamped, not
 * converted as is (undefined behaviour, caught by `make check`), and the
 * damage stays on the screen. */
static void test_wild_geometry_stays_on_screen(void **state)
{
    Frames *f = *state;
    one_rect(f, 100, 100, RED);
    DrawList *dl = begin(f);
    drawlist_rect(dl, rect_make(1e30f, -1e30f, 1e30f, 1e30f), 4.0f, RED, RED);
    drawlist_rect(dl, rect_make(NAN, 10.0f, 50.0f, NAN), 4.0f, BLUE, BLUE);
    drawlist_clip_push(dl, rect_make(-1e30f, -1e30f, 3e30f, 3e30f));
    drawlist_shadow(dl, rect_make(-1e30f, 10.0f, 2e30f, 40.0f), 8.0f, 1e30f, SHADE);
    drawlist_clip_pop(dl);
    end(f);
    assert_true(f->d.rect_count >= 1 && f->d.rect_count <= DAMAGE_MAX_RECTS);
    for (int i = 0; i < f->d.rect_count; i++) {
        DamageRect r = f->d.rects[i];
        assert_true(r.x >= 0 && r.y >= 0 && r.x + r.w <= W && r.y + r.h <= H);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_first_frame_and_invalidate_are_whole, setup, teardown),
        cmocka_unit_test_setup_teardown(test_resize_is_whole, setup, teardown),
        cmocka_unit_test_setup_teardown(test_move_damages_old_and_new_box_only, setup, teardown),
        cmocka_unit_test_setup_teardown(test_a_thousandth_of_a_pixel_is_a_change, setup, teardown),
        cmocka_unit_test_setup_teardown(test_colour_and_invisible_changes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_new_stacking_order_is_damage, setup, teardown),
        cmocka_unit_test_setup_teardown(test_clip_is_part_of_what_is_drawn, setup, teardown),
        cmocka_unit_test_setup_teardown(test_exact_clip_is_part_of_the_key, setup, teardown),
        cmocka_unit_test_setup_teardown(test_text_bounds_hold_overflow_and_alignment, setup,
                                        teardown),
        cmocka_unit_test_setup_teardown(test_shadow_follows_the_card_above_it, setup, teardown),
        cmocka_unit_test_setup_teardown(test_layer_fade_and_content, setup, teardown),
        cmocka_unit_test_setup_teardown(test_many_changes_merge_into_few_rects, setup, teardown),
        cmocka_unit_test_setup_teardown(test_nothing_visible_is_no_damage, setup, teardown),
        cmocka_unit_test_setup_teardown(test_wild_geometry_stays_on_screen, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
