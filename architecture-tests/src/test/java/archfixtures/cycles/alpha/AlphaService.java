package archfixtures.cycles.alpha;

/** Planted: alpha uses beta and beta uses alpha. */
public class AlphaService {

    archfixtures.cycles.beta.BetaService beta;
}
