package fr.hen.discharge.matching;

import fr.hen.discharge.DestinationType;
import fr.hen.discharge.matching.PartnerMatching.Matches;
import fr.hen.network.OrganisationType;
import fr.hen.platform.HenUser;
import fr.hen.platform.PageSlice;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** JSON API of partner matching: the partners that can take the patient of a stay, ranked and explained. */
@RestController
@Tag(name = "Discharge", description = "Discharge coordination with partners")
class MatchApiController {

  /**
   * The matches of a stay: what they were computed from, the partners left out, the under-solicited band (at most
   * five, each also in the ranked list) and one page of the ranked list.
   */
  record MatchesResponse(long stayId, List<String> needs, @Schema(nullable = true) DestinationType destinationType,
      List<OrganisationType> partnerTypes, boolean homeLocated,
      @Schema(description = "Partners of these types lacking a needed capability (not matches)")
      int lackingCapabilities,
      @Schema(description = "Prospects of these types (no partnership yet: not proposed)") int prospects,
      List<MatchLine> underSolicited, PageSlice<MatchLine> matches) {}

  private final PartnerMatching matching;
  private final MatchViews views;

  MatchApiController(PartnerMatching matching, MatchViews views) {
    this.matching = matching;
    this.views = views;
  }

  @GetMapping("/api/v1/stays/{id}/partner-matches")
  @Operation(summary = "Partners that can take the patient of a stay, ranked and explained",
      description = "For BED_MANAGER, DISCHARGE_COORDINATOR and PHYSICIAN of the stay's hospital; an audited read. "
          + "Active partners (prospects left out) of the plan's destination type (or of type), covering every "
          + "need of the plan (a DAC coordinates: needs are not required), scored by free places and the age of "
          + "their declaration (stale after 48 h), territory, distance from the patient's home, past acceptance "
          + "rate and median answer time; under-solicited partners get points and are listed apart as well.")
  @ApiResponse(responseCode = "200", description = "The matches", useReturnTypeSchema = true)
  @ApiResponse(responseCode = "404", description = "No such stay in the user's hospital")
  @ApiResponse(responseCode = "422", description = "type is not a partner type (errors names type)")
  MatchesResponse matches(@AuthenticationPrincipal HenUser user, @PathVariable long id,
      @RequestParam(required = false) OrganisationType type, @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size) {
    Matches matches = matching.forStay(user, id, type);
    PageSlice<PartnerMatch> slice = PageSlice.of(matches.ranking().matches(), PageSlice.clampPage(page),
        PageSlice.clampSize(size));
    return new MatchesResponse(id, matches.plan().needs(), matches.plan().destinationType(),
        List.copyOf(matches.types()), matches.homeLocated(), matches.ranking().lackingCapabilities(),
        matches.ranking().prospects(), views.lines(matches.ranking().underSolicited()),
        new PageSlice<>(views.lines(slice.items()), slice.page(), slice.size(), slice.total()));
  }
}
