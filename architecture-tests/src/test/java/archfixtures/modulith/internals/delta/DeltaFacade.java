package archfixtures.modulith.internals.delta;

/** delta's API. */
public class DeltaFacade {
}
