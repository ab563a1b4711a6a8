package org.vetsync.domain.model.audit;

/**
 * What a staff member set out to do, to which record: e.g. "ignore sync event" on sync event 42. The note is what
 * they gave with it (a reason, the roles granted), never a secret.
 *
 * @param name the action as the audit page lists it, e.g. "ignore sync event"
 * @param targetType the kind of record, e.g. "sync event"; null when the action concerns no one record
 * @param targetId the record's id as staff know it; null with targetType, or for a record not created yet
 */
public record AuditedAction(String name, String targetType, String targetId, String note) {

  public AuditedAction {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("An audited action needs a name");
    }
    if (targetType == null && targetId != null) {
      throw new IllegalArgumentException("A target id needs a target type");
    }
  }

  public static AuditedAction on(String name, String targetType, Object targetId) {
    return new AuditedAction(name, targetType, targetId == null ? null : targetId.toString(), null);
  }

  public AuditedAction noting(String note) {
    return new AuditedAction(name, targetType, targetId, note);
  }

  /** For messages: "ignore sync event 42", "allocate temporary patient of orphan dispense 7". */
  public String describe() {
    if (targetId == null) {
      return name;
    }
    return name.endsWith(targetType) ? name + " " + targetId : name + " of " + targetType + " " + targetId;
  }
}
