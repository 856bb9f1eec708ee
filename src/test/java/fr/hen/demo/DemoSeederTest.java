package fr.hen.demo;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** The demo network seeded on H2 (multi-row inserts). */
@AutoConfigureMockMvc
@SpringBootTest(properties = {"hen.demo=true",
    "spring.datasource.url=jdbc:h2:mem:hen-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=60000"})
@Tag("smoke")
class DemoSeederTest extends DemoNetworkChecks {}
