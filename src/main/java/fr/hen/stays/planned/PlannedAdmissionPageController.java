package fr.hen.stays.planned;

import fr.hen.platform.ConflictException;
import fr.hen.platform.HenUser;
import fr.hen.platform.InvalidFieldException;
import fr.hen.platform.NotFoundException;
import fr.hen.platform.PageSlice;
import fr.hen.stays.BedStatus;
import fr.hen.stays.PlannedAdmissions.PlannedAdmission;
import fr.hen.stays.PlannedAdmissions.Status;
import fr.hen.stays.beds.BedRef;
import fr.hen.stays.beds.BedRepository;
import fr.hen.stays.beds.RoomEquipment;
import fr.hen.stays.beds.Specialism;
import fr.hen.stays.stay.Sex;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

/**
 * Pages of planned admissions: the queue ({@code /planned-admissions}, filters, sort, pages), the form (new and edit,
 * inline errors, a hidden key against double submits), one planned admission with its bed reservation (the free
 * beds that fit) and its cancellation (with a reason, after a confirmation).
 */
@Controller
class PlannedAdmissionPageController {

  /** API field names of business errors mapped to form fields. */
  private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("planned_date", "plannedDate"),
      Map.entry("nights", "nights"), Map.entry("specialism", "specialism"), Map.entry("sex", "sex"),
      Map.entry("age", "age"), Map.entry("patient.birth_date", "birthDate"),
      Map.entry("preferred_room_size", "preferredRoomSize"), Map.entry("unit", "unit"),
      Map.entry("external_reference", "externalReference"), Map.entry("patient.mrn", "mrn"),
      Map.entry("patient.family_name", "familyName"), Map.entry("patient.given_name", "givenName"),
      Map.entry("required_equipment", "requiredEquipment"), Map.entry("preferred_equipment", "preferredEquipment"),
      Map.entry("note", "note"));

  private final PlannedAdmissionService service;
  private final PlannedAdmissionReader reader;
  private final BedRepository beds;
  private final Clock clock;

  PlannedAdmissionPageController(PlannedAdmissionService service, PlannedAdmissionReader reader, BedRepository beds,
      Clock clock) {
    this.service = service;
    this.reader = reader;
    this.beds = beds;
    this.clock = clock;
  }

  @GetMapping("/planned-admissions")
  String list(@AuthenticationPrincipal HenUser user, @RequestParam(required = false) Status status,
      @RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
      @RequestParam(required = false) String unit, @RequestParam(required = false) boolean withoutBed,
      @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
      @RequestParam(required = false) Integer page, Model model) {
    PlannedAdmissionFilter filter = new PlannedAdmissionFilter(status == null ? Status.PLANNED : status, from, to,
        unit, withoutBed, q, sort);
    model.addAttribute("plans", reader.list(user, filter, PageSlice.clampPage(page), PageSlice.DEFAULT_SIZE));
    model.addAttribute("filter", filter);
    model.addAttribute("units", beds.units(user.organisationId()));
    model.addAttribute("statuses", Status.values());
    return "stays/planned-list";
  }

  @GetMapping("/planned-admissions/new")
  @PreAuthorize("hasRole('BED_MANAGER')")
  String newForm(@AuthenticationPrincipal HenUser user, Model model) {
    PlannedAdmissionForm form = new PlannedAdmissionForm();
    form.setRequestKey(UUID.randomUUID().toString());
    form.setPlannedDate(LocalDate.now(clock).plusDays(1));
    model.addAttribute("plannedForm", form);
    return formPage(user, null, model);
  }

  @PostMapping("/planned-admissions")
  String create(@AuthenticationPrincipal HenUser user, @Valid @ModelAttribute("plannedForm") PlannedAdmissionForm form,
      BindingResult errors, Model model, RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        long id = service.planOnce(user, form.getRequestKey(), form.plan()).result();
        redirect.addFlashAttribute("message", "planned.saved");
        return "redirect:/planned-admissions/" + id;
      } catch (InvalidFieldException e) {
        reject(errors, e);
      } catch (ConflictException e) {
        errors.reject("planned.conflict." + e.code(), e.getMessage());
      }
    }
    return formPage(user, null, model);
  }

  @GetMapping("/planned-admissions/{id}/edit")
  @PreAuthorize("hasRole('BED_MANAGER')")
  String editForm(@AuthenticationPrincipal HenUser user, @PathVariable long id, Model model) {
    model.addAttribute("plannedForm", PlannedAdmissionForm.of(find(user, id)));
    return formPage(user, id, model);
  }

  @PostMapping("/planned-admissions/{id}")
  String update(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @Valid @ModelAttribute("plannedForm") PlannedAdmissionForm form, BindingResult errors, Model model,
      RedirectAttributes redirect) {
    if (!errors.hasErrors()) {
      try {
        service.update(user, id, form.plan(), form.getVersion());
        redirect.addFlashAttribute("message", "planned.saved");
        return "redirect:/planned-admissions/" + id;
      } catch (InvalidFieldException e) {
        reject(errors, e);
      } catch (ConflictException e) {
        errors.reject("planned.conflict." + e.code(), e.getMessage());
      }
    }
    return formPage(user, id, model);
  }

  @GetMapping("/planned-admissions/{id}")
  String show(@AuthenticationPrincipal HenUser user, @PathVariable long id, Model model) {
    PlannedAdmission plan = find(user, id);
    model.addAttribute("plan", plan);
    model.addAttribute("fitting", plan.status() == Status.PLANNED && user.has(fr.hen.platform.Role.BED_MANAGER)
        ? fitting(user, plan) : List.of());
    return "stays/planned";
  }

  @PostMapping("/planned-admissions/{id}/reserve")
  String reserve(@AuthenticationPrincipal HenUser user, @PathVariable long id, @RequestParam(required = false) Long bed,
      Model model, RedirectAttributes redirect) {
    return act(user, id, model, redirect, "planned.reserved", () -> {
      if (bed == null) {
        throw new InvalidFieldException("bed", "choose a bed");
      }
      service.reserve(user, id, bed);
    });
  }

  @PostMapping("/planned-admissions/{id}/release")
  String release(@AuthenticationPrincipal HenUser user, @PathVariable long id, Model model,
      RedirectAttributes redirect) {
    return act(user, id, model, redirect, "planned.released", () -> service.release(user, id));
  }

  @PostMapping("/planned-admissions/{id}/cancel")
  String cancel(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
    model.addAttribute("reason", reason);
    return act(user, id, model, redirect, "planned.cancelled", () -> service.cancel(user, id, reason));
  }

  private String act(HenUser user, long id, Model model, RedirectAttributes redirect, String done, Runnable action) {
    try {
      action.run();
      redirect.addFlashAttribute("message", done);
      return "redirect:/planned-admissions/" + id;
    } catch (InvalidFieldException e) {
      model.addAttribute("actionError", "planned.invalid." + e.field());
    } catch (ConflictException e) {
      model.addAttribute("actionError", "planned.conflict." + e.code());
    }
    return show(user, id, model);
  }

  private PlannedAdmission find(HenUser user, long id) {
    return service.find(user, id).orElseThrow(() -> new NotFoundException("PlannedAdmission", id));
  }

  /** The hospital's free beds that fit (gender policy, required equipment), the unit wished first. */
  private List<BedRef> fitting(HenUser user, PlannedAdmission plan) {
    return beds.list(user.organisationId(), null, BedStatus.FREE).stream()
        .filter(b -> fits(b, plan))
        .sorted(Comparator.comparing((BedRef b) -> !Objects.equals(b.unitCode(), plan.plan().unitCode())))
        .toList();
  }

  private static boolean fits(BedRef bed, PlannedAdmission plan) {
    try {
      PlanRules.genderPolicyFits(bed.genderPolicy(), plan.plan().sex());
      PlanRules.equipmentFits(bed.equipment(), plan.plan().requiredEquipment());
      return true;
    } catch (ConflictException e) {
      return false;
    }
  }

  private void reject(BindingResult errors, InvalidFieldException e) {
    String field = FIELDS.getOrDefault(e.field(), "plannedDate");
    errors.rejectValue(field, "planned.invalid." + e.field(), e.getMessage());
  }

  private String formPage(HenUser user, Long id, Model model) {
    model.addAttribute("planId", id);
    model.addAttribute("units", beds.units(user.organisationId()));
    model.addAttribute("specialisms", Specialism.values());
    model.addAttribute("sexes", Sex.values());
    model.addAttribute("equipment", RoomEquipment.values());
    return "stays/planned-form";
  }
}
