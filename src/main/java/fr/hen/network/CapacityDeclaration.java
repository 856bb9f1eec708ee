package fr.hen.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** What a partner declares for one capability: places, free places and the capacity status. */
public record CapacityDeclaration(
    @NotBlank String capability,
    @NotNull @PositiveOrZero Integer places,
    @NotNull @PositiveOrZero Integer freePlaces,
    @NotNull CapacityStatus capacityStatus) {}
