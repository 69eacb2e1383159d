package archfixtures.inward.shop.adapter.in.event;

/** Planted: an event listener whose method takes an outbound port's type. */
public class ListenerWritingTheStore {
    public void on(archfixtures.inward.shop.application.port.out.Orders orders) {
        orders.find("1");
    }
}
