/* Touch scrolling on an injected clock: follow, coast, stretch, settle. */
#include "test_support.h"

#include <math.h>

#include "scroll.h"

/* 2000 px of content in a 500 px window, resting at the top at t = 1000. */
static Scroll make(void)
{
    Scroll s;
    scroll_init(&s);
    scroll_set_extent(&s, 2000.0f, 500.0f);
    s.last_ms = 1000;
    return s;
}

/* Ticks 16 ms frames until the scroll stops (at most 10 s); returns the time. */
static uint64_t settle(Scroll *s, uint64_t now)
{
    for (int i = 0; i < 625 && scroll_update(s, now += 16);)
        i++;
    return now;
}

static void test_drag_follows_finger(void **state)
{
    (void)state;
    Scroll s = make();
    assert_float_equal(scroll_max(&s), 1500.0f, 0.001f);
    scroll_drag_begin(&s);
    scroll_drag(&s, -120.0f); /* finger up 120 px: content up 120 px */
    assert_float_equal(s.offset, 120.0f, 0.001f);
    scroll_drag(&s, -300.0f);
    assert_float_equal(s.offset, 300.0f, 0.001f);
    scroll_drag(&s, -250.0f); /* back down a little: follows exactly */
    assert_float_equal(s.offset, 250.0f, 0.001f);
    /* A slow release leaves it where the finger left it. */
    scroll_release(&s, 0.0f, 1200);
    assert_false(scroll_update(&s, 1216));
    assert_float_equal(s.offset, 250.0f, 0.001f);
    assert_int_equal(s.phase, SCROLL_IDLE);
}

static void test_momentum_decelerates(void **state)
{
    (void)state;
    Scroll s = make();
    scroll_drag_begin(&s);
    scroll_drag(&s, -100.0f);
    scroll_release(&s, -1.5f, 1000); /* flick upwards at 1.5 px/ms */
    assert_true(scroll_moving(&s));
    assert_true(scroll_update(&s, 1016));
    float after_one = s.offset - 100.0f;
    assert_true(after_one > 20.0f && after_one < 24.0f); /* ~1.5 px/ms */
    float prev_step = after_one, prev = s.offset;
    for (uint64_t t = 1032; t <= 1400; t += 16) {
        scroll_update(&s, t);
        float step = s.offset - prev;
        assert_true(step > 0.0f && step < prev_step); /* still going, slower */
        prev_step = step;
        prev = s.offset;
    }
    uint64_t end = settle(&s, 1400);
    assert_false(scroll_moving(&s));
    /* It coasts about velocity x 500 ms, then stops, well inside the range. */
    assert_true(s.offset > 100.0f + 600.0f && s.offset < 100.0f + 760.0f);
    assert_true(end < 1000 + 4000);
}

/* The same flick stepped 1 ms or 16 ms at a time lands on the same offset. */
static void test_frame_rate_independent(void **state)
{
    (void)state;
    Scroll a = make(), b = make();
    scroll_drag_begin(&a);
    scroll_drag_begin(&b);
    scroll_release(&a, -2.0f, 1000);
    scroll_release(&b, -2.0f, 1000);
    for (uint64_t t = 1001; t <= 1640; t++)
        scroll_update(&a, t);
    for (uint64_t t = 1016; t <= 1640; t += 16)
        scroll_update(&b, t);
    assert_float_equal(a.offset, b.offset, 1e-3f);
    assert_float_equal(a.velocity, b.velocity, 1e-6f);
}

