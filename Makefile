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
	   fontconfig cairo glib-2.0 libpng zlib hunspell
CC	?= cc
WARN	 = -Wall -Wextra -Wno-unused-parameter
CFLAGS	?= -O2 -g
ifdef CI
WARN	+= -Werror
endif
ALL_CFLAGS = -std=gnu11 $(WARN) $(CFLAGS) $(SAN) -D_GNU_SOURCE \
	   -DJK_VERSION='"$(VERSION)"' -DJK_DATADIR='"$(DATADIR)"' \
	   $(shell pkg-config --cflags $(PKGS) 2>/dev/null) -MMD -MP
LIBS	 = $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lhyphen -lm
CHECK_CFLAGS = $(shell pkg-config --cflags check json-glib-1.0 2>/dev/null)
CHECK_LIBS   = $(shell pkg-config --libs check json-glib-1.0 2>/dev/null)

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
# CMYK output profile of --pdfx, made from Debian's FOGRA39 data; one for
# all build directories
ICC	  = build/icc/FOGRA39.icc

# === rules ============================================================

.PHONY: all deps check unit asan asan-build e2e reader golden regen demo bench \
	install uninstall clean fuzz valgrind valgrind-build eval corpus

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

# Tests run without the word list's disk cache (src/util/lexicon.h): what
# a new issue meets, whatever earlier runs left in ~/.cache/jikji.
check unit asan asan-build e2e reader regen eval: export JIKJI_LEXICON_CACHE =

# Install what a fresh Debian 12 machine lacks (as root, with apt-get).
deps:
	@sh tools/install-deps

# Unit and golden tests, the same again under ASan+UBSan, then the sample
# end to end (epubcheck, pdffonts, qpdf) and in reading systems.  The
# builds use every core; the sanitized units, one program at a time, run
# beside the end-to-end tests (tests/together).
JOBS	?= $(shell nproc 2>/dev/null || echo 2)
check: deps
	$(MAKE) -j$(JOBS) unit
	$(MAKE) -j$(JOBS) asan-build
	@sh tools/install-deps preview
	@sh tests/together '$(MAKE) --no-print-directory asan' \
	    '$(MAKE) --no-print-directory e2e && $(MAKE) --no-print-directory reader'

$(ICC):
	@sh tools/make-icc $@

unit: $(BUILD)/jikji $(TEST_BINS) $(ICC)
	@sh tests/run-units $(BUILD)

ASAN	 = BUILD=build/asan SAN="$(SAN_FLAGS)" CFLAGS="-O1 -g"
asan:
	$(MAKE) $(ASAN) unit
asan-build:
	$(MAKE) $(ASAN) build/asan/jikji \
	    $(TEST_SRCS:tests/%.c=build/asan/tests/%)

e2e: $(BUILD)/jikji $(ICC)
	@rm -rf $(BUILD)/inst
	@$(MAKE) -s install DESTDIR=$(CURDIR)/$(BUILD)/inst >/dev/null
	@sh tests/e2e $(BUILD)/jikji $(SAMPLE) $(CURDIR)/$(BUILD)/inst$(PREFIX)
	@sh tests/cli-hostile $(BUILD)/jikji
	@sh tests/batch $(BUILD)/jikji
	@sh tests/parallel $(BUILD)/jikji
	@sh tests/report-view $(BUILD)/jikji

# The EPUB as reading systems lay it out (epub.js in Chromium, phone and
# tablet sizes) and as Ace by DAISY checks it.
reader: $(BUILD)/jikji
	@sh tools/install-deps preview
	@sh tests/epub-reader $(BUILD)/jikji $(SAMPLE)

# Rewrite the golden files from the current code (review the diff!).
regen: $(BUILD)/jikji $(TEST_BINS)
	@JK_REGEN=1 sh tests/run-units $(BUILD)

DEMO_META = --meta 'title=기술과 혁신' --meta 'publisher=한국산업기술진흥협회' \
	    --meta date=2025-01

demo:
	@sh tools/install-deps preview
	@$(MAKE) --no-print-directory $(BUILD)/jikji
	@mkdir -p $(BUILD)/out
	$(BUILD)/jikji build $(DEMO_META) $(SAMPLE) -o $(BUILD)/out --preview \
	    "$$(sh tools/demo-pages $(BUILD)/jikji $(SAMPLE) $(DEMO_META))"
	@sh tools/epub-preview $(BUILD)/out/$(notdir $(SAMPLE:.txt=.epub)) $(BUILD)/out 4
	@node tools/epub-view/reader.js $(CURDIR)/build/epub-view/node_modules \
	    $(BUILD)/out/$(notdir $(SAMPLE:.txt=.epub)) --shots $(BUILD)/out | \
	    grep -v '^{'
	@sh tests/report-view $(BUILD)/jikji $(BUILD)/out
	@ls -l $(BUILD)/out

