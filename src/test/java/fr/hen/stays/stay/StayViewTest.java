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
}
