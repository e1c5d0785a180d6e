/* input_sdl: SDL events -> the app's pointer events and key actions.
 *
 * The one place that knows SDL's event quirks: touch arrives as normalised
 * FINGER* events and is converted to output pixels here (clamped, so a touch
 * outside the screen lands on its edge); mouse events that SDL synthesises
 * from touch (which == SDL_TOUCH_MOUSEID) are dropped so a touch never acts
 * twice; real mice and mouse-like touch panels still work. */
#ifndef INPUT_SDL_H
#define INPUT_SDL_H

#include <stdint.h>

#include <SDL.h>

#include "gesture.h"
#include "keys.h"

typedef enum {
    INPUT_NONE,
    INPUT_POINTER,
    INPUT_KEY,
    INPUT_RESIZE,   /* output size changed: relayout */
    INPUT_EXPOSE,   /* window needs repainting */
    INPUT_QUIT,     /* the window was closed */
} InputKind;

typedef struct {
    InputKind kind;
    PointerEvent pointer;
    KeyAction key;
} InputEvent;

/* Call once before creating the window: stops SDL synthesising mouse from
 * touch and touch from mouse. */
void input_configure_hints(void);

/* `out_w/out_h` is the renderer output size, `win_w/win_h` the window size
 * (they differ on HiDPI). `now_ms` stamps the event: SDL's own timestamps
 * are 32-bit and are not used. */
InputEvent input_translate(const SDL_Event *ev, int out_w, int out_h, int win_w, int win_h,
                           uint64_t now_ms);

#endif
