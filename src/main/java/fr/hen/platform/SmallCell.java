package fr.hen.platform;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One figure as shown to the current user, under the small-cell rule of PRODUCT.md §4: any count under 5 shown
 * outside its own organisation is suppressed, and so is every figure from which such a count could be worked out. A
 * suppressed cell has a null value and says why: {@link Suppression#UNDER_FIVE} (a count under 5, or a rate, mean,
 * median or percentile computed from fewer than 5 events) or {@link Suppression#COMPLEMENTARY} (a total that would
 * give a suppressed part away by subtraction). In JSON {@code {"value": 12, "suppressed": false, "suppression":
 * null}} or {@code {"value": null, "suppressed": true, "suppression": "UNDER_FIVE"}}; all three fields always
 * written. A value may also be null without suppression when it is undefined (a rate over zero, a median of none).
 * The static methods are the rules, {@code own} meaning the user's own organisation (never suppressed).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record SmallCell<T extends Number>(
    @Schema(nullable = true, requiredMode = REQUIRED) T value,
    @Schema(requiredMode = REQUIRED) boolean suppressed,
    @Schema(nullable = true, requiredMode = REQUIRED) Suppression suppression) {

  /** Counts under this are small. */
  public static final int THRESHOLD = 5;

  /** Why a cell is hidden. */
  public enum Suppression {
    UNDER_FIVE,
    COMPLEMENTARY
  }

  public static <T extends Number> SmallCell<T> shown(T value) {
    return new SmallCell<>(value, false, null);
  }

  public static <T extends Number> SmallCell<T> underFive() {
    return new SmallCell<>(null, true, Suppression.UNDER_FIVE);
  }

  public static <T extends Number> SmallCell<T> complementary() {
    return new SmallCell<>(null, true, Suppression.COMPLEMENTARY);
  }

  /** True when hidden as a small count (shown {@code <5}). */
  public boolean underFiveShown() {
    return suppression == Suppression.UNDER_FIVE;
  }

  /** A count of another organisation under 5 is suppressed. */
  public static SmallCell<Integer> count(long value, boolean own) {
    return !own && value < THRESHOLD ? underFive() : shown((int) value);
  }

  /**
   * A rate in percent (one decimal) of another organisation is suppressed when its numerator or its denominator is
   * under 5: with the other one shown it would give the small count away. Over zero it is undefined (null).
   */
  public static SmallCell<Double> rate(long numerator, long denominator, boolean own) {
    if (!own && (numerator < THRESHOLD || denominator < THRESHOLD)) {
      return underFive();
    }
    return shown(denominator == 0 ? null : round1(numerator * 100.0 / denominator));
  }

  /** A statistic (mean, median, percentile; one decimal) of another organisation from fewer than 5 events. */
  public static SmallCell<Double> statistic(Double value, long events, boolean own) {
    if (!own && events < THRESHOLD) {
      return underFive();
    }
    return shown(value == null ? null : round1(value));
  }

  /** A total whose parts are shown beside it: hidden ({@code COMPLEMENTARY}) when any part is hidden. */
  public static SmallCell<Integer> total(SmallCell<Integer> total, List<SmallCell<Integer>> parts) {
    if (total.suppressed()) {
      return total;
    }
    return parts.stream().anyMatch(SmallCell::suppressed) ? complementary() : total;
  }

  /** Rounded to one decimal. */
  public static double round1(double value) {
    return Math.round(value * 10) / 10.0;
  }
}
