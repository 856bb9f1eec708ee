package fr.hen.platform.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.mockmvc.MockMvcRequest;
import com.atlassian.oai.validator.mockmvc.MockMvcResponse;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultHandler;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.context.WebApplicationContext;

/**
 * Checks one MockMvc exchange under {@code /api/} against the application's own {@code /v3/api-docs}, read once per
 * application context: the path and method are documented, the status is one of the operation's documented
 * responses, the response's content type and body match its schema (no undocumented property, names as written),
 * and, when the server accepted the request (below 400), the request's parameters and body match theirs, so that
 * nothing the API accepts is missing from the document. A refused request (400, 422…) is not held to the schema,
 * since tests send wrong ones on purpose; its problem details answer still is.
 */
public final class ApiContract implements ResultHandler {

  private final SingletonSupplier<OpenApiInteractionValidator> validator;
  private final AtomicLong checked = new AtomicLong();

  public ApiContract(WebApplicationContext context) {
    this.validator = SingletonSupplier.of(() -> validatorFor(document(context)));
  }

  private static OpenApiInteractionValidator validatorFor(String openApiJson) {
    return OpenApiInteractionValidator.createForInlineApiSpecification(openApiJson)
        // MockMvc tests sign in through the security context, without an Authorization header to show.
        .withLevelResolver(LevelResolver.create()
            .withLevel("validation.request.security.missing", ValidationReport.Level.IGNORE).build())
        .build();
  }

  /** The live document, as a client reads it (a MockMvc without filters: the document is public anyway). */
  private static String document(WebApplicationContext context) {
    try {
      MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
      return mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    } catch (Exception e) {
      throw new IllegalStateException("The OpenAPI document could not be read", e);
    }
  }

  @Override
  public void handle(MvcResult result) {
    MockHttpServletRequest request = result.getRequest();
    if (!request.getRequestURI().startsWith("/api/")) {
      return;
    }
    ValidationReport report = report(request, result.getResponse());
    checked.incrementAndGet();
    if (report.hasErrors()) {
      throw new AssertionError("The exchange " + request.getMethod() + " " + request.getRequestURI() + " → "
          + result.getResponse().getStatus() + " does not match /v3/api-docs:\n"
          + report.getMessages().stream().map(ApiContract::describe).collect(Collectors.joining("\n")));
    }
  }

  /** What the document says of one exchange: the request too when it was accepted, the response always. */
  ValidationReport report(MockHttpServletRequest request, MockHttpServletResponse response) {
    Request apiRequest = MockMvcRequest.of(request);
    Response apiResponse = MockMvcResponse.of(response);
    ValidationReport report = response.getStatus() < 400 ? validator.obtain().validate(apiRequest, apiResponse)
        : validator.obtain().validateResponse(apiRequest.getPath(), apiRequest.getMethod(), apiResponse);
    if (request.getContentLength() <= 0 && request.getContentType() == null) {
      // an optional body left out has no Content-Type to match (a required one is still reported: body.missing)
      return ValidationReport.from(report.getMessages().stream()
          .filter(m -> !"validation.request.contentType.notAllowed".equals(m.getKey())).toList());
    }
    return report;
  }

  /** One finding: its key, where in the body (a JSON pointer) when known, and what is wrong. */
  static String describe(ValidationReport.Message message) {
    String where = message.getContext().flatMap(ValidationReport.MessageContext::getPointers)
        .map(p -> " at " + (p.getInstance().isEmpty() ? "/" : p.getInstance())).orElse("");
    return "- " + message.getKey() + where + ": " + message.getMessage();
  }

  /** How many exchanges were checked in this application context. */
  long checked() {
    return checked.get();
  }
}
