package archfixtures.adapterdeps.sharedkernel;

/** The shared kernel's root package (plain Java). */
public class Problem extends RuntimeException {
}
