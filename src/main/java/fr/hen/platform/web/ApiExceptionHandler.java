package fr.hen.platform.web;

import fr.hen.platform.ConflictException;
import fr.hen.platform.InvalidFieldException;
import fr.hen.platform.NotFoundException;
import fr.hen.platform.Text;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every API error into RFC 9457 {@code application/problem+json}. Validation problems carry an
 * {@code errors} list of {@code {field, message}}; conflicts carry a stable {@code code}.
 */
@RestControllerAdvice(annotations = RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  static final URI VALIDATION = URI.create("urn:hen:problem:validation");
  static final URI CONFLICT = URI.create("urn:hen:problem:conflict");
  static final URI NOT_FOUND = URI.create("urn:hen:problem:not-found");
  static final int MAX_DETAIL = 300;
  static final URI MALFORMED = URI.create("urn:hen:problem:malformed-request");

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, NOT_FOUND, "Not found", e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return conflict(e.code(), e.getMessage());
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ProblemDetail concurrent(OptimisticLockingFailureException e) {
    return conflict("concurrent-change", "The record was changed by someone else; reload and try again.");
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ProblemDetail integrity(DataIntegrityViolationException e) {
    return conflict("integrity", "The change clashes with existing data and was not saved.");
  }

  /** A 409 with its stable {@code code}, which clients test rather than the text. */
  private static ProblemDetail conflict(String code, String detail) {
    ProblemDetail p = problem(HttpStatus.CONFLICT, CONFLICT, "Conflict", detail);
    p.setProperty("code", code);
    return p;
  }

  @ExceptionHandler(InvalidFieldException.class)
  ProblemDetail invalidField(InvalidFieldException e) {
    ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, VALIDATION, "Invalid request",
        e.field() + ": " + e.getMessage());
    p.setProperty("errors", List.of(Map.of("field", e.field(), "message", cut(e.getMessage()))));
    return p;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    String message = "Invalid value '" + Text.excerpt(e.getValue()) + "'";
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, MALFORMED, "Invalid parameter", e.getName() + ": " + message);
    p.setProperty("errors", List.of(Map.of("field", e.getName(), "message", message)));
    return p;
  }

  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail illegalArgument(IllegalArgumentException e) {
    return problem(HttpStatus.BAD_REQUEST, MALFORMED, "Invalid request", e.getMessage());
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail denied(AccessDeniedException e) {
    return problem(HttpStatus.FORBIDDEN, URI.create("about:blank"), "Forbidden",
        "Your role does not allow this action.");
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
        .map(f -> Map.of("field", jsonName(f.getField()), "message", cut(String.valueOf(f.getDefaultMessage()))))
        .toList();
    List<String> global = ex.getBindingResult().getGlobalErrors().stream()
        .map(g -> String.valueOf(g.getDefaultMessage())).toList();
    String detail = ex.getBindingResult().getFieldErrors().stream().findFirst()
        .map(ApiExceptionHandler::describe).orElse(global.isEmpty() ? "Invalid request" : global.getFirst());
    ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, VALIDATION, "Invalid request", detail);
    p.setProperty("errors", errors);
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(p);
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<Map<String, String>> errors = ex.getParameterValidationResults().stream()
        .flatMap(r -> r.getResolvableErrors().stream().map(e -> Map.of(
            "field", String.valueOf(r.getMethodParameter().getParameterName()),
            "message", cut(String.valueOf(e.getDefaultMessage())))))
        .toList();
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, VALIDATION, "Invalid parameter",
        errors.isEmpty() ? "Invalid parameter" : errors.getFirst().get("field") + ": "
            + errors.getFirst().get("message"));
    p.setProperty("errors", errors);
    return ResponseEntity.badRequest().body(p);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String field = null;
    Throwable cause = ex.getCause();
    if (cause instanceof DatabindException databind && !databind.getPath().isEmpty()) {
      field = databind.getPath().stream()
          .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
          .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse(null);
    }
    boolean unknown = field != null && cause instanceof UnrecognizedPropertyException;
    String detail = field == null ? "Malformed JSON body"
        : unknown ? "Unknown property '" + field + "'" : "Invalid value for field '" + field + "'";
    ProblemDetail p = problem(HttpStatus.BAD_REQUEST, MALFORMED, "Malformed request", detail);
    if (field != null) {
      p.setProperty("errors", List.of(Map.of("field", field,
          "message", unknown ? "unknown property: not part of this request" : "invalid value or type")));
    }
    return ResponseEntity.badRequest().body(p);
  }

  private static String describe(FieldError f) {
    return jsonName(f.getField()) + ": " + f.getDefaultMessage();
  }

  /** The JSON (snake_case) name of a bean property path: {@code patient.birthDate} → {@code patient.birth_date}. */
  static String jsonName(String propertyPath) {
    return CAMEL_HUMP.matcher(propertyPath).replaceAll("$1_$2").toLowerCase(java.util.Locale.ROOT);
  }

  private static final java.util.regex.Pattern CAMEL_HUMP = java.util.regex.Pattern.compile("([a-z0-9])([A-Z])");

  /** A message cut to {@link #MAX_DETAIL} characters: a refused value is never echoed whole. */
  static String cut(String text) {
    return text == null || text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL) + "…";
  }

  /** A problem whose detail is {@link #cut}. */
  private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, cut(detail));
    p.setType(type);
    p.setTitle(title);
    return p;
  }
}
