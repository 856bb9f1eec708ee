package fr.hen.discharge.matching;

import fr.hen.discharge.DestinationType;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What matching reads of a stay's discharge plan (table {@code discharge_plan}, scoped to the organisation). */
@Component
class PlanInput {

  /** The plan's needs (capability codes), home and destination type; an absent plan has none of them. */
  record Plan(List<String> needs, String homePostcode, String homeTown, DestinationType destinationType) {

    static final Plan EMPTY = new Plan(List.of(), null, null, null);

    /** The home as the directory's {@code near} takes it: the postcode when there is one, else the town. */
    String home() {
      return homePostcode != null && !homePostcode.isBlank() ? homePostcode.trim()
          : homeTown != null && !homeTown.isBlank() ? homeTown.trim() : null;
    }
  }

  private final JdbcClient jdbc;

  PlanInput(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Plan of(long organisationId, long stayId) {
    return jdbc.sql("""
            SELECT needs, home_postcode, home_town, destination_type FROM discharge_plan
            WHERE stay_id = :stay AND organisation_id = :org""")
        .param("stay", stayId).param("org", organisationId)
        .query((rs, n) -> new Plan(codes(rs.getString("needs")), rs.getString("home_postcode"),
            rs.getString("home_town"), rs.getString("destination_type") == null ? null
                : DestinationType.valueOf(rs.getString("destination_type"))))
        .optional().orElse(Plan.EMPTY);
  }

  static List<String> codes(String commaSeparated) {
    return commaSeparated == null || commaSeparated.isBlank() ? List.of()
        : Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().sorted()
            .toList();
  }
}
