#include "input_sdl.h"

void input_configure_hints(void)
{
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");
    SDL_SetHint(SDL_HINT_MOUSE_TOUCH_EVENTS, "0");
}

static float clampf(float v, float lo, float hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

static InputEvent pointer(PointerPhase phase, int64_t id, float x, float y, int out_w, int out_h,
                          uint64_t now_ms)
{
    InputEvent e = {INPUT_POINTER, {phase, id, clampf(x, 0.0f, (float)(out_w - 1)),
                                    clampf(y, 0.0f, (float)(out_h - 1)), now_ms},
                    KEY_NONE};
    return e;
}

static InputEvent finger(const SDL_TouchFingerEvent *f, PointerPhase phase, int out_w, int out_h,
                         uint64_t now_ms)
{
    return pointer(phase, (int64_t)f->fingerId, f->x * (float)out_w, f->y * (float)out_h, out_w,
                   out_h, now_ms);
}

static InputEvent mouse(PointerPhase phase, int x, int y, int out_w, int out_h, int win_w,
                        int win_h, uint64_t now_ms)
{
    float sx = win_w > 0 ? (float)out_w / (float)win_w : 1.0f;
    float sy = win_h > 0 ? (float)out_h / (float)win_h : 1.0f;
    return pointer(phase, -1, (float)x * sx, (float)y * sy, out_w, out_h, now_ms);
}

static InputEvent window_event(const SDL_WindowEvent *w)
{
    InputEvent e = {INPUT_NONE, {0}, KEY_NONE};
    if (w->event == SDL_WINDOWEVENT_SIZE_CHANGED || w->event == SDL_WINDOWEVENT_RESIZED)
        e.kind = INPUT_RESIZE;
    else if (w->event == SDL_WINDOWEVENT_EXPOSED)
        e.kind = INPUT_EXPOSE;
    return e;
}

InputEvent input_translate(const SDL_Event *ev, int out_w, int out_h, int win_w, int win_h,
                           uint64_t now_ms)
{
    InputEvent none = {INPUT_NONE, {0}, KEY_NONE};
    switch (ev->type) {
    case SDL_FINGERDOWN: return finger(&ev->tfinger, POINTER_DOWN, out_w, out_h, now_ms);
    case SDL_FINGERMOTION: return finger(&ev->tfinger, POINTER_MOVE, out_w, out_h, now_ms);
    case SDL_FINGERUP: return finger(&ev->tfinger, POINTER_UP, out_w, out_h, now_ms);
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
        if (ev->button.which == SDL_TOUCH_MOUSEID || ev->button.button != SDL_BUTTON_LEFT)
            return none;
        return mouse(ev->type == SDL_MOUSEBUTTONDOWN ? POINTER_DOWN : POINTER_UP, ev->button.x,
                     ev->button.y, out_w, out_h, win_w, win_h, now_ms);
    case SDL_MOUSEMOTION:
        if (ev->motion.which == SDL_TOUCH_MOUSEID || !(ev->motion.state & SDL_BUTTON_LMASK))
            return none;
        return mouse(POINTER_MOVE, ev->motion.x, ev->motion.y, out_w, out_h, win_w, win_h, now_ms);
    case SDL_KEYDOWN: {
        InputEvent e = {INPUT_KEY, {0}, keys_action(ev->key.keysym.sym, ev->key.keysym.mod)};
        return e;
    }
    case SDL_WINDOWEVENT: return window_event(&ev->window);
    case SDL_RENDER_TARGETS_RESET: /* the GPU lost what was drawn: draw it all again */
    case SDL_RENDER_DEVICE_RESET: {
        InputEvent e = {INPUT_EXPOSE, {0}, KEY_NONE};
        return e;
    }
    case SDL_QUIT: {
        InputEvent e = {INPUT_QUIT, {0}, KEY_NONE};
        return e;
    }
    default: return none;
    }
}
