/* theme: colours, type scale and contrast maths shared by every screen.
 *
 * Sizes here are design units at the 1920x1080 reference canvas; layout
 * multiplies them by its scale factor. Nothing here touches SDL. */
#ifndef THEME_H
#define THEME_H

#include <stdint.h>

typedef struct { uint8_t r, g, b, a; } Color;

typedef enum {
    TYPE_DISPLAY = 0, /* 96: hero numbers */
    TYPE_H1,          /* 64: screen titles */
    TYPE_H2,          /* 44: card names, big figures */
    TYPE_BODY,        /* 32: paragraphs */
    TYPE_CAPTION,     /* 24: labels and sources; the floor at 1080p */
    TYPE_COUNT
} TypeRole;

typedef enum { WEIGHT_REGULAR = 0, WEIGHT_BOLD, WEIGHT_COUNT } FontWeight;

typedef struct {
    Color bg_top, bg_bottom;      /* screen background gradient */
    Color surface;                /* card body */
    Color surface_alt;            /* panels inside cards */
    Color text_on_bg, text_muted_on_bg;
    Color text_on_surface, text_muted_on_surface;
    Color accent;                 /* focus rings, active dots */
    Color shadow;
    float corner_radius;          /* design units */
    /* The ratio role-coloured text must reach on its surface (passed to
     * color_readable_on): 4.5 (WCAG AA) normally, 7.0 in high contrast. */
    double min_text_contrast;
} Theme;

/* The dark kiosk theme (the default). */
Theme theme_kiosk(void);

/* Design-unit size of a type role at the reference canvas. */
float theme_type_size(TypeRole role);
/* Line height as a multiple of the font size. */
float theme_line_height(TypeRole role);

Color color_rgb(unsigned rgb);                 /* from 0xRRGGBB, opaque */
Color color_with_alpha(Color c, uint8_t a);
Color color_mix(Color a, Color b, float t);    /* t=0 -> a, t=1 -> b */
Color color_lighten(Color c, float t);         /* mix towards white */
Color color_darken(Color c, float t);          /* mix towards black */

/* WCAG 2.x relative luminance and contrast ratio (1..21). Alpha ignored. */
double color_luminance(Color c);
double color_contrast(Color a, Color b);

/* `fg` darkened or lightened (towards whichever of black/white helps) just
 * enough to reach `min_ratio` against `bg`. Lets role colours from any
 * bundle stay readable. */
Color color_readable_on(Color fg, Color bg, double min_ratio);

/* The light projector theme: dark ink on a pale grey gradient, which a
 * washed-out projector keeps readable in a lit room. Same contrast rules as
 * the kiosk theme (every text pair >= 4.5:1, and primary-button ink, the
 * background colour, against the accent). */
Theme theme_projector(void);

/* The high-contrast theme: near-black background, white ink on it, black
 * ink on pure white surfaces and a strong yellow accent. Every text pair,
 * and role-coloured text (min_text_contrast), reaches 7:1 (WCAG AAA). */
Theme theme_high_contrast(void);

/* True for a theme that asks for more than WCAG AA (the high-contrast one). */
int theme_is_high_contrast(const Theme *t);

/* A role colour as a fill behind white ink: unchanged in the normal themes;
 * in high contrast, darkened until white on it reaches min_text_contrast. */
Color theme_role_fill(const Theme *t, Color role);

#endif
