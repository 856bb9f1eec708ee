package fr.hen.network.internal;

import fr.hen.network.GeoPoint;
import fr.hen.network.OrganisationProfile;
import fr.hen.network.OrganisationQuery;
import fr.hen.platform.PageSlice;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The directory search in SQL: one COUNT and one page query; near a point, rows are ordered by an
 * equirectangular approximation of the distance (exact enough to rank, cheap enough for thousands of rows). The
 * words of {@code q} must each be found in the generated column {@code search_text} (code, name and city without
 * accents or case, see {@link SearchText}), compared as stored: no function runs per row, and PostgreSQL answers the
 * {@code LIKE} from its trigram index when the extension {@code pg_trgm} could be installed.
 */
@Component
public class DirectorySearchSql {

  /** Words of {@code q} beyond this number are ignored. */
  static final int MAX_WORDS = 8;

  private final JdbcClient jdbc;
  private final OrganisationRows rows;

  DirectorySearchSql(JdbcClient jdbc, OrganisationRows rows) {
    this.jdbc = jdbc;
    this.rows = rows;
  }

  public PageSlice<OrganisationProfile> search(OrganisationQuery query) {
    Map<String, Object> params = new LinkedHashMap<>();
    String where = where(query, params);
    long total = jdbc.sql("SELECT COUNT(*) FROM organisation o" + where).params(params).query(Long.class).single();
    if (total == 0) {
      return new PageSlice<>(List.of(), query.page(), query.size(), 0);
    }
    params.put("limit", query.size());
    params.put("offset", (long) query.page() * query.size());
    List<OrganisationProfile> items = rows.select("SELECT " + OrganisationRows.COLUMNS + " FROM organisation o"
        + where + orderBy(query, params) + " LIMIT :limit OFFSET :offset", params);
    return new PageSlice<>(items, query.page(), query.size(), total);
  }

  static String where(OrganisationQuery query, Map<String, Object> params) {
    StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
    if (!query.includeInactive()) {
      sql.append(" AND o.active");
    }
    if (query.type() != null) {
      sql.append(" AND o.type = :type");
      params.put("type", query.type().name());
    }
    if (query.status() != null) {
      sql.append(" AND o.partnership_status = :status");
      params.put("status", query.status().name());
    }
    List<String> words = query.q() == null ? List.of() : SearchText.words(query.q(), MAX_WORDS);
    for (int i = 0; i < words.size(); i++) {
      sql.append(" AND o.search_text LIKE :q").append(i).append(" ESCAPE '\\'");
      params.put("q" + i, "%" + escapeLike(words.get(i)) + "%");
    }
    if (query.capability() != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM organisation_capability c WHERE c.organisation_id = o.id"
          + " AND c.capability_code = :capability)");
      params.put("capability", query.capability());
    }
    return sql.toString();
  }

  static String orderBy(OrganisationQuery query, Map<String, Object> params) {
    return switch (query.sort()) {
      case CITY -> " ORDER BY LOWER(o.city), LOWER(o.name), o.id";
      case TYPE -> " ORDER BY o.type, LOWER(o.name), o.id";
      case NAME -> " ORDER BY LOWER(o.name), o.id";
      case DISTANCE -> distanceOrder(query.near(), params);
    };
  }

  private static String distanceOrder(GeoPoint near, Map<String, Object> params) {
    params.put("lat", near.latitude());
    params.put("lon", near.longitude());
    params.put("kx", Math.cos(Math.toRadians(near.latitude())));
    return " ORDER BY ((o.longitude - :lon) * :kx) * ((o.longitude - :lon) * :kx)"
        + " + (o.latitude - :lat) * (o.latitude - :lat) NULLS LAST, LOWER(o.name), o.id";
  }

  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
