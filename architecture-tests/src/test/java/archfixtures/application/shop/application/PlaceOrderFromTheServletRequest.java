package archfixtures.application.shop.application;

import jakarta.servlet.http.HttpServletRequest;

/** Planted: a Servlet type. */
public class PlaceOrderFromTheServletRequest {

    void place(HttpServletRequest request) {
    }
}
