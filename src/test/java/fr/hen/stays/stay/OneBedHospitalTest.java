package fr.hen.stays.stay;

import fr.hen.PostgresIntegrationTest;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Stay tests through the API and the pages: a fresh hospital with one unit and one free bed, and its bed manager. */
@PostgresIntegrationTest
abstract class OneBedHospitalTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  StaysFixture fixture;
  long org;
  String unit;
  long bed;
  HenUser bedManager;

  @BeforeEach
  void hospital() {
    fixture = new StaysFixture(jdbc);
    org = fixture.organisation("HOSPITAL");
    unit = StaysFixture.unique("U");
    bed = fixture.freeBed(org, unit);
    bedManager = StaysFixture.user(org, Role.BED_MANAGER);
  }
}
