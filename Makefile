# jikji -- GNU make.  `make` builds build/jikji and build/libjikji.a;
# `make check` installs what is missing, builds and runs every test;
# `make demo` converts the bundled sample into build/out/.

# === configuration ====================================================

BUILD	?= build
PREFIX	?= /usr/local
DESTDIR	?=
BINDIR	 = $(PREFIX)/bin
DATADIR	 = $(PREFIX)/share/jikji
MANDIR	 = $(PREFIX)/share/man
VERSION	 = 0.1.0

PKGS	 = libxml-2.0 libzip pangocairo pangoft2 harfbuzz harfbuzz-subset \
	   fontconfig cairo glib-2.0
CC	?= cc
WARN	 = -Wall -Wextra -Wno-unused-parameter
CFLAGS	?= -O2 -g
ifdef CI
WARN	+= -Werror
endif
ALL_CFLAGS = -std=gnu11 $(WARN) $(CFLAGS) $(SAN) -D_GNU_SOURCE \
	   -DJK_VERSION='"$(VERSION)"' -DJK_DATADIR='"$(DATADIR)"' \
	   $(shell pkg-config --cflags $(PKGS) 2>/dev/null) -MMD -MP
LIBS	 = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lm
CHECK_CFLAGS = $(shell pkg-config --cflags check 2>/dev/null)
CHECK_LIBS   = $(shell pkg-config --libs check 2>/dev/null)

-include Makefile.local

# === files ============================================================

LIB_SRCS  = $(sort $(filter-out src/cli/main.c,$(wildcard src/*/*.c)))
LIB_OBJS  = $(LIB_SRCS:%.c=$(BUILD)/%.o)
MAIN_OBJ  = $(BUILD)/src/cli/main.o
TEST_SRCS = $(sort $(wildcard tests/check_*.c))
TEST_BINS = $(TEST_SRCS:tests/%.c=$(BUILD)/tests/%)
SAMPLE	  = tests/data/issue-469.txt
SAN_FLAGS = -fsanitize=address,undefined -fno-omit-frame-pointer \
	    -fno-sanitize-recover=undefined

# === rules ============================================================

.PHONY: all deps check unit asan e2e golden regen demo bench install \
	uninstall clean fuzz valgrind

all: $(BUILD)/jikji

$(BUILD)/libjikji.a: $(LIB_OBJS)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/jikji: $(MAIN_OBJ) $(BUILD)/libjikji.a
	$(CC) $(ALL_CFLAGS) -o $@ $^ $(LIBS)

$(BUILD)/%.o: %.c
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/tests/%: tests/%.c $(BUILD)/libjikji.a tests/check_main.h
	@mkdir -p $(@D)
	$(CC) $(ALL_CFLAGS) $(CHECK_CFLAGS) -Isrc -o $@ $< \
	    $(BUILD)/libjikji.a $(LIBS) $(CHECK_LIBS)

-include $(LIB_OBJS:.o=.d) $(MAIN_OBJ:.o=.d) $(TEST_BINS:=.d)

# Install what a fresh Debian 12 machine lacks (as root, with apt-get).
deps:
	@sh tools/install-deps

# Unit and golden tests, the same again under ASan+UBSan, then the sample
# end to end (epubcheck, pdffonts, qpdf).
check: deps
	$(MAKE) unit
	$(MAKE) asan
	$(MAKE) e2e

unit: $(BUILD)/jikji $(TEST_BINS)
	@sh tests/run-units $(BUILD)

asan:
	$(MAKE) BUILD=build/asan SAN="$(SAN_FLAGS)" CFLAGS="-O1 -g" unit

e2e: $(BUILD)/jikji
	@rm -rf $(BUILD)/inst
	@$(MAKE) -s install DESTDIR=$(CURDIR)/$(BUILD)/inst >/dev/null
	@sh tests/e2e $(BUILD)/jikji $(SAMPLE) $(CURDIR)/$(BUILD)/inst$(PREFIX)
	@sh tests/cli-hostile $(BUILD)/jikji

# Rewrite the golden files from the current code (review the diff!).
regen: $(BUILD)/jikji $(TEST_BINS)
	@JK_REGEN=1 sh tests/run-units $(BUILD)

DEMO_META = --meta 'title=기술과 혁신' --meta 'publisher=한국산업기술진흥협회' \
	    --meta date=2025-01

demo:
	@sh tools/install-deps preview
	@$(MAKE) --no-print-directory $(BUILD)/jikji
	@mkdir -p $(BUILD)/out
	$(BUILD)/jikji build $(DEMO_META) $(SAMPLE) -o $(BUILD)/out --preview 1-4
	@sh tools/epub-preview $(BUILD)/out/$(notdir $(SAMPLE:.txt=.epub)) $(BUILD)/out 4
	@ls -l $(BUILD)/out

bench: $(BUILD)/jikji
	@sh tests/bench $(BUILD)/jikji $(SAMPLE)

# libFuzzer targets (clang), each run FUZZ_TIME seconds: tests/fuzz/run.
FUZZ_TIME ?= 60
fuzz:
	@sh tools/install-deps fuzz
	@sh tests/fuzz/run $(FUZZ_TIME)

valgrind: $(TEST_BINS)
	@for t in $(TEST_BINS); do CK_FORK=no valgrind -q --leak-check=full \
	    --error-exitcode=1 $$t || exit 1; done

install: $(BUILD)/jikji
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/styles \
	    $(DESTDIR)$(DATADIR)/fonts $(DESTDIR)$(MANDIR)/man1
	install -m 755 $(BUILD)/jikji $(DESTDIR)$(BINDIR)/jikji
	install -m 644 styles/*.style $(DESTDIR)$(DATADIR)/styles/
	install -m 644 fonts/fonts.conf fonts/*.txt $(DESTDIR)$(DATADIR)/fonts/
	install -m 644 src/tree/jikji-tree.rng $(DESTDIR)$(DATADIR)/
	install -m 644 jikji.1 $(DESTDIR)$(MANDIR)/man1/jikji.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/jikji $(DESTDIR)$(MANDIR)/man1/jikji.1
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build
