package archfixtures.modulith.cycle.beta;

import archfixtures.modulith.cycle.alpha.AlphaFacade;

/** Planted: beta uses alpha's API, closing a cycle. */
public class BetaFacade {

    AlphaFacade alpha;
}
