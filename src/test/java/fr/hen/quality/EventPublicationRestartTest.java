package fr.hen.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.hen.HenApplication;
import fr.hen.stays.PatientAdmitted;
import fr.hen.stays.StaysFixture;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event publication registry keeps an event whose listener threw: the application is stopped, started again on
 * the same PostgreSQL database, and the listener then receives the event and completes it.
 */
@Tag("postgres")
class EventPublicationRestartTest {

  /** A listener that throws while {@link #failing} is set, and records what it received otherwise. */
  @Component
  static class FlakyListener {
    static volatile boolean failing;
    static final Set<Long> received = ConcurrentHashMap.newKeySet();

    @ApplicationModuleListener
    void on(PatientAdmitted event) {
      if (failing) {
        throw new IllegalStateException("listener down");
      }
      received.add(event.stayId());
    }
  }

  /** Starts the application on the test database; arguments ({@code --name=value}) override its configuration. */
  static ConfigurableApplicationContext start(String... arguments) {
    return new SpringApplicationBuilder(HenApplication.class, FlakyListener.class).profiles("pgtest")
        .properties("server.port=0").run(arguments);
  }

  static long publishAdmission(ConfigurableApplicationContext context) {
    long org = new StaysFixture(context.getBean(JdbcClient.class)).organisation("HOSPITAL");
    long stayId = 1_000_000_000L + System.nanoTime() % 1_000_000_000L;
    context.getBean(TransactionTemplate.class)
        .executeWithoutResult(tx -> context.publishEvent(new PatientAdmitted(stayId, org)));
    return stayId;
  }

  static boolean failedOnce(JdbcClient jdbc, long stayId) {
    return jdbc.sql("""
            SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE '%FlakyListener%'
            AND completion_attempts > 0 AND completion_date IS NULL AND serialized_event LIKE :stay""")
        .param("stay", "%\"stay_id\":" + stayId + ",%").query(Long.class).single() > 0;
  }

  static List<String> publications(JdbcClient jdbc, long stayId) {
    return jdbc.sql("""
            SELECT CASE WHEN completion_date IS NULL THEN 'incomplete' ELSE 'completed' END FROM event_publication
            WHERE listener_id LIKE '%FlakyListener%' AND serialized_event LIKE :stay""")
        .param("stay", "%\"stay_id\":" + stayId + ",%").query(String.class).list();
  }

  @Test
  void listenerThatThrows_receivesItsEventAfterARestart() {
    long stayId;
    FlakyListener.failing = true;
    try (ConfigurableApplicationContext first = start()) {
      JdbcClient jdbc = first.getBean(JdbcClient.class);
      stayId = publishAdmission(first);
      long id = stayId;
      await().atMost(Duration.ofSeconds(10)).until(() -> failedOnce(jdbc, id));
      assertThat(publications(jdbc, id)).containsExactly("incomplete");
      assertThat(FlakyListener.received).doesNotContain(id);
    }

    FlakyListener.failing = false;
    try (ConfigurableApplicationContext second = start()) {
      long id = stayId;
      await().atMost(Duration.ofSeconds(20)).until(() -> FlakyListener.received.contains(id));
      JdbcClient jdbc = second.getBean(JdbcClient.class);
      await().atMost(Duration.ofSeconds(5)).until(() -> publications(jdbc, id).equals(List.of("completed")));
    }
  }

  @Test
  void listenerThatThrows_receivesItsEventFromThePeriodicRetry_withoutARestart() {
    FlakyListener.failing = true;
    try (ConfigurableApplicationContext context = start("--hen.events.retry-interval=500ms",
        "--hen.events.retry-after=0s")) {
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      long id = publishAdmission(context);
      await().atMost(Duration.ofSeconds(10)).until(() -> failedOnce(jdbc, id));
      FlakyListener.failing = false;
      await().atMost(Duration.ofSeconds(20)).until(() -> FlakyListener.received.contains(id));
      await().atMost(Duration.ofSeconds(5)).until(() -> publications(jdbc, id).equals(List.of("completed")));
    }
  }
}
