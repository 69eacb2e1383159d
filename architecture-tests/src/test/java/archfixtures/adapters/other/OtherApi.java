package archfixtures.adapters.other;

/** Another context's public API: adapters may use it. */
public interface OtherApi {
}
