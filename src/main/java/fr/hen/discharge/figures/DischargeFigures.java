package fr.hen.discharge.figures;

import fr.hen.platform.SmallCell;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.hen.discharge.RefusalReason;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * The discharge figures of a period (PRODUCT.md §4), for the user's hospital ({@code scope} HOSPITAL) or for the
 * whole network ({@code scope} NETWORK, small cells suppressed). See {@code discharge/README.md}, "Figures".
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record DischargeFigures(
    @Schema(requiredMode = REQUIRED) LocalDate from,
    @Schema(requiredMode = REQUIRED) LocalDate to,
    @Schema(requiredMode = REQUIRED, allowableValues = {"HOSPITAL", "NETWORK"}) String scope,
    @Schema(nullable = true, requiredMode = REQUIRED, description = "The hospital's code; null for the network")
    String organisationCode,
    @Schema(requiredMode = REQUIRED) ExitFigures exits,
    @Schema(requiredMode = REQUIRED) ReferralCounts referrals,
    @Schema(requiredMode = REQUIRED) List<PartnerFigures> partners,
    @Schema(requiredMode = REQUIRED) List<PartnerTypeFigures> partnerTypes,
    @Schema(requiredMode = REQUIRED) List<RefusalReasonCount> refusalReasons,
    @Schema(requiredMode = REQUIRED) UnderSolicitedReport underSolicited) {

  /**
   * Stays discharged in the period (by discharge date) and the bed-days of the period: {@code avoidableDays} sums
   * max(0, discharge date − medically-ready date) over the discharged stays that were medically ready;
   * {@code avoidableDaysPercent} = avoidable days / bed-days × 100; waiting days (discharge date − medically-ready
   * date) median and 90th percentile.
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record ExitFigures(
      @Schema(requiredMode = REQUIRED) SmallCell<Integer> discharges,
      @Schema(requiredMode = REQUIRED) SmallCell<Integer> dischargesMedicallyReady,
      @Schema(requiredMode = REQUIRED) SmallCell<Integer> bedDays,
      @Schema(requiredMode = REQUIRED) SmallCell<Integer> avoidableDays,
      @Schema(requiredMode = REQUIRED) SmallCell<Double> avoidableDaysPercent,
      @Schema(requiredMode = REQUIRED) SmallCell<Double> waitingDaysMedian,
      @Schema(requiredMode = REQUIRED) SmallCell<Double> waitingDaysP90) {}

  /**
   * Referrals sent in the period (by sent date): answered (a first answer), accepted (ever accepted), refused,
   * acceptance = accepted / answered × 100, and the median answer time (first answer − sent) in hours.
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record ReferralCounts(
      @Schema(requiredMode = REQUIRED) SmallCell<Integer> sent,
      @Schema(requiredMode = REQUIRED) SmallCell<Integer> answered,
      @Schema(requiredMode = REQUIRED) SmallCell<Integer> accepted,
      @Schema(requiredMode = REQUIRED) SmallCell<Integer> refused,
      @Schema(requiredMode = REQUIRED) SmallCell<Double> acceptancePercent,
      @Schema(requiredMode = REQUIRED) SmallCell<Double> answerHoursMedian) {}

  /** The referral figures of one partner. */
  public record PartnerFigures(
      @Schema(requiredMode = REQUIRED) String partnerCode,
      @Schema(requiredMode = REQUIRED) String partnerName,
      @Schema(requiredMode = REQUIRED) String partnerType,
      @Schema(requiredMode = REQUIRED) ReferralCounts figures) {}

  /** The referral figures of one partner type. */
  public record PartnerTypeFigures(
      @Schema(requiredMode = REQUIRED) String partnerType,
      @Schema(requiredMode = REQUIRED) ReferralCounts figures) {}

  /** Refused referrals of the period with this coded reason. */
  public record RefusalReasonCount(
      @Schema(requiredMode = REQUIRED) RefusalReason reason,
      @Schema(requiredMode = REQUIRED) SmallCell<Integer> count) {}

  /**
   * Partners that cover needs the hospital asked for but were sent few requests in the 90 days ending at the
   * period's end, compared with their peers (see {@code discharge/README.md}).
   */
  public record UnderSolicitedReport(
      @Schema(requiredMode = REQUIRED) LocalDate windowFrom,
      @Schema(requiredMode = REQUIRED) LocalDate windowTo,
      @Schema(requiredMode = REQUIRED) List<UnderSolicitedPartner> partners) {}

  /**
   * One under-solicited partner: requests sent to it in the window, the median of its peers' (same type, covering
   * a need asked for, itself included), how many peers, and the needs asked for that it covers.
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record UnderSolicitedPartner(
      @Schema(requiredMode = REQUIRED) String partnerCode,
      @Schema(requiredMode = REQUIRED) String partnerName,
      @Schema(requiredMode = REQUIRED) String partnerType,
      @Schema(requiredMode = REQUIRED) String partnershipStatus,
      @Schema(requiredMode = REQUIRED) SmallCell<Integer> requests,
      @Schema(requiredMode = REQUIRED) double peerMedian,
      @Schema(requiredMode = REQUIRED) int peers,
      @Schema(requiredMode = REQUIRED) List<String> coveredNeeds) {}
}
