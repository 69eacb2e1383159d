package archfixtures.domainjdk.sharedkernel.persistence;

/** Below the shared kernel's root: not allowed in a domain. */
public class Columns {
}
