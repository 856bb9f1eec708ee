package fr.hen.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Builds links to the current page with one query parameter changed (pagers, sort headers). The links are paths,
 * never built from the request's {@code Host} header, which a client can forge.
 */
@Component("pageLinks")
public class PageLinks {

  public String with(String name, Object value) {
    HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
        .getRequest();
    return UriComponentsBuilder.fromPath(request.getRequestURI())
        .query(request.getQueryString())
        .replaceQueryParam(name, value)
        .build()
        .toUriString();
  }
}
