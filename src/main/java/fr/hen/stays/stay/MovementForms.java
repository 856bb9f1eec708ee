package fr.hen.stays.stay;

import fr.hen.stays.DischargeDestination;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.format.annotation.DateTimeFormat;

/** The transfer, discharge and cancellation forms of the stay page. */
final class MovementForms {

  private MovementForms() {}

  /** Transfer to another bed at a time. */
  public static class TransferForm {
    @NotNull private Long bed;
    @NotNull @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") private LocalDateTime at;

    /** A blank form proposing the current minute. */
    static TransferForm at(LocalDateTime now) {
      TransferForm form = new TransferForm();
      form.at = now.truncatedTo(ChronoUnit.MINUTES);
      return form;
    }

    public Long getBed() { return bed; }
    public void setBed(Long v) { bed = v; }
    public LocalDateTime getAt() { return at; }
    public void setAt(LocalDateTime v) { at = v; }
  }

  /** Discharge at a time to a destination. */
  public static class DischargeForm {
    @NotNull @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") private LocalDateTime dischargedAt;
    @NotNull private DischargeDestination destination;
    @jakarta.validation.constraints.Size(max = 32) private String destinationOrganisation;

    /** A blank form proposing the current minute. */
    static DischargeForm at(LocalDateTime now) {
      DischargeForm form = new DischargeForm();
      form.dischargedAt = now.truncatedTo(ChronoUnit.MINUTES);
      return form;
    }

    public LocalDateTime getDischargedAt() { return dischargedAt; }
    public void setDischargedAt(LocalDateTime v) { dischargedAt = v; }
    public DischargeDestination getDestination() { return destination; }
    public void setDestination(DischargeDestination v) { destination = v; }
    /** The code of the partner structure the patient leaves to (optional). */
    public String getDestinationOrganisation() { return destinationOrganisation; }
    public void setDestinationOrganisation(String v) { destinationOrganisation = v; }
  }

  /** Cancelling the admission or the discharge, with its reason (checked by {@link StayRules#cancelReason}). */
  public static class CancelForm {
    private String reason;

    public String getReason() { return reason; }
    public void setReason(String v) { reason = v; }
  }
}
