package com.wizamart.ordering.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.wizamart.ordering.domain.ShippingMethod;

/** The bound vendor's shipping methods. */
public interface ShippingMethodStore {

    /** @return every method of the vendor, oldest first. */
    List<ShippingMethod> list();

    /** @return the vendor's active methods, oldest first. */
    List<ShippingMethod> active();

    Optional<ShippingMethod> find(UUID id);

    void insert(ShippingMethod method);

    /** @return whether the vendor has the method (and it was written). */
    boolean update(ShippingMethod method);

    /** @return whether the vendor had the method. */
    boolean delete(UUID id);
}
