package archfixtures.adapterdeps.shop.alpha;

import archfixtures.adapterdeps.sharedkernel.persistence.Columns;

/** Planted: uses the shared kernel's persistence helpers, not its root package. */
public class AlphaUsingTheKernelsHelpers {

    String column() {
        return Columns.quoted("sku");
    }
}
