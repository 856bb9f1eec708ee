package fr.hen.stays.networkbeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DischargeDaysTest {

  static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

  @Test
  void lengthOfStay_isDischargeDateMinusAdmissionDate() {
    assertThat(new DischargeDays(1, MONDAY, MONDAY.plusDays(3), 1, 0).lengthOfStay()).isEqualTo(3);
  }

  @Test
  void meanLos_excludesSameDayStays() {
    Tally tally = List.of(new DischargeDays(1, MONDAY, MONDAY, 10, 4),
            new DischargeDays(1, MONDAY, MONDAY.plusDays(2), 3, 1),
            new DischargeDays(1, MONDAY, MONDAY.plusDays(5), 2, 2))
        .stream().reduce(Tally.ZERO, (t, d) -> d.addTo(t), Tally::plus);
    assertThat(tally.discharges()).isEqualTo(15);
    assertThat(tally.dischargesBeforeNoon()).isEqualTo(7);
    assertThat(tally.inpatientDischarges()).isEqualTo(5);
    assertThat(tally.inpatientDays()).isEqualTo(16);
    assertThat(SmallCells.mean(tally.inpatientDays(), tally.inpatientDischarges(), false).value()).isEqualTo(3.2);
  }

  @Test
  void sameDayStay_isNotInpatient() {
    assertThat(new DischargeDays(1, MONDAY, MONDAY, 1, 0).inpatient()).isFalse();
    assertThat(new DischargeDays(1, MONDAY, MONDAY.plusDays(1), 1, 0).inpatient()).isTrue();
  }
}
