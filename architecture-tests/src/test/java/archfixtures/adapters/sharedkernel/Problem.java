package archfixtures.adapters.sharedkernel;

/** The fixture's shared kernel. */
public class Problem extends RuntimeException {
}