static void test_rubber_band_at_the_top(void **state)
{
    (void)state;
    Scroll s = make();
    scroll_drag_begin(&s);
    scroll_drag(&s, 200.0f); /* pull down past the start */
    assert_true(s.offset < 0.0f);
    assert_true(s.offset > -200.0f); /* resists: moves less than the finger */
    float at200 = s.offset;
    scroll_drag(&s, 400.0f);
    assert_true(s.offset < at200);                  /* still follows */
    assert_true(at200 - s.offset < -at200);         /* but ever more stiffly */
    assert_true(s.offset > -500.0f);                /* never past a viewport */
    scroll_release(&s, 0.0f, 1000);
    assert_int_equal(s.phase, SCROLL_RETURNING);
    settle(&s, 1000);
    assert_float_equal(s.offset, 0.0f, 0.0f);
    assert_int_equal(s.phase, SCROLL_IDLE);
    assert_false(scroll_update(&s, 20000));
}

/* A drag that begins while stretched picks up where the content is shown. */
static void test_regrab_while_stretched(void **state)
{
    (void)state;
    Scroll s = make();
    scroll_drag_begin(&s);
    scroll_drag(&s, 300.0f);
    scroll_release(&s, 0.0f, 1000);
    scroll_update(&s, 1032);
    float shown = s.offset;
    assert_true(shown < 0.0f);
    scroll_catch(&s);
    scroll_drag_begin(&s);
    scroll_drag(&s, 0.0f);
    assert_float_equal(s.offset, shown, 0.01f);
}

static void test_fling_past_the_end_bounces_back(void **state)
{
    (void)state;
    Scroll s = make();
    scroll_jump(&s, 1400.0f);
    scroll_drag_begin(&s);
    scroll_release(&s, -3.0f, 1000); /* hard flick towards the end */
    float furthest = s.offset;
    uint64_t t = 1000;
    while (scroll_update(&s, t += 16))
        furthest = fmaxf(furthest, s.offset);
    assert_true(furthest > 1500.0f);              /* overshot the end */
    assert_true(furthest < 1500.0f + 0.12f * 500.0f + 1.0f); /* but not far */
    assert_float_equal(s.offset, 1500.0f, 0.0f); /* and settled on it */
    assert_true(t < 1000 + 3000);
}

static void test_catch_stops_coasting(void **state)
{
    (void)state;
    Scroll s = make();
    scroll_drag_begin(&s);
    scroll_release(&s, -2.0f, 1000);
    scroll_update(&s, 1100);
    float here = s.offset;
    scroll_catch(&s);
    assert_false(scroll_moving(&s));
    assert_false(scroll_update(&s, 1500));
    assert_float_equal(s.offset, here, 0.0f);
}

static void test_short_content_does_not_scroll(void **state)
{
    (void)state;
    Scroll s;
    scroll_init(&s);
    scroll_set_extent(&s, 300.0f, 500.0f);
    assert_false(scroll_scrollable(&s));
    scroll_drag_begin(&s);
    scroll_drag(&s, -200.0f);
    assert_float_equal(s.offset, 0.0f, 0.0f);
    scroll_drag(&s, 200.0f);
    assert_float_equal(s.offset, 0.0f, 0.0f);
    scroll_release(&s, -3.0f, 1000);
    assert_false(scroll_update(&s, 1016));
    assert_float_equal(s.offset, 0.0f, 0.0f);
}

static void test_shrinking_content_clamps(void **state)
{
    (void)state;
    Scroll s = make();
    scroll_jump(&s, 1500.0f);
    scroll_set_extent(&s, 800.0f, 500.0f);
    assert_float_equal(s.offset, 300.0f, 0.0f);
    scroll_jump(&s, -50.0f);
    assert_float_equal(s.offset, 0.0f, 0.0f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_drag_follows_finger),
        cmocka_unit_test(test_momentum_decelerates),
        cmocka_unit_test(test_frame_rate_independent),
        cmocka_unit_test(test_rubber_band_at_the_top),
        cmocka_unit_test(test_regrab_while_stretched),
        cmocka_unit_test(test_fling_past_the_end_bounces_back),
        cmocka_unit_test(test_catch_stops_coasting),
        cmocka_unit_test(test_short_content_does_not_scroll),
        cmocka_unit_test(test_shrinking_content_clamps),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
