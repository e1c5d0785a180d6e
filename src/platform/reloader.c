#include "platform/reloader.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <SDL.h>
#include <SDL_image.h>

#include "platform/session.h"

struct Reloader {
    char dir[1024];
    int fd;                    /* inotify */
    int stop_pipe[2];          /* 's' stops the thread, 'k' asks for a reload */
    SDL_atomic_t kicked;       /* a reload was requested */
    bool changed;              /* files changed and no load has run since */
    uint64_t change_ms;        /* when the last change was seen */
    SDL_Thread *thread;
    uint32_t wake_event;
    SDL_mutex *lock;           /* guards ready/result/report */
    bool ready;
    Content *result;
    ContentReport report;
};

static void add_watch(Reloader *r, const char *sub)
{
    char path[1100];
    snprintf(path, sizeof path, "%s%s%s", r->dir, *sub ? "/" : "", sub);
    uint32_t mask = IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE | IN_ATTRIB | IN_MOVED_FROM;
    if (inotify_add_watch(r->fd, path, mask) < 0 && *sub == '\0')
        fprintf(stderr, "careerdeck: warning: cannot watch %s: %s (no hot reload)\n", path,
                strerror(errno));
}

Reloader *reloader_open(const char *bundle_dir)
{
    Reloader *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    snprintf(r->dir, sizeof r->dir, "%s", bundle_dir);
    r->stop_pipe[0] = r->stop_pipe[1] = -1;
    r->fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    r->lock = SDL_CreateMutex();
    if (r->fd < 0 || !r->lock) {
        fprintf(stderr, "careerdeck: warning: cannot watch the bundle (%s): no hot reload\n",
                r->fd < 0 ? strerror(errno) : SDL_GetError());
        reloader_close(r);
        return NULL;
    }
    add_watch(r, "");
    add_watch(r, "images");
    return r;
}

/* Drains pending inotify events; true if any arrived. */
static bool drain(Reloader *r)
{
    char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
    bool any = false;
    while (read(r->fd, buf, sizeof buf) > 0)
        any = true;
    return any;
}

static void publish(Reloader *r, Content *content, ContentReport *report)
{
    SDL_LockMutex(r->lock);
    if (r->ready) { /* an older result nobody took: the newer one wins */
        content_free(r->result);
        content_report_free(&r->report);
    }
    r->result = content;
    r->report = *report;
    r->ready = true;
    SDL_UnlockMutex(r->lock);
    if (r->wake_event) {
        SDL_Event ev;
        memset(&ev, 0, sizeof ev);
        ev.type = r->wake_event;
        SDL_PushEvent(&ev);
    }
}

uint64_t reloader_pump(Reloader *r, uint64_t now_ms)
{
    if (drain(r)) {
        r->changed = true;
        r->change_ms = now_ms;
    }
    if (SDL_AtomicSet(&r->kicked, 0)) { /* asked for: no need to wait */
        r->changed = true;
        r->change_ms = now_ms > RELOADER_SETTLE_MS ? now_ms - RELOADER_SETTLE_MS : 0;
    }
    if (!r->changed)
        return 0;
    if (now_ms < r->change_ms + RELOADER_SETTLE_MS)
        return r->change_ms + RELOADER_SETTLE_MS;
    r->changed = false;
    ContentReport report = {0};
    ContentHooks hooks = {NULL, session_image_ok, NULL};
    Content *content = content_load(r->dir, &hooks, &report);
    publish(r, content, &report);
    return 0;
}

bool reloader_take(Reloader *r, Content **content, ContentReport *report)
{
    SDL_LockMutex(r->lock);
    bool ready = r->ready;
    if (ready) {
        *content = r->result;
        *report = r->report;
        r->result = NULL;
        memset(&r->report, 0, sizeof r->report);
        r->ready = false;
    }
    SDL_UnlockMutex(r->lock);
    return ready;
}

/* The thread sleeps in poll() until the files change, the settle timer
 * runs out, or it is told to stop. */
static int watch_thread(void *data)
{
    Reloader *r = data;
    uint64_t wake = 0;
    for (;;) {
        struct pollfd fds[2] = {{r->fd, POLLIN, 0}, {r->stop_pipe[0], POLLIN, 0}};
        uint64_t now = SDL_GetTicks64();
        int timeout = wake == 0 ? -1 : wake > now ? (int)(wake - now) : 0;
        if (poll(fds, 2, timeout) < 0 && errno != EINTR)
            return 1;
        if (fds[1].revents) {
            char cmd = 's';
            if (read(r->stop_pipe[0], &cmd, 1) == 1 && cmd == 'k')
                SDL_AtomicSet(&r->kicked, 1);
            else
                return 0;
        }
        wake = reloader_pump(r, SDL_GetTicks64());
    }
}

bool reloader_start_thread(Reloader *r, uint32_t wake_event)
{
    r->wake_event = wake_event;
    if (pipe(r->stop_pipe) != 0)
        return false;
    r->thread = SDL_CreateThread(watch_thread, "careerdeck-watch", r);
    return r->thread != NULL;
}

void reloader_request(Reloader *r)
{
    if (!r)
        return;
    SDL_AtomicSet(&r->kicked, 1);
    if (r->thread) { /* wake the sleeping watcher */
        ssize_t ignored = write(r->stop_pipe[1], "k", 1);
        (void)ignored;
    }
}

void reloader_close(Reloader *r)
{
    if (!r)
        return;
    if (r->thread) {
        ssize_t ignored = write(r->stop_pipe[1], "s", 1);
        (void)ignored;
        SDL_WaitThread(r->thread, NULL);
    }
    for (int i = 0; i < 2; i++)
        if (r->stop_pipe[i] >= 0)
            close(r->stop_pipe[i]);
    content_free(r->result);
    content_report_free(&r->report);
    if (r->fd >= 0)
        close(r->fd);
    if (r->lock)
        SDL_DestroyMutex(r->lock);
    free(r);
}
