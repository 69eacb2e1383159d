package archfixtures.adapters.shop.application.port.out;

/** Innocent. */
public interface Orders {
}
