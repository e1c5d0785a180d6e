/* admin_pad: the PIN pad (see admin_pad.h). */
#include "screens/admin_pad.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ease.h"
#include "screens/admin_panel.h"
#include "screens/widgets.h"

enum {
    ENTER_MS = 260, /* the pad fading up */
    SHAKE_MS = 480, /* a wrong PIN shakes the dots */
    PIN_MIN_DIGITS = 4, /* pin.c refuses shorter PINs: OK waits for four */
};

/* Keypad cells in reading order (layout_admin_pad). */
static const AdminKey cell_keys[12] = {
    ADMIN_KEY_0 + 1, ADMIN_KEY_0 + 2, ADMIN_KEY_0 + 3, ADMIN_KEY_0 + 4,
    ADMIN_KEY_0 + 5, ADMIN_KEY_0 + 6, ADMIN_KEY_0 + 7, ADMIN_KEY_0 + 8,
    ADMIN_KEY_0 + 9, ADMIN_KEY_CLEAR, ADMIN_KEY_0,     ADMIN_KEY_OK,
};

/* A malformed stored PIN could never be matched: it counts as none, so
 * the pad explains instead of rejecting every PIN. */
static bool has_pin(const App *app)
{
    return app->admin_pin && pin_stored_valid(app->admin_pin);
}

static bool is_digit(AdminKey key)
{
    return key >= ADMIN_KEY_0 && key <= ADMIN_KEY_0 + 9;
}

static void wipe(AdminPadState *p)
{
    memset(p->digits, 0, sizeof p->digits);
    p->count = 0;
}

int admin_pad_lock_seconds(const App *app)
{
    const PinBackoff *b = &app->admin.pad.backoff;
    if (!pin_backoff_locked(b, app->now_ms))
        return 0;
    return (int)((b->locked_until_ms - app->now_ms + 999) / 1000);
}

/* ---- geometry ------------------------------------------------------------- */

static const char *cancel_label(const App *app)
{
    return has_pin(app) ? app_ui(app, "cancel", "Cancel") : app_ui(app, "close", "Close");
}

static const char *no_pin_text(const App *app)
{
    if (app->admin_pin && *app->admin_pin)
        return app_ui(app, "admin_bad_pin",
                      "The stored admin PIN is not a valid hash: make one with careerdeck "
                      "--hash-pin for settings.admin_pin or CAREERDECK_ADMIN_PIN_HASH");
    return app_ui(app, "admin_no_pin",
                  "No admin PIN is set: add settings.admin_pin to the bundle or set "
                  "CAREERDECK_ADMIN_PIN_HASH");
}

/* Without a PIN: a padlock, a heading, how to set one, and a big Close,
 * the group centred under the top bar. */
typedef struct {
    Rect lock, heading, body, close;
} NoPinGeometry;

static NoPinGeometry no_pin_geometry(const App *app, const AdminPadLayout *L)
{
    NoPinGeometry g;
    float s = app->layout.s, w = fminf(L->top_bar.w, roundf(960.0f * s));
    float x = roundf(L->top_bar.x + (L->top_bar.w - w) * 0.5f);
    float lock_h = roundf(128.0f * s), lock_w = roundf(104.0f * s);
    float head = widget_text_height(app, TYPE_H1, WEIGHT_BOLD, "A", w, 1, NULL);
    float body = widget_text_height(app, TYPE_BODY, WEIGHT_REGULAR, no_pin_text(app), w, 4, NULL);
    float g1 = roundf(40.0f * s), g2 = roundf(20.0f * s), g3 = roundf(56.0f * s);
    float total = lock_h + g1 + head + g2 + body + g3 + L->target;
    float top = L->top_bar.y + L->target, bottom = app->layout.safe.y + app->layout.safe.h;
    float y = roundf(top + fmaxf(0.0f, (bottom - top - total) * 0.5f));
    g.lock = rect_make(roundf(x + (w - lock_w) * 0.5f), y, lock_w, lock_h);
    g.heading = rect_make(x, y + lock_h + g1, w, head);
    g.body = rect_make(x, g.heading.y + head + g2, w, body);
    float cw = fmaxf(widget_button_width(app, cancel_label(app), true), roundf(320.0f * s));
    g.close = rect_make(roundf(x + (w - cw) * 0.5f), g.body.y + body + g3, cw, L->target);
    return g;
}

