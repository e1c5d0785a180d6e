#include "dayplan.h"

#include <math.h>
#include <string.h>

int dayplan_parse_time(const char *s)
{
    if (!s || strlen(s) != 5 || s[2] != ':')
        return -1;
    for (int i = 0; i < 5; i++)
        if (i != 2 && (s[i] < '0' || s[i] > '9'))
            return -1;
    int h = (s[0] - '0') * 10 + (s[1] - '0'), m = (s[3] - '0') * 10 + (s[4] - '0');
    return h < 24 && m < 60 ? h * 60 + m : -1;
}

/* The validator guarantees increasing times; should one be unreadable it
 * takes its predecessor's time rather than jumping the marker to 0:00. */
static void fill_lane(DayLane *lane, const Career *c, int index)
{
    lane->career = index;
    lane->step_count =
        (int)(c->day_count < CONTENT_MAX_DAY_STEPS ? c->day_count : CONTENT_MAX_DAY_STEPS);
    int last = 0;
    for (int i = 0; i < lane->step_count; i++) {
        int t = dayplan_parse_time(c->day[i].time);
        last = t >= last ? t : last;
        lane->minutes[i] = last;
    }
}

static void add_stop(DayPlan *p, int minutes)
{
    int at = p->stop_count;
    for (int i = 0; i < p->stop_count; i++) {
        if (p->stop_minutes[i] == minutes)
            return;
        if (p->stop_minutes[i] > minutes && at == p->stop_count)
            at = i;
    }
    memmove(&p->stop_minutes[at + 1], &p->stop_minutes[at],
            (size_t)(p->stop_count - at) * sizeof p->stop_minutes[0]);
    p->stop_minutes[at] = minutes;
    p->stop_count++;
}

static void fit_axis(DayPlan *p)
{
    if (p->stop_count == 0) { /* an empty day still draws a sensible axis */
        p->first_hour = 9;
        p->last_hour = 17;
        return;
    }
    p->first_hour = p->stop_minutes[0] / 60;
    p->last_hour = p->stop_minutes[p->stop_count - 1] / 60 + 1;
}

void dayplan_make(DayPlan *p, const Content *content, int career, int other)
{
    memset(p, 0, sizeof *p);
    int n = (int)content->career_count;
    p->lane_count = other >= 0 && other < n && other != career ? 2 : 1;
    fill_lane(&p->lanes[0], &content->careers[career], career);
    if (p->lane_count == 2)
        fill_lane(&p->lanes[1], &content->careers[other], other);
    for (int l = 0; l < p->lane_count; l++)
        for (int i = 0; i < p->lanes[l].step_count; i++)
            add_stop(p, p->lanes[l].minutes[i]);
    fit_axis(p);
}

int dayplan_lane_step(const DayPlan *p, int lane, int stop)
{
    const DayLane *l = &p->lanes[lane];
    if (stop >= p->stop_count)
        return l->step_count - 1;
    int step = -1;
    for (int i = 0; i < l->step_count && stop >= 0; i++)
        if (l->minutes[i] <= p->stop_minutes[stop])
            step = i;
    return step;
}

int dayplan_step_minutes(const DayPlan *p, int lane, int step)
{
    const DayLane *l = &p->lanes[lane];
    if (l->step_count == 0)
        return p->first_hour * 60;
    step = step < 0 ? 0 : step >= l->step_count ? l->step_count - 1 : step;
    return l->minutes[step];
}

int dayplan_nearest_stop(const DayPlan *p, float minutes)
{
    int best = 0;
    for (int i = 1; i < p->stop_count; i++)
        if (fabsf((float)p->stop_minutes[i] - minutes) <
            fabsf((float)p->stop_minutes[best] - minutes))
            best = i;
    return best;
}

float dayplan_axis_fraction(const DayPlan *p, float minutes)
{
    float start = (float)p->first_hour * 60.0f,
          span = (float)(p->last_hour - p->first_hour) * 60.0f;
    float f = (minutes - start) / span;
    return f < 0.0f ? 0.0f : f > 1.0f ? 1.0f : f;
}
