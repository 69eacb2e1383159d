#!/usr/bin/env bash
# Renames and moves of the catalog and inventory modules; idempotent (run from the repository root).
set -euo pipefail

cat_app=catalog/src/main/java/com/wizamart/catalog/application
inv_app=inventory/src/main/java/com/wizamart/inventory/application

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

# --- catalog -------------------------------------------------------------------------------------------------
# use-case classes named for their capability
mv_if $cat_app/CatalogSettingsService.java $cat_app/CatalogSetup.java
sub '\bCatalogSettingsService\b' 's/\bCatalogSettingsService\b/CatalogSetup/g'
mv_if $cat_app/ProductSearch.java $cat_app/ProductViews.java
sub '\bProductSearch\b' 's/\bProductSearch\b/ProductViews/g' catalog
mv_if $cat_app/ProductAvailability.java $cat_app/AvailableQuantityTracking.java
sub '\bProductAvailability\b' 's/\bProductAvailability\b/AvailableQuantityTracking/g' catalog

# read models and criteria of inbound adapters: port.out -> port.in
mv_if $cat_app/port/out/ProductView.java $cat_app/port/in/ProductView.java
mv_if $cat_app/port/out/ProductQuery.java $cat_app/port/in/ProductQuery.java
sub 'catalog\.application\.port\.out\.(ProductView|ProductQuery)\b' \
    's/catalog\.application\.port\.out\.(ProductView|ProductQuery)\b/catalog.application.port.in.$1/g'
sub 'catalog\.application\.port\.out\.RefreshStore\.RefreshChange\b' \
    's/catalog\.application\.port\.out\.RefreshStore\.RefreshChange\b/catalog.application.port.in.RefreshChange/g'
sub '\bRefreshStore\.RefreshChange\b' 's/\bRefreshStore\.RefreshChange\b/RefreshChange/g'

# configuration is not module API
mv_if catalog/src/main/java/com/wizamart/catalog/CatalogProperties.java \
      catalog/src/main/java/com/wizamart/catalog/config/CatalogProperties.java
sub 'com\.wizamart\.catalog\.CatalogProperties\b' \
    's/com\.wizamart\.catalog\.CatalogProperties\b/com.wizamart.catalog.config.CatalogProperties/g'

# --- inventory -----------------------------------------------------------------------------------------------
mv_if $inv_app/LocationManagement.java $inv_app/LocationAdministration.java
sub '\bLocationManagement\b' 's/\bLocationManagement\b/LocationAdministration/g'
mv_if $inv_app/ProductAvailability.java $inv_app/port/in/AvailabilityView.java
sub 'inventory\.application\.ProductAvailability\b' \
    's/inventory\.application\.ProductAvailability\b/inventory.application.port.in.AvailabilityView/g'
sub '\bProductAvailability\b' 's/\bProductAvailability\b/AvailabilityView/g' inventory

# read models and criteria of inbound adapters: nested in the stores (port.out) -> top-level types of port.in
sub 'inventory\.application\.port\.out\.(StockStore\.(StockView|StockQuery)|MovementStore\.(MovementView|MovementQuery))\b' \
    's/inventory\.application\.port\.out\.(?:StockStore|MovementStore)\.(StockView|StockQuery|MovementView|MovementQuery)\b/inventory.application.port.in.$1/g'
sub '\b(StockStore\.(StockView|StockQuery)|MovementStore\.(MovementView|MovementQuery))\b' \
    's/\b(?:StockStore|MovementStore)\.(StockView|StockQuery|MovementView|MovementQuery)\b/$1/g'

# --- catalog, second round ----------------------------------------------------------------------------------
mv_if $cat_app/ImportRefreshes.java $cat_app/CatalogRefreshing.java
sub '\bImportRefreshes\b' 's/\bImportRefreshes\b/CatalogRefreshing/g'
