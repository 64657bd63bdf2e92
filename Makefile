# The two commands a newcomer needs: `make run` and `make test`. Both install what is missing, configure
# and build first. Everything else here is a convenience for developers.
.PHONY: all setup configure build run test bench clean format

BUILD_DIR   := build
RELEASE_DIR := build-release
JOBS        ?= $(shell nproc 2>/dev/null || echo 2)

all: build

setup:
	@packaging/install-deps.sh

$(BUILD_DIR)/build.ninja: | setup
	cmake --preset dev

configure: setup $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) --parallel $(JOBS)

run: build
	@packaging/run-attune.sh $(BUILD_DIR)/bin/attune

test: build
	ctest --test-dir $(BUILD_DIR) --output-on-failure --parallel $(JOBS)

# Benchmarks need an optimised build; they are not part of `make test`.
bench: setup
	@test -f $(RELEASE_DIR)/build.ninja || cmake --preset release
	cmake --build $(RELEASE_DIR) --parallel $(JOBS) --target attune bench_store
	$(RELEASE_DIR)/bin/bench_store

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf $(BUILD_DIR) $(RELEASE_DIR)
