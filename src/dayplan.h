/* dayplan: the stops of a "day in the life" walkthrough.
 *
 * One role's day is a list of timed steps. Two roles side by side share one
 * timeline: the walkthrough stops at every time either role has a step, in
 * order, and at each stop a lane shows its latest step at or before that
 * time (or none yet: a coder may start at 09:00 while a medical assistant is
 * already rooming patients). One role is the same thing with one lane.
 *
 * The axis runs over whole hours from the hour of the earliest step to the
 * hour after the latest, so every step sits inside it. Pure data, built
 * once when the screen is entered. */
#ifndef DAYPLAN_H
#define DAYPLAN_H

#include "content.h"

#define DAYPLAN_MAX_LANES 2
#define DAYPLAN_MAX_STOPS (DAYPLAN_MAX_LANES * CONTENT_MAX_DAY_STEPS)

typedef struct {
    int career; /* index into Content.careers */
    int step_count; /* steps in use (<= CONTENT_MAX_DAY_STEPS) */
    int minutes[CONTENT_MAX_DAY_STEPS]; /* each step's time, minutes after midnight */
} DayLane;

typedef struct {
    DayLane lanes[DAYPLAN_MAX_LANES];
    int lane_count; /* 1, or 2 side by side */
    int stop_count; /* 0 when no lane has a step */
    int stop_minutes[DAYPLAN_MAX_STOPS]; /* distinct, ascending */
    int first_hour, last_hour; /* the axis, first_hour < last_hour */
} DayPlan;

/* `other` < 0 (or equal to `career`, or not a career) means one lane.
 * `career` must be a valid index. */
void dayplan_make(DayPlan *p, const Content *content, int career, int other);
/* The step lane `lane` shows at stop `stop`: its last step at or before the
 * stop's time, or -1 before its first step. Past the last stop (the
 * next-steps card) every lane shows its last step. */
int dayplan_lane_step(const DayPlan *p, int lane, int stop);
/* Minutes after midnight of a lane's step (its marker position). */
int dayplan_step_minutes(const DayPlan *p, int lane, int step);
/* The stop nearest to a time of day (for a tap on the timeline). */
int dayplan_nearest_stop(const DayPlan *p, float minutes);
/* Where a time of day sits along the axis, 0 at first_hour, 1 at last_hour. */
float dayplan_axis_fraction(const DayPlan *p, float minutes);
/* "HH:MM" -> minutes after midnight, or -1. */
int dayplan_parse_time(const char *hhmm);

#endif
