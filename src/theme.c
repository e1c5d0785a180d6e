#include "theme.h"

#include <math.h>

Theme theme_kiosk(void)
{
    Theme t = {
        .bg_top = {0x0E, 0x1A, 0x2E, 0xFF},
        .bg_bottom = {0x07, 0x0D, 0x19, 0xFF},
        .surface = {0xFF, 0xFF, 0xFF, 0xFF},
        .surface_alt = {0xF1, 0xF5, 0xF9, 0xFF},
        .text_on_bg = {0xF8, 0xFA, 0xFC, 0xFF},
        .text_muted_on_bg = {0xA9, 0xB8, 0xCC, 0xFF},
        .text_on_surface = {0x0F, 0x17, 0x2A, 0xFF},
        .text_muted_on_surface = {0x47, 0x55, 0x69, 0xFF},
        .accent = {0x38, 0xBD, 0xF8, 0xFF},
        .shadow = {0x00, 0x00, 0x00, 0x8C},
        .corner_radius = 24.0f,
        .min_text_contrast = 4.5,
    };
    return t;
}

float theme_type_size(TypeRole role)
{
    static const float sizes[TYPE_COUNT] = {96.0f, 64.0f, 44.0f, 32.0f, 24.0f};
    return role < TYPE_COUNT ? sizes[role] : sizes[TYPE_BODY];
}

float theme_line_height(TypeRole role)
{
    return role == TYPE_DISPLAY || role == TYPE_H1 ? 1.12f : 1.3f;
}

Color color_rgb(unsigned rgb)
{
    Color c = {(uint8_t)(rgb >> 16), (uint8_t)(rgb >> 8), (uint8_t)rgb, 0xFF};
    return c;
}

Color color_with_alpha(Color c, uint8_t a)
{
    c.a = a;
    return c;
}

static uint8_t mix_channel(uint8_t a, uint8_t b, float t)
{
    float v = (float)a + ((float)b - (float)a) * t;
    return (uint8_t)lroundf(v < 0.0f ? 0.0f : v > 255.0f ? 255.0f : v);
}

Color color_mix(Color a, Color b, float t)
{
    t = t < 0.0f ? 0.0f : t > 1.0f ? 1.0f : t;
    Color c = {mix_channel(a.r, b.r, t), mix_channel(a.g, b.g, t), mix_channel(a.b, b.b, t),
               mix_channel(a.a, b.a, t)};
    return c;
}

Color color_lighten(Color c, float t)
{
    Color white = {0xFF, 0xFF, 0xFF, c.a};
    return color_mix(c, white, t);
}

Color color_darken(Color c, float t)
{
    Color black = {0, 0, 0, c.a};
    return color_mix(c, black, t);
}

static double linear_channel(uint8_t v)
{
    double s = v / 255.0;
    return s <= 0.04045 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4);
}

double color_luminance(Color c)
{
    return 0.2126 * linear_channel(c.r) + 0.7152 * linear_channel(c.g) +
           0.0722 * linear_channel(c.b);
}

double color_contrast(Color a, Color b)
{
    double la = color_luminance(a), lb = color_luminance(b);
    double hi = la > lb ? la : lb, lo = la > lb ? lb : la;
    return (hi + 0.05) / (lo + 0.05);
}

Color color_readable_on(Color fg, Color bg, double min_ratio)
{
    if (color_contrast(fg, bg) >= min_ratio)
        return fg;
    /* Move away from the background's lightness: darken on light, lighten on dark. */
    int darken = color_luminance(bg) > 0.18;
    for (int step = 1; step <= 20; step++) {
        float t = (float)step / 20.0f;
        Color c = darken ? color_darken(fg, t) : color_lighten(fg, t);
        if (color_contrast(c, bg) >= min_ratio)
            return c;
    }
    return darken ? (Color){0, 0, 0, fg.a} : (Color){0xFF, 0xFF, 0xFF, fg.a};
}

Theme theme_projector(void)
{
    Theme t = {
        .bg_top = {0xF5, 0xF7, 0xFA, 0xFF},
        .bg_bottom = {0xDD, 0xE4, 0xEC, 0xFF},
        .surface = {0xFF, 0xFF, 0xFF, 0xFF},
        .surface_alt = {0xF1, 0xF5, 0xF9, 0xFF},
        .text_on_bg = {0x0F, 0x17, 0x2A, 0xFF},
        .text_muted_on_bg = {0x3D, 0x4A, 0x5C, 0xFF},
        .text_on_surface = {0x0F, 0x17, 0x2A, 0xFF},
        .text_muted_on_surface = {0x47, 0x55, 0x69, 0xFF},
        /* Dark enough that the pale background works as button ink. */
        .accent = {0x07, 0x59, 0x85, 0xFF},
        .shadow = {0x0F, 0x17, 0x2A, 0x40},
        .corner_radius = 24.0f,
        .min_text_contrast = 4.5,
    };
    return t;
}

Theme theme_high_contrast(void)
{
    Theme t = {
        .bg_top = {0x0A, 0x0A, 0x0A, 0xFF},
        .bg_bottom = {0x00, 0x00, 0x00, 0xFF},
        .surface = {0xFF, 0xFF, 0xFF, 0xFF},
        .surface_alt = {0xF0, 0xF0, 0xF0, 0xFF},
        .text_on_bg = {0xFF, 0xFF, 0xFF, 0xFF},
        .text_muted_on_bg = {0xDD, 0xDD, 0xDD, 0xFF},
        .text_on_surface = {0x00, 0x00, 0x00, 0xFF},
        .text_muted_on_surface = {0x26, 0x26, 0x26, 0xFF},
        /* Bright yellow: black button ink on it is ~19:1. */
        .accent = {0xFF, 0xE0, 0x00, 0xFF},
        .shadow = {0x00, 0x00, 0x00, 0x00},
        .corner_radius = 24.0f,
        .min_text_contrast = 7.0,
    };
    return t;
}

int theme_is_high_contrast(const Theme *t)
{
    return t->min_text_contrast > 4.5;
}

Color theme_role_fill(const Theme *t, Color role)
{
    if (!theme_is_high_contrast(t))
        return role;
    Color white = {0xFF, 0xFF, 0xFF, 0xFF};
    return color_readable_on(role, white, t->min_text_contrast);
}
