package archfixtures.domainjdk.shop.domain;

import org.slf4j.Logger;

/** Planted: the domain uses a library (even a harmless one). */
public class BasketUsingALibrary {

    Logger logger;
}
