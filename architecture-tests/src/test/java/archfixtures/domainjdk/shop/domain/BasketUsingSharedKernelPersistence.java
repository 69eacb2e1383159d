package archfixtures.domainjdk.shop.domain;

import archfixtures.domainjdk.sharedkernel.persistence.Columns;

/** Planted: the domain uses the shared kernel's persistence helpers. */
public class BasketUsingSharedKernelPersistence {

    Columns columns;
}
