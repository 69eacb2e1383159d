#!/usr/bin/env bash
# Renames and moves in tenancy and identity (use-case naming scheme, read models into application.port.in,
# configuration records into <module>.config). Idempotent: re-run it after merging a branch that still uses old names.
# ADR texts under docs/adr are left alone (they record what was decided at the time).
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"

move() { # move FROM TO (when FROM still exists)
    if [ -e "$1" ]; then mkdir -p "$(dirname "$2")"; git mv "$1" "$2"; fi
}
users() { # files mentioning the regex, outside ADRs and this directory
    git grep -l -P "$1" -- . ':!docs/adr' ':!.renames' || true
}
subst() { # subst REGEX PERL-SUBSTITUTION
    local files; files=$(users "$1")
    [ -z "$files" ] || perl -pi -e "$2" $files
}
# add_import PACKAGE SIMPLE-NAME FQN: files in PACKAGE using SIMPLE-NAME without importing it get the import
add_import() {
    local f
    for f in $(git grep -l -P "\\b$2\\b" -- '*.java' || true); do
        if grep -q "^package $1;" "$f" && ! grep -q "^import $3;" "$f" && [ "$(basename "$f" .java)" != "$2" ]; then
            if grep -q '^import com\.wizamart\.' "$f"; then
                perl -0pi -e "s/^(import com\.wizamart\.)/import $3;\n\$1/m" "$f"
            else
                perl -0pi -e "s/^(package \Q$1\E;\n)/\$1\nimport $3;\n/m" "$f"
            fi
        fi
    done
}

# unqualify OUTER NAME FQN: OUTER.NAME becomes NAME, imported from FQN
unqualify() {
    local f
    for f in $(users "\\b$1\\.$2\\b"); do
        perl -pi -e "s/\\b$1\\.$2\\b/$2/g" "$f"
        case "$f" in *.java)
            if ! grep -q "^import $3;" "$f"; then
                if grep -q '^import com\.wizamart\.' "$f"; then
                    perl -0pi -e "s/^(import com\\.wizamart\\.)/import $3;\\n\$1/m" "$f"
                else
                    perl -0pi -e "s/^(package [\\w.]+;\\n)/\$1\\nimport $3;\\n/m" "$f"
                fi
            fi;;
        esac
    done
}

T=tenancy/src/main/java/com/wizamart/tenancy
I=identity/src/main/java/com/wizamart/identity

# configuration records out of the modules' root packages
move $T/TenancyProperties.java $T/config/TenancyProperties.java
move $I/IdentityProperties.java $I/config/IdentityProperties.java
perl -pi -e 's/^package com\.wizamart\.tenancy;/package com.wizamart.tenancy.config;/' $T/config/TenancyProperties.java
perl -pi -e 's/^package com\.wizamart\.identity;/package com.wizamart.identity.config;/' $I/config/IdentityProperties.java
subst 'com\.wizamart\.tenancy\.TenancyProperties' 's/\bcom\.wizamart\.tenancy\.TenancyProperties\b/com.wizamart.tenancy.config.TenancyProperties/g'
subst 'com\.wizamart\.identity\.IdentityProperties' 's/\bcom\.wizamart\.identity\.IdentityProperties\b/com.wizamart.identity.config.IdentityProperties/g'
add_import com.wizamart.tenancy TenancyProperties com.wizamart.tenancy.config.TenancyProperties
add_import com.wizamart.identity IdentityProperties com.wizamart.identity.config.IdentityProperties

# tenancy: VendorService split into VendorAdministration (the Vendors facade, admin changes) and VendorRouting
# (package-private, request routing with its cache); AuditService split into AuditRecording (the AuditTrail,
# package-private) and AuditViews (the admin log); read models and criteria of the admin web adapters into port.in
subst '\bVendorService\b' 's/\bVendorService\b/VendorAdministration/g'
subst '\bAuditServiceTests\b' 's/\bAuditServiceTests\b/AuditRecordingTests/g'
subst '\bAuditService\b' 's/\bAuditService\b/AuditRecording/g'
subst 'tenancy\.application\.port\.out\.VendorStore\.VendorQuery' 's/\btenancy\.application\.port\.out\.VendorStore\.VendorQuery\b/tenancy.application.port.in.VendorQuery/g'
subst 'tenancy\.application\.port\.out\.AuditStore\.Audit(Query|Record)' 's/\btenancy\.application\.port\.out\.AuditStore\.Audit(Query|Record)\b/tenancy.application.port.in.Audit$1/g'
unqualify VendorStore VendorQuery com.wizamart.tenancy.application.port.in.VendorQuery
unqualify AuditStore AuditQuery com.wizamart.tenancy.application.port.in.AuditQuery
unqualify AuditStore AuditRecord com.wizamart.tenancy.application.port.in.AuditRecord

# identity: use-case classes named for their capability
IA=$I/application
move $IA/TeamManagement.java $IA/TeamAdministration.java
move $IA/CustomerQueries.java $IA/CustomerViews.java
subst '\bTeamManagement\b' 's/\bTeamManagement\b/TeamAdministration/g'
subst '\bCustomerQueries\b' 's/\bCustomerQueries\b/CustomerViews/g'
# identity: read models and criteria of the inbound adapters into port.in
subst 'identity\.application\.port\.out\.TeamStore\.(Invitation|MemberView|MembershipView)\b' 's/\bidentity\.application\.port\.out\.TeamStore\.(Invitation|MemberView|MembershipView)\b/identity.application.port.in.$1/g'
subst 'identity\.application\.port\.out\.UserStore\.UserQuery\b' 's/\bidentity\.application\.port\.out\.UserStore\.UserQuery\b/identity.application.port.in.UserQuery/g'
for name in Invitation MemberView MembershipView; do
    unqualify TeamStore $name com.wizamart.identity.application.port.in.$name
done
unqualify UserStore UserQuery com.wizamart.identity.application.port.in.UserQuery
