package com.wizamart.inventory.adapter.in.web;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import com.wizamart.inventory.application.port.in.AvailabilityView;
import com.wizamart.inventory.application.port.in.StockView;
import com.wizamart.inventory.domain.Location;

/** Stock rows, locations and the availability view to their API shape. */
@Mapper
interface InventoryWebMapper {

    @Mapping(target = "quantity", source = "onHand")
    @Mapping(target = "available", expression = "java(view.available())")
    StockResponse toResponse(StockView view);

    @Mapping(target = "quantity", source = "onHand")
    AvailabilityResponse toResponse(AvailabilityView availability);

    @Mapping(target = "defaultLocation", source = "location.isDefault")
    LocationResponse toResponse(Location location, boolean feedLocation);
}
