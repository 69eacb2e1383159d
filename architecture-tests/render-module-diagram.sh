#!/usr/bin/env bash
# Renders the module diagram that docs/architecture.md and the README show:
#   1. copies the diagram of the top-level modules (marketplace adapters, nested modules, left out: ADR 0031) that
#      the architecture tests wrote (ModularityTests, into
#      architecture-tests/target/module-diagram/components.puml) to docs/architecture/modules.puml;
#   2. renders it to docs/architecture/modules.svg with PlantUML from Maven Central, laid out by PlantUML's own
#      Smetana engine (no Graphviz needed).
# ModularityTests fails while docs/architecture/modules.puml differs from the diagram the code makes; commit both files.
#
# Usage (from anywhere; JDK 21+ in JAVA_HOME or on the PATH), after the architecture tests ran:
#   ./mvnw -B -pl architecture-tests -am verify -Dtest=ModularityTests -Dsurefire.failIfNoSpecifiedTests=false
#   architecture-tests/render-module-diagram.sh
set -euo pipefail
cd "$(dirname "$0")/.."
plantuml_version=1.2025.10
generated=architecture-tests/target/module-diagram/components.puml
java=${JAVA_HOME:+$JAVA_HOME/bin/}java

[[ -f $generated ]] || { echo "$generated is missing: run ModularityTests first (see the usage above)" >&2; exit 1; }
mkdir -p docs/architecture
cp "$generated" docs/architecture/modules.puml

jar=target/plantuml/plantuml-$plantuml_version.jar
if [[ ! -f $jar ]]; then
    ./mvnw -B -ntp -q -N dependency:copy -Dartifact=net.sourceforge.plantuml:plantuml:$plantuml_version \
        -DoutputDirectory=target/plantuml
fi
"$java" -Djava.awt.headless=true -jar "$jar" -tsvg -Playout=smetana docs/architecture/modules.puml
echo "Rendered docs/architecture/modules.svg from docs/architecture/modules.puml"
