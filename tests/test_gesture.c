#include "test_support.h"

#include <math.h>

#include "gesture.h"

#define FINGER 7
#define OTHER 8

typedef struct {
    GestureState st;
    Gesture out[GESTURE_MAX_OUT];
    size_t n;
} Fixture;

static size_t ev(Fixture *f, PointerPhase phase, int64_t id, float x, float y, uint64_t t)
{
    PointerEvent e = {phase, id, x, y, t};
    f->n = gesture_feed(&f->st, &e, f->out, GESTURE_MAX_OUT);
    return f->n;
}

static size_t down(Fixture *f, float x, float y, uint64_t t)
{
    return ev(f, POINTER_DOWN, FINGER, x, y, t);
}

static size_t move(Fixture *f, float x, float y, uint64_t t)
{
    return ev(f, POINTER_MOVE, FINGER, x, y, t);
}

static size_t up(Fixture *f, float x, float y, uint64_t t)
{
    return ev(f, POINTER_UP, FINGER, x, y, t);
}

static size_t tick(Fixture *f, uint64_t now)
{
    f->n = gesture_tick(&f->st, now, f->out, GESTURE_MAX_OUT);
    return f->n;
}

static void init(Fixture *f, float scale)
{
    memset(f, 0, sizeof *f);
    gesture_init(&f->st, NULL, scale);
}

/* Kind of the last gesture produced by the previous call. */
static GestureKind last_kind(const Fixture *f)
{
    assert_true(f->n > 0);
    return f->out[f->n - 1].kind;
}

/* A drag with one MOVE every 10 ms, each by (step_x, step_y). */
static void drag_steps(Fixture *f, float x, float y, int steps, float step_x, float step_y,
                       uint64_t t0)
{
    for (int i = 1; i <= steps; i++)
        move(f, x + step_x * (float)i, y + step_y * (float)i, t0 + 10u * (uint64_t)i);
}

static void test_defaults(void **state)
{
    (void)state;
    GestureConfig c = gesture_default_config();
    assert_float_equal(c.tap_slop, 24.0f, 0);
    assert_int_equal(c.long_press_ms, 600);
    assert_int_equal(c.tap_max_ms, 500);
    assert_float_equal(c.swipe_min_velocity, 0.4f, 1e-6);
    assert_int_equal(c.velocity_window_ms, 80);
}

static void test_tap(void **state)
{
    (void)state;
    Fixture f;
    init(&f, 1.0f);
    assert_int_equal(down(&f, 100, 200, 1000), 1);
    assert_int_equal(f.out[0].kind, GESTURE_PRESS);
    assert_float_equal(f.out[0].x, 100, 0);
    assert_true(gesture_active(&f.st));
    assert_int_equal(move(&f, 110, 205, 1050), 0); /* within slop: silent */
    assert_int_equal(up(&f, 108, 204, 1120), 1);
    assert_int_equal(f.out[0].kind, GESTURE_TAP);
    assert_float_equal(f.out[0].start_x, 100, 0);
    assert_float_equal(f.out[0].start_y, 200, 0);
    assert_int_equal(f.out[0].t_ms, 1120);
    assert_false(gesture_active(&f.st));
}

static void test_no_tap_beyond_slop(void **state)
{
    (void)state;
    Fixture f;
    init(&f, 1.0f);
    down(&f, 100, 100, 0);
    assert_int_equal(move(&f, 125, 100, 100), 2);
    assert_int_equal(f.out[0].kind, GESTURE_DRAG_START);
    assert_int_equal(f.out[1].kind, GESTURE_DRAG);
    assert_float_equal(f.out[1].dx, 25, 1e-6);
    up(&f, 100, 100, 200); /* back at the start: still not a tap */
    assert_int_not_equal(last_kind(&f), GESTURE_TAP);
    assert_int_equal(last_kind(&f), GESTURE_DRAG_END);
}

static void test_slop_is_inclusive(void **state)
{
    (void)state;
    Fixture f;
    init(&f, 1.0f);
    down(&f, 0, 0, 0);
    assert_int_equal(move(&f, 24, 0, 10), 0);
    up(&f, 24, 0, 20);
    assert_int_equal(last_kind(&f), GESTURE_TAP);
}

