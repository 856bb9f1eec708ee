package fr.hen.stays.beds;

import fr.hen.PostgresIntegrationTest;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Structure tests: a fresh hospital with no unit, its administrator, and an unused unit code (in capitals). */
@PostgresIntegrationTest
abstract class HospitalAdministratorTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  StaysFixture fixture;
  long org;
  HenUser admin;
  String unit;

  @BeforeEach
  void hospital() {
    fixture = new StaysFixture(jdbc);
    org = fixture.organisation("HOSPITAL");
    admin = StaysFixture.user(org, Role.ADMIN);
    unit = StaysFixture.unique("U").toUpperCase();
  }
}
