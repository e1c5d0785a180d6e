/* SHA-256 against published test vectors, the PIN hash, and the back-off. */
#include "test_support.h"

#include "pin.h"
#include "sha256.h"

static void hex(const uint8_t *d, char *out)
{
    for (int i = 0; i < 32; i++)
        sprintf(out + 2 * i, "%02x", d[i]);
}

static void test_sha256_vectors(void **state)
{
    (void)state;
    uint8_t d[32];
    char h[65];
    sha256("abc", 3, d);
    hex(d, h);
    assert_string_equal(h, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    sha256("", 0, d);
    hex(d, h);
    assert_string_equal(h, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    const char *two_blocks = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    sha256(two_blocks, strlen(two_blocks), d);
    hex(d, h);
    assert_string_equal(h, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    /* A million 'a's, fed in uneven pieces: exercises block boundaries. */
    Sha256 ctx;
    sha256_init(&ctx);
    char chunk[997];
    memset(chunk, 'a', sizeof chunk);
    size_t left = 1000000;
    while (left) {
        size_t n = left < sizeof chunk ? left : sizeof chunk;
        sha256_update(&ctx, chunk, n);
        left -= n;
    }
    sha256_final(&ctx, d);
    hex(d, h);
    assert_string_equal(h, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

static void test_pin_round_trip(void **state)
{
    (void)state;
    const uint8_t salt[8] = {1, 2, 3, 4, 5, 6, 7, 8};
    char stored[200];
    assert_true(pin_hash("2468", salt, sizeof salt, 100, stored, sizeof stored));
    assert_true(pin_stored_valid(stored));
    assert_true(pin_verify("2468", stored));
    assert_false(pin_verify("2469", stored));
    assert_false(pin_verify("24680", stored));
    /* The salt matters: same PIN, other salt, other hash. */
    const uint8_t salt2[8] = {8, 7, 6, 5, 4, 3, 2, 1};
    char stored2[200];
    assert_true(pin_hash("2468", salt2, sizeof salt2, 100, stored2, sizeof stored2));
    assert_string_not_equal(stored, stored2);
}

static void test_bad_inputs(void **state)
{
    (void)state;
    const uint8_t salt[4] = {9, 9, 9, 9};
    char stored[200];
    assert_false(pin_hash("12", salt, 4, 10, stored, sizeof stored));   /* too short */
    assert_false(pin_hash("12a4", salt, 4, 10, stored, sizeof stored)); /* not digits */
    assert_false(pin_stored_valid("sha256:10:zz:00"));
    assert_false(pin_stored_valid("md5:1:00:00"));
    assert_false(pin_stored_valid(""));
    assert_false(pin_stored_valid(NULL));
    assert_false(pin_verify("1234", "sha256:0:00:" "00000000000000000000000000000000"
                                    "00000000000000000000000000000000"));
}

static void test_backoff_doubles(void **state)
{
    (void)state;
    PinBackoff b = {0, 0};
    pin_backoff_fail(&b, 0);
    pin_backoff_fail(&b, 0);
    assert_false(pin_backoff_locked(&b, 0)); /* two slips are free */
    pin_backoff_fail(&b, 1000);
    assert_true(pin_backoff_locked(&b, 1999));
    assert_false(pin_backoff_locked(&b, 2000));
    pin_backoff_fail(&b, 2000);
    assert_true(pin_backoff_locked(&b, 3999));
    assert_false(pin_backoff_locked(&b, 4000));
    for (int i = 0; i < 30; i++)
        pin_backoff_fail(&b, 10000);
    assert_int_equal(b.locked_until_ms, 10000 + 300000); /* capped at 5 minutes */
    pin_backoff_reset(&b);
    assert_false(pin_backoff_locked(&b, 10001));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sha256_vectors),
        cmocka_unit_test(test_pin_round_trip),
        cmocka_unit_test(test_bad_inputs),
        cmocka_unit_test(test_backoff_doubles),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
