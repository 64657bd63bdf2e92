# The two commands a newcomer needs: `make run` and `make test`. Both install what is missing, configure
# and build first. Everything else here is a convenience for developers.
.PHONY: all setup configure build run test test-asan bench package clean format

BUILD_DIR   := build
RELEASE_DIR := build-release
ASAN_DIR    := build-asan
PACKAGE_DIR := build-deb
JOBS        ?= $(shell nproc 2>/dev/null || echo 2)

all: build

setup:
	@packaging/install-deps.sh

# ccache, when installed, keeps a rebuild after a fresh clone or a branch switch short: paths are hashed
# relative to the checkout, so two clones share the cache.
CCACHE := $(shell command -v ccache 2>/dev/null)
export CCACHE_BASEDIR ?= $(CURDIR)
export CCACHE_NOHASHDIR ?= 1

$(BUILD_DIR)/build.ninja: | setup
	cmake --preset dev $(if $(CCACHE),-DCMAKE_CXX_COMPILER_LAUNCHER=$(CCACHE))

configure: setup $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) --parallel $(JOBS)

run: build
	@packaging/run-attune.sh $(BUILD_DIR)/bin/attune

test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure --parallel $(JOBS)

# The models' and command-line tests (ctest label `headless`) under AddressSanitizer and UBSan: any
# invalid access, leak or undefined behaviour fails the test. Only what those tests need is built.
SANITIZER_ENV := ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
test-asan: setup
	@test -f $(ASAN_DIR)/build.ninja || \
	    cmake --preset asan $(if $(CCACHE),-DCMAKE_CXX_COMPILER_LAUNCHER=$(CCACHE))
	cmake --build $(ASAN_DIR) --parallel $(JOBS) --target headless_tests
	$(SANITIZER_ENV) ctest --test-dir $(ASAN_DIR) -L headless --output-on-failure --parallel $(JOBS)

# Benchmarks need an optimised build; they are not part of `make test`.
bench: setup
	@test -f $(RELEASE_DIR)/build.ninja || cmake --preset release $(if $(CCACHE),-DCMAKE_CXX_COMPILER_LAUNCHER=$(CCACHE))
	cmake --build $(RELEASE_DIR) --parallel $(JOBS) --target bench

# The .deb, built like a distribution would: optimised, Debian's hardening flags, no tests, warnings not
# fatal (a newer compiler's warning must not stop a package build). Then validated and run unpacked.
package: setup
	@test -f $(PACKAGE_DIR)/build.ninja || \
	    CXXFLAGS="$$(dpkg-buildflags --get CXXFLAGS) $$(dpkg-buildflags --get CPPFLAGS)" \
	    LDFLAGS="$$(dpkg-buildflags --get LDFLAGS)" \
	    cmake -S . -B $(PACKAGE_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF
	cmake --build $(PACKAGE_DIR) --parallel $(JOBS)
	cd $(PACKAGE_DIR) && cpack -G DEB
	packaging/check-package.sh $$(ls -t $(PACKAGE_DIR)/attune_*.deb | head -n 1)

# Regenerates docs/screenshots/ from the demo practice (English and Spanish), plus the Overview and
# Progress of a 500-session couple.
screenshots: build
	$(BUILD_DIR)/bin/attune_screenshots docs/screenshots en
	$(BUILD_DIR)/bin/attune_screenshots docs/screenshots es
	$(BUILD_DIR)/bin/attune_screenshots /tmp/attune-500 en 500 && \
	    cp /tmp/attune-500/overview-500sessions.png /tmp/attune-500/progress-500sessions.png docs/screenshots/

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf $(BUILD_DIR) $(RELEASE_DIR) $(PACKAGE_DIR) $(ASAN_DIR)
