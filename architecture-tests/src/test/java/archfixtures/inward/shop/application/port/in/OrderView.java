package archfixtures.inward.shop.application.port.in;

/** A read model inbound adapters may show. */
public record OrderView(String number) {
}
