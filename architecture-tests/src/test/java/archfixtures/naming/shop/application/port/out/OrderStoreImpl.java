package archfixtures.naming.shop.application.port.out;

/** Planted: ports are part of the application package and follow the same scheme. */
public interface OrderStoreImpl {
}
