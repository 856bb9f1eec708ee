package fr.hen.stays.live;

import fr.hen.platform.HenUser;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * {@code GET /beds/stream}: the server-sent events of the user's hospital's board (event {@code board} when it
 * changed, no patient data: the page then fetches its board). For the board's readers.
 */
@Controller
class BoardStreamController {

  private final BoardStream stream;

  BoardStreamController(BoardStream stream) {
    this.stream = stream;
  }

  @GetMapping(path = "/beds/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  @ResponseBody
  @PreAuthorize("hasAnyRole('BED_MANAGER', 'DISCHARGE_COORDINATOR', 'PHYSICIAN')")
  SseEmitter stream(@AuthenticationPrincipal HenUser user) {
    return stream.open(user.organisationId());
  }
}
