package fr.hen.network.web;

import fr.hen.network.CapacityDeclaration;
import fr.hen.network.Contact;
import fr.hen.network.DirectorySort;
import fr.hen.network.OrganisationData;
import fr.hen.network.OrganisationDirectory;
import fr.hen.network.OrganisationProfile;
import fr.hen.network.OrganisationQuery;
import fr.hen.network.OrganisationSearch;
import fr.hen.network.OrganisationType;
import fr.hen.network.PartnerSelfService;
import fr.hen.network.PartnershipStatus;
import fr.hen.network.UnknownPlaceException;
import fr.hen.platform.HenUser;
import fr.hen.platform.PageSlice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of the network directory. */
@RestController
@RequestMapping("/api/v1/organizations")
@Tag(name = "Network directory", description = "Member hospitals and partners, capabilities and capacity")
class OrganisationApiController {

  private final OrganisationDirectory directory;
  private final OrganisationSearch search;
  private final PartnerSelfService partners;

  OrganisationApiController(OrganisationDirectory directory, OrganisationSearch search, PartnerSelfService partners) {
    this.directory = directory;
    this.search = search;
    this.partners = partners;
  }

  @GetMapping
  @Operation(summary = "Search the directory", description = "Filters by type, capability and partnership status; "
      + "q: words that must each be found in the name, the city or the code, ignoring accents and case; near: a "
      + "town or a postcode of the directory, or a latitude and a longitude (50.63,3.06 or 50,63;3,06), sorts by "
      + "distance and adds distance_km (400 naming near when it cannot be found).")
  PageSlice<OrganisationProfile> search(@RequestParam(required = false) OrganisationType type,
      @RequestParam(required = false) String capability, @RequestParam(required = false) PartnershipStatus status,
      @RequestParam(required = false) String q, @RequestParam(required = false) String near,
      @RequestParam(required = false) DirectorySort sort, @RequestParam(defaultValue = "false") boolean inactive,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
    return search.search(new OrganisationQuery(type, capability, status, q, inactive, search.locate(near), sort,
        PageSlice.clampPage(page), PageSlice.clampSize(size)));
  }

  /** A {@code near} that names no point: 400 naming the parameter, like any other bad parameter. */
  @ExceptionHandler(UnknownPlaceException.class)
  ProblemDetail unknownPlace(UnknownPlaceException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "near: " + e.getMessage());
    problem.setType(URI.create("urn:hen:problem:malformed-request"));
    problem.setTitle("Invalid parameter");
    problem.setProperty("errors", List.of(Map.of("field", "near", "message", e.getMessage())));
    return problem;
  }

  @GetMapping("/{code}")
  @Operation(summary = "One organisation by code")
  OrganisationProfile get(@PathVariable String code) {
    return directory.get(code);
  }

  @PostMapping
  @Operation(summary = "Onboard an organisation (network coordinators, administrators)")
  @ApiResponse(responseCode = "201", description = "Onboarded; Location names the organisation", useReturnTypeSchema = true)
  ResponseEntity<OrganisationProfile> create(@AuthenticationPrincipal HenUser user,
      @Valid @RequestBody OrganisationData data) {
    OrganisationProfile created = directory.create(user, data);
    return ResponseEntity.created(URI.create("/api/v1/organizations/" + created.code())).body(created);
  }

  @PutMapping("/{code}")
  @Operation(summary = "Replace the editable fields of an organisation (network coordinators, administrators)")
  OrganisationProfile update(@AuthenticationPrincipal HenUser user, @PathVariable String code,
      @Valid @RequestBody OrganisationData data) {
    return directory.update(user, code, data);
  }

  @PostMapping("/{code}/deactivate")
  @Operation(summary = "Deactivate an organisation; it is kept but leaves the default search")
  OrganisationProfile deactivate(@AuthenticationPrincipal HenUser user, @PathVariable String code) {
    directory.deactivate(user, code);
    return directory.get(code);
  }

  @PutMapping("/{code}/capacity")
  @Operation(summary = "Declare the capacity per capability (the partner's own coordinators or the network)")
  OrganisationProfile declareCapacity(@AuthenticationPrincipal HenUser user, @PathVariable String code,
      @RequestBody List<CapacityDeclaration> declarations) {
    return partners.declareCapacity(user, code, declarations);
  }

  @PutMapping("/{code}/contacts")
  @Operation(summary = "Replace the contacts (the partner's own coordinators or the network)")
  OrganisationProfile replaceContacts(@AuthenticationPrincipal HenUser user, @PathVariable String code,
      @RequestBody List<Contact> contacts) {
    return partners.replaceContacts(user, code, contacts);
  }
}
