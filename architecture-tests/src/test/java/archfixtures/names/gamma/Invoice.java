package archfixtures.names.gamma;

/** Innocent: a unique name with a nested type named as alpha's. */
public record Invoice(String id) {
    public record Line(String text) {
    }
}
