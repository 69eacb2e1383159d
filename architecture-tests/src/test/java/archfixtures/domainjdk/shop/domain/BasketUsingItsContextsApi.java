package archfixtures.domainjdk.shop.domain;

import archfixtures.domainjdk.shop.ShopApi;

/** Planted: the domain uses its own context's API. */
public class BasketUsingItsContextsApi {

    ShopApi api;
}
