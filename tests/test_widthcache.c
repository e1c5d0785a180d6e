#include "test_support.h"

#include "widthcache.h"

static void test_miss_then_hit(void **state)
{
    (void)state;
    WidthCache *c = widthcache_create(8, 256);
    assert_non_null(c);
    float w = -1.0f;
    assert_false(widthcache_get(c, 0, 32, "Medical", 7, &w));
    widthcache_put(c, 0, 32, "Medical", 7, 118.0f);
    assert_true(widthcache_get(c, 0, 32, "Medical", 7, &w));
    assert_true(w == 118.0f);
    /* A span of a longer string is keyed by its bytes, not by its pointer. */
    assert_true(widthcache_get(c, 0, 32, "Medical Coder", 7, &w));
    WidthCacheStats s = widthcache_stats(c);
    assert_int_equal(s.hits, 2);
    assert_int_equal(s.misses, 1);
    assert_int_equal(s.count, 1);
    widthcache_destroy(c);
}

static void test_weight_size_and_text_are_all_in_the_key(void **state)
{
    (void)state;
    WidthCache *c = widthcache_create(8, 256);
    widthcache_put(c, 0, 32, "Pay", 3, 50.0f);
    float w;
    assert_false(widthcache_get(c, 1, 32, "Pay", 3, &w)); /* bold */
    assert_false(widthcache_get(c, 0, 33, "Pay", 3, &w)); /* another size */
    assert_false(widthcache_get(c, 0, 32, "Pa", 2, &w));  /* a prefix */
    assert_false(widthcache_get(c, 0, 32, "Pay ", 4, &w));
    widthcache_put(c, 1, 32, "Pay", 3, 56.0f);
    assert_true(widthcache_get(c, 1, 32, "Pay", 3, &w) && w == 56.0f);
    assert_true(widthcache_get(c, 0, 32, "Pay", 3, &w) && w == 50.0f);
    widthcache_destroy(c);
}

static void test_full_table_forgets_everything_once(void **state)
{
    (void)state;
    WidthCache *c = widthcache_create(4, 1024);
    const char *words[] = {"a", "bb", "ccc", "dddd", "eeeee"};
    for (int i = 0; i < 4; i++)
        widthcache_put(c, 0, 20, words[i], strlen(words[i]), (float)i);
    assert_int_equal(widthcache_stats(c).count, 4);
    assert_int_equal(widthcache_stats(c).resets, 0);
    widthcache_put(c, 0, 20, words[4], 5, 4.0f); /* the fifth: a reset first */
    WidthCacheStats s = widthcache_stats(c);
    assert_int_equal(s.resets, 1);
    assert_int_equal(s.count, 1);
    float w;
    assert_false(widthcache_get(c, 0, 20, "a", 1, &w));
    assert_true(widthcache_get(c, 0, 20, "eeeee", 5, &w) && w == 4.0f);
    widthcache_destroy(c);
}

static void test_arena_bounds_the_text_kept(void **state)
{
    (void)state;
    WidthCache *c = widthcache_create(100, 40);
    float w;
    /* Longer than a quarter of the arena: measured each time, never kept. */
    widthcache_put(c, 0, 20, "a long line of text", 19, 9.0f);
    assert_false(widthcache_get(c, 0, 20, "a long line of text", 19, &w));
    assert_int_equal(widthcache_stats(c).count, 0);
    /* Four 10-byte texts fill the arena; the fifth starts it again. */
    const char *t[] = {"0123456789", "1123456789", "2123456789", "3123456789", "4123456789"};
    for (int i = 0; i < 4; i++)
        widthcache_put(c, 0, 20, t[i], 10, (float)i);
    assert_int_equal(widthcache_stats(c).count, 4);
    widthcache_put(c, 0, 20, t[4], 10, 4.0f);
    assert_int_equal(widthcache_stats(c).resets, 1);
    assert_int_equal(widthcache_stats(c).count, 1);
    assert_true(widthcache_get(c, 0, 20, t[4], 10, &w) && w == 4.0f);
    widthcache_destroy(c);
}

static void test_putting_again_updates(void **state)
{
    (void)state;
    WidthCache *c = widthcache_create(8, 256);
    widthcache_put(c, 0, 20, "x", 1, 1.0f);
    widthcache_put(c, 0, 20, "x", 1, 2.0f);
    float w;
    assert_true(widthcache_get(c, 0, 20, "x", 1, &w) && w == 2.0f);
    assert_int_equal(widthcache_stats(c).count, 1);
    widthcache_destroy(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_miss_then_hit),
        cmocka_unit_test(test_weight_size_and_text_are_all_in_the_key),
        cmocka_unit_test(test_full_table_forgets_everything_once),
        cmocka_unit_test(test_arena_bounds_the_text_kept),
        cmocka_unit_test(test_putting_again_updates),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
