package fr.hen.discharge.worklist;

import fr.hen.stays.StayRoster.RosterLine;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** One patient of the worklist as the API and the page show it, the reasons' texts in the user's language. */
public record WorklistLine(long stayId, String mrn, String familyName, String givenName, LocalDate birthDate, String sex,
    String unitCode, String unitName, @Schema(nullable = true) String bed, LocalDateTime admittedAt,
    @Schema(nullable = true) LocalDate expectedDischargeDate, @Schema(nullable = true) LocalDateTime medicallyReadyAt,
    @Schema(nullable = true, description = "Days since medically ready") Integer waitingDays,
    @Schema(nullable = true, description = "Days since the expected discharge date (0: today)") Integer eddOverdueDays,
    List<String> needs, @Schema(nullable = true) String destinationType, int awaitingAnswer, int refusals,
    int accepted, int infoRequested, boolean confirmed, boolean dacOpen, boolean dacProposed,
    @Schema(description = "REFUSED_BY_THREE, WAITING_TOO_LONG") List<String> dacReasons, int urgency,
    List<Reason> reasons, String partnersLink, @Schema(nullable = true) String dacLink) {

  /** One criterion of the urgency: its code, points and text. */
  public record Reason(String code, int points, String text) {}

  static WorklistLine of(WorklistEntry entry, MessageSource messages, Locale locale) {
    StayFacts f = entry.facts();
    RosterLine s = f.stay();
    String partners = "/stays/" + s.stayId() + "/partners";
    return new WorklistLine(s.stayId(), s.mrn(), s.familyName(), s.givenName(), s.birthDate(), s.sex(), s.unitCode(),
        s.unitName(), s.bed(), s.admittedAt(), f.expectedDischargeDate(), f.medicallyReadyAt(),
        entry.urgency().waitingDays(), entry.urgency().reasons().stream()
            .filter(r -> r.code().startsWith("EDD_")).map(Urgency.Reason::value).findFirst().orElse(null),
        f.needs(), f.destinationType(), f.referrals().awaitingAnswer(), f.referrals().refusals(),
        f.referrals().accepted(), f.referrals().infoRequested(), f.referrals().confirmed(), f.referrals().dacOpen(),
        entry.dac().proposed(), entry.dac().reasons(), entry.urgency().score(),
        entry.urgency().reasons().stream().map(r -> new Reason(r.code(), r.points(), messages.getMessage(
            "worklist.reason." + r.code(), new Object[] {r.value()}, locale))).toList(),
        partners, entry.dac().proposed() ? partners + "?type=DAC" : null);
  }
}
