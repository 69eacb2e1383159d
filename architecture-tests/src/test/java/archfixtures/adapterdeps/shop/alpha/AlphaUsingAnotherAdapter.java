package archfixtures.adapterdeps.shop.alpha;

import archfixtures.adapterdeps.shop.beta.BetaAdapter;

/** Planted: uses another plug-in of the context. */
public class AlphaUsingAnotherAdapter {

    BetaAdapter beta;
}
