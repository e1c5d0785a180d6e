/* The SDL edge's event translation: touch converted once, never twice. */
#include "test_support.h"

#include <SDL.h>

#include "platform/input_sdl.h"

static SDL_Event finger(Uint32 type, float x, float y, SDL_FingerID id)
{
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = type;
    ev.tfinger.x = x;
    ev.tfinger.y = y;
    ev.tfinger.fingerId = id;
    return ev;
}

static SDL_Event mouse_button(Uint32 type, Uint32 which, int x, int y)
{
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = type;
    ev.button.which = which;
    ev.button.button = SDL_BUTTON_LEFT;
    ev.button.x = x;
    ev.button.y = y;
    return ev;
}

static void test_finger_to_pixels(void **state)
{
    (void)state;
    SDL_Event ev = finger(SDL_FINGERDOWN, 0.5f, 0.25f, 3);
    InputEvent in = input_translate(&ev, 1920, 1080, 1920, 1080, 1234);
    assert_int_equal(in.kind, INPUT_POINTER);
    assert_int_equal(in.pointer.phase, POINTER_DOWN);
    assert_float_equal(in.pointer.x, 960.0f, 0.01f);
    assert_float_equal(in.pointer.y, 270.0f, 0.01f);
    assert_int_equal(in.pointer.id, 3);
    assert_int_equal(in.pointer.t_ms, 1234);
    ev = finger(SDL_FINGERUP, 0.5f, 0.25f, 3);
    assert_int_equal(input_translate(&ev, 1920, 1080, 1920, 1080, 0).pointer.phase, POINTER_UP);
}

static void test_touch_outside_the_screen_is_clamped(void **state)
{
    (void)state;
    SDL_Event ev = finger(SDL_FINGERMOTION, -0.3f, 1.7f, 1);
    InputEvent in = input_translate(&ev, 1920, 1080, 1920, 1080, 0);
    assert_float_equal(in.pointer.x, 0.0f, 0.01f);
    assert_float_equal(in.pointer.y, 1079.0f, 0.01f);
}

static void test_synthetic_mouse_from_touch_is_dropped(void **state)
{
    (void)state;
    SDL_Event ev = mouse_button(SDL_MOUSEBUTTONDOWN, SDL_TOUCH_MOUSEID, 100, 100);
    assert_int_equal(input_translate(&ev, 1920, 1080, 1920, 1080, 0).kind, INPUT_NONE);
    SDL_Event motion;
    memset(&motion, 0, sizeof motion);
    motion.type = SDL_MOUSEMOTION;
    motion.motion.which = SDL_TOUCH_MOUSEID;
    motion.motion.state = SDL_BUTTON_LMASK;
    assert_int_equal(input_translate(&motion, 1920, 1080, 1920, 1080, 0).kind, INPUT_NONE);
}

static void test_real_mouse_scaled_for_hidpi(void **state)
{
    (void)state;
    SDL_Event ev = mouse_button(SDL_MOUSEBUTTONDOWN, 0, 100, 50);
    InputEvent in = input_translate(&ev, 2560, 1440, 1280, 720, 0);
    assert_int_equal(in.kind, INPUT_POINTER);
    assert_int_equal(in.pointer.id, GESTURE_MOUSE_ID);
    assert_float_equal(in.pointer.x, 200.0f, 0.01f);
    assert_float_equal(in.pointer.y, 100.0f, 0.01f);
    /* Moving without the button held is hover, not a drag. */
    SDL_Event hover;
    memset(&hover, 0, sizeof hover);
    hover.type = SDL_MOUSEMOTION;
    assert_int_equal(input_translate(&hover, 2560, 1440, 1280, 720, 0).kind, INPUT_NONE);
    /* Right clicks do nothing. */
    ev.button.button = SDL_BUTTON_RIGHT;
    assert_int_equal(input_translate(&ev, 2560, 1440, 1280, 720, 0).kind, INPUT_NONE);
}

static void test_keys_and_window_events(void **state)
{
    (void)state;
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_KEYDOWN;
    ev.key.keysym.sym = SDLK_ESCAPE;
    InputEvent in = input_translate(&ev, 100, 100, 100, 100, 0);
    assert_int_equal(in.kind, INPUT_KEY);
    assert_int_equal(in.key, KEY_BACK);
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_WINDOWEVENT;
    ev.window.event = SDL_WINDOWEVENT_SIZE_CHANGED;
    assert_int_equal(input_translate(&ev, 100, 100, 100, 100, 0).kind, INPUT_RESIZE);
    ev.window.event = SDL_WINDOWEVENT_EXPOSED;
    assert_int_equal(input_translate(&ev, 100, 100, 100, 100, 0).kind, INPUT_EXPOSE);
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_RENDER_TARGETS_RESET; /* lost pixels are drawn again, whole */
    assert_int_equal(input_translate(&ev, 100, 100, 100, 100, 0).kind, INPUT_EXPOSE);
    ev.type = SDL_RENDER_DEVICE_RESET;
    assert_int_equal(input_translate(&ev, 100, 100, 100, 100, 0).kind, INPUT_EXPOSE);
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_QUIT;
    assert_int_equal(input_translate(&ev, 100, 100, 100, 100, 0).kind, INPUT_QUIT);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_finger_to_pixels),
        cmocka_unit_test(test_touch_outside_the_screen_is_clamped),
        cmocka_unit_test(test_synthetic_mouse_from_touch_is_dropped),
        cmocka_unit_test(test_real_mouse_scaled_for_hidpi),
        cmocka_unit_test(test_keys_and_window_events),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