Rect admin_pad_key_rect(const App *app, AdminKey key)
{
    Rect none = {0, 0, 0, 0};
    AdminPadLayout L = layout_admin_pad(&app->layout);
    if (key == ADMIN_KEY_CANCEL) {
        if (!has_pin(app))
            return no_pin_geometry(app, &L).close;
        float w = widget_button_width(app, cancel_label(app), true);
        return rect_make(L.top_bar.x, L.top_bar.y, w, L.target);
    }
    for (int i = 0; i < 12 && has_pin(app); i++)
        if (cell_keys[i] == key)
            return L.keys[i];
    return none;
}

bool admin_pad_key_enabled(const App *app, AdminKey key)
{
    const AdminPadState *p = &app->admin.pad;
    if (key == ADMIN_KEY_CANCEL)
        return true;
    if (!has_pin(app) || admin_pad_lock_seconds(app) > 0)
        return false;
    if (key == ADMIN_KEY_OK)
        return p->count >= PIN_MIN_DIGITS;
    if (key == ADMIN_KEY_CLEAR)
        return p->count > 0;
    return is_digit(key) && p->count < PIN_MAX_DIGITS;
}

static AdminKey key_at(const App *app, float x, float y)
{
    for (int k = 0; k < ADMIN_KEY_COUNT; k++)
        if (rect_contains(admin_pad_key_rect(app, (AdminKey)k), x, y))
            return (AdminKey)k;
    return ADMIN_KEY_NONE;
}

/* ---- input ---------------------------------------------------------------- */

static void check_pin(App *app)
{
    AdminPadState *p = &app->admin.pad;
    bool right = pin_verify(p->digits, app->admin_pin);
    wipe(p);
    if (right) {
        pin_backoff_reset(&p->backoff);
        p->wrong = false;
        app->admin.unlocked = true;
        admin_panel_open(app);
        return;
    }
    pin_backoff_fail(&p->backoff, app->now_ms);
    p->wrong = true;
    p->shake_ms = app->now_ms;
}

void admin_pad_press(App *app, AdminKey key)
{
    AdminPadState *p = &app->admin.pad;
    if (!admin_pad_key_enabled(app, key))
        return;
    app->dirty = true;
    if (key == ADMIN_KEY_CANCEL) {
        wipe(p);
        app_home(app);
    } else if (key == ADMIN_KEY_OK) {
        check_pin(app);
    } else if (key == ADMIN_KEY_CLEAR) {
        wipe(p);
        p->wrong = false;
    } else {
        p->digits[p->count++] = (char)('0' + (key - ADMIN_KEY_0));
        p->digits[p->count] = '\0';
        p->wrong = false;
    }
}

void admin_pad_gesture(App *app, const Gesture *g)
{
    AdminPadState *p = &app->admin.pad;
    AdminKey was = p->pressed;
    if (g->kind == GESTURE_PRESS) {
        AdminKey k = key_at(app, g->x, g->y);
        p->pressed = admin_pad_key_enabled(app, k) ? k : ADMIN_KEY_NONE;
    } else {
        p->pressed = ADMIN_KEY_NONE;
        if (g->kind == GESTURE_TAP)
            admin_pad_press(app, key_at(app, g->start_x, g->start_y));
    }
    if (p->pressed != was)
        app->dirty = true;
}

void admin_pad_key(App *app, KeyAction action)
{
    int digit = keys_digit(action);
    if (action == KEY_BACK)
        admin_pad_press(app, ADMIN_KEY_CANCEL);
    else if (action == KEY_ACTIVATE)
        admin_pad_press(app, ADMIN_KEY_OK);
    else if (action == KEY_PREV) /* Backspace */
        admin_pad_press(app, ADMIN_KEY_CLEAR);
    else if (digit >= 0)
        admin_pad_press(app, (AdminKey)(ADMIN_KEY_0 + digit));
}

/* ---- lifecycle ------------------------------------------------------------ */

