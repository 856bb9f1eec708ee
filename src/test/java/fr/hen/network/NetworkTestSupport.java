package fr.hen.network;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.hen.platform.HenUser;
import fr.hen.platform.Role;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Users and organisations for the network tests; codes and names are unique per test run. */
final class NetworkTestSupport {

  private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 100_000);

  private NetworkTestSupport() {}

  static String unique(String prefix) {
    return prefix + SEQUENCE.incrementAndGet();
  }

  static RequestPostProcessor as(long organisationId, Role... roles) {
    return user(new HenUser(organisationId * 100 + roles[0].ordinal(), "u" + organisationId, null, "Test user",
        organisationId, List.of(roles), true, false));
  }

  static RequestPostProcessor coordinator() {
    return as(1, Role.NETWORK_COORDINATOR);
  }

  /** Creates an organisation through the API and returns its JSON code. */
  static void create(MockMvc mvc, String code, String name, String type, String city, Double lat, Double lon,
      String status, String capabilitiesJson) throws Exception {
    String coordinates = lat == null ? "" : ",\"latitude\":" + lat + ",\"longitude\":" + lon;
    mvc.perform(post("/api/v1/organizations").with(coordinator()).contentType(MediaType.APPLICATION_JSON)
            .content("""
                {"code":"%s","name":"%s","type":"%s","city":"%s","partnership_status":"%s",
                 "capabilities":%s%s}""".formatted(code, name, type, city, status, capabilitiesJson, coordinates)))
        .andExpect(status().isCreated());
  }

  static String capability(String code, int places, int free) {
    return "{\"capability\":\"%s\",\"places\":%d,\"free_places\":%d,\"capacity_status\":\"AVAILABLE\"}"
        .formatted(code, places, free);
  }
}
