#include "text.h"

#include <string.h>

size_t text_utf8_step(const char *s, size_t remaining)
{
    unsigned char c = (unsigned char)s[0];
    size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
    if (n > remaining)
        return 1;
    for (size_t i = 1; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80)
            return 1;
    return n;
}

static float span_width(const TextMeasurer *m, const TextStyle *st, const char *text,
                        size_t start, size_t len)
{
    return len ? m->width(m->user, st, text + start, len) : 0.0f;
}

/* Trims trailing spaces of a span so measured widths match what is seen. */
static size_t trim_end(const char *text, size_t start, size_t len)
{
    while (len > 0 && text[start + len - 1] == ' ')
        len--;
    return len;
}

/* The next place after `from` where a line may end: before a space, or
 * just after a hyphen inside a word; `end` when there is none. */
static size_t next_break(const char *text, size_t from, size_t end)
{
    for (size_t i = from + 1; i < end; i++) {
        if (text[i] == ' ')
            return i;
        if (text[i] == '-' && i + 1 < end && text[i + 1] != ' ')
            return i + 1;
    }
    return end;
}

/* A word wider than the whole line: cut it at the last character that fits
 * (at least one, so wrapping always advances). */
static size_t fit_chars(const TextMeasurer *m, const TextStyle *st, const char *text,
                        size_t start, size_t end, float max_width)
{
    size_t fit = text_utf8_step(text + start, end - start), pos = start + fit;
    while (pos < end) {
        size_t next = pos + text_utf8_step(text + pos, end - pos);
        if (span_width(m, st, text, start, next - start) > max_width)
            break;
        fit = next - start;
        pos = next;
    }
    return fit;
}

/* Longest prefix of text[start..end) that fits in max_width, broken at a
 * space or after a hyphen when possible, else inside a word (flagging
 * overflow). Measures once per break point, not per character: wrapping
 * runs every frame a screen is drawn. */
static size_t fit_line(const TextMeasurer *m, const TextStyle *st, const char *text,
                       size_t start, size_t end, float max_width, bool *overflow)
{
    if (max_width <= 0.0f || span_width(m, st, text, start, trim_end(text, start, end - start)) <=
                                 max_width)
        return end - start;
    size_t best = 0;
    for (size_t c = next_break(text, start, end);; c = next_break(text, c, end)) {
        size_t len = trim_end(text, start, c - start);
        if (len > 0 && span_width(m, st, text, start, len) > max_width)
            break;
        if (len > 0)
            best = c - start;
        if (c >= end)
            break;
    }
    if (best > 0)
        return best;
    *overflow = true;
    return fit_chars(m, st, text, start, end, max_width);
}

static void add_line(const TextMeasurer *m, const TextStyle *st, const char *text,
                     size_t start, size_t len, TextBlock *out)
{
    TextLine *line = &out->lines[out->line_count++];
    line->start = start;
    line->len = trim_end(text, start, len);
    line->width = span_width(m, st, text, start, line->len);
    if (line->width > out->width)
        out->width = line->width;
}

/* Shortens the last line until it plus an ellipsis fits. */
static void ellipsize_last(const TextMeasurer *m, const TextStyle *st, const char *text,
                           float max_width, TextBlock *out)
{
    TextLine *line = &out->lines[out->line_count - 1];
    float dots = m->width(m->user, st, TEXT_ELLIPSIS, strlen(TEXT_ELLIPSIS));
    while (line->len > 0 && max_width > 0.0f && line->width + dots > max_width) {
        size_t cut = line->len - 1;
        while (cut > 0 && ((unsigned char)text[line->start + cut] & 0xC0) == 0x80)
            cut--;
        line->len = trim_end(text, line->start, cut);
        line->width = span_width(m, st, text, line->start, line->len);
    }
    line->width += dots;
    out->ellipsized = true;
    out->width = 0.0f;
    for (int i = 0; i < out->line_count; i++)
        if (out->lines[i].width > out->width)
            out->width = out->lines[i].width;
}

void text_wrap(const TextMeasurer *m, const TextStyle *style, const char *text,
               float max_width, int max_lines, TextBlock *out)
{
    memset(out, 0, sizeof *out);
    if (!text)
        text = "";
    if (max_lines <= 0 || max_lines > TEXT_MAX_LINES)
        max_lines = TEXT_MAX_LINES;
    size_t total = strlen(text), pos = 0;
    while (pos < total || out->line_count == 0) {
        if (out->line_count == max_lines) {
            ellipsize_last(m, style, text, max_width, out);
            break;
        }
        const char *nl = memchr(text + pos, '\n', total - pos);
        size_t para_end = nl ? (size_t)(nl - text) : total;
        size_t len = fit_line(m, style, text, pos, para_end, max_width, &out->overflow);
        add_line(m, style, text, pos, len, out);
        pos += len;
        while (pos < para_end && text[pos] == ' ')
            pos++;
        if (pos == para_end && nl)
            pos++;
        if (pos >= total)
            break;
    }
    out->height = (float)out->line_count * m->line_height(m->user, style);
}
