package archfixtures.modulith.adapters.shop;

import archfixtures.modulith.adapters.other.OtherFacade;

/** shop's API; uses other. */
public class ShopFacade {

    OtherFacade other;
}
