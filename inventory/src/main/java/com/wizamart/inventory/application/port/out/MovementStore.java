package com.wizamart.inventory.application.port.out;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import com.wizamart.inventory.application.port.in.MovementQuery;
import com.wizamart.inventory.application.port.in.MovementView;
import com.wizamart.inventory.domain.Movement;

/** The bound vendor's movement history: append-only. */
public interface MovementStore {

    void insert(List<Movement> movements);

    /** @return a page of movements; unsorted means newest first. */
    Page<MovementView> search(MovementQuery query, Pageable pageable);

    /** @return the product's newest movements, newest first. */
    List<MovementView> recent(UUID productId, int limit);
}
