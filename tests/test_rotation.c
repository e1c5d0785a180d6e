/* Touch rotation maths for each angle on a 1920x1080 panel mounted in portrait. */
#include "test_support.h"

#include "rotation.h"

static void test_parse(void **state)
{
    (void)state;
    Rotation r;
    assert_true(rotation_parse("90", &r));
    assert_int_equal(r, ROTATE_90);
    assert_true(rotation_parse("270", &r));
    assert_false(rotation_parse("45", &r));
    assert_false(rotation_parse("", &r));
    assert_false(rotation_parse(NULL, &r));
}

static void test_logical_size(void **state)
{
    (void)state;
    int w, h;
    rotation_logical_size(ROTATE_90, 1920, 1080, &w, &h);
    assert_int_equal(w, 1080);
    assert_int_equal(h, 1920);
    rotation_logical_size(ROTATE_180, 1920, 1080, &w, &h);
    assert_int_equal(w, 1920);
    assert_int_equal(h, 1080);
}

/* The app's top-left corner, seen on the panel, for each angle: the frame is
 * turned clockwise, so at 90 degrees the top-left lands at the top-right. */
static void test_corners(void **state)
{
    (void)state;
    float px, py;
    rotation_to_physical(ROTATE_90, 1920, 1080, 0, 0, &px, &py);
    assert_float_equal(px, 1919, 0.01f);
    assert_float_equal(py, 0, 0.01f);
    rotation_to_physical(ROTATE_180, 1920, 1080, 0, 0, &px, &py);
    assert_float_equal(px, 1919, 0.01f);
    assert_float_equal(py, 1079, 0.01f);
    rotation_to_physical(ROTATE_270, 1920, 1080, 0, 0, &px, &py);
    assert_float_equal(px, 0, 0.01f);
    assert_float_equal(py, 1079, 0.01f);
    rotation_to_physical(ROTATE_0, 1920, 1080, 5, 7, &px, &py);
    assert_float_equal(px, 5, 0.01f);
    assert_float_equal(py, 7, 0.01f);
}

/* Mapping a touch back must undo the rotation exactly, for every angle. */
static void test_round_trip(void **state)
{
    (void)state;
    const Rotation all[] = {ROTATE_0, ROTATE_90, ROTATE_180, ROTATE_270};
    for (int a = 0; a < 4; a++) {
        int lw, lh;
        rotation_logical_size(all[a], 1920, 1080, &lw, &lh);
        for (float lx = 0; lx < (float)lw; lx += 97.0f)
            for (float ly = 0; ly < (float)lh; ly += 89.0f) {
                float px, py, bx, by;
                rotation_to_physical(all[a], 1920, 1080, lx, ly, &px, &py);
                assert_true(px >= 0 && px <= 1919 && py >= 0 && py <= 1079);
                rotation_to_logical(all[a], 1920, 1080, px, py, &bx, &by);
                assert_float_equal(bx, lx, 0.001f);
                assert_float_equal(by, ly, 0.001f);
            }
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse),
        cmocka_unit_test(test_logical_size),
        cmocka_unit_test(test_corners),
        cmocka_unit_test(test_round_trip),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
