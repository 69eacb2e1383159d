package archfixtures.adapterdeps.sharedkernel.persistence;

/** The shared kernel's persistence helpers, for persistence adapters. */
public final class Columns {

    private Columns() {
    }

    public static String quoted(String name) {
        return '"' + name + '"';
    }
}
