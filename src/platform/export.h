/* export: printable handouts (--export DIR). Renders headless, for each
 * language, every career card (home with that card centred), every detail
 * section, every compare page of the suggested pairs (or the first three
 * pairs when the bundle suggests none), every day step, the quiz's question
 * pages and a quiz result per role (the answers that favour that role most).
 * Files go to DIR/<lang>/<kind>-<id>-<n>.png, with DIR/index.html and
 * DIR/index.txt listing them. Screens are reached by app_navigate and the
 * injected clock (replay_settle); nothing sleeps. Each PNG is read back and
 * must hold more than one colour, so a blank frame is an error. */
#ifndef EXPORT_H
#define EXPORT_H

#include "content.h"
#include "platform/session.h"

/* How many images export_run writes for `content` (both languages). */
int export_expected_count(const Content *content);

/* Renders every handout of the loaded session into `dir` (created if
 * missing) at w x h. Returns a cli.h exit code: EXIT_PLATFORM, naming the
 * file, when one cannot be written or comes out blank. */
int export_run(Session *s, const char *dir, int w, int h);

#endif
