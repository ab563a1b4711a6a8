package org.vetsync.domain.model.cabinet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.regex.Pattern;

/** A dispensing cabinet registered by the practice system. Messages from an unregistered cabinet are rejected. */
@Entity
@Table(name = "cabinet")
public class Cabinet {

  /**
   * A code names the cabinet's broker account and command queue (vetsync.cabinet.commands.CODE), so it may not carry
   * the broker's wildcards or separators (. * #) or anything else that would name another cabinet's queue.
   */
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public static final String CODE_RULE = "1 to 64 letters, digits, '-' or '_'";

  @Id
  @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
  private Long id;

  @Column(nullable = false, unique = true, length = 64)
  private String code;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(length = 200)
  private String location;

  @Version private long version;

  protected Cabinet() {}

  public Cabinet(String code, String name, String location) {
    if (!isValidCode(code)) {
      throw new IllegalArgumentException("Cabinet code '" + code + "' must be " + CODE_RULE);
    }
    this.code = code;
    describe(name, location);
  }

  public static boolean isValidCode(String code) {
    return code != null && CODE.matcher(code).matches();
  }

  public void describe(String name, String location) {
    this.name = name == null || name.isBlank() ? code : name;
    this.location = location;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getLocation() {
    return location;
  }
}
