package fr.hen.stays.networkbeds;

import fr.hen.platform.SmallCell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmallCellsTest {

  @Test
  void countUnderFive_ofAnotherOrganisation_isSuppressed() {
    assertThat(SmallCells.count(4, false)).isEqualTo(new SmallCell<>(null, true, SmallCell.Suppression.UNDER_FIVE));
    assertThat(SmallCells.count(0, false).suppressed()).isTrue();
  }

  @Test
  void countOfFive_ofAnotherOrganisation_isShown() {
    assertThat(SmallCells.count(5, false)).isEqualTo(new SmallCell<>(5, false, null));
  }

  @Test
  void ownOrganisation_isNeverSuppressed() {
    Figures own = SmallCells.hospital(new Tally(3, 1, 1, 1, 2, 3, 1, 2, 7), true);
    assertThat(own.beds().value()).isEqualTo(3);
    assertThat(own.available().value()).isEqualTo(2);
    assertThat(own.occupied().value()).isEqualTo(1);
    assertThat(own.free().value()).isEqualTo(1);
    assertThat(own.blocked().value()).isEqualTo(1);
    assertThat(own.occupancyPercent().value()).isEqualTo(50.0);
    assertThat(own.medicallyReady().value()).isEqualTo(2);
    assertThat(own.discharges().value()).isEqualTo(3);
    assertThat(own.meanLengthOfStayDays().value()).isEqualTo(3.5);
    assertThat(own.dischargedBeforeNoonPercent().value()).isEqualTo(33.3);
    assertThat(List.of(own.beds(), own.available(), own.occupied(), own.free(), own.blocked(),
        own.medicallyReady(), own.discharges())).noneMatch(SmallCell::suppressed);
  }

  @Test
  void rate_withNumeratorUnderFive_ofAnotherOrganisation_isSuppressed() {
    assertThat(SmallCells.rate(4, 40, false).suppression()).isEqualTo(SmallCell.Suppression.UNDER_FIVE);
    assertThat(SmallCells.rate(30, 40, false)).isEqualTo(new SmallCell<>(75.0, false, null));
  }

  @Test
  void rate_withDenominatorUnderFive_ofAnotherOrganisation_isSuppressed() {
    assertThat(SmallCells.rate(5, 4, false).suppressed()).isTrue();
  }

  @Test
  void rate_overZero_ofOwnOrganisation_isUndefinedNotSuppressed() {
    assertThat(SmallCells.rate(0, 0, true)).isEqualTo(new SmallCell<>(null, false, null));
  }

  @Test
  void share_withComplementUnderFive_ofAnotherOrganisation_isSuppressed() {
    assertThat(SmallCells.share(17, 20, false).suppressed()).isTrue();
    assertThat(SmallCells.share(15, 20, false)).isEqualTo(new SmallCell<>(75.0, false, null));
  }

  @Test
  void mean_ofFewerThanFiveStays_ofAnotherOrganisation_isSuppressed() {
    assertThat(SmallCells.mean(40, 4, false).suppressed()).isTrue();
    assertThat(SmallCells.mean(41, 5, false)).isEqualTo(new SmallCell<>(8.2, false, null));
  }

  @Test
  void capacityCounts_ofAnotherOrganisation_areShownHoweverSmall() {
    Figures other = SmallCells.hospital(new Tally(4, 2, 1, 1, 2, 3, 1, 2, 7), false);
    assertThat(other.beds()).isEqualTo(new SmallCell<>(4, false, null));
    assertThat(other.available()).isEqualTo(new SmallCell<>(2, false, null));
    assertThat(other.blocked()).isEqualTo(new SmallCell<>(2, false, null));
    assertThat(other.occupied()).isEqualTo(new SmallCell<>(1, false, null));
    assertThat(other.free()).isEqualTo(new SmallCell<>(1, false, null));
    assertThat(other.occupancyPercent()).isEqualTo(new SmallCell<>(50.0, false, null));
    assertThat(other.medicallyReady().suppression()).isEqualTo(SmallCell.Suppression.UNDER_FIVE);
    assertThat(other.discharges().suppression()).isEqualTo(SmallCell.Suppression.UNDER_FIVE);
  }

  @Test
  void networkTotal_withASuppressedHospitalFigure_isSuppressedAsComplementary() {
    Tally own = new Tally(40, 6, 30, 4, 20, 50, 20, 40, 200);
    Tally other = new Tally(40, 6, 30, 4, 2, 50, 20, 40, 200);
    List<Figures> rows = List.of(SmallCells.hospital(own, true), SmallCells.hospital(other, false));
    Figures total = SmallCells.networkTotal(own.plus(other), rows);
    assertThat(total.medicallyReady().suppression()).isEqualTo(SmallCell.Suppression.COMPLEMENTARY);
    assertThat(total.free()).isEqualTo(new SmallCell<>(8, false, null));
    assertThat(total.blocked()).isEqualTo(new SmallCell<>(12, false, null));
    assertThat(total.beds()).isEqualTo(new SmallCell<>(80, false, null));
    assertThat(total.discharges()).isEqualTo(new SmallCell<>(100, false, null));
    assertThat(total.occupancyPercent()).isEqualTo(new SmallCell<>(88.2, false, null));
    assertThat(total.meanLengthOfStayDays()).isEqualTo(new SmallCell<>(5.0, false, null));
  }

  @Test
  void rate_withNumeratorAndDenominatorOfExactlyFive_ofAnotherOrganisation_isShown() {
    assertThat(SmallCells.rate(5, 5, false)).isEqualTo(new SmallCell<>(100.0, false, null));
    assertThat(SmallCells.rate(5, 8, false)).isEqualTo(new SmallCell<>(62.5, false, null));
    assertThat(SmallCells.rate(5, 4, false).suppression()).isEqualTo(SmallCell.Suppression.UNDER_FIVE);
  }

  @Test
  void underFiveShown_onlyForASmallCount_notForAComplementaryCell() {
    assertThat(SmallCells.count(3, false).underFiveShown()).isTrue();
    assertThat(SmallCell.complementary().underFiveShown()).isFalse();
    assertThat(SmallCells.count(3, true).underFiveShown()).isFalse();
  }

  @Test
  void networkTally_addsEveryCountOfTheHospitals() {
    Tally sum = new Tally(10, 1, 6, 3, 2, 20, 9, 15, 60).plus(new Tally(5, 2, 2, 1, 1, 4, 1, 3, 7));
    assertThat(sum).isEqualTo(new Tally(15, 3, 8, 4, 3, 24, 10, 18, 67));
    assertThat(sum.available()).isEqualTo(12);
  }
}
