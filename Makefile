# CareerDeck build. `make run` and `make test` install missing Debian packages
# first (scripts/install-deps.sh), so a fresh machine needs nothing else.

VERSION   := 0.1.0
PREFIX    ?= /usr/local
DESTDIR   ?=
BUILD     ?= build
CC        ?= cc
PKGS      := sdl2 SDL2_ttf SDL2_image libcjson libqrencode libpng
# Recursive (=) so pkg-config runs after install-deps has had its turn.
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   = $(shell pkg-config --libs $(PKGS))
TEST_LIBS  = $(shell pkg-config --libs cmocka)

WARN      := -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wmissing-prototypes -Wvla
CFLAGS    ?= -O2 -g
ALL_CFLAGS = -std=c11 -D_POSIX_C_SOURCE=200809L -DCAREERDECK_VERSION=\"$(VERSION)\" \
             -DCAREERDECK_DATADIR=\"$(PREFIX)/share/careerdeck\" \
             $(WARN) $(CFLAGS) $(SAN) -Isrc $(PKG_CFLAGS) -MMD -MP
LDLIBS     = $(PKG_LIBS) -lm

LIB_SRC   := $(filter-out src/main.c,$(wildcard src/*.c src/screens/*.c src/platform/*.c))
LIB_OBJ   := $(LIB_SRC:%.c=$(BUILD)/obj/%.o)
MAIN_OBJ  := $(BUILD)/obj/src/main.o
TEST_SRC  := $(wildcard tests/test_*.c)
TEST_BIN  := $(TEST_SRC:tests/%.c=$(BUILD)/tests/%)
DEPS_OK   := $(BUILD)/.deps-ok

# Tests never need a display: SDL's dummy driver and the software renderer.
TEST_ENV  := SDL_VIDEODRIVER=dummy SDL_AUDIODRIVER=dummy CAREERDECK_ROOT=$(CURDIR)

.PHONY: all run test check screenshots install uninstall clean deps bench fuzz fuzz-build memcheck

all: $(BUILD)/careerdeck

deps: $(DEPS_OK)
$(DEPS_OK): scripts/install-deps.sh
	@sh scripts/install-deps.sh
	@mkdir -p $(@D) && touch $@

$(BUILD)/obj/%.o: %.c | $(DEPS_OK)
	@mkdir -p $(@D)
	@echo "CC $<"
	@$(CC) $(ALL_CFLAGS) -c $< -o $@

# main.c bakes in the data folder: rebuild it whenever PREFIX changes.
PREFIX_STAMP := $(BUILD)/prefix-$(subst /,_,$(PREFIX)).stamp
$(PREFIX_STAMP):
	@mkdir -p $(@D) && rm -f $(BUILD)/prefix-*.stamp && touch $@
$(MAIN_OBJ): $(PREFIX_STAMP)

$(BUILD)/libcareerdeck.a: $(LIB_OBJ)
	@rm -f $@
	@ar rcs $@ $^

$(BUILD)/careerdeck: $(MAIN_OBJ) $(BUILD)/libcareerdeck.a
	@echo "LD $@"
	@$(CC) $(CFLAGS) $(SAN) -o $@ $^ $(LDLIBS)

$(BUILD)/tests/%: tests/%.c $(BUILD)/libcareerdeck.a tests/test_support.h tests/render_support.h | $(DEPS_OK)
	@mkdir -p $(@D)
	@echo "CC $<"
	@$(CC) $(ALL_CFLAGS) -Itests -o $@ $< $(BUILD)/libcareerdeck.a $(LDLIBS) $(TEST_LIBS)

# Pixel comparison for the real-window test (tests/e2e/run.sh).
$(BUILD)/pngdiff: tests/e2e/pngdiff.c | $(DEPS_OK)
	@mkdir -p $(@D)
	@$(CC) $(ALL_CFLAGS) -o $@ $< $(LDLIBS)

# Fuzz harnesses (tests/fuzz/fuzz_*.c). make test links each with a plain
# main that replays its corpus; make fuzz links it with clang's libFuzzer.
FUZZ_NAMES   := $(patsubst tests/fuzz/fuzz_%.c,%,$(wildcard tests/fuzz/fuzz_*.c))
FUZZ_REPLAY  := $(FUZZ_NAMES:%=$(BUILD)/fuzz/replay_%)
FUZZ_SECONDS ?= 60
.SECONDARY: $(FUZZ_NAMES:%=$(BUILD)/obj/tests/fuzz/fuzz_%.o) $(BUILD)/obj/tests/fuzz/replay_main.o

$(BUILD)/fuzz/replay_%: $(BUILD)/obj/tests/fuzz/fuzz_%.o $(BUILD)/obj/tests/fuzz/replay_main.o $(BUILD)/libcareerdeck.a
	@mkdir -p $(@D)
	@$(CC) $(CFLAGS) $(SAN) -o $@ $^ $(LDLIBS)

$(BUILD)/fuzz/fuzz_%: $(BUILD)/obj/tests/fuzz/fuzz_%.o $(BUILD)/libcareerdeck.a
	@mkdir -p $(@D)
	@echo "LD $@"
	@$(CC) $(CFLAGS) $(subst fuzzer-no-link,fuzzer,$(SAN)) -o $@ $^ $(LDLIBS)

fuzz-build: $(FUZZ_NAMES:%=$(BUILD)/fuzz/fuzz_%)

run: $(BUILD)/careerdeck
	./$(BUILD)/careerdeck data

# Every unit and render test, then the bundled content must validate clean.
test: $(BUILD)/careerdeck $(TEST_BIN) $(BUILD)/pngdiff $(FUZZ_REPLAY)
	@set -e; for t in $(TEST_BIN); do \
	  echo "== $$t"; $(TEST_ENV) $$t; done
	@echo "== fuzz corpus replay"; set -e; for t in $(FUZZ_NAMES); do \
	  $(TEST_ENV) $(BUILD)/fuzz/replay_$$t tests/fuzz/corpus/$$t/*; done
	@echo "== validate data/"; $(TEST_ENV) ./$(BUILD)/careerdeck --validate data
	@echo "== script walkthroughs"; set -e; for s in tests/scripts/*.txt; do \
	  $(TEST_ENV) ./$(BUILD)/careerdeck --screenshot $(BUILD)/script-check.png --script $$s data >/dev/null; done
	@echo "== walkthrough (shots go to a scratch folder)"; rm -rf $(BUILD)/walk && \
	  mkdir -p $(BUILD)/walk/docs/screenshots && cd $(BUILD)/walk && \
	  $(TEST_ENV) CAREERDECK_ASSETS=$(CURDIR)/assets $(CURDIR)/$(BUILD)/careerdeck \
	  --screenshot end.png --script $(CURDIR)/tests/scripts/walkthrough/walkthrough.txt \
	  $(CURDIR)/data >/dev/null && test $$(ls docs/screenshots | wc -l) -ge 20
	@echo "== command line"; $(TEST_ENV) sh tests/cli/run.sh ./$(BUILD)/careerdeck
	@echo "== soak: half a simulated hour of random input, then the same as a kiosk"
	@$(TEST_ENV) ./$(BUILD)/careerdeck --soak 0.5 --size 640x360 data
	@$(TEST_ENV) ./$(BUILD)/careerdeck --soak 0.5 --kiosk --seed 2 --size 640x360 data
	@echo "== real window: Xvfb, clicks, drags and keys (xdotool)"
	@$(TEST_ENV) sh tests/e2e/run.sh ./$(BUILD)/careerdeck ./$(BUILD)/pngdiff
	@if [ -z "$(SAN)" ]; then echo "== valgrind memcheck (quick: --validate, one screenshot)"; \
	  $(TEST_ENV) MEMCHECK_DIR=$(BUILD)/memcheck sh scripts/memcheck.sh ./$(BUILD)/careerdeck quick; fi
	@echo "all tests passed"

# The same tests under AddressSanitizer and UndefinedBehaviorSanitizer.
check:
	@$(MAKE) --no-print-directory test BUILD=build-san CFLAGS="-O1 -g -fno-omit-frame-pointer" \
	  SAN="-fsanitize=address,undefined -fno-sanitize-recover=all" \
	  TEST_ENV="$(TEST_ENV) ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp"

# libFuzzer with ASan+UBSan, FUZZ_SECONDS (default 60) per target; findings
# land in build-fuzz/findings/. Not part of make test (clang, minutes).
fuzz:
	@sh scripts/install-deps.sh clang libclang-rt-14-dev
	@$(MAKE) --no-print-directory fuzz-build BUILD=build-fuzz CC=clang \
	  CFLAGS="-O1 -g -fno-omit-frame-pointer" \
	  SAN="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all"
	@sh scripts/fuzz.sh build-fuzz $(FUZZ_SECONDS) $(FUZZ_NAMES)

# valgrind memcheck of --validate, screenshots, every replay script, the
# walkthrough, --report and a bundle of broken images (make test runs the
# quick part). Not under ASan: the two do not mix.
memcheck: $(BUILD)/careerdeck
	@$(TEST_ENV) MEMCHECK_DIR=$(BUILD)/memcheck sh scripts/memcheck.sh ./$(BUILD)/careerdeck full

# The performance benchmark against a minimal SDL program (bench/floor.c):
# prints a table and writes docs/performance.md. Not part of `make test`.
BENCH_FLOOR := $(BUILD)/bench/floor
$(BENCH_FLOOR): bench/floor.c $(BUILD)/obj/src/frametimes.o | $(DEPS_OK)
	@mkdir -p $(@D)
	@echo "CC $<"
	@$(CC) $(ALL_CFLAGS) -o $@ $^ $(LDLIBS)

bench: $(BUILD)/careerdeck $(BENCH_FLOOR)
	@sh scripts/bench.sh ./$(BUILD)/careerdeck ./$(BENCH_FLOOR)

# Regenerates docs/screenshots/ from the scripts in tests/scripts/.
screenshots: $(BUILD)/careerdeck
	@sh scripts/screenshots.sh ./$(BUILD)/careerdeck

install: $(BUILD)/careerdeck
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/careerdeck
	install -m 755 $(BUILD)/careerdeck $(DESTDIR)$(PREFIX)/bin/careerdeck
	cp -R data assets $(DESTDIR)$(PREFIX)/share/careerdeck/

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/careerdeck
	rm -rf $(DESTDIR)$(PREFIX)/share/careerdeck

clean:
	rm -rf build build-san build-fuzz

-include $(LIB_OBJ:.o=.d) $(MAIN_OBJ:.o=.d) $(TEST_BIN:=.d) \
  $(wildcard $(BUILD)/obj/tests/fuzz/*.d)
