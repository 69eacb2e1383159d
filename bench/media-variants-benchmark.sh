#!/usr/bin/env bash
# The media variants benchmark (docs/performance.md, "Media variants"): images per second and peak memory of the real
# variants pipeline (ImageIoProcessor.inspect + variants, FilesystemObjectStore.put of the original and each variant
# into a temporary root) over BENCH_IMAGES sample pictures of camera and product sizes, with BENCH_THREADS workers.
#   1. compiles media's main and test classes and writes its test classpath (offline, media only: the sibling
#      modules come from ~/.m2 as they are; nothing is installed);
#   2. runs com.wizamart.media.bench.VariantsBenchmark with `java -cp`, -Xmx BENCH_HEAP, so peaks are comparable;
#      the inputs are drawn on the first run (a few minutes) and kept in media/target/bench-images;
#   3. prints the figures and appends one row to target/bench/media-variants-results.md.
#
# Usage: bench/media-variants-benchmark.sh            (needs: JDK 21+ in JAVA_HOME or on the PATH)
# Knobs: BENCH_IMAGES (1000), BENCH_THREADS (the available processors), BENCH_WARMUP (20 images, untimed),
#        BENCH_HEAP (1g), BENCH_JVM_ARGS (extra JVM options, e.g. a JFR recording), MVN (./mvnw),
#        BENCH_SKIP_BUILD=1 (reuse the compiled classes; for interleaved runs of one build),
#        BENCH_MVN_OPTS (-o: offline; empty to let Maven fetch what ~/.m2 lacks, such as the dependency plugin).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
out=$root/target/bench
classpath=$root/media/target/bench-classpath.txt
mkdir -p "$out"

if [[ -z ${BENCH_SKIP_BUILD:-} || ! -f $classpath ]]; then
  # the dependency plugin by its coordinates, at the version the build manages: offline, a goal prefix is not
  # resolved; on a fresh ~/.m2, run once with BENCH_MVN_OPTS= to fetch the plugin
  ${MVN:-./mvnw} -B -ntp ${BENCH_MVN_OPTS--o} -q -pl media test-compile \
    org.apache.maven.plugins:maven-dependency-plugin:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath"
fi

# the WebP writer (webp-imageio) loads libwebp through JNI: allowed explicitly, as the application does on Java 24+
BENCH_INPUTS=${BENCH_INPUTS:-$root/media/target/bench-images} BENCH_RESULTS=$out/media-variants-results.md \
  "$java" -Xmx"${BENCH_HEAP:-1g}" -Djava.awt.headless=true --enable-native-access=ALL-UNNAMED ${BENCH_JVM_ARGS:-} \
  -cp "$root/media/target/test-classes:$root/media/target/classes:$(cat "$classpath")" \
  com.wizamart.media.bench.VariantsBenchmark