void admin_pad_enter(App *app)
{
    AdminPadState *p = &app->admin.pad;
    wipe(p);
    p->wrong = false;
    p->shake_ms = 0;
    p->pressed = ADMIN_KEY_NONE;
    p->entered_ms = app->now_ms;
    p->shown_seconds = admin_pad_lock_seconds(app);
}

bool admin_pad_update(App *app)
{
    AdminPadState *p = &app->admin.pad;
    int seconds = admin_pad_lock_seconds(app);
    if (seconds != p->shown_seconds) {
        if (seconds == 0)
            p->wrong = false; /* the lock is over: the pad is fresh again */
        p->shown_seconds = seconds;
        app->dirty = true;
    }
    bool shaking = p->shake_ms && app->now_ms < p->shake_ms + SHAKE_MS;
    return shaking || app->now_ms < p->entered_ms + ENTER_MS;
}

uint64_t admin_pad_next_wakeup(const App *app)
{
    int seconds = admin_pad_lock_seconds(app);
    if (seconds == 0)
        return 0;
    return app->admin.pad.backoff.locked_until_ms - (uint64_t)(seconds - 1) * 1000u;
}

/* ---- drawing -------------------------------------------------------------- */

/* A damped wobble: four swings that die away. */
static float shake_offset(const App *app)
{
    const AdminPadState *p = &app->admin.pad;
    if (!p->shake_ms || app->now_ms >= p->shake_ms + SHAKE_MS)
        return 0.0f;
    float t = (float)(app->now_ms - p->shake_ms) / (float)SHAKE_MS;
    return layout_px(&app->layout, 28.0f) * sinf(t * 8.0f * 3.14159265f) * (1.0f - t);
}

static void draw_field(App *app, DrawList *dl, const AdminPadLayout *L)
{
    const AdminPadState *p = &app->admin.pad;
    float s = app->layout.s, dx = shake_offset(app);
    Rect f = L->field;
    f.x += dx;
    Color fill = color_with_alpha(app->theme.text_on_bg, 0x14);
    Color ring = p->wrong ? admin_danger_on_bg(app) : color_with_alpha(app->theme.text_on_bg, 0x40);
    float border = roundf(3.0f * s);
    drawlist_rect(dl, f, f.h * 0.5f, ring, ring);
    Color bg = admin_bg_at(app, f.y + f.h * 0.5f);
    drawlist_rect(dl, rect_inset(f, border, border), f.h * 0.5f - border, bg, bg);
    drawlist_rect(dl, rect_inset(f, border, border), f.h * 0.5f - border, fill, fill);
    /* Empty: four faint dots show what to fill in. */
    int n = p->count > 0 ? p->count : PIN_MIN_DIGITS;
    Color ink = app->theme.text_on_bg;
    Color dot = p->count > 0 ? ink : color_with_alpha(ink, 0x40);
    float d = roundf(24.0f * s), pitch = roundf(44.0f * s);
    float x = f.x + (f.w - ((float)n - 1.0f) * pitch - d) * 0.5f, y = f.y + (f.h - d) * 0.5f;
    for (int i = 0; i < n; i++)
        drawlist_rect(dl, rect_make(x + (float)i * pitch, y, d, d), d * 0.5f, dot, dot);
}

/* "Wrong PIN", the back-off countdown, or nothing. */
static void draw_message(App *app, DrawList *dl, const AdminPadLayout *L)
{
    char text[128];
    int seconds = admin_pad_lock_seconds(app);
    if (seconds > 0)
        snprintf(text, sizeof text, "%s %d s",
                 app_ui(app, "admin_try_again", "Too many wrong PINs. Try again in"), seconds);
    else if (app->admin.pad.wrong)
        snprintf(text, sizeof text, "%s", app_ui(app, "admin_wrong_pin", "Wrong PIN. Try again."));
    else
        return;
    widget_text(app, dl, L->message, TYPE_BODY, WEIGHT_BOLD, admin_danger_on_bg(app), ALIGN_CENTER,
                1, text);
}

