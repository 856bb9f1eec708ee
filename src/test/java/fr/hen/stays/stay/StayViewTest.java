package fr.hen.stays.stay;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.stays.AdmissionSource;
import fr.hen.stays.DischargeDestination;
import fr.hen.stays.StayStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class StayViewTest {

  static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

  static StayView stay(LocalDateTime medicallyReadyAt, LocalDateTime dischargedAt) {
    return new StayView(1, dischargedAt == null ? StayStatus.IN_HOSPITAL : StayStatus.DISCHARGED, null, "MED",
        "Medicine", null, null, LocalDateTime.of(2026, 3, 1, 9, 0), AdmissionSource.HOME, false, null,
        medicallyReadyAt, dischargedAt, dischargedAt == null ? null : DischargeDestination.HOME, null, 0, List.of());
  }

  @Test
  void inHospitalStay_countsAvoidableDaysFromTheMedicallyReadyDateToToday() {
    assertThat(stay(LocalDateTime.of(2026, 3, 11, 23, 50), null).avoidableDays(TODAY)).isEqualTo(3);
  }

  @Test
  void patientMedicallyReadyToday_hasNoAvoidableDayYet() {
    assertThat(stay(LocalDateTime.of(2026, 3, 14, 8, 0), null).avoidableDays(TODAY)).isZero();
  }

  @Test
  void dischargedStay_countsAvoidableDaysUpToTheDischargeDate() {
    assertThat(stay(LocalDateTime.of(2026, 3, 5, 10, 0), LocalDateTime.of(2026, 3, 9, 11, 0))
        .avoidableDays(TODAY)).isEqualTo(4);
  }

  @Test
  void stayNeverMedicallyReady_hasNoAvoidableDayCount() {
    assertThat(stay(null, null).avoidableDays(TODAY)).isNull();
  }

  @Test
  void lengthOfStay_runsToTodayInHospital_andToTheDischargeDateAfterwards() {
    assertThat(stay(null, null).lengthOfStay(TODAY)).isEqualTo(13);
    assertThat(stay(null, LocalDateTime.of(2026, 3, 4, 8, 0)).lengthOfStay(TODAY)).isEqualTo(3);
  }

  @Test
  void onlyAnInHospitalStay_isInHospital() {
    assertThat(stay(null, null).inHospital()).isTrue();
    assertThat(stay(null, LocalDateTime.of(2026, 3, 4, 8, 0)).inHospital()).isFalse();
  }

  @Test
  void patientAge_isInCompletedYears() {
    var patient = new StayView.PatientView(1, "M1", "Martin", "Jeanne", LocalDate.of(1950, 3, 15), Sex.F);
    assertThat(patient.age(TODAY)).isEqualTo(75);
    assertThat(patient.age(TODAY.plusDays(1))).isEqualTo(76);
  }

  @Test
  void filter_treatsBlankUnitAndSearchAsNone_andTrimsThem() {
    assertThat(new StayFilter(null, " ", "", false)).isEqualTo(new StayFilter(null, null, null, false));
    assertThat(new StayFilter(StayStatus.IN_HOSPITAL, " ONCA ", " martin ", true))
        .isEqualTo(new StayFilter(StayStatus.IN_HOSPITAL, "ONCA", "martin", true));
  }
}
