/* A QR code drawn through the real renderer reads back module for module,
 * and drawing it again costs no new rasterising. */
#include "render_support.h"

#include "qr.h"
#include "screens/card.h"

static void test_qr_pixels_match_the_code(void **state)
{
    (void)state;
    Session s;
    render_start(&s, 800, 600);
    const char *url = "https://www.bls.gov/ooh/healthcare/medical-records-specialists.htm";
    Color dark = {0x0F, 0x17, 0x2A, 0xFF}, light = {0xFF, 0xFF, 0xFF, 0xFF};
    drawlist_begin(&s.dl, 800, 600);
    drawlist_rect(&s.dl, rect_make(0, 0, 800, 600), 0, dark, dark);
    drawlist_qr(&s.dl, rect_make(100, 100, 300, 300), url, dark, light);
    render_frame(s.renderer, &s.dl);
    RenderStats first = render_stats(s.renderer);
    SDL_Surface *frame = session_read_frame(&s);
    assert_non_null(frame);

    QrCode qr;
    assert_true(qr_encode(url, &qr));
    int modules = qr.size + 2 * QR_QUIET_ZONE, px = 300 / modules;
    int origin = 100 + (300 - modules * px) / 2;
    const Uint32 *pixels = frame->pixels;
    int stride = frame->pitch / 4;
    for (int y = -QR_QUIET_ZONE; y < qr.size + QR_QUIET_ZONE; y++)
        for (int x = -QR_QUIET_ZONE; x < qr.size + QR_QUIET_ZONE; x++) {
            int cx = origin + (x + QR_QUIET_ZONE) * px + px / 2;
            int cy = origin + (y + QR_QUIET_ZONE) * px + px / 2;
            Uint32 p = pixels[cy * stride + cx];
            bool is_dark = ((p >> 16) & 0xFF) < 128;
            if (is_dark != qr_is_dark(&qr, x, y))
                fail_msg("module %d,%d reads %s", x, y, is_dark ? "dark" : "light");
        }
    qr_free(&qr);
    SDL_FreeSurface(frame);

    render_frame(s.renderer, &s.dl);
    RenderStats second = render_stats(s.renderer);
    assert_int_equal(second.image_cache_size, first.image_cache_size);
    session_free(&s);
}

/* Every career's detail shows a take-home code for its source page. */
static void test_detail_shows_take_home_code(void **state)
{
    (void)state;
    Session s;
    render_start(&s, 1920, 1080);
    for (size_t i = 0; i < s.content->career_count; i++) {
        app_navigate(&s.app, nav_target(SCREEN_DETAIL, (int)i, -1, 0));
        render_settle(&s.app);
        session_draw(&s);
        const char *want = card_take_home_url(&s.app, &s.content->careers[i]);
        assert_non_null(want);
        bool found = false;
        for (size_t c = 0; c < s.dl.count; c++)
            if (s.dl.cmds[c].kind == DRAW_QR)
                found |= strcmp(drawlist_cmd_path(&s.dl, &s.dl.cmds[c]), want) == 0;
        assert_true(found);
        app_home(&s.app);
        render_settle(&s.app);
    }
    session_free(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_qr_pixels_match_the_code),
        cmocka_unit_test(test_detail_shows_take_home_code),
    };
    return cmocka_run_group_tests(tests, render_global_setup, render_global_teardown);
}
