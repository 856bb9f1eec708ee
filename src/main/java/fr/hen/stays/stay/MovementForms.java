package fr.hen.stays.stay;

import fr.hen.stays.DischargeDestination;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import org.springframework.format.annotation.DateTimeFormat;

/** The transfer and discharge forms of the stay page. */
final class MovementForms {

  private MovementForms() {}

  /** Transfer to another bed at a time. */
  public static class TransferForm {
    @NotNull private Long bed;
    @NotNull @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") private LocalDateTime at =
        LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);

    public Long getBed() { return bed; }
    public void setBed(Long v) { bed = v; }
    public LocalDateTime getAt() { return at; }
    public void setAt(LocalDateTime v) { at = v; }
  }

  /** Discharge at a time to a destination. */
  public static class DischargeForm {
    @NotNull @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") private LocalDateTime dischargedAt =
        LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES);
    @NotNull private DischargeDestination destination;

    public LocalDateTime getDischargedAt() { return dischargedAt; }
    public void setDischargedAt(LocalDateTime v) { dischargedAt = v; }
    public DischargeDestination getDestination() { return destination; }
    public void setDestination(DischargeDestination v) { destination = v; }
  }
}
