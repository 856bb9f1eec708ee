package fr.hen.stays.beds;

import fr.hen.stays.BedStatus;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Units, rooms and beds as configured by the hospital's administrator; every query names the organisation. */
@Repository
class UnitStructureRepository {

  private record RoomRow(long id, String code, int capacity, String genderPolicy, String equipment, Long bedId,
      String bedCode, String status, String blockedReason) {}

  private final JdbcClient jdbc;

  UnitStructureRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The unit of this code in the organisation, with its rooms and beds in board order. */
  Optional<UnitDetail> find(long organisationId, String unitCode) {
    record UnitRow(long id, String code, String name, String specialism, Integer minAge, Integer maxAge) {}
    Optional<UnitRow> unit = jdbc.sql("""
            SELECT id, code, name, specialism, min_age, max_age FROM unit
            WHERE organisation_id = :org AND code = :code""")
        .param("org", organisationId).param("code", unitCode)
        .query((rs, n) -> new UnitRow(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
            rs.getString("specialism"), rs.getObject("min_age", Integer.class), rs.getObject("max_age", Integer.class)))
        .optional();
    return unit.map(u -> new UnitDetail(u.id(), u.code(), u.name(), u.specialism(), u.minAge(), u.maxAge(),
        rooms(u.id())));
  }

  private List<UnitDetail.Room> rooms(long unitId) {
    List<RoomRow> rows = jdbc.sql("""
            SELECT r.id, r.code, r.capacity, r.gender_policy, r.equipment, b.id AS bed_id, b.code AS bed_code,
                   b.status, b.blocked_reason
            FROM room r LEFT JOIN bed b ON b.room_id = r.id
            WHERE r.unit_id = :unit
            ORDER BY r.code, b.code""")
        .param("unit", unitId)
        .query((rs, n) -> new RoomRow(rs.getLong("id"), rs.getString("code"), rs.getInt("capacity"),
            rs.getString("gender_policy"), rs.getString("equipment"), rs.getObject("bed_id", Long.class),
            rs.getString("bed_code"), rs.getString("status"), rs.getString("blocked_reason")))
        .list();
    Map<Long, List<RoomRow>> byRoom = new LinkedHashMap<>();
    rows.forEach(r -> byRoom.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(r));
    return byRoom.values().stream().map(list -> {
      RoomRow first = list.getFirst();
      List<UnitDetail.Bed> beds = list.stream().filter(r -> r.bedId() != null)
          .map(r -> new UnitDetail.Bed(r.bedId(), r.bedCode(), BedStatus.valueOf(r.status()), r.blockedReason()))
          .toList();
      return new UnitDetail.Room(first.id(), first.code(), first.capacity(),
          GenderPolicy.valueOf(first.genderPolicy()), RoomEquipment.parse(first.equipment()), beds);
    }).toList();
  }

  /** Whether the organisation has a unit of this code, in any case (ONCA and onca would be confused on screen). */
  /** The id of the room of this code in the organisation's unit of this code. */
  Optional<Long> roomId(long organisationId, String unitCode, String roomCode) {
    return jdbc.sql("""
            SELECT r.id FROM room r JOIN unit u ON u.id = r.unit_id
            WHERE u.organisation_id = :org AND u.code = :unit AND r.code = :room""")
        .param("org", organisationId).param("unit", unitCode).param("room", roomCode)
        .query(Long.class).optional();
  }

  boolean unitExistsIgnoringCase(long organisationId, String unitCode) {
    return jdbc.sql("SELECT COUNT(*) FROM unit WHERE organisation_id = :org AND UPPER(code) = UPPER(:code)")
        .param("org", organisationId).param("code", unitCode).query(Long.class).single() > 0;
  }

  void insertUnit(long organisationId, String code, String name, Specialism specialism, Integer minAge,
      Integer maxAge) {
    jdbc.sql("""
            INSERT INTO unit (organisation_id, code, name, specialism, min_age, max_age)
            VALUES (:org, :code, :name, :specialism, :min, :max)""")
        .param("org", organisationId).param("code", code).param("name", name)
        .param("specialism", specialism.name()).param("min", minAge, Types.INTEGER)
        .param("max", maxAge, Types.INTEGER).update();
  }

  void updateUnit(long unitId, String name, Specialism specialism, Integer minAge, Integer maxAge) {
    jdbc.sql("UPDATE unit SET name = :name, specialism = :specialism, min_age = :min, max_age = :max WHERE id = :id")
        .param("id", unitId).param("name", name).param("specialism", specialism.name())
        .param("min", minAge, Types.INTEGER).param("max", maxAge, Types.INTEGER).update();
  }

  long insertRoom(long unitId, String code, int capacity, GenderPolicy policy, String equipment) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO room (unit_id, code, capacity, gender_policy, equipment)
            VALUES (:unit, :code, :capacity, :policy, :equipment)""")
        .param("unit", unitId).param("code", code).param("capacity", capacity).param("policy", policy.name())
        .param("equipment", equipment).update(keys, "id");
    return keys.getKey().longValue();
  }

  void updateRoom(long roomId, int capacity, GenderPolicy policy, String equipment) {
    jdbc.sql("UPDATE room SET capacity = :capacity, gender_policy = :policy, equipment = :equipment WHERE id = :id")
        .param("id", roomId).param("capacity", capacity).param("policy", policy.name())
        .param("equipment", equipment).update();
  }

  void insertBed(long roomId, String code, LocalDateTime at) {
    jdbc.sql("INSERT INTO bed (room_id, code, status, status_changed_at) VALUES (:room, :code, 'FREE', :at)")
        .param("room", roomId).param("code", code).param("at", at).update();
  }

  /** The sexes (M, F, U) of the patients in hospital in the room's beds. */
  List<String> occupantSexes(long organisationId, long roomId) {
    return jdbc.sql("""
            SELECT p.sex FROM stay s JOIN patient p ON p.id = s.patient_id JOIN bed b ON b.id = s.bed_id
            WHERE s.organisation_id = :org AND s.status = 'IN_HOSPITAL' AND s.voided = FALSE AND b.room_id = :room""")
        .param("org", organisationId).param("room", roomId).query(String.class).list();
  }
}
