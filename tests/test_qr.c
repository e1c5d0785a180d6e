/* QR encoding: a real code with its finder patterns, and failures handled. */
#include "test_support.h"

#include "qr.h"

/* The 7x7 finder pattern: dark ring, light ring, dark 3x3 centre. */
static bool finder_at(const QrCode *qr, int ox, int oy)
{
    for (int y = 0; y < 7; y++)
        for (int x = 0; x < 7; x++) {
            bool ring = x == 0 || y == 0 || x == 6 || y == 6;
            bool centre = x >= 2 && x <= 4 && y >= 2 && y <= 4;
            if (qr_is_dark(qr, ox + x, oy + y) != (ring || centre))
                return false;
        }
    return true;
}

static void test_encodes_a_url(void **state)
{
    (void)state;
    QrCode qr;
    assert_true(qr_encode("https://www.bls.gov/ooh/healthcare/medical-assistants.htm", &qr));
    assert_true(qr.size >= 21);
    assert_int_equal((qr.size - 21) % 4, 0); /* versions grow by 4 modules */
    assert_true(finder_at(&qr, 0, 0));
    assert_true(finder_at(&qr, qr.size - 7, 0));
    assert_true(finder_at(&qr, 0, qr.size - 7));
    assert_false(qr_is_dark(&qr, -1, 0));
    assert_false(qr_is_dark(&qr, qr.size, 0));
    QrCode again;
    assert_true(qr_encode("https://www.bls.gov/ooh/healthcare/medical-assistants.htm", &again));
    assert_memory_equal(qr.dark, again.dark, (size_t)(qr.size * qr.size));
    qr_free(&again);
    qr_free(&qr);
}

static void test_refuses_bad_text(void **state)
{
    (void)state;
    QrCode qr;
    assert_false(qr_encode("", &qr));
    assert_false(qr_encode(NULL, &qr));
    char huge[4000];
    memset(huge, 'x', sizeof huge - 1);
    huge[sizeof huge - 1] = '\0';
    assert_false(qr_encode(huge, &qr));
    qr_free(&qr); /* safe on an empty code */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_encodes_a_url),
        cmocka_unit_test(test_refuses_bad_text),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
