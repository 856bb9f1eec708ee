package fr.hen.discharge.referral;

import fr.hen.discharge.DestinationType;
import fr.hen.discharge.ReferralMessagePosted;
import fr.hen.discharge.ReferralStatus;
import fr.hen.discharge.RefusalReason;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What the API and the pages show of referrals. A partner's view leaves out the hospital's own ids (stay, patient). */
public final class ReferralViews {

  private ReferralViews() {}

  /** A referral as a line of a list. */
  public record ReferralLine(long id, ReferralStatus status,
      @Schema(description = "The stay (hospital's users only)", nullable = true) Long stayId,
      String partnerCode, String partnerName, String hospitalName, String patientName, List<String> needs,
      DestinationType destinationType, LocalDateTime sentAt, LocalDateTime expiresAt, LocalDateTime answeredAt,
      LocalDate admissionDate, LocalDateTime closedAt) {}

  /** The file sent: only what a partner needs to decide. */
  public record FileView(long id, String patientName, LocalDate birthDate, String sex, String homePostcode,
      String homeTown, Integer gir, List<String> needs, DestinationType destinationType,
      LocalDate expectedDischargeDate, LocalDateTime medicallyReadyAt, String summary, LocalDateTime createdAt,
      String createdBy) {}

  /** An attachment of the file (its content is downloaded apart). */
  public record AttachmentView(long id, String filename, String contentType, int sizeBytes, LocalDateTime createdAt,
      String createdBy) {}

  /** One state change: from (null at creation), to, who (a person's username or a system actor), when, note. */
  public record TransitionView(ReferralStatus from, ReferralStatus to, String actor, String actorKind,
      LocalDateTime at, String note) {}

  /** One message of the thread. */
  public record MessageView(long id, String author, ReferralMessagePosted.Side side, String body,
      LocalDateTime sentAt) {}

  /** A referral with its file, attachments, state changes and messages. */
  public record ReferralDetail(long id, ReferralStatus status,
      @Schema(description = "The stay (hospital's users only)", nullable = true) Long stayId,
      String partnerCode, String partnerName, String hospitalName, LocalDateTime sentAt, LocalDateTime viewedAt,
      LocalDateTime answeredAt, LocalDateTime acceptedAt, LocalDateTime refusedAt, RefusalReason refusalReason,
      String answerText, LocalDate admissionDate, LocalDateTime confirmedAt, LocalDateTime closedAt,
      LocalDateTime expiresAt, FileView file, List<AttachmentView> attachments, List<TransitionView> transitions,
      List<MessageView> messages) {}
}