static void key_label(AdminKey key, char *buf, size_t len, const App *app)
{
    if (is_digit(key))
        snprintf(buf, len, "%d", key - ADMIN_KEY_0);
    else if (key == ADMIN_KEY_CLEAR)
        snprintf(buf, len, "%s", app_ui(app, "clear", "Clear"));
    else
        snprintf(buf, len, "%s", app_ui(app, "ok", "OK"));
}

static void draw_key(App *app, DrawList *dl, Rect r, AdminKey key)
{
    float s = app->layout.s, saved = dl->alpha, radius = roundf(28.0f * s);
    bool enabled = admin_pad_key_enabled(app, key), pressed = app->admin.pad.pressed == key;
    Color fill = color_with_alpha(app->theme.text_on_bg, is_digit(key) ? 0x1F : 0x12);
    Color ink = app->theme.text_on_bg;
    if (key == ADMIN_KEY_OK && enabled) { /* lights up once there is a PIN to check */
        fill = app->theme.accent;
        ink = app->theme.bg_bottom;
    }
    if (pressed) {
        r = rect_inset(r, 3.0f * s, 3.0f * s);
        fill = key == ADMIN_KEY_OK ? color_darken(fill, 0.18f)
                                   : color_with_alpha(app->theme.text_on_bg, 0x40);
    }
    dl->alpha = saved * (enabled ? 1.0f : 0.35f);
    drawlist_rect(dl, r, radius, fill, fill);
    char label[64];
    key_label(key, label, sizeof label, app);
    TypeRole role = is_digit(key) ? TYPE_H1 : TYPE_BODY;
    TextStyle st = layout_text_style(&app->layout, role, WEIGHT_BOLD);
    float lh = app->measurer->line_height(app->measurer->user, &st);
    drawlist_text(dl, rect_make(r.x, r.y + (r.h - lh) * 0.5f, r.w, lh), &st, ink, ALIGN_CENTER, 1,
                  label);
    dl->alpha = saved;
}

static void draw_pad(App *app, DrawList *dl, const AdminPadLayout *L)
{
    widget_text(app, dl, L->heading, TYPE_H2, WEIGHT_BOLD, app->theme.text_on_bg, ALIGN_CENTER, 1,
                app_ui(app, "admin_enter_pin", "Enter the admin PIN"));
    draw_field(app, dl, L);
    draw_message(app, dl, L);
    for (int i = 0; i < 12; i++)
        draw_key(app, dl, L->keys[i], cell_keys[i]);
    Rect cancel = admin_pad_key_rect(app, ADMIN_KEY_CANCEL);
    widget_button(app, dl, cancel, cancel_label(app), "icons/close.svg", BUTTON_SECONDARY,
                  app->admin.pad.pressed == ADMIN_KEY_CANCEL);
    admin_draw_title(app, dl, L->top_bar, cancel.w);
}

/* No PIN stored: say how to set one; Close is the only way on. */
static void draw_no_pin(App *app, DrawList *dl, const AdminPadLayout *L)
{
    NoPinGeometry g = no_pin_geometry(app, L);
    admin_draw_padlock(app, dl, g.lock);
    widget_text(app, dl, g.heading, TYPE_H1, WEIGHT_BOLD, app->theme.text_on_bg, ALIGN_CENTER, 1,
                app_ui(app, "admin_locked", "Admin is locked"));
    widget_text(app, dl, g.body, TYPE_BODY, WEIGHT_REGULAR, app->theme.text_muted_on_bg,
                ALIGN_CENTER, 4, no_pin_text(app));
    widget_button(app, dl, g.close, cancel_label(app), "icons/close.svg", BUTTON_PRIMARY,
                  app->admin.pad.pressed == ADMIN_KEY_CANCEL);
}

void admin_pad_draw(App *app, DrawList *dl)
{
    AdminPadLayout L = layout_admin_pad(&app->layout);
    widget_background(app, dl);
    float t = ease_apply(EASE_OUT_CUBIC,
                         fminf(1.0f, (float)(app->now_ms - app->admin.pad.entered_ms) / ENTER_MS));
    float saved = dl->alpha;
    dl->alpha = saved * t;
    if (has_pin(app))
        draw_pad(app, dl, &L);
    else
        draw_no_pin(app, dl, &L);
    dl->alpha = saved;
}
