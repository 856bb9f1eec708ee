package fr.hen.stays.networkbeds;

import static org.assertj.core.api.Assertions.assertThat;

import fr.hen.H2SmokeTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@H2SmokeTest
class NetworkBedsH2SmokeTest {

  @Autowired JdbcClient jdbc;
  @Autowired NetworkBedsQueries queries;

  @Test
  void aggregateQueries_runOnH2_withTheSameTallies() {
    TwoHospitals hospitals = new TwoHospitals(jdbc);
    LocalDate today = LocalDate.now();
    Map<Long, Tally> tallies = queries.tallies(List.of(hospitals.own, hospitals.other), today.minusDays(29), today);
    assertThat(tallies.get(hospitals.own)).isEqualTo(new Tally(7, 1, 2, 3, 1, 3, 2, 2, 6));
    assertThat(tallies.get(hospitals.other)).isEqualTo(new Tally(10, 0, 8, 2, 1, 6, 6, 6, 6));
  }
}
