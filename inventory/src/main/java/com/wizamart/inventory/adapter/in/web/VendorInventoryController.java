package com.wizamart.inventory.adapter.in.web;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.inventory.application.InventoryViews;
import com.wizamart.inventory.application.LocationAdministration;
import com.wizamart.inventory.application.StockKeeping;
import com.wizamart.inventory.application.port.in.MovementQuery;
import com.wizamart.inventory.application.port.in.MovementView;
import com.wizamart.inventory.application.port.in.StockQuery;
import com.wizamart.inventory.domain.Location;
import com.wizamart.inventory.domain.MovementType;
import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.Actor;

/**
 * A vendor's inventory: stock per product and location, receipts and adjustments, the movement history, locations
 * and the availability view, and the inventory settings (the feed location). Reading needs {@code products.view},
 * changing stock or locations {@code products.edit}, changing settings {@code settings.edit}.
 */
@RestController
@RequestMapping("/api/v1/vendor/inventory")
class VendorInventoryController {

    private final StockKeeping keeping;
    private final InventoryViews views;
    private final LocationAdministration locations;
    private final InventoryWebMapper mapper;

    VendorInventoryController(StockKeeping keeping, InventoryViews views, LocationAdministration locations,
                              InventoryWebMapper mapper) {
        this.keeping = keeping;
        this.views = views;
        this.locations = locations;
        this.mapper = mapper;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('PERM_products.view')")
    PagedModel<StockResponse> stock(@RequestParam(required = false) UUID productId,
                                    @RequestParam(required = false) UUID locationId,
                                    @RequestParam(required = false) @Min(0) Integer lowStock,
                                    @PageableDefault(size = 20) Pageable pageable) {
        return new PagedModel<>(views.stock(new StockQuery(productId, locationId, lowStock), pageable)
                .map(mapper::toResponse));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('PERM_products.view')")
    StockResponse entry(@PathVariable UUID id) {
        return mapper.toResponse(views.stockEntry(id));
    }

    /**
     * @param location a location's id or code; omitted for the default location.
     */
    record ReceiveRequest(@NotNull UUID productId, @Size(max = 64) String location,
                          @NotNull @Positive Integer quantity, @Size(max = 500) String reason) {
    }

    /** A receipt: 201 with the stock row (created when the product had none at that location). */
    @PostMapping
    @PreAuthorize("hasAuthority('PERM_products.edit')")
    ResponseEntity<StockResponse> receive(@Valid @RequestBody ReceiveRequest request, Actor actor) {
        StockResponse stock = mapper.toResponse(keeping.receive(request.productId(), request.location(),
                request.quantity(), request.reason(), actor));
        return ResponseEntity.created(URI.create("/api/v1/vendor/inventory/" + stock.id())).body(stock);
    }

    /** Either {@code quantity} (the counted on hand) or {@code adjustment} (signed change), with a reason. */
    record UpdateRequest(@PositiveOrZero Integer quantity, Integer adjustment, @Size(max = 500) String reason) {
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('PERM_products.edit')")
    StockResponse update(@PathVariable UUID id, @Valid @RequestBody UpdateRequest request, Actor actor) {
        if ((request.quantity() == null) == (request.adjustment() == null)) {
            String message = "send either quantity or adjustment";
            throw new ValidationException(java.util.List.of(new FieldViolation("quantity", message),
                    new FieldViolation("adjustment", message)));
        }
        return mapper.toResponse(request.quantity() != null
                ? keeping.count(id, request.quantity(), request.reason(), actor)
                : keeping.adjust(id, request.adjustment(), request.reason(), actor));
    }

    @GetMapping("/movements")
    @PreAuthorize("hasAuthority('PERM_products.view')")
    PagedModel<MovementView> movements(@RequestParam(required = false) UUID productId,
                                       @RequestParam(required = false) UUID locationId,
                                       @RequestParam(required = false) MovementType type,
                                       @RequestParam(required = false)
                                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                       @RequestParam(required = false)
                                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                                       @RequestParam(required = false) @Size(max = 100) String reference,
                                       @PageableDefault(size = 50) Pageable pageable) {
        return new PagedModel<>(views.movements(new MovementQuery(productId, locationId, type, from, to, reference),
                pageable));
    }

    @GetMapping("/products/{productId}/availability")
    @PreAuthorize("hasAuthority('PERM_products.view')")
    AvailabilityResponse availability(@PathVariable UUID productId) {
        return mapper.toResponse(views.availability(productId));
    }

    @GetMapping("/locations")
    @PreAuthorize("hasAuthority('PERM_products.view')")
    PagedModel<LocationResponse> locations(@PageableDefault(size = 50) Pageable pageable) {
        UUID feed = locations.feedLocation().id();
        return new PagedModel<>(locations.list(pageable).map(l -> mapper.toResponse(l, l.id().equals(feed))));
    }

    @GetMapping("/locations/{id}")
    @PreAuthorize("hasAuthority('PERM_products.view')")
    LocationResponse location(@PathVariable UUID id) {
        Location location = locations.get(id);
        return mapper.toResponse(location, location.id().equals(locations.feedLocation().id()));
    }

    /** @param priority lower is taken from first; defaults to 100 (the default location has 0). */
    record CreateLocation(@NotBlank @Size(max = 32) String code, @NotBlank @Size(max = 100) String name,
                          @Min(0) @Max(Location.MAX_PRIORITY) Integer priority) {
    }

    @PostMapping("/locations")
    @PreAuthorize("hasAuthority('PERM_products.edit')")
    ResponseEntity<LocationResponse> createLocation(@Valid @RequestBody CreateLocation request) {
        Location location = locations.create(request.code(), request.name(), request.priority());
        return ResponseEntity.created(URI.create("/api/v1/vendor/inventory/locations/" + location.id()))
                .body(mapper.toResponse(location, false));
    }

    /**
     * The vendor's inventory settings.
     *
     * @param feedLocation the location whose on-hand stock marketplace feeds set.
     */
    record SettingsResponse(LocationResponse feedLocation) {
    }

    /** @param feedLocation a location's id or code. */
    record SettingsRequest(@NotBlank @Size(max = 64) String feedLocation) {
    }

    @GetMapping("/settings")
    @PreAuthorize("hasAuthority('PERM_products.view')")
    SettingsResponse settings() {
        return new SettingsResponse(mapper.toResponse(locations.feedLocation(), true));
    }

    @PutMapping("/settings")
    @PreAuthorize("hasAuthority('PERM_settings.edit')")
    SettingsResponse configure(@Valid @RequestBody SettingsRequest request, Actor actor) {
        return new SettingsResponse(mapper.toResponse(locations.chooseFeedLocation(request.feedLocation(), actor),
                true));
    }
}
