package archfixtures.checklist.shop.unwired;

import org.springframework.stereotype.Service;

import archfixtures.checklist.shop.spi.ShopAdapter;

/** A component (through {@code @Service}) implementing the adapter type, in a module nothing depends on. */
@Service
public class UnwiredAdapter implements ShopAdapter {
}
