package archfixtures.adapters.shop.adapter.in.web;

import archfixtures.adapters.other.application.OtherService;

/** Planted: an adapter bypasses another context's API. */
public class ControllerUsingAnotherContextsInternals {

    OtherService other;
}
