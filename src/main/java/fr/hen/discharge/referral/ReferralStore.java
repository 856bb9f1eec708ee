package fr.hen.discharge.referral;

import fr.hen.discharge.DestinationType;
import fr.hen.discharge.ReferralStatus;
import fr.hen.platform.Actor;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The referral tables: files, referrals, their transitions, messages and attachments. */
@Repository
class ReferralStore {

  /** The plan facts a file copies (the plan row is the plan part's; absent before it is opened). */
  record PlanFacts(List<String> needs, Integer gir, String homePostcode, String homeTown,
      DestinationType destinationType, LocalDate expectedDischargeDate, LocalDateTime medicallyReadyAt) {}

  private static final String ROW = """
      SELECT r.id, r.file_id, r.organisation_id, r.stay_id, r.partner_id, r.partner_code, r.status, r.expires_at,
             r.closed_at, f.patient_id
      FROM referral r JOIN referral_file f ON f.id = r.file_id
      """;

  private final JdbcClient jdbc;

  ReferralStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<PlanFacts> plan(long organisationId, long stayId) {
    return jdbc.sql("""
            SELECT needs, gir, home_postcode, home_town, destination_type, expected_discharge_date, medically_ready_at
            FROM discharge_plan WHERE stay_id = :stay AND organisation_id = :org""")
        .param("stay", stayId).param("org", organisationId)
        .query((rs, n) -> new PlanFacts(codes(rs.getString("needs")), rs.getObject("gir", Integer.class),
            rs.getString("home_postcode"), rs.getString("home_town"),
            rs.getString("destination_type") == null ? null : DestinationType.valueOf(rs.getString("destination_type")),
            rs.getObject("expected_discharge_date", LocalDate.class),
            rs.getObject("medically_ready_at", LocalDateTime.class)))
        .optional();
  }

