package fr.hen.stays.stay;

import fr.hen.PostgresIntegrationTest;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Stays tests (stays, planned admissions) through the API and the pages: a fresh hospital with one unit and one free bed, and its bed manager. */
@PostgresIntegrationTest
public abstract class OneBedHospitalTest {

  @Autowired protected MockMvc mvc;
  @Autowired protected JdbcClient jdbc;

  protected StaysFixture fixture;
  protected long org;
  protected String unit;
  protected long bed;
  protected HenUser bedManager;

  @BeforeEach
  protected void hospital() {
    fixture = new StaysFixture(jdbc);
    org = fixture.organisation("HOSPITAL");
    unit = StaysFixture.unique("U");
    bed = fixture.freeBed(org, unit);
    bedManager = StaysFixture.user(org, Role.BED_MANAGER);
  }
}
