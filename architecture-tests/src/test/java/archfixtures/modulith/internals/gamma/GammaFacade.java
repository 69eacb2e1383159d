package archfixtures.modulith.internals.gamma;

import archfixtures.modulith.internals.delta.internal.DeltaSecret;

/** Planted: gamma reaches into delta's internals. */
public class GammaFacade {

    DeltaSecret secret;
}
