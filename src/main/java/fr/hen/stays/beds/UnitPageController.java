package fr.hen.stays.beds;

import fr.hen.platform.ConflictException;
import fr.hen.platform.HenUser;
import fr.hen.platform.InvalidFieldException;
import fr.hen.platform.NotFoundException;
import fr.hen.platform.PageSlice;
import fr.hen.stays.StaysAuditTypes;
import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The unit view (a unit's rooms, their capacity, gender policy, equipment and beds) and the list of units, for
 * every user of the hospital; the administrator creates and edits units and rooms from them.
 */
@Controller
class UnitPageController {

  /**
   * The unit form: the code is typed at creation only. Its rules are those of the service's request records
   * ({@link #valid}), not repeated here.
   */
  static final class UnitForm {
    String code;
    String name;
    Specialism specialism;
    Integer minAge;
    Integer maxAge;

    static UnitForm of(UnitDetail unit) {
      UnitForm form = new UnitForm();
      form.code = unit.code();
      form.name = unit.name();
      form.specialism = Arrays.stream(Specialism.values())
          .filter(s -> s.name().equals(unit.specialism())).findFirst().orElse(null);
      form.minAge = unit.minAge();
      form.maxAge = unit.maxAge();
      return form;
    }

    public String getCode() { return code; }
    public void setCode(String v) { code = v == null ? null : v.trim(); }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public Specialism getSpecialism() { return specialism; }
    public void setSpecialism(Specialism v) { specialism = v; }
    public Integer getMinAge() { return minAge; }
    public void setMinAge(Integer v) { minAge = v; }
    public Integer getMaxAge() { return maxAge; }
    public void setMaxAge(Integer v) { maxAge = v; }
  }

  /** The room form: the code is typed at creation only; validated as the service's request records. */
  static final class RoomForm {
    String code;
    Integer capacity = 1;
    GenderPolicy genderPolicy = GenderPolicy.ANY;
    Set<RoomEquipment> equipment = EnumSet.noneOf(RoomEquipment.class);

    static RoomForm of(UnitDetail.Room room) {
      RoomForm form = new RoomForm();
      form.code = room.code();
      form.capacity = room.capacity();
      form.genderPolicy = room.genderPolicy();
      form.equipment = room.equipment().isEmpty() ? EnumSet.noneOf(RoomEquipment.class)
          : EnumSet.copyOf(room.equipment());
      return form;
    }

    public String getCode() { return code; }
    public void setCode(String v) { code = v == null ? null : v.trim(); }
    public Integer getCapacity() { return capacity; }
    public void setCapacity(Integer v) { capacity = v; }
    public GenderPolicy getGenderPolicy() { return genderPolicy; }
    public void setGenderPolicy(GenderPolicy v) { genderPolicy = v; }
    public Set<RoomEquipment> getEquipment() { return equipment; }
    public void setEquipment(Set<RoomEquipment> v) { equipment = v == null ? EnumSet.noneOf(RoomEquipment.class) : v; }
  }

  private final UnitStructureService structure;
  private final Validator validator;

  UnitPageController(UnitStructureService structure, Validator validator) {
    this.structure = structure;
    this.validator = validator;
  }

  @GetMapping("/units")
  String list(@AuthenticationPrincipal HenUser user, @RequestParam(required = false) Integer page, Model model) {
    model.addAttribute("units", PageSlice.of(structure.units(user), PageSlice.clampPage(page),
        PageSlice.DEFAULT_SIZE));
    return "stays/units";
  }

  @GetMapping("/units/{code}")
  String unit(@AuthenticationPrincipal HenUser user, @PathVariable String code, Model model) {
    model.addAttribute("unit", structure.unit(user, code));
    return "stays/unit";
  }

  @GetMapping("/units/new")
  @PreAuthorize("hasRole('ADMIN')")
  String newUnit(Model model) {
    model.addAttribute("unitForm", new UnitForm());
    return unitForm(model, null);
  }

  @PostMapping("/units")
  @PreAuthorize("hasRole('ADMIN')")
  String createUnit(@AuthenticationPrincipal HenUser user, @ModelAttribute("unitForm") UnitForm form,
      BindingResult errors, Model model, RedirectAttributes redirect) {
    var request = new UnitStructureService.NewUnit(form.code, form.name, form.specialism, form.minAge, form.maxAge);
    if (!valid(request, errors) | !agesInOrder(form, errors)) {
      return unitForm(model, null);
    }
    try {
      UnitDetail created = structure.createUnit(user, request);
      redirect.addFlashAttribute("message", "unit.created");
      return redirectTo(created.code(), null);
    } catch (ConflictException e) {
      errors.rejectValue("code", "unit.code.taken");
      return unitForm(model, null);
    }
  }

  @GetMapping("/units/{code}/edit")
  @PreAuthorize("hasRole('ADMIN')")
  String editUnit(@AuthenticationPrincipal HenUser user, @PathVariable String code, Model model) {
    UnitDetail unit = structure.unit(user, code);
    model.addAttribute("unitForm", UnitForm.of(unit));
    return unitForm(model, unit);
  }

  @PostMapping("/units/{code}/edit")
  @PreAuthorize("hasRole('ADMIN')")
  String updateUnit(@AuthenticationPrincipal HenUser user, @PathVariable String code,
      @ModelAttribute("unitForm") UnitForm form, BindingResult errors, Model model,
      RedirectAttributes redirect) {
    UnitDetail unit = structure.unit(user, code);
    // the code is not editable
    var change = new UnitStructureService.UnitChange(form.name, form.specialism, form.minAge, form.maxAge);
    if (!valid(change, errors) | !agesInOrder(form, errors)) {
      return unitForm(model, unit);
    }
    structure.updateUnit(user, code, change);
    redirect.addFlashAttribute("message", "unit.saved");
    return redirectTo(unit.code(), null);
  }

  @GetMapping("/units/{code}/rooms/new")
  @PreAuthorize("hasRole('ADMIN')")
  String newRoom(@AuthenticationPrincipal HenUser user, @PathVariable String code, Model model) {
    model.addAttribute("roomForm", new RoomForm());
    return roomForm(model, structure.unit(user, code), null);
  }

  @PostMapping("/units/{code}/rooms")
  @PreAuthorize("hasRole('ADMIN')")
  String createRoom(@AuthenticationPrincipal HenUser user, @PathVariable String code,
      @ModelAttribute("roomForm") RoomForm form, BindingResult errors, Model model,
      RedirectAttributes redirect) {
    UnitDetail unit = structure.unit(user, code);
    var request = new UnitStructureService.NewRoom(form.code, form.capacity, form.genderPolicy, form.equipment);
    if (!valid(request, errors)) {
      return roomForm(model, unit, null);
    }
    try {
      structure.createRoom(user, code, request);
      redirect.addFlashAttribute("message", "room.created");
      return redirectTo(unit.code(), form.code);
    } catch (ConflictException e) {
      errors.rejectValue("code", "room.code.taken");
      return roomForm(model, unit, null);
    }
  }

  @GetMapping("/units/{code}/rooms/{room}/edit")
  @PreAuthorize("hasRole('ADMIN')")
  String editRoom(@AuthenticationPrincipal HenUser user, @PathVariable String code, @PathVariable String room,
      Model model) {
    UnitDetail unit = structure.unit(user, code);
    UnitDetail.Room shown = room(unit, room);
    model.addAttribute("roomForm", RoomForm.of(shown));
    return roomForm(model, unit, shown);
  }

  @PostMapping("/units/{code}/rooms/{room}/edit")
  @PreAuthorize("hasRole('ADMIN')")
  String updateRoom(@AuthenticationPrincipal HenUser user, @PathVariable String code, @PathVariable String room,
      @ModelAttribute("roomForm") RoomForm form, BindingResult errors, Model model,
      RedirectAttributes redirect) {
    UnitDetail unit = structure.unit(user, code);
    UnitDetail.Room shown = room(unit, room);
    var change = new UnitStructureService.RoomChange(form.capacity, form.genderPolicy, form.equipment);
    if (valid(change, errors)) { // the code is not editable (and may predate HEN's rules)
      try {
        structure.updateRoom(user, code, room, change);
        redirect.addFlashAttribute("message", "room.saved");
        return redirectTo(unit.code(), shown.code());
      } catch (InvalidFieldException e) {
        errors.rejectValue("capacity", "room.capacity.belowBeds", new Object[] {shown.beds().size()}, null);
      } catch (ConflictException e) {
        errors.rejectValue("genderPolicy", "room.genderPolicy.occupants");
      }
    }
    return roomForm(model, unit, shown);
  }

  /**
   * Validates the service's request record and reports each violation on the form field of the same name (a field
   * that did not even bind keeps its binding error); true when the form may be sent to the service.
   */
  private boolean valid(Object request, BindingResult errors) {
    validator.validate(request).forEach(v -> {
      String field = v.getPropertyPath().iterator().next().getName();
      if (!errors.hasFieldErrors(field)) {
        errors.rejectValue(field, "unit.invalid", v.getMessage());
      }
    });
    return !errors.hasErrors();
  }

  /** The minimum age not above the maximum (both valid), else an error on the maximum; true when in order. */
  private static boolean agesInOrder(UnitForm form, BindingResult errors) {
    if (errors.hasFieldErrors("minAge") || errors.hasFieldErrors("maxAge")) {
      return false;
    }
    try {
      UnitStructureService.agesInOrder(form.minAge, form.maxAge);
      return true;
    } catch (InvalidFieldException e) {
      errors.rejectValue("maxAge", "unit.maxAge.belowMin", new Object[] {form.minAge}, null);
      return false;
    }
  }

  private static UnitDetail.Room room(UnitDetail unit, String roomCode) {
    return unit.room(roomCode).orElseThrow(() -> new NotFoundException(StaysAuditTypes.ROOM, roomCode));
  }

  private static String unitForm(Model model, UnitDetail unit) {
    model.addAttribute("unit", unit);
    model.addAttribute("specialisms", Specialism.values());
    return "stays/unit-form";
  }

  private static String roomForm(Model model, UnitDetail unit, UnitDetail.Room room) {
    model.addAttribute("unit", unit);
    model.addAttribute("room", room);
    model.addAttribute("policies", GenderPolicy.values());
    model.addAttribute("equipments", RoomEquipment.values());
    return "stays/room-form";
  }

  private static String redirectTo(String unitCode, String roomCode) {
    return "redirect:" + UriComponentsBuilder.fromPath("/units/{code}")
        .fragment(roomCode == null ? null : "room-" + roomCode).buildAndExpand(unitCode).encode().toUriString();
  }
}