static void test_long_press_exactly_at_threshold(void **state)
{
    (void)state;
    Fixture f;
    init(&f, 1.0f);
    down(&f, 300, 300, 1000);
    assert_int_equal(gesture_next_deadline(&f.st), 1600);
    assert_int_equal(tick(&f, 1599), 0);
    move(&f, 310, 300, 1300); /* wobble within slop keeps the hold */
    assert_int_equal(tick(&f, 1600), 1);
    assert_int_equal(f.out[0].kind, GESTURE_LONG_PRESS);
    assert_float_equal(f.out[0].start_x, 300, 0);
    assert_int_equal(f.out[0].t_ms, 1600);
    assert_int_equal(gesture_next_deadline(&f.st), 0);
    assert_int_equal(tick(&f, 2000), 0); /* fires once */
    assert_int_equal(move(&f, 600, 300, 1700), 0); /* movement ignored after */
    assert_int_equal(up(&f, 600, 300, 1800), 1);
    assert_int_equal(f.out[0].kind, GESTURE_CANCEL);
}

static void test_long_press_due_when_tick_missed(void **state)
{
    (void)state;
    Fixture f;
    init(&f, 1.0f);
    down(&f, 10, 10, 0);
    assert_int_equal(up(&f, 10, 10, 700), 2);
    assert_int_equal(f.out[0].kind, GESTURE_LONG_PRESS);
    assert_int_equal(f.out[1].kind, GESTURE_CANCEL);
}

static void test_slow_release_cancels(void **state)
{
    (void)state;
    Fixture f;
    init(&f, 1.0f);
    down(&f, 10, 10, 0);
    assert_int_equal(up(&f, 10, 10, 501), 1);
    assert_int_equal(f.out[0].kind, GESTURE_CANCEL);
    down(&f, 10, 10, 1000);
    up(&f, 10, 10, 1500);
    assert_int_equal(last_kind(&f), GESTURE_TAP);
}

static void test_no_long_press_after_drag(void **state)
{
    (void)state;
    Fixture f;
    init(&f, 1.0f);
    down(&f, 0, 0, 0);
    move(&f, 0, 40, 100);
    assert_int_equal(gesture_next_deadline(&f.st), 0);
    assert_int_equal(tick(&f, 5000), 0);
}

static void test_swipe_left(void **state)
{
    (void)state;
    Fixture f;
    init(&f, 1.0f);
    down(&f, 800, 500, 0);
    drag_steps(&f, 800, 500, 10, -20, 0, 0); /* -2 px/ms */
    assert_int_equal(up(&f, 600, 500, 100), 1);
    const Gesture *g = &f.out[0];
    assert_int_equal(g->kind, GESTURE_SWIPE);
    assert_float_equal(g->vx, -2.0f, 1e-4);
    assert_float_equal(g->vy, 0.0f, 1e-6);
    assert_int_equal(g->dir, GESTURE_DIR_LEFT);
    assert_float_equal(g->dx, -200.0f, 1e-4);
}

static void test_swipe_velocity_uses_recent_window(void **state)
{
    (void)state;
    Fixture f;
    init(&f, 1.0f);
    down(&f, 0, 0, 0);
    drag_steps(&f, 0, 0, 10, 0, 1, 0);       /* slow: 0.1 px/ms down */
    drag_steps(&f, 0, 10, 10, 0, -30, 100);  /* then fast: 3 px/ms up */
    up(&f, 0, -290, 200);
    assert_int_equal(last_kind(&f), GESTURE_SWIPE);
    assert_float_equal(f.out[f.n - 1].vy, -3.0f, 1e-4);
    assert_int_equal(f.out[f.n - 1].dir, GESTURE_DIR_UP);
}

static void test_flick_then_stop_is_drag_end(void **state)
{
    (void)state;
    Fixture f;
    init(&f, 1.0f);
    down(&f, 0, 0, 0);
    drag_steps(&f, 0, 0, 10, 30, 0, 0);
    assert_int_equal(up(&f, 300, 0, 300), 1); /* held still for 200 ms */
    assert_int_equal(f.out[0].kind, GESTURE_DRAG_END);
    assert_true(f.out[0].vx == 0.0f && f.out[0].vy == 0.0f);
}

static void test_slow_drag_is_drag_end(void **state)
{
    (void)state;
    Fixture f;
    init(&f, 1.0f);
    down(&f, 0, 0, 0);
    drag_steps(&f, 0, 0, 100, 2, 0, 0); /* 0.2 px/ms over 1 s */
    up(&f, 200, 0, 1000);
    assert_int_equal(last_kind(&f), GESTURE_DRAG_END);
    assert_float_equal(f.out[f.n - 1].dx, 200.0f, 1e-4);
}

