/* compare: two roles side by side, one dimension per page.
 *
 * The screen has two phases. The picker offers the suggested pairs from the
 * source articles as big pair cards, plus a chip per role to "choose any
 * two"; entered with one career (a detail screen's "Compare with…") it asks
 * only for the other. The comparison shows the two roles' headers in their
 * colours and pages through the dimensions (takeaway.h lists them): swipe
 * (the page follows the finger and springs to the page the release velocity
 * picks), the page buttons, or KEY_NEXT / KEY_PREV. Tapping a header opens a
 * chooser to swap that role in place; the page stays.
 *
 * Back (button, Esc, a swipe in from the left edge) closes an open chooser
 * first. From the comparison it returns to the picker only when the visitor
 * came through it (the pick was theirs to change); entered with both roles
 * it leaves the screen, as it does from the picker. Home is always there.
 *
 * Every field lives here (no globals); drawing is pure. */
#ifndef SCREEN_COMPARE_H
#define SCREEN_COMPARE_H

#include <stdbool.h>
#include <stdint.h>

#include "drawlist.h"
#include "spring.h"
#include "takeaway.h"
#include "tween.h"

enum { COMPARE_MAX_PAIRS = 3, COMPARE_PAGES = TAKEAWAY_COUNT };

typedef enum { COMPARE_PICK, COMPARE_VIEW } ComparePhase;

/* What a finger is on, for press feedback and taps. */
typedef enum {
    COMPARE_HIT_NONE = 0,
    COMPARE_HIT_BACK,
    COMPARE_HIT_HOME,
    COMPARE_HIT_PAIR,        /* index: suggested pair */
    COMPARE_HIT_CHIP,        /* index: career (picker or chooser) */
    COMPARE_HIT_CHIP_PAGE,   /* index: -1 previous, +1 next page of chips */
    COMPARE_HIT_HEADER,      /* index: 0 first role, 1 second */
    COMPARE_HIT_PREV,
    COMPARE_HIT_NEXT,
    COMPARE_HIT_CLOSE,       /* the chooser's close button */
    COMPARE_HIT_SCRIM,       /* outside the chooser panel */
} CompareHitKind;

typedef struct {
    CompareHitKind kind;
    int index;
} CompareHit;

typedef struct {
    ComparePhase phase;
    int role[2];              /* career indices being compared; -1 while unpicked */
    int fixed;                /* career given on entry (picker asks for the other), -1 */
    int picked;               /* first chip chosen in the picker, -1 */
    bool via_picker;          /* Back from the comparison returns to the picker */
    int pairs[COMPARE_MAX_PAIRS][2];
    int pair_count;
    int chip_page;            /* page of role chips (picker and chooser) */
    int focus;                /* picker/chooser item under the keyboard, -1 */

    /* The comparison's pages: `position` in pages, 0 = first page at rest. */
    float position;
    Spring snap;
    bool settling;
    bool dragging;
    bool edge_swipe;          /* a drag from the left edge: Back on release */
    float drag_start_position;
    int page;                 /* the page shown or being settled to */
    int leaving;              /* the page just left: stays drawn complete */
    uint64_t page_shown_ms;   /* when `page` started its entrance */

    int chooser;              /* role slot being swapped (0/1), -1 closed */
    Tween chooser_anim;       /* 0 closed .. 1 open */
    uint64_t entered_ms;      /* start of the current phase's entrance */
    uint64_t last_update_ms;
    uint64_t fade_ms;         /* reduced motion: when a page began fading in */
    CompareHit pressed;
} CompareState;

/* Where a target of the current phase is on screen (pairs and chips on the
 * chip page shown; chips of the chooser while it is open), for tests and
 * for scripts that need to aim. False when it is not on screen. */
bool compare_target_rect(const App *app, CompareHit target, Rect *out);

/* The suggested pairs found in the bundle (by career id; a pair missing
 * either id is left out). Writes at most COMPARE_MAX_PAIRS, returns count. */
int compare_suggested_pairs(const Content *content, int out[COMPARE_MAX_PAIRS][2]);

#endif
