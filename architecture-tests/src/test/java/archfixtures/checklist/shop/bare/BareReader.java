package archfixtures.checklist.shop.bare;

import org.springframework.stereotype.Component;

/** A component that is no adapter: it does not make its package's adapter bean. */
@Component
public class BareReader {
}
