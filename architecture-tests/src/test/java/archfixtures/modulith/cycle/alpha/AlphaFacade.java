package archfixtures.modulith.cycle.alpha;

import archfixtures.modulith.cycle.beta.BetaFacade;

/** Planted: alpha uses beta's API. */
public class AlphaFacade {

    BetaFacade beta;
}
