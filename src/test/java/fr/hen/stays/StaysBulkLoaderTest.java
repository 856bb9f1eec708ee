package fr.hen.stays;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.hen.stays.StaysBulkLoader.Bed;
import fr.hen.stays.StaysBulkLoader.Load;
import fr.hen.stays.StaysBulkLoader.Movement;
import fr.hen.stays.StaysBulkLoader.MovementKind;
import fr.hen.stays.StaysBulkLoader.Patient;
import fr.hen.stays.StaysBulkLoader.Room;
import fr.hen.stays.StaysBulkLoader.Stay;
import fr.hen.stays.StaysBulkLoader.Unit;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bulk load is refused before anything is written when a reference is broken (the loader has no database here). */
class StaysBulkLoaderTest {

  static final LocalDateTime AT = LocalDateTime.of(2026, 3, 2, 10, 0);
  static final StaysBulkLoader LOADER = new StaysBulkLoader(null, null, null);

  static Load load(List<Stay> stays, List<Movement> movements) {
    return new Load(List.of(new Unit(1, 10, "ONC", "Oncologie", "MEDICAL_ONCOLOGY"),
        new Unit(2, 20, "MED", "Médecine", "INTERNAL_MEDICINE")),
        List.of(new Room(1, 1, "101", 1, "ANY", List.of("OXYGEN")), new Room(2, 2, "201", 1, "ANY", List.of())),
        List.of(new Bed(1, 1, "A", BedStatus.OCCUPIED, null, AT), new Bed(2, 2, "A", BedStatus.FREE, null, AT)),
        List.of(new Patient(1, 10, "P1", "Martin", "Jeanne", LocalDate.of(1950, 2, 3), "F")), stays, movements,
        "test");
  }

  static Stay stay(long organisationId, long unitId, Long bedId) {
    return new Stay(1, organisationId, 1, StayStatus.IN_HOSPITAL, unitId, bedId, AT, AdmissionSource.HOME, false,
        null, null, null, null, null);
  }

  static Movement admission(long stayId) {
    return new Movement(1, stayId, MovementKind.ADMISSION, AT, null, null, 1L, 1L);
  }

  @Test
  void consistentLoad_passesTheCheck() {
    assertThatCode(() -> StaysLoadCheck.check(load(List.of(stay(10, 1, 1L)), List.of(admission(1)))))
        .doesNotThrowAnyException();
  }

  @Test
  void stayOfAnotherOrganisationThanItsUnit_isRefused() {
    assertThatThrownBy(() -> LOADER.load(load(List.of(stay(20, 1, 1L)), List.of())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("differs from its unit's");
  }

  @Test
  void stayInABedOfAnotherUnit_isRefused() {
    assertThatThrownBy(() -> LOADER.load(load(List.of(stay(10, 1, 2L)), List.of())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a bed of unit 1");
  }

  @Test
  void movementOfAStayOutsideTheLoad_isRefused() {
    assertThatThrownBy(() -> LOADER.load(load(List.of(stay(10, 1, 1L)), List.of(admission(7)))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stay 7 not in the load");
  }

  @Test
  void idGivenTwice_isRefused() {
    assertThatThrownBy(() -> LOADER.load(load(List.of(stay(10, 1, 1L), stay(10, 1, 1L)), List.of())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stay 1 given twice");
  }
}
