package fr.hen.stays.stay;

import fr.hen.platform.ConflictException;
import fr.hen.platform.HenUser;
import fr.hen.platform.InvalidFieldException;
import fr.hen.platform.PageSlice;
import fr.hen.stays.AdmissionSource;
import fr.hen.stays.StayStatus;
import fr.hen.stays.beds.BedRef;
import fr.hen.stays.beds.BedRepository;
import fr.hen.stays.stay.MovementForms.DischargeForm;
import fr.hen.stays.stay.MovementForms.TransferForm;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of stays: the list, the admission form, and the stay page with its transfer and discharge forms. */
@Controller
class StayPageController {

  /** API field names of business errors mapped to form fields. */
  private static final Map<String, String> FIELDS = Map.of("admitted_at", "admittedAt", "bed", "bed", "at", "at",
      "discharged_at", "dischargedAt", "destination_organisation", "destinationOrganisation", "patient.birth_date", "birthDate");

  private final StayService service;
  private final StayReader reader;
  private final BedRepository beds;
  private final StayPage stayPage;
  private final Clock clock;

  StayPageController(StayService service, StayReader reader, BedRepository beds, StayPage stayPage, Clock clock) {
    this.service = service;
    this.reader = reader;
    this.beds = beds;
    this.stayPage = stayPage;
    this.clock = clock;
  }

  @GetMapping("/stays")
  String list(@AuthenticationPrincipal HenUser user, @RequestParam(required = false) StayStatus status,
      @RequestParam(required = false) String unit, @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "desc") String order, @RequestParam(required = false) Integer page, Model model) {
    StayFilter filter = new StayFilter(status == null ? StayStatus.IN_HOSPITAL : status, unit, q,
        "asc".equals(order));
    model.addAttribute("stays", reader.list(user, filter, PageSlice.clampPage(page), PageSlice.DEFAULT_SIZE));
    model.addAttribute("filter", filter);
    model.addAttribute("units", beds.units(user.organisationId()));
    model.addAttribute("statuses", StayStatus.values());
    model.addAttribute("today", LocalDate.now(clock));
    return "stays/list";
  }

  @GetMapping("/stays/new")
  @PreAuthorize("hasRole('BED_MANAGER')")
  String newForm(@AuthenticationPrincipal HenUser user, @RequestParam(required = false) String unit,
      @RequestParam(required = false) Long bed, Model model) {
    AdmitForm form = new AdmitForm();
    form.setAdmittedAt(LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES));
    form.setRequestKey(UUID.randomUUID().toString());
    form.setUnit(unit);
    form.setBed(bed);
    model.addAttribute("admitForm", form);
    return admitPage(user, form, model);
  }

  @GetMapping("/stays/new/beds")
  @PreAuthorize("hasRole('BED_MANAGER')")
  String bedOptions(@AuthenticationPrincipal HenUser user, @RequestParam(required = false) String unit,
      Model model) {
    model.addAttribute("beds", unitBeds(user, unit));
    model.addAttribute("selectedBed", null);
    return "stays/admit :: bedOptions";
  }

  @PostMapping("/stays")
  String admit(@AuthenticationPrincipal HenUser user, @Valid @ModelAttribute("admitForm") AdmitForm form,
      BindingResult errors, Model model, RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        long id = service.admitOnce(user, form.getRequestKey(), form.command()).result();
        redirect.addFlashAttribute("message", "stays.admitted");
        return "redirect:/stays/" + id;
      } catch (InvalidFieldException e) {
        errors.rejectValue(FIELDS.getOrDefault(e.field(), "bed"), FieldRuleViolation.messageKey(e), e.getMessage());
      } catch (ConflictException e) {
        errors.reject("stays.conflict." + e.code(), e.getMessage());
      }
    }
    return admitPage(user, form, model);
  }

  @GetMapping("/stays/{id}")
  String stay(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @RequestParam(name = "destination", required = false) String destination,
      @RequestParam(name = "partner", required = false) String partner, Model model) {
    stayPage.prefillDischarge(model, destination, partner);
    return stayPage.render(user, id, model);
  }

  @PostMapping("/stays/{id}/transfer")
  String transfer(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @Valid @ModelAttribute("transferForm") TransferForm form, BindingResult errors, Model model,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        service.transfer(user, id, form.getBed(), form.getAt());
        redirect.addFlashAttribute("message", "stays.transferred");
        return "redirect:/stays/" + id;
      } catch (InvalidFieldException e) {
        errors.rejectValue(FIELDS.getOrDefault(e.field(), "at"), FieldRuleViolation.messageKey(e), e.getMessage());
      } catch (ConflictException e) {
        errors.reject("stays.conflict." + e.code(), e.getMessage());
      }
    }
    return stayPage.render(user, id, model);
  }

  @PostMapping("/stays/{id}/discharge")
  String discharge(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @Valid @ModelAttribute("dischargeForm") DischargeForm form, BindingResult errors, Model model,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        service.discharge(user, id, form.getDischargedAt(), form.getDestination(), form.getDestinationOrganisation());
        redirect.addFlashAttribute("message", "stays.discharged");
        return "redirect:/stays/" + id;
      } catch (InvalidFieldException e) {
        errors.rejectValue(FIELDS.getOrDefault(e.field(), "dischargedAt"), FieldRuleViolation.messageKey(e),
            e.getMessage());
      } catch (ConflictException e) {
        errors.reject("stays.conflict." + e.code(), e.getMessage());
      }
    }
    return stayPage.render(user, id, model);
  }

  private String admitPage(HenUser user, AdmitForm form, Model model) {
    model.addAttribute("units", beds.units(user.organisationId()));
    model.addAttribute("beds", unitBeds(user, form.getUnit()));
    model.addAttribute("selectedBed", form.getBed());
    model.addAttribute("sources", AdmissionSource.values());
    model.addAttribute("sexes", Sex.values());
    return "stays/admit";
  }

  /** Free and reserved beds of one unit; none until a unit is chosen. */
  private List<BedRef> unitBeds(HenUser user, String unit) {
    return unit == null || unit.isBlank() ? List.of() : stayPage.freeBeds(user, unit);
  }
}