static void test_fast_but_short_is_drag_end(void **state)
{
    (void)state;
    Fixture f;
    init(&f, 1.0f);
    down(&f, 0, 0, 0);
    move(&f, 30, 0, 10); /* 3 px/ms, but only 30 px < 48 */
    up(&f, 30, 0, 10);
    assert_int_equal(last_kind(&f), GESTURE_DRAG_END);
}

static void test_release_alone_can_swipe(void **state)
{
    (void)state;
    /* Sparse hardware: the only report after DOWN is the UP, far away. */
    Fixture f;
    init(&f, 1.0f);
    down(&f, 500, 500, 0);
    assert_int_equal(up(&f, 600, 500, 50), 3);
    assert_int_equal(f.out[0].kind, GESTURE_DRAG_START);
    assert_int_equal(f.out[1].kind, GESTURE_DRAG);
    assert_int_equal(f.out[2].kind, GESTURE_SWIPE);
    assert_float_equal(f.out[2].vx, 2.0f, 1e-5);
    assert_int_equal(f.out[2].dir, GESTURE_DIR_RIGHT);
}

static void test_drag_steps_add_up(void **state)
{
    (void)state;
    Fixture f;
    init(&f, 1.0f);
    down(&f, 50, 50, 0);
    float sum_x = 0, sum_y = 0;
    float path[][2] = {{80, 55}, {90, 60}, {90, 60}, {70, 40}, {120, 45}};
    for (size_t i = 0; i < sizeof path / sizeof path[0]; i++) {
        move(&f, path[i][0], path[i][1], 10 * (uint64_t)(i + 1));
        for (size_t k = 0; k < f.n; k++) {
            sum_x += f.out[k].step_dx;
            sum_y += f.out[k].step_dy;
        }
        if (i == 2)
            assert_int_equal(f.n, 0); /* no movement, no DRAG */
    }
    assert_float_equal(sum_x, 70.0f, 1e-4);
    assert_float_equal(sum_y, -5.0f, 1e-4);
    assert_float_equal(f.out[f.n - 1].dx, 70.0f, 1e-4);
}

static void test_second_finger_ignored(void **state)
{
    (void)state;
    Fixture f;
    init(&f, 1.0f);
    down(&f, 100, 100, 0);
    assert_int_equal(ev(&f, POINTER_DOWN, OTHER, 500, 500, 10), 0);
    assert_int_equal(ev(&f, POINTER_MOVE, OTHER, 900, 500, 20), 0);
    assert_int_equal(ev(&f, POINTER_UP, OTHER, 900, 500, 30), 0);
    assert_int_equal(ev(&f, POINTER_DOWN, GESTURE_MOUSE_ID, 1, 1, 35), 0);
    assert_int_equal(up(&f, 100, 100, 40), 1);
    assert_int_equal(f.out[0].kind, GESTURE_TAP);
    assert_float_equal(f.out[0].start_x, 100, 0);
    /* The second finger's later UP must not act either. */
    assert_int_equal(ev(&f, POINTER_UP, OTHER, 900, 500, 50), 0);
}

static void test_unknown_id_ignored(void **state)
{
    (void)state;
    Fixture f;
    init(&f, 1.0f);
    assert_int_equal(ev(&f, POINTER_MOVE, 42, 1, 1, 0), 0);
    assert_int_equal(ev(&f, POINTER_UP, 42, 1, 1, 0), 0);
    assert_int_equal(ev(&f, POINTER_CANCEL, 42, 1, 1, 0), 0);
    assert_false(gesture_active(&f.st));
    down(&f, 0, 0, 10);
    assert_int_equal(ev(&f, POINTER_CANCEL, 42, 1, 1, 20), 0);
    assert_true(gesture_active(&f.st));
}

static void test_same_id_down_restarts(void **state)
{
    (void)state;
    /* A second DOWN for the tracked id means its UP was lost. */
    Fixture f;
    init(&f, 1.0f);
    down(&f, 0, 0, 0);
    assert_int_equal(down(&f, 300, 300, 100), 2);
    assert_int_equal(f.out[0].kind, GESTURE_CANCEL);
    assert_int_equal(f.out[1].kind, GESTURE_PRESS);
    up(&f, 300, 300, 150);
    assert_int_equal(last_kind(&f), GESTURE_TAP);
    assert_float_equal(f.out[0].start_x, 300, 0);
}

