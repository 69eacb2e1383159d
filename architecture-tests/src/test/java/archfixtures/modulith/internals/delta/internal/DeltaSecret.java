package archfixtures.modulith.internals.delta.internal;

/** delta's internals. */
public class DeltaSecret {
}
