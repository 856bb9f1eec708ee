package fr.hen.discharge.figures;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One figure as shown to the current user. A suppressed figure has a null value and says why: {@code UNDER_FIVE}
 * (a count under 5, or a rate, median or percentile computed from fewer than 5 events, outside the user's own
 * organisation) or {@code COMPLEMENTARY} (a total that would give a suppressed figure away by subtraction). A value
 * may also be null without suppression when it is undefined (a median of no event). All three fields are always
 * written.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record FigureCell<T extends Number>(
    @Schema(nullable = true, requiredMode = REQUIRED) T value,
    @Schema(requiredMode = REQUIRED) boolean suppressed,
    @Schema(nullable = true, requiredMode = REQUIRED) Suppression suppression) {

  /** Why a figure is hidden. */
  public enum Suppression {
    UNDER_FIVE,
    COMPLEMENTARY
  }

  static <T extends Number> FigureCell<T> shown(T value) {
    return new FigureCell<>(value, false, null);
  }

  static <T extends Number> FigureCell<T> underFive() {
    return new FigureCell<>(null, true, Suppression.UNDER_FIVE);
  }

  static <T extends Number> FigureCell<T> complementary() {
    return new FigureCell<>(null, true, Suppression.COMPLEMENTARY);
  }

  /** True when hidden as a small count (shown {@code <5}). */
  public boolean underFiveShown() {
    return suppression == Suppression.UNDER_FIVE;
  }
}
