package org.vetsync.domain.model.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which entries an auditor asks for; a null or blank field does not filter. User is matched exactly, action and
 * target as a case-insensitive part ("sync event 42", "orphan"), the time range as from inclusive, to exclusive.
 */
public record AuditFilter(String user, String action, String target, AuditOutcome outcome, Instant from,
    Instant to) {

  public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null);

  public AuditFilter {
    user = blankToNull(user);
    action = blankToNull(action);
    target = blankToNull(target);
  }

  /** The fields that filter, by name, in order: for a link that repeats the filter and for the trail's note. */
  public Map<String, Object> parameters() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    put(parameters, "user", user);
    put(parameters, "action", action);
    put(parameters, "target", target);
    put(parameters, "outcome", outcome);
    put(parameters, "from", from);
    put(parameters, "to", to);
    return parameters;
  }

  private static void put(Map<String, Object> parameters, String name, Object value) {
    if (value != null) {
      parameters.put(name, value);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
