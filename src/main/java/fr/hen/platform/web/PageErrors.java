package fr.hen.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Pages never answer a 500 for a clash with data written meanwhile (two identical forms sent at once): the 409 page,
 * nothing changed. An address that only takes a form (e.g. {@code /stays/12/discharge}, left in the address bar
 * after a form error) opened again leads to its page instead of an error. The API has its own handler.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

  @ExceptionHandler({DataIntegrityViolationException.class, OptimisticLockingFailureException.class,
      PessimisticLockingFailureException.class})
  ModelAndView clash(HttpServletRequest request, HttpServletResponse response, RuntimeException e)
      throws RuntimeException {
    if (request.getRequestURI().startsWith("/api/")) {
      throw e;
    }
    ModelAndView page = new ModelAndView("error/409");
    page.setStatus(org.springframework.http.HttpStatus.CONFLICT);
    return page;
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ModelAndView methodNotAllowed(HttpServletRequest request, HttpRequestMethodNotSupportedException e)
      throws HttpRequestMethodNotSupportedException {
    String path = request.getRequestURI();
    if (!"GET".equals(request.getMethod()) || path.startsWith("/api/") || path.lastIndexOf('/') <= 0) {
      throw e;
    }
    RedirectView parent = new RedirectView(path.substring(0, path.lastIndexOf('/')), true);
    parent.setExposeModelAttributes(false);
    return new ModelAndView(parent);
  }
}
