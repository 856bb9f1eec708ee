package fr.hen.stays.networkbeds;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One figure of the network view as shown to the current user. A suppressed cell has a null value and says why:
 * {@link Suppression#UNDER_FIVE} (the count, or the events a rate or mean is computed from, is under 5) or
 * {@link Suppression#COMPLEMENTARY} (showing it would reveal a suppressed cell by subtraction). In JSON:
 * {@code {"value": 12, "suppressed": false, "suppression": null}} or
 * {@code {"value": null, "suppressed": true, "suppression": "UNDER_FIVE"}}. A value may also be null without
 * suppression when it is undefined (a rate over zero beds of the user's own hospital). All three fields are
 * always written, nulls included, so that every figure has the same shape whatever the global inclusion.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Cell<T extends Number>(
    @Schema(nullable = true, requiredMode = REQUIRED) T value,
    @Schema(requiredMode = REQUIRED) boolean suppressed,
    @Schema(nullable = true, requiredMode = REQUIRED) Suppression suppression) {

  /** Why a cell is hidden. */
  public enum Suppression {
    UNDER_FIVE,
    COMPLEMENTARY
  }

  static <T extends Number> Cell<T> shown(T value) {
    return new Cell<>(value, false, null);
  }

  static <T extends Number> Cell<T> underFive() {
    return new Cell<>(null, true, Suppression.UNDER_FIVE);
  }

  static <T extends Number> Cell<T> complementary() {
    return new Cell<>(null, true, Suppression.COMPLEMENTARY);
  }

  /** True when the cell is hidden because it is a small count (shown {@code <5}). */
  public boolean underFiveShown() {
    return suppression == Suppression.UNDER_FIVE;
  }
}
