# Builds and installs ladder as a Unix tool: the binary (static Swift libraries,
# stripped), the man pages, the bash, zsh and fish completions and the JSON Schema of
# its output.
#
#   make install PREFIX=/usr/local        (default; DESTDIR= for packagers)
#   make uninstall PREFIX=/usr/local
#
# Each file goes where its program looks by default under PREFIX.

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift

BINDIR  = $(DESTDIR)$(PREFIX)/bin
MAN1DIR = $(DESTDIR)$(PREFIX)/share/man/man1
MAN5DIR = $(DESTDIR)$(PREFIX)/share/man/man5
BASHDIR = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR  = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
DATADIR = $(DESTDIR)$(PREFIX)/share/ladder

RELEASE = .build/release
OUT     = .build/install

.PHONY: all build man completions install uninstall clean-install

all: build man completions

build:
	$(SWIFT) build -c release --static-swift-stdlib --product ladder

# ladder(1) from the command definitions, by swift-argument-parser's plugin.
man: build
	mkdir -p $(OUT)/man
	$(SWIFT) package --allow-writing-to-directory $(OUT)/man generate-manual \
	    --configuration release --output-directory $(OUT)/man \
	    --authors "the ladder authors" >/dev/null
	test -s $(OUT)/man/ladder.1

completions: build
	mkdir -p $(OUT)/completions
	$(RELEASE)/ladder --generate-completion-script bash > $(OUT)/completions/ladder.bash
	$(RELEASE)/ladder --generate-completion-script zsh > $(OUT)/completions/_ladder
	$(RELEASE)/ladder --generate-completion-script fish > $(OUT)/completions/ladder.fish

install: all
	install -d $(BINDIR) $(MAN1DIR) $(MAN5DIR) $(BASHDIR) $(ZSHDIR) $(FISHDIR) $(DATADIR)
	install -m 755 -s $(RELEASE)/ladder $(BINDIR)/ladder
	install -m 644 $(OUT)/man/ladder.1 $(MAN1DIR)/ladder.1
	install -m 644 Docs/man/ladder-store.5 $(MAN5DIR)/ladder-store.5
	install -m 644 $(OUT)/completions/ladder.bash $(BASHDIR)/ladder
	install -m 644 $(OUT)/completions/_ladder $(ZSHDIR)/_ladder
	install -m 644 $(OUT)/completions/ladder.fish $(FISHDIR)/ladder.fish
	install -m 644 Docs/schema/ladder.schema.json $(DATADIR)/ladder.schema.json

uninstall:
	rm -f $(BINDIR)/ladder $(MAN1DIR)/ladder.1 $(MAN5DIR)/ladder-store.5 \
	    $(BASHDIR)/ladder $(ZSHDIR)/_ladder $(FISHDIR)/ladder.fish $(DATADIR)/ladder.schema.json
	-rmdir $(DATADIR) 2>/dev/null

clean-install:
	rm -rf $(OUT)
