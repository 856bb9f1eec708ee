package fr.hen.stays.beds;

import fr.hen.PostgresIntegrationTest;
import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import fr.hen.stays.StaysFixture;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** Board action tests: a fresh hospital with one unit, room 101 (any sex) holding one free bed, and its bed manager. */
@PostgresIntegrationTest
@Transactional
abstract class OneRoomBoardTest {

  @Autowired MockMvc mvc;
  @Autowired JdbcClient jdbc;

  StaysFixture fixture;
  long org;
  String unit;
  long room;
  long freeBed;
  HenUser bedManager;

  @BeforeEach
  void hospital() {
    fixture = new StaysFixture(jdbc);
    org = fixture.organisation("HOSPITAL");
    unit = StaysFixture.unique("U");
    room = fixture.room(fixture.unit(org, unit), "101", "ANY");
    freeBed = fixture.bed(room, "A", "FREE", null);
    bedManager = StaysFixture.user(org, Role.BED_MANAGER);
  }
}
