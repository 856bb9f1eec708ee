package fr.hen.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Errors Tomcat answers itself, before any servlet runs (an encoded NUL in the path, a request line or headers over
 * the size limit, a malformed request): problem+json under {@code /api/}, a short bilingual page elsewhere, never
 * Tomcat's own report (which names the server and echoes nothing useful). Errors that reach the application are
 * answered by the application's handlers, not here.
 */
public class ProblemReportValve extends ErrorReportValve {

  public ProblemReportValve() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    String uri = request.getDecodedRequestURI() == null ? request.getRequestURI() : request.getDecodedRequestURI();
    boolean api = uri != null && uri.startsWith("/api/");
    try {
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      if (api) {
        response.setContentType("application/problem+json");
        write(response, ProblemJson.of(status, "urn:hen:problem:malformed-request", "Malformed request",
            detail(status), null));
      } else {
        response.setContentType("text/html");
        write(response, "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>HEN — " + status
            + "</title></head><body><main><h1>Requête refusée</h1><p>L’adresse ou la requête n’a pas pu être lue "
            + "(caractère interdit, adresse trop longue). <a href=\"/\">Retour à l’accueil</a></p>"
            + "<p lang=\"en\">The address or request could not be read (forbidden character, address too long). "
            + "<a href=\"/\">Home</a></p></main></body></html>");
      }
    } catch (IOException | IllegalStateException e) {
      // the client went away or the response cannot take a body: nothing more to say
    }
  }

  private static String detail(int status) {
    return switch (status) {
      case 400 -> "The request could not be read: a forbidden character (such as an encoded NUL) in the path, "
          + "or a request line or header over the size limit.";
      case 413, 431 -> "The request is too large.";
      case 414 -> "The address is too long.";
      default -> "The request could not be processed.";
    };
  }

  private static void write(Response response, String body) throws IOException {
    Writer writer = response.getReporter();
    if (writer != null) {
      writer.write(body);
      response.finishResponse();
    }
  }
}
