package archfixtures.modulith.adapters.omega;

import archfixtures.modulith.adapters.shop.ShopFacade;

/** A top-level module that uses shop: adding it changes the diagram. */
public class OmegaFacade {

    ShopFacade shop;
}