static void test_stale_pointer_gives_way(void **state)
{
    (void)state;
    Fixture f;
    init(&f, 1.0f);
    down(&f, 0, 0, 0);
    tick(&f, 600); /* long press, then the UP never comes */
    assert_int_equal(ev(&f, POINTER_DOWN, OTHER, 5, 5, 14999), 0);
    assert_int_equal(ev(&f, POINTER_DOWN, OTHER, 5, 5, 15000), 2);
    assert_int_equal(f.out[0].kind, GESTURE_CANCEL);
    assert_int_equal(f.out[1].kind, GESTURE_PRESS);
    assert_int_equal(ev(&f, POINTER_UP, OTHER, 5, 5, 15100), 1);
    assert_int_equal(f.out[0].kind, GESTURE_TAP);
}

static void test_cancel_event(void **state)
{
    (void)state;
    Fixture f;
    init(&f, 1.0f);
    down(&f, 0, 0, 0);
    move(&f, 100, 0, 50);
    assert_int_equal(ev(&f, POINTER_CANCEL, FINGER, 0, 0, 60), 1);
    assert_int_equal(f.out[0].kind, GESTURE_CANCEL);
    assert_false(gesture_active(&f.st));
    assert_int_equal(up(&f, 100, 0, 70), 0);
    /* Cancel-any releases whatever is tracked, without a long press. */
    down(&f, 0, 0, 100);
    assert_int_equal(ev(&f, POINTER_CANCEL, GESTURE_ANY_ID, NAN, NAN, 2000), 1);
    assert_int_equal(f.out[0].kind, GESTURE_CANCEL);
    assert_true(isfinite(f.out[0].x));
}

static void test_scale_changes_thresholds(void **state)
{
    (void)state;
    Fixture f;
    init(&f, 2.0f); /* slop 48 px, swipe 0.8 px/ms and 96 px */
    down(&f, 0, 0, 0);
    assert_int_equal(move(&f, 40, 0, 20), 0);
    up(&f, 40, 0, 40);
    assert_int_equal(last_kind(&f), GESTURE_TAP);

    gesture_set_scale(&f.st, 1.0f);
    down(&f, 0, 0, 100);
    assert_int_equal(move(&f, 40, 0, 120), 2);

    /* 0.6 px/ms over 120 px: a swipe at scale 1, not at scale 2. */
    init(&f, 1.0f);
    down(&f, 0, 0, 0);
    drag_steps(&f, 0, 0, 20, 6, 0, 0);
    up(&f, 120, 0, 200);
    assert_int_equal(last_kind(&f), GESTURE_SWIPE);
    init(&f, 2.0f);
    down(&f, 0, 0, 0);
    drag_steps(&f, 0, 0, 20, 6, 0, 0);
    up(&f, 120, 0, 200);
    assert_int_equal(last_kind(&f), GESTURE_DRAG_END);

    gesture_set_scale(&f.st, NAN);
    assert_float_equal(f.st.scale, 1.0f, 0);
    gesture_set_scale(&f.st, -3.0f);
    assert_float_equal(f.st.scale, 1.0f, 0);
}

static void test_next_deadline(void **state)
{
    (void)state;
    Fixture f;
    init(&f, 1.0f);
    assert_int_equal(gesture_next_deadline(&f.st), 0);
    down(&f, 0, 0, 5000);
    assert_int_equal(gesture_next_deadline(&f.st), 5600);
    up(&f, 0, 0, 5100);
    assert_int_equal(gesture_next_deadline(&f.st), 0);

    GestureConfig cfg = gesture_default_config();
    cfg.long_press_ms = 0; /* disabled */
    gesture_init(&f.st, &cfg, 1.0f);
    down(&f, 0, 0, 0);
    assert_int_equal(gesture_next_deadline(&f.st), 0);
    assert_int_equal(tick(&f, 100000), 0);
}

static void assert_all_finite(const Fixture *f)
{
    for (size_t i = 0; i < f->n; i++) {
        const Gesture *g = &f->out[i];
        assert_true(isfinite(g->vx) && isfinite(g->vy));
        assert_true(isfinite(g->x) && isfinite(g->dx) && isfinite(g->step_dx));
    }
}

