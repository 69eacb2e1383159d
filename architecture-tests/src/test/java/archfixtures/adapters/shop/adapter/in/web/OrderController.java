package archfixtures.adapters.shop.adapter.in.web;

import archfixtures.adapters.other.OtherApi;
import archfixtures.adapters.shop.application.PlaceOrder;

/** Innocent: inward, and another context's API. */
public class OrderController {

    PlaceOrder placeOrder;
    OtherApi other;
}
