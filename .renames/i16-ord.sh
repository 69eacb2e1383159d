#!/usr/bin/env bash
# Ordering's renames and moves. Idempotent: run from the repository root, as often as needed.
# ADR texts under docs/adr keep the names they were written with.
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"

O=ordering/src/main/java/com/wizamart/ordering

# files of the repository (tracked) that mention a word, ADR texts excepted
mentioning() { git grep -l -E "$1" -- . ':(exclude)docs/adr' ':(exclude).renames' || true; }
move() { if [ -e "$1" ]; then mkdir -p "$(dirname "$2")"; git mv "$1" "$2"; fi; }

# 1. adapter/in/jobs -> adapter/in/job (the name marketplace uses)
move $O/adapter/in/jobs/OrderingJobs.java $O/adapter/in/job/OrderingJobs.java
files=$(mentioning 'ordering\.adapter\.in\.jobs\b')
[ -z "$files" ] || perl -pi -e 's/\bordering\.adapter\.in\.jobs\b/ordering.adapter.in.job/g' $files

# 2. OrderQueries -> OrderViews (read side: <Subject>Views)
move $O/application/OrderQueries.java $O/application/OrderViews.java
files=$(mentioning '\bOrderQueries\b')
[ -z "$files" ] || perl -pi -e 's/\bOrderQueries\b/OrderViews/g' $files

# 3. ordering's TaxCategory -> VatCategory (catalog keeps its TaxCategory; the constants, and so the values in JSON
#    and the database, are unchanged). Only files in ordering or importing ordering's type; catalog's stays.
move $O/domain/TaxCategory.java $O/domain/VatCategory.java
files=$( { git grep -l -w 'TaxCategory' -- ordering || true; git grep -l 'ordering\.domain\.TaxCategory' -- . || true; } | sort -u)
[ -z "$files" ] || perl -pi -e 's/(?<!catalog\.domain\.)\bTaxCategory\b/VatCategory/g' $files

# 4. OrderingProperties into com.wizamart.ordering.config
move $O/OrderingProperties.java $O/config/OrderingProperties.java
perl -pi -e 's/^package com\.wizamart\.ordering;/package com.wizamart.ordering.config;/' $O/config/OrderingProperties.java
files=$(mentioning 'com\.wizamart\.ordering\.OrderingProperties\b')
[ -z "$files" ] || perl -pi -e 's/\bcom\.wizamart\.ordering\.OrderingProperties\b/com.wizamart.ordering.config.OrderingProperties/g' $files

# 5. the order list's criteria and rows, read by the web adapter, move from port.out (nested in OrderStore) to port.in
files=$(mentioning 'OrderStore\.(OrderQuery|OrderSummary)\b')
[ -z "$files" ] || perl -pi -e 's/\bcom\.wizamart\.ordering\.application\.port\.out\.OrderStore\.(OrderQuery|OrderSummary)\b/com.wizamart.ordering.application.port.in.$1/g; s/\bOrderStore\.(OrderQuery|OrderSummary)\b/$1/g' $files
