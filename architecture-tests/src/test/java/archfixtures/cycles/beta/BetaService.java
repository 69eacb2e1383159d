package archfixtures.cycles.beta;

/** Planted: closes the cycle back to alpha. */
public class BetaService {

    archfixtures.cycles.alpha.AlphaService alpha;
}