static void test_time_going_backwards(void **state)
{
    (void)state;
    Fixture f;
    init(&f, 1.0f);
    down(&f, 0, 0, 1000);
    move(&f, 100, 0, 1050);
    assert_all_finite(&f);
    move(&f, 300, 0, 900);
    assert_all_finite(&f);
    up(&f, 400, 0, 800);
    assert_all_finite(&f);
    assert_int_equal(f.out[f.n - 1].t_ms, 1050); /* clamped, not rewound */

    /* Everything in one millisecond: dt is 0, velocity must be too. */
    down(&f, 0, 0, 2000);
    move(&f, 200, 0, 2000);
    up(&f, 400, 0, 2000);
    assert_all_finite(&f);
    assert_int_equal(last_kind(&f), GESTURE_DRAG_END);
}

static void test_odd_coordinates(void **state)
{
    (void)state;
    Fixture f;
    init(&f, 1.0f);
    down(&f, -50, -2000, 0); /* off-screen is still a pointer */
    up(&f, -50, -2000, 50);
    assert_int_equal(last_kind(&f), GESTURE_TAP);

    assert_int_equal(down(&f, NAN, 0, 100), 0); /* ignored, nothing tracked */
    assert_false(gesture_active(&f.st));
    down(&f, 10, 10, 200);
    assert_int_equal(move(&f, INFINITY, 10, 210), 0);
    up(&f, NAN, NAN, 250);
    assert_int_equal(last_kind(&f), GESTURE_TAP);
    assert_float_equal(f.out[0].x, 10, 0);

    down(&f, -3e38f, 0, 300);
    up(&f, 3e38f, 0, 301); /* distance overflows float */
    assert_all_finite(&f);
}

static void test_small_output_buffer(void **state)
{
    (void)state;
    Fixture f;
    init(&f, 1.0f);
    down(&f, 0, 0, 0);
    PointerEvent e = {POINTER_MOVE, FINGER, 100, 0, 10};
    Gesture one;
    assert_int_equal(gesture_feed(&f.st, &e, &one, 1), 1);
    assert_int_equal(one.kind, GESTURE_DRAG_START);
    assert_int_equal(gesture_feed(&f.st, &e, NULL, 0), 0);
    e.x = 150;
    e.t_ms = 20;
    assert_int_equal(gesture_feed(&f.st, &e, &one, 1), 1);
    assert_int_equal(one.kind, GESTURE_DRAG); /* state advanced regardless */
}

static void test_reset(void **state)
{
    (void)state;
    Fixture f;
    init(&f, 1.0f);
    down(&f, 0, 0, 0);
    gesture_reset(&f.st);
    assert_false(gesture_active(&f.st));
    assert_int_equal(up(&f, 0, 0, 10), 0);
    assert_int_equal(ev(&f, POINTER_DOWN, OTHER, 0, 0, 20), 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_defaults),
        cmocka_unit_test(test_tap),
        cmocka_unit_test(test_no_tap_beyond_slop),
        cmocka_unit_test(test_slop_is_inclusive),
        cmocka_unit_test(test_long_press_exactly_at_threshold),
        cmocka_unit_test(test_long_press_due_when_tick_missed),
        cmocka_unit_test(test_slow_release_cancels),
        cmocka_unit_test(test_no_long_press_after_drag),
        cmocka_unit_test(test_swipe_left),
        cmocka_unit_test(test_swipe_velocity_uses_recent_window),
        cmocka_unit_test(test_flick_then_stop_is_drag_end),
        cmocka_unit_test(test_slow_drag_is_drag_end),
        cmocka_unit_test(test_fast_but_short_is_drag_end),
        cmocka_unit_test(test_release_alone_can_swipe),
        cmocka_unit_test(test_drag_steps_add_up),
        cmocka_unit_test(test_second_finger_ignored),
        cmocka_unit_test(test_unknown_id_ignored),
        cmocka_unit_test(test_same_id_down_restarts),
        cmocka_unit_test(test_stale_pointer_gives_way),
        cmocka_unit_test(test_cancel_event),
        cmocka_unit_test(test_scale_changes_thresholds),
        cmocka_unit_test(test_next_deadline),
        cmocka_unit_test(test_time_going_backwards),
        cmocka_unit_test(test_odd_coordinates),
        cmocka_unit_test(test_small_output_buffer),
        cmocka_unit_test(test_reset),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
