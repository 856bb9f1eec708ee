package fr.hen.platform.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Builds links to the current page with one query parameter changed (pagers, sort headers). */
@Component("pageLinks")
public class PageLinks {

  public String with(String name, Object value) {
    return ServletUriComponentsBuilder.fromCurrentRequest()
        .replaceQueryParam(name, value)
        .build()
        .toUriString();
  }
}
