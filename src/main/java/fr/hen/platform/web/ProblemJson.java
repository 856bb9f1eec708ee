package fr.hen.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;

/**
 * RFC 9457 problem details written where no Spring MVC handler runs (security filters, the parameter guard,
 * Tomcat's own error answers): the same shape as {@code ApiExceptionHandler}'s, every text JSON-escaped.
 */
public final class ProblemJson {

  private ProblemJson() {}

  /** A problem; with a {@code field}, an {@code errors} list naming it with the detail as its message. */
  public static String of(int status, String type, String title, String detail, String field) {
    StringBuilder json = new StringBuilder("{\"type\":\"").append(escape(type)).append("\",\"title\":\"")
        .append(escape(title)).append("\",\"status\":").append(status).append(",\"detail\":\"");
    if (field == null) {
      json.append(escape(detail)).append("\"}");
    } else {
      json.append(escape(field)).append(": ").append(escape(detail)).append("\",\"errors\":[{\"field\":\"")
          .append(escape(field)).append("\",\"message\":\"").append(escape(detail)).append("\"}]}");
    }
    return json.toString();
  }

  /** Sets the status and content type and writes the problem. */
  public static void write(HttpServletResponse response, int status, String type, String title, String detail,
      String field) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(of(status, type, title, detail, field));
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
