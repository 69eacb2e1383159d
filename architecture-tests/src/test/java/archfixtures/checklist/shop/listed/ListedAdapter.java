package archfixtures.checklist.shop.listed;

import org.springframework.stereotype.Component;

import archfixtures.checklist.shop.spi.ShopAdapter;

/** Innocent: a component implementing the adapter type. */
@Component
public class ListedAdapter implements ShopAdapter {
}
