package dev.clearance.server.web.incident;

import dev.clearance.server.http.ApiError;
import dev.clearance.server.http.ApiException;
import dev.clearance.server.web.Sentence;
import java.util.Map;

/**
 * Why a form was refused, as the page shows it: the API's message as a sentence, a hint for people
 * using the page, and the form field it concerns.
 *
 * @param field the field named by the refusal ({@code details.field}), or {@code null}
 */
public record FormError(String message, String hint, String field) {

  /**
   * The refusal {@code e}; its hint is {@code hints}' for its field or code, when there is one,
   * else the API's.
   */
  static FormError of(ApiException e, Map<String, String> hints) {
    ApiError error = e.error();
    Object field = error.details().get("field");
    String name = field == null ? null : field.toString();
    String hint =
        name != null && hints.containsKey(name)
            ? hints.get(name)
            : hints.getOrDefault(error.code(), error.hint());
    return new FormError(Sentence.of(error.message()), hint, name);
  }

  /** The message when it concerns {@code name}, for the field's own error text; else null. */
  public String about(String name) {
    return name.equals(field) ? message : null;
  }

  /** Whether a refusal is no matter of the form: the page itself is absent or named wrongly. */
  static boolean notAboutTheForm(ApiException e) {
    return e.status() == 404 || e.error().code().equals("invalid_name");
  }
}
