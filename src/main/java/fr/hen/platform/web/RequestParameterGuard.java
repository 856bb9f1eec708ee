package fr.hen.platform.web;

import fr.hen.platform.Text;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything else reads them, request parameters (query string and forms) that no person types: a
 * value over {@link #MAX_LENGTH} characters or holding a control character such as NUL. The API answers a 400
 * problem naming the parameter with a short excerpt; pages answer the 400 error page. JSON bodies are checked by
 * the JSON reader ({@code StrictJson}).
 */
@Configuration(proxyBeanMethods = false)
class RequestParameterGuard {

  /** The longest parameter value accepted: far above any field of a form or filter. */
  static final int MAX_LENGTH = 4_000;

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> requestParameterGuardFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Guard());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    registration.addUrlPatterns("/*");
    return registration;
  }

  static final class Guard extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
        String problem = problem(parameter.getKey());
        for (String value : parameter.getValue()) {
          problem = problem != null ? problem : problem(value);
        }
        if (problem != null) {
          refuse(request, response, parameter.getKey(), problem);
          return;
        }
      }
      chain.doFilter(request, response);
    }

    private static String problem(String value) {
      if (value == null) {
        return null;
      }
      if (value.length() > MAX_LENGTH) {
        return "too long (" + value.length() + " characters, at most " + MAX_LENGTH + ")";
      }
      return Text.hasControlCharacter(value) ? "control characters are not allowed" : null;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, String name, String problem)
        throws IOException {
      String field = Text.excerpt(name);
      if (request.getRequestURI().startsWith("/api/")) {
        ProblemJson.write(response, HttpServletResponse.SC_BAD_REQUEST, "urn:hen:problem:malformed-request",
            "Invalid parameter", problem, field);
      } else {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Invalid parameter " + field + ": " + problem);
      }
    }
  }
}
