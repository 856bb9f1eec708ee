package fr.hen.platform.security;

import fr.hen.MutableClock;
import java.time.Clock;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The whole application on a random port (Tomcat answers, as in production) over the PostgreSQL test database, with
 * a clock the tests move on. The sign-in tests share this one context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("pgtest")
@Tag("postgres")
abstract class RealServerTest {

  static final MutableClock CLOCK = MutableClock.startingNow();

  @TestBean Clock clock;

  @LocalServerPort int port;

  static Clock clock() {
    return CLOCK;
  }
}
