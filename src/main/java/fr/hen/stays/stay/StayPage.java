package fr.hen.stays.stay;

import fr.hen.platform.HenUser;
import fr.hen.stays.DischargeDestination;
import fr.hen.stays.beds.BedRef;
import fr.hen.stays.beds.BedRepository;
import fr.hen.stays.stay.MovementForms.CancelForm;
import fr.hen.stays.stay.MovementForms.DischargeForm;
import fr.hen.stays.stay.MovementForms.TransferForm;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the model of the stay page; a form already in the model (with its errors) is kept as typed. */
@Component
class StayPage {

  static final String VIEW = "stays/stay";

  private final StayReader reader;
  private final BedRepository beds;
  private final Clock clock;
  private final StayCancellation cancellation;

  StayPage(StayReader reader, BedRepository beds, Clock clock, StayCancellation cancellation) {
    this.reader = reader;
    this.beds = beds;
    this.clock = clock;
    this.cancellation = cancellation;
  }

  /**
   * The discharge form filled with a destination and a partner's code (the link "organise the exit" of a confirmed
   * referral); an unknown destination is ignored, the code is checked when the form is sent.
   */
  void prefillDischarge(Model model, String destination, String partner) {
    if (destination == null && partner == null) {
      return;
    }
    DischargeForm form = DischargeForm.at(LocalDateTime.now(clock));
    java.util.Arrays.stream(DischargeDestination.values()).filter(d -> d.name().equals(destination)).findFirst()
        .ifPresent(form::setDestination);
    if (partner != null && partner.length() <= 32) {
      form.setDestinationOrganisation(partner.trim());
    }
    model.addAttribute("dischargeForm", form);
  }

  String render(HenUser user, long id, Model model) {
    StayView stay = reader.find(user, id);
    model.addAttribute("stay", stay);
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("destinations", DischargeDestination.values());
    model.addAttribute("freeBeds", stay.inHospital() ? freeBeds(user, null) : List.of());
    if (!model.containsAttribute("transferForm")) {
      model.addAttribute("transferForm", TransferForm.at(LocalDateTime.now(clock)));
    }
    if (!model.containsAttribute("dischargeForm")) {
      model.addAttribute("dischargeForm", DischargeForm.at(LocalDateTime.now(clock)));
    }
    cancelForms(stay, model);
    return VIEW;
  }

  /**
   * The cancellation forms offered now (within the window; roles are the template's), and a form that just failed
   * whatever the window, so that its error shows with the reason as typed.
   */
  private void cancelForms(StayView stay, Model model) {
    StayCancellation.Cancellable cancellable = cancellation.cancellable(stay);
    model.addAttribute("offerCancelAdmission", cancellable.admission()
        || model.containsAttribute("cancelAdmissionForm"));
    model.addAttribute("offerCancelDischarge", cancellable.discharge()
        || model.containsAttribute("cancelDischargeForm"));
    model.addAttribute("cancelWindowHours", cancellation.windowHours());
    for (String form : new String[] {"cancelAdmissionForm", "cancelDischargeForm"}) {
      if (!model.containsAttribute(form)) {
        model.addAttribute(form, new CancelForm());
      }
    }
  }

  /** Free and reserved beds of the hospital ({@code unit} null) or of one unit. */
  List<BedRef> freeBeds(HenUser user, String unit) {
    return beds.list(user.organisationId(), unit, null).stream().filter(b -> b.status().takesPatient()).toList();
  }
}
