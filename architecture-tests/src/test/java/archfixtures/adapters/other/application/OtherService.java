package archfixtures.adapters.other.application;

/** Another context's internals. */
public class OtherService {
}
