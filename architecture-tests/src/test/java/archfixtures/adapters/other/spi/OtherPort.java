package archfixtures.adapters.other.spi;

/** Another context's named interface: adapters may implement it. */
public interface OtherPort {
}
