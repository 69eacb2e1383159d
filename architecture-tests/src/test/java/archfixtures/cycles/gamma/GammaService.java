package archfixtures.cycles.gamma;

/** Innocent: uses alpha, nobody uses gamma, so no cycle through gamma. */
public class GammaService {

    archfixtures.cycles.alpha.AlphaService alpha;
}
