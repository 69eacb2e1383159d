package archfixtures.adapterdeps.shop.alpha;

import archfixtures.adapterdeps.other.OtherApi;

/** Planted: uses another context, even though only its API. */
public class AlphaUsingAnotherContext {

    OtherApi other;
}
