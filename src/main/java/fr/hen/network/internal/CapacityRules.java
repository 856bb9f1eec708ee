package fr.hen.network.internal;

import fr.hen.network.CapacityDeclaration;
import fr.hen.network.CapacityProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The rules of a capacity declaration, line by line, each a named method giving the problem it finds (message keys
 * {@code network.capacity.error.*} for pages, English messages for the API). A field breaks one rule at most: the
 * first in the order of the methods.
 */
public final class CapacityRules {

  private static final String KEY = "network.capacity.error.";

  private CapacityRules() {}

  /** Every problem of the declaration, line after line, fields in the order capability, places, free, status. */
  public static List<CapacityProblem> problems(List<CapacityDeclaration> declarations, Predicate<String> exists) {
    List<CapacityProblem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < declarations.size(); i++) {
      problems.addAll(lineProblems(i, declarations.get(i), exists, seen));
    }
    return problems;
  }

  private static List<CapacityProblem> lineProblems(int i, CapacityDeclaration d, Predicate<String> exists,
      Set<String> seen) {
    if (d == null) {
      return List.of(problem(i, "capability", "required", "a capability is required"));
    }
    return Stream.of(
            capabilityExists(i, d, exists).or(() -> capabilityDeclaredOnce(i, d, seen)),
            placesWithinRange(i, d),
            freePlacesGiven(i, d).or(() -> freePlacesNotNegative(i, d)).or(() -> freePlacesWithinPlaces(i, d)),
            statusGiven(i, d).or(() -> noFreePlaceWhenClosedOrFull(i, d)))
        .flatMap(Optional::stream).toList();
  }

  static Optional<CapacityProblem> capabilityExists(int i, CapacityDeclaration d, Predicate<String> exists) {
    return d.capability() != null && exists.test(d.capability()) ? Optional.empty()
        : Optional.of(problem(i, "capability", "unknown", "unknown capability '" + d.capability() + "'"));
  }

  static Optional<CapacityProblem> capabilityDeclaredOnce(int i, CapacityDeclaration d, Set<String> seen) {
    return seen.add(d.capability()) ? Optional.empty()
        : Optional.of(problem(i, "capability", "twice", "capability '" + d.capability() + "' is declared twice"));
  }

  /** Places are given, 0 or more and at most {@link CapacityDeclaration#MAX_PLACES}. */
  static Optional<CapacityProblem> placesWithinRange(int i, CapacityDeclaration d) {
    if (d.places() == null) {
      return Optional.of(problem(i, "places", "placesRequired", "places are required"));
    }
    return d.places() >= 0 && d.places() <= CapacityDeclaration.MAX_PLACES ? Optional.empty()
        : Optional.of(problem(i, "places", "placesRange", "places must be between 0 and "
            + CapacityDeclaration.MAX_PLACES, CapacityDeclaration.MAX_PLACES));
  }

  static Optional<CapacityProblem> freePlacesGiven(int i, CapacityDeclaration d) {
    return d.freePlaces() != null ? Optional.empty()
        : Optional.of(problem(i, "free_places", "freeRequired", "free places are required"));
  }

  static Optional<CapacityProblem> freePlacesNotNegative(int i, CapacityDeclaration d) {
    return d.freePlaces() >= 0 ? Optional.empty()
        : Optional.of(problem(i, "free_places", "freeNegative", "free places must be 0 or more"));
  }

  /** No more free places than places (checked only when the places themselves are valid). */
  static Optional<CapacityProblem> freePlacesWithinPlaces(int i, CapacityDeclaration d) {
    boolean placesValid = d.places() != null && d.places() >= 0 && d.places() <= CapacityDeclaration.MAX_PLACES;
    return !placesValid || d.freePlaces() <= d.places() ? Optional.empty()
        : Optional.of(problem(i, "free_places", "freeAbovePlaces", "free places must be between 0 and "
            + d.places(), d.places()));
  }

  static Optional<CapacityProblem> statusGiven(int i, CapacityDeclaration d) {
    return d.capacityStatus() != null ? Optional.empty()
        : Optional.of(problem(i, "capacity_status", "statusRequired", "capacity status is required"));
  }

  /** A capability declared closed or full (occupied) has no free place. */
  static Optional<CapacityProblem> noFreePlaceWhenClosedOrFull(int i, CapacityDeclaration d) {
    boolean someFree = d.freePlaces() != null && d.freePlaces() > 0;
    return !someFree || !d.capacityStatus().meansNoFreePlace() ? Optional.empty()
        : Optional.of(problem(i, "capacity_status", "noFreeWhenFull", "a capability declared "
            + d.capacityStatus() + " has no free places: declare 0 free places or another status"));
  }

  private static CapacityProblem problem(int line, String field, String key, String message, Object... arguments) {
    return new CapacityProblem(line, field, KEY + key, List.of(arguments), message);
  }
}
