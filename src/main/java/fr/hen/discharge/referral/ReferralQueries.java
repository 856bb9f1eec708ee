package fr.hen.discharge.referral;

import fr.hen.discharge.DestinationType;
import fr.hen.discharge.ReferralMessagePosted;
import fr.hen.discharge.ReferralStatus;
import fr.hen.discharge.RefusalReason;
import fr.hen.discharge.referral.ReferralViews.AttachmentView;
import fr.hen.discharge.referral.ReferralViews.FileView;
import fr.hen.discharge.referral.ReferralViews.MessageView;
import fr.hen.discharge.referral.ReferralViews.TransitionView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads of referrals for the lists and the detail; the scope (hospital or partner) is part of every WHERE clause. */
@Repository
class ReferralQueries {

  /** Whose referrals: a hospital's ({@code partner} false) or those addressed to a partner, closed since a time. */
  record Scope(long organisationId, boolean partner, LocalDateTime closedSince) {

    String where() {
      return partner ? "r.partner_id = :org AND (r.closed_at IS NULL OR r.closed_at >= :since)"
          : "r.organisation_id = :org";
    }
  }

  /** A line of a list before names are added. */
  record Line(long id, ReferralStatus status, long stayId, long hospitalId, long partnerId, String partnerCode,
      long patientId, String patientName, List<String> needs, DestinationType destinationType, LocalDateTime sentAt,
      LocalDateTime expiresAt, LocalDateTime answeredAt, LocalDate admissionDate, LocalDateTime closedAt) {}

  /** The referral's own columns, for the detail. */
  record Head(long id, ReferralStatus status, long stayId, long hospitalId, long partnerId, String partnerCode,
      long fileId, LocalDateTime sentAt, LocalDateTime viewedAt, LocalDateTime answeredAt, LocalDateTime acceptedAt,
      LocalDateTime refusedAt, RefusalReason refusalReason, String answerText, LocalDate admissionDate,
      LocalDateTime confirmedAt, LocalDateTime closedAt, LocalDateTime expiresAt) {}

  private final JdbcClient jdbc;

  ReferralQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Line> page(Scope scope, ReferralFilter filter, int page, int size) {
    return bind(jdbc.sql("""
            SELECT r.id, r.status, r.stay_id, r.organisation_id, r.partner_id, r.partner_code, f.patient_id,
                   f.patient_name, f.needs, f.destination_type, r.sent_at, r.expires_at, r.answered_at,
                   r.admission_date, r.closed_at
            FROM referral r JOIN referral_file f ON f.id = r.file_id
            WHERE %s ORDER BY r.sent_at DESC, r.id DESC LIMIT :size OFFSET :offset""".formatted(where(scope, filter))),
        scope, filter).param("size", size).param("offset", (long) page * size)
        .query((rs, n) -> line(rs)).list();
  }

  long count(Scope scope, ReferralFilter filter) {
    return bind(jdbc.sql("SELECT COUNT(*) FROM referral r WHERE " + where(scope, filter)), scope, filter)
        .query(Long.class).single();
  }

  /** How many referrals of the scope are in each state. */
  Map<ReferralStatus, Long> countsByStatus(Scope scope) {
    Map<ReferralStatus, Long> counts = new EnumMap<>(ReferralStatus.class);
    jdbc.sql("SELECT r.status, COUNT(*) AS n FROM referral r WHERE " + scope.where() + " GROUP BY r.status")
        .param("org", scope.organisationId()).param("since", scope.closedSince())
        .query((rs, n) -> counts.put(ReferralStatus.valueOf(rs.getString("status")), rs.getLong("n"))).list();
    return counts;
  }

  Head head(long id) {
    return jdbc.sql("SELECT * FROM referral WHERE id = :id").param("id", id).query((rs, n) -> new Head(
        rs.getLong("id"), ReferralStatus.valueOf(rs.getString("status")), rs.getLong("stay_id"),
        rs.getLong("organisation_id"), rs.getLong("partner_id"), rs.getString("partner_code"), rs.getLong("file_id"),
        time(rs, "sent_at"), time(rs, "viewed_at"), time(rs, "answered_at"), time(rs, "accepted_at"),
        time(rs, "refused_at"),
        rs.getString("refusal_reason") == null ? null : RefusalReason.valueOf(rs.getString("refusal_reason")),
        rs.getString("answer_text"), rs.getObject("admission_date", LocalDate.class), time(rs, "confirmed_at"),
        time(rs, "closed_at"), time(rs, "expires_at"))).single();
  }

