#!/usr/bin/env bash
# Renames and moves of the marketplace and marketplace/letzshop modules; idempotent (run from the repository root).
set -euo pipefail

mp=marketplace/src/main/java/com/wizamart/marketplace
mp_test=marketplace/src/test/java/com/wizamart/marketplace
ls_main=marketplace/letzshop/src/main/java/com/wizamart/marketplace/letzshop
ls_test=marketplace/letzshop/src/test/java/com/wizamart/marketplace/letzshop

mv_if() { # git mv when the source still exists
  if [ -e "$1" ]; then mkdir -p "$(dirname "$2")"; git mv "$1" "$2"; fi
}
files() { # tracked files mentioning a word, if any
  git grep -lP "$1" -- "${@:2}" ":!.renames" 2>/dev/null || true
}
sub() { # perl substitution over the files mentioning the pattern
  local pattern=$1 expr=$2; shift 2
  local list; list=$(files "$pattern" "$@")
  if [ -n "$list" ]; then perl -pi -e "$expr" $list; fi
}
add_import() { # add_import FILE FQN: the import in its place among the com.wizamart imports (sorted), once
  perl -0pi -e '
    BEGIN { $fqn = shift @ARGV }
    next if /^import \Q$fqn\E;$/m;
    my $line = "import $fqn;\n";
    my @ours = /^(import com\.wizamart\.[\w.]+;\n)/mg;
    my ($after) = grep { $_ gt $line } @ours;
    if ($after) { s/^\Q$after\E/$line$after/m }
    elsif (@ours) { s/^\Q$ours[-1]\E/$ours[-1]$line/m }
    elsif (/^import [^\n]*\n(?!.*^import )/ms) { s/^(import [^\n]*\n)(?!.*^import )/$1\n$line/ms }
    else { s/^(package [\w.]+;\n)/$1\n$line/m }
  ' "$2" "$1"
}
# A class moved from package $1 to package $2 (simple name $3): its package line, the imports naming it, an import in
# the Java files of its old package that used it without one, none in those of its new package.
repackaged() { # repackaged FROM TO NAME: the package line of the class's files (main and test), moved already
  local file
  for file in $(git ls-files "*/${2//.//}/$3.java"); do perl -pi -e "s/^package \Q$1\E;/package $2;/" "$file"; done
}
moved() {
  local from=$1 to=$2 name=$3
  repackaged "$from" "$to" "$name"
  sub "\b\Q$from.$name\E\b" "s/\b\Q$from.$name\E\b/$to.$name/g"
  local f
  for f in $(git grep -lP "^package \Q$from\E;" -- '*.java' ":!.renames" 2>/dev/null || true); do
    if grep -qP "\b$name\b" "$f"; then add_import "$f" "$to.$name"; fi
  done
  for f in $(git grep -lP "^package \Q$to\E;" -- '*.java' ":!.renames" 2>/dev/null || true); do
    perl -ni -e "print unless /^import \Q$to.$name\E;\n/" "$f"
  done
}

# --- technical helpers are not domain concepts ---------------------------------------------------------------
mv_if $mp/domain/LongHashSet.java $mp/application/support/LongHashSet.java
mv_if $mp/domain/ContentIndex.java $mp/application/support/ContentIndex.java
mv_if $mp_test/domain/ContentIndexTests.java $mp_test/application/support/ContentIndexTests.java
repackaged com.wizamart.marketplace.domain com.wizamart.marketplace.application.support LongHashSet
repackaged com.wizamart.marketplace.domain com.wizamart.marketplace.application.support ContentIndex
repackaged com.wizamart.marketplace.domain com.wizamart.marketplace.application.support ContentIndexTests
moved com.wizamart.marketplace.domain com.wizamart.marketplace.application.support LongHashSet
moved com.wizamart.marketplace.domain com.wizamart.marketplace.application.support ContentIndex

# --- read models and criteria of inbound adapters: port.out -> port.in ---------------------------------------
mv_if $mp/application/port/out/StagedProductSummary.java $mp/application/port/in/StagedProductSummary.java
moved com.wizamart.marketplace.application.port.out com.wizamart.marketplace.application.port.in StagedProductSummary
mv_if $mp/application/port/out/StagedProductDetail.java $mp/application/port/in/StagedProductDetail.java
moved com.wizamart.marketplace.application.port.out com.wizamart.marketplace.application.port.in StagedProductDetail
# the staged product list's filters: nested in StagingStore -> a top-level type of port.in
sub 'marketplace\.application\.port\.out\.StagingStore\.StagedProductQuery\b' \
    's/marketplace\.application\.port\.out\.StagingStore\.StagedProductQuery\b/marketplace.application.port.in.StagedProductQuery/g'
sub '\bStagingStore\.StagedProductQuery\b' 's/\bStagingStore\.StagedProductQuery\b/StagedProductQuery/g'
for f in $(files '\bStagedProductQuery\b' '*.java'); do
  if ! grep -qP '^package com\.wizamart\.marketplace\.application\.port\.in;' "$f"; then
    add_import "$f" com.wizamart.marketplace.application.port.in.StagedProductQuery
  fi
done

# --- configuration is not module API ------------------------------------------------------------------------
mv_if $mp/MarketplaceProperties.java $mp/config/MarketplaceProperties.java
moved com.wizamart.marketplace com.wizamart.marketplace.config MarketplaceProperties

# --- one simple name per production class across modules (catalog has Prices) ------------------------------
mv_if $ls_main/Prices.java $ls_main/FeedPrices.java
mv_if $ls_test/PricesTests.java $ls_test/FeedPricesTests.java
sub '\bPrices\b' 's/\bPrices\b/FeedPrices/g' marketplace/letzshop
sub '\bPricesTests\b' 's/\bPricesTests\b/FeedPricesTests/g' marketplace/letzshop docs/guides/adding-a-marketplace-adapter.md

# --- the com.wizamart imports of the files these moves touched, sorted -----------------------------------------
for f in $(files 'marketplace\.(config\.MarketplaceProperties|application\.support\.|application\.port\.in\.Staged)' '*.java'); do
  perl -0pi -e 's{((?:^import com\.wizamart\.[\w.]+;\n)+)}{join "", do { my %s; grep { !$s{$_}++ } sort { ($a =~ s{;\n}{}r) cmp ($b =~ s{;\n}{}r) } split /(?<=\n)/, $1 }}gme' "$f"
done
