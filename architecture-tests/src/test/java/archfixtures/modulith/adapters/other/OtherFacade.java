package archfixtures.modulith.adapters.other;

/** other's API. */
public class OtherFacade {
}
