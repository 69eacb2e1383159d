package archfixtures.domainjdk.sharedkernel;

/** The fixture's shared kernel root: allowed in a domain. */
public class Problem extends RuntimeException {
}
