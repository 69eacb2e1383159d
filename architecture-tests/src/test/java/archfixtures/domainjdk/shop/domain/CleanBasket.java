package archfixtures.domainjdk.shop.domain;

import java.util.List;
import archfixtures.domainjdk.sharedkernel.Problem;

/** Innocent: JDK, own domain and the shared kernel's root package. */
public class CleanBasket {

    BasketId id;
    List<String> lines;

    void fail() {
        throw new Problem();
    }
}