# The sample and the unseen issues of tests/corpus/ measured against their
# truth: one table, beside the targets (tests/corpus/README.md).
eval: $(BUILD)/tests/eval
	@$(BUILD)/tests/eval

-include $(BUILD)/tests/eval.d

# Make tests/corpus/ again (deterministic: review the diff).  The office
# suite's Korean help is unpacked, not installed (it would pull the suite),
# and so are the installation guide (its amd64 pages on any machine) and
# the GNOME help (the desktop's documentation in every language).
corpus:
	@sh tools/install-deps corpus
	@mkdir -p $(BUILD)/corpus-src
	@for p in libreoffice-help-ko:libreoffice \
	    installation-guide-amd64:doc/installation-guide-amd64 \
	    gnome-user-docs:help/ko/gnome-help; do \
	    test -d $(BUILD)/corpus-src/usr/share/$${p#*:} || \
	    (cd $(BUILD)/corpus-src && { apt-get download $${p%%:*} || \
	    { apt-get update -qq && apt-get download $${p%%:*}; }; } && \
	    dpkg -x $${p%%:*}_*.deb .) || exit 1; \
	done
	PYTHONDONTWRITEBYTECODE=1 LO_HELP=$(BUILD)/corpus-src /usr/bin/python3 tests/corpus/gen/gen_corpus.py

# The floor of the PDF's cost: the same fonts, every block laid out and
# drawn once (tests/bench-floor.c); bench prints jikji's times against it.
$(BUILD)/bench-floor: tests/bench-floor.c $(BUILD)/libjikji.a
	$(CC) $(ALL_CFLAGS) -Isrc -o $@ $< $(BUILD)/libjikji.a $(LIBS)

bench: $(BUILD)/jikji $(BUILD)/bench-floor
	@sh tools/install-deps bench
	@sh tests/bench $(BUILD)/jikji $(SAMPLE) $(BUILD)/bench-floor

# memcheck: nothing definitely lost (what lies inside a dependency and
# cannot be freed through its API is in tests/valgrind.supp, with why).
VALGRIND = valgrind -q --leak-check=full --errors-for-leak-kinds=definite \
	   --show-leak-kinds=definite --suppressions=tests/valgrind.supp

valgrind-build: $(BUILD)/jikji
	@rm -rf $(BUILD)/vg && mkdir -p $(BUILD)/vg
	$(VALGRIND) --error-exitcode=1 $(BUILD)/jikji build -q $(SAMPLE) \
	    -o $(BUILD)/vg

# libFuzzer targets (clang), each run FUZZ_TIME seconds: tests/fuzz/run.
FUZZ_TIME ?= 60
fuzz:
	@sh tools/install-deps fuzz
	@sh tests/fuzz/run $(FUZZ_TIME)

# Children a test forks to watch them die (out of memory, signals) are not
# checked: they end on purpose, holding what they had.
valgrind: $(TEST_BINS)
	@for t in $(TEST_BINS); do CK_FORK=no $(VALGRIND) \
	    --child-silent-after-fork=yes \
	    --error-exitcode=1 $$t || exit 1; done

install: $(BUILD)/jikji $(ICC)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(DATADIR)/styles \
	    $(DESTDIR)$(DATADIR)/fonts $(DESTDIR)$(MANDIR)/man1 \
	    $(DESTDIR)$(DATADIR)/icc
	install -m 755 $(BUILD)/jikji $(DESTDIR)$(BINDIR)/jikji
	install -m 644 styles/*.style $(DESTDIR)$(DATADIR)/styles/
	install -m 644 fonts/fonts.conf fonts/*.txt $(DESTDIR)$(DATADIR)/fonts/
	install -m 644 src/tree/jikji-tree.rng $(DESTDIR)$(DATADIR)/
	install -m 644 $(ICC) $(DESTDIR)$(DATADIR)/icc/
	install -m 644 jikji.1 $(DESTDIR)$(MANDIR)/man1/jikji.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/jikji $(DESTDIR)$(MANDIR)/man1/jikji.1
	rm -rf $(DESTDIR)$(DATADIR)

clean:
	rm -rf build