  FileView file(long fileId) {
    return jdbc.sql("SELECT * FROM referral_file WHERE id = :id").param("id", fileId).query((rs, n) -> new FileView(
        rs.getLong("id"), rs.getString("patient_name"), rs.getObject("birth_date", LocalDate.class),
        rs.getString("sex"), rs.getString("home_postcode"), rs.getString("home_town"),
        rs.getObject("gir", Integer.class), ReferralStore.codes(rs.getString("needs")), destination(rs),
        rs.getObject("expected_discharge_date", LocalDate.class), time(rs, "medically_ready_at"),
        rs.getString("summary"), time(rs, "created_at"), rs.getString("created_by"))).single();
  }

  List<AttachmentView> attachments(long fileId) {
    return jdbc.sql("""
            SELECT id, filename, content_type, size_bytes, created_at, created_by FROM referral_attachment
            WHERE file_id = :file ORDER BY created_at, id""").param("file", fileId)
        .query((rs, n) -> new AttachmentView(rs.getLong("id"), rs.getString("filename"), rs.getString("content_type"),
            rs.getInt("size_bytes"), time(rs, "created_at"), rs.getString("created_by"))).list();
  }

  List<TransitionView> transitions(long referralId) {
    return jdbc.sql("""
            SELECT from_status, to_status, actor, actor_kind, at, note FROM referral_transition
            WHERE referral_id = :id ORDER BY at, id""").param("id", referralId)
        .query((rs, n) -> new TransitionView(
            rs.getString("from_status") == null ? null : ReferralStatus.valueOf(rs.getString("from_status")),
            ReferralStatus.valueOf(rs.getString("to_status")), rs.getString("actor"), rs.getString("actor_kind"),
            time(rs, "at"), rs.getString("note"))).list();
  }

  List<MessageView> messages(long referralId) {
    return jdbc.sql("""
            SELECT id, author, author_side, body, sent_at FROM referral_message
            WHERE referral_id = :id ORDER BY sent_at, id""").param("id", referralId)
        .query((rs, n) -> new MessageView(rs.getLong("id"), rs.getString("author"),
            ReferralMessagePosted.Side.valueOf(rs.getString("author_side")), rs.getString("body"),
            time(rs, "sent_at"))).list();
  }

  private static String where(Scope scope, ReferralFilter filter) {
    StringBuilder where = new StringBuilder(scope.where());
    if (filter.status() != null) {
      where.append(" AND r.status = :status");
    }
    if (filter.partner() != null && !filter.partner().isBlank()) {
      where.append(" AND r.partner_code = :partner");
    }
    if (filter.stay() != null) {
      where.append(" AND r.stay_id = :stay");
    }
    return where.toString();
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Scope scope, ReferralFilter filter) {
    spec = spec.param("org", scope.organisationId()).param("since", scope.closedSince());
    if (filter.status() != null) {
      spec = spec.param("status", filter.status().name());
    }
    if (filter.partner() != null && !filter.partner().isBlank()) {
      spec = spec.param("partner", filter.partner().trim().toUpperCase(java.util.Locale.ROOT));
    }
    if (filter.stay() != null) {
      spec = spec.param("stay", filter.stay());
    }
    return spec;
  }

  private static Line line(ResultSet rs) throws SQLException {
    return new Line(rs.getLong("id"), ReferralStatus.valueOf(rs.getString("status")), rs.getLong("stay_id"),
        rs.getLong("organisation_id"), rs.getLong("partner_id"), rs.getString("partner_code"),
        rs.getLong("patient_id"), rs.getString("patient_name"), ReferralStore.codes(rs.getString("needs")),
        destination(rs), time(rs, "sent_at"), time(rs, "expires_at"), time(rs, "answered_at"),
        rs.getObject("admission_date", LocalDate.class), time(rs, "closed_at"));
  }

  private static DestinationType destination(ResultSet rs) throws SQLException {
    String value = rs.getString("destination_type");
    return value == null ? null : DestinationType.valueOf(value);
  }

  private static LocalDateTime time(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDateTime.class);
  }
}