  long insertFile(long organisationId, FileSnapshot file, String createdBy, LocalDateTime now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO referral_file (organisation_id, stay_id, patient_id, patient_name, birth_date, sex,
                home_postcode, home_town, gir, needs, destination_type, expected_discharge_date, medically_ready_at,
                summary, created_at, created_by)
            VALUES (:org, :stay, :patient, :name, :birth, :sex, :postcode, :town, :gir, :needs, :destination, :edd,
                :ready, :summary, :now, :by)""")
        .param("org", organisationId).param("stay", file.stayId()).param("patient", file.patientId())
        .param("name", file.patientName()).param("birth", file.birthDate()).param("sex", file.sex())
        .param("postcode", file.homePostcode()).param("town", file.homeTown()).param("gir", file.gir())
        .param("needs", String.join(",", file.needs()))
        .param("destination", file.destinationType() == null ? null : file.destinationType().name())
        .param("edd", file.expectedDischargeDate()).param("ready", file.medicallyReadyAt())
        .param("summary", file.summary()).param("now", now).param("by", createdBy).update(key, "id");
    return key.getKey().longValue();
  }

  /** A new referral of a file to one partner, sent now. */
  long insertReferral(long fileId, long organisationId, long stayId, long partnerId, String partnerCode,
      String partnerType, LocalDateTime now, LocalDateTime expiresAt) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO referral (file_id, organisation_id, stay_id, partner_id, partner_code, partner_type, status,
                sent_at, expires_at, created_at, updated_at)
            VALUES (:file, :org, :stay, :partner, :code, :type, 'SENT', :now, :expires, :now, :now)""")
        .param("file", fileId).param("org", organisationId).param("stay", stayId).param("partner", partnerId)
        .param("code", partnerCode).param("type", partnerType).param("now", now).param("expires", expiresAt)
        .update(key, "id");
    return key.getKey().longValue();
  }

  boolean hasOpen(long stayId, long partnerId) {
    return jdbc.sql("SELECT COUNT(*) FROM referral WHERE stay_id = :stay AND partner_id = :partner AND status IN ("
            + inList(ReferralStatus.OPEN) + ")")
        .param("stay", stayId).param("partner", partnerId).query(Long.class).single() > 0;
  }

  /** A referral of the hospital's. */
  Optional<ReferralRow> ofHospital(long organisationId, long id) {
    return jdbc.sql(ROW + " WHERE r.id = :id AND r.organisation_id = :org").param("id", id)
        .param("org", organisationId).query((rs, n) -> row(rs)).optional();
  }

  /** A referral addressed to the partner, open or closed since {@code closedSince}. */
  Optional<ReferralRow> ofPartner(long partnerId, long id, LocalDateTime closedSince) {
    return jdbc.sql(ROW + " WHERE r.id = :id AND r.partner_id = :partner"
            + " AND (r.closed_at IS NULL OR r.closed_at >= :since)")
        .param("id", id).param("partner", partnerId).param("since", closedSince).query((rs, n) -> row(rs))
        .optional();
  }

  /** Locks one referral's row (concurrent changes of it wait) and reads it again. */
  ReferralRow lock(ReferralRow referral) {
    jdbc.sql("SELECT id FROM referral WHERE id = :id FOR UPDATE").param("id", referral.id()).query(Long.class)
        .single();
    return byId(referral.id());
  }

  /**
   * Locks every referral of a stay, in id order (so that two confirmations of the same stay wait for each other
   * without deadlock), and reads them again.
   */
  /** The stays among these that have referrals (of any status). */
  java.util.Set<Long> staysWithReferrals(java.util.Collection<Long> stayIds) {
    if (stayIds.isEmpty()) {
      return java.util.Set.of();
    }
    return new java.util.HashSet<>(jdbc.sql("SELECT DISTINCT stay_id FROM referral WHERE stay_id IN (:ids)")
        .param("ids", stayIds).query(Long.class).list());
  }

  List<ReferralRow> lockStay(long stayId) {
    jdbc.sql("SELECT id FROM referral WHERE stay_id = :stay ORDER BY id FOR UPDATE").param("stay", stayId)
        .query(Long.class).list();
    return ofStay(stayId);
  }

  List<ReferralRow> ofStay(long stayId) {
    return jdbc.sql(ROW + " WHERE r.stay_id = :stay ORDER BY r.id").param("stay", stayId).query((rs, n) -> row(rs))
        .list();
  }

  ReferralRow byId(long id) {
    return jdbc.sql(ROW + " WHERE r.id = :id").param("id", id).query((rs, n) -> row(rs)).single();
  }

  /** Ids of referrals awaiting an answer past their delay, oldest first. */
  List<Long> overdue(LocalDateTime now, int limit) {
    return jdbc.sql("SELECT id FROM referral WHERE status IN ('SENT','VIEWED') AND expires_at < :now"
            + " ORDER BY expires_at, id LIMIT :limit")
        .param("now", now).param("limit", limit).query(Long.class).list();
  }

  /** Moves the referral from one state to another (nothing when it is no longer in {@code from}). */
  boolean move(long id, ReferralStatus from, ReferralStatus to, LocalDateTime now) {
    return jdbc.sql("""
            UPDATE referral SET status = :to, updated_at = :now, version = version + 1,
                closed_at = CASE WHEN :open THEN NULL ELSE :now END,
                viewed_at = CASE WHEN :viewed THEN COALESCE(viewed_at, :now) ELSE viewed_at END,
                confirmed_at = CASE WHEN :confirmed THEN :now ELSE confirmed_at END
            WHERE id = :id AND status = :from""")
        .param("to", to.name()).param("now", now).param("open", to.isOpen())
        .param("viewed", to == ReferralStatus.VIEWED).param("confirmed", to == ReferralStatus.CONFIRMED)
        .param("id", id).param("from", from.name()).update() == 1;
  }

  /** Records a partner's answer: the first answer's time, when accepted or refused, the reason, text and date. */
  void answer(long id, ReferralStatus to, String reason, String text, LocalDate admissionDate, LocalDateTime now) {
    jdbc.sql("""
            UPDATE referral SET answered_at = COALESCE(answered_at, :now), viewed_at = COALESCE(viewed_at, :now),
                accepted_at = CASE WHEN :accepted THEN :now ELSE accepted_at END,
                refused_at = CASE WHEN :refused THEN :now ELSE refused_at END,
                refusal_reason = :reason, answer_text = :text, admission_date = :date
            WHERE id = :id""")
        .param("now", now).param("accepted", to == ReferralStatus.ACCEPTED)
        .param("refused", to == ReferralStatus.REFUSED).param("reason", reason).param("text", text)
        .param("date", admissionDate).param("id", id).update();
  }

  void transition(long referralId, ReferralStatus from, ReferralStatus to, Actor actor, LocalDateTime at,
      String note) {
    jdbc.sql("""
            INSERT INTO referral_transition (referral_id, from_status, to_status, actor, actor_kind,
                actor_organisation_id, at, note)
            VALUES (:referral, :from, :to, :actor, :kind, :org, :at, :note)""")
        .param("referral", referralId).param("from", from == null ? null : from.name()).param("to", to.name())
        .param("actor", actor.name()).param("kind", actor.kind().name()).param("org", actor.organisation())
        .param("at", at).param("note", note).update();
  }

  long insertMessage(long referralId, Actor author, String side, String body, LocalDateTime now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO referral_message (referral_id, author, author_organisation_id, author_side, body, sent_at)
            VALUES (:referral, :author, :org, :side, :body, :now)""")
        .param("referral", referralId).param("author", author.name()).param("org", author.organisationId())
        .param("side", side).param("body", body).param("now", now).update(key, "id");
    return key.getKey().longValue();
  }

  long insertAttachment(long fileId, CheckedUpload upload, String createdBy, LocalDateTime now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.sql("""
            INSERT INTO referral_attachment (file_id, filename, content_type, size_bytes, sha256, content, created_at,
                created_by)
            VALUES (:file, :name, :type, :size, :sha, :content, :now, :by)""")
        .param("file", fileId).param("name", upload.filename()).param("type", upload.contentType())
        .param("size", upload.content().length).param("sha", upload.sha256()).param("content", upload.content())
        .param("now", now).param("by", createdBy).update(key, "id");
    return key.getKey().longValue();
  }

  /** One attachment of a file, with its content. */
  Optional<CheckedUpload> attachment(long fileId, long attachmentId) {
    return jdbc.sql("""
            SELECT filename, content_type, sha256, content FROM referral_attachment WHERE id = :id AND file_id = :file""")
        .param("id", attachmentId).param("file", fileId)
        .query((rs, n) -> new CheckedUpload(rs.getString("filename"), rs.getString("content_type"),
            rs.getBytes("content"), rs.getString("sha256")))
        .optional();
  }

  static String inList(java.util.Collection<ReferralStatus> statuses) {
    return String.join(",", statuses.stream().map(s -> "'" + s.name() + "'").sorted().toList());
  }

  static List<String> codes(String commaSeparated) {
    return commaSeparated == null || commaSeparated.isBlank() ? List.of()
        : Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static ReferralRow row(ResultSet rs) throws SQLException {
    return new ReferralRow(rs.getLong("id"), rs.getLong("file_id"), rs.getLong("organisation_id"),
        rs.getLong("stay_id"), rs.getLong("partner_id"), rs.getString("partner_code"),
        ReferralStatus.valueOf(rs.getString("status")), rs.getObject("expires_at", LocalDateTime.class),
        rs.getObject("closed_at", LocalDateTime.class), rs.getLong("patient_id"));
  }
}
