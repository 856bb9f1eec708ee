package fr.hen.network;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * What a partner declares for one capability: places, free places and the capacity status. The rules between them
 * (places up to {@link #MAX_PLACES}, free places up to the places, none free when closed or full) are checked by the
 * services and named per line ({@link CapacityProblem}).
 */
public record CapacityDeclaration(
    @NotBlank String capability,
    @NotNull @PositiveOrZero Integer places,
    @NotNull @PositiveOrZero Integer freePlaces,
    @NotNull CapacityStatus capacityStatus) {

  /** The most places one organisation may declare for one capability: more is a typing error. */
  public static final int MAX_PLACES = 9_999;
}
