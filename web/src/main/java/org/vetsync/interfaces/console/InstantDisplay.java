package org.vetsync.interfaces.console;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Shows every instant on the console in the server's time zone, which is the hospital's: staff compare these times
 * with the ward clock and the cabinet's screen, not with UTC.
 */
@FacesConverter(forClass = Instant.class)
public class InstantDisplay implements Converter<Instant> {

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  @Override
  public String getAsString(FacesContext context, UIComponent component, Instant value) {
    return value == null ? "" : FORMAT.format(value.atZone(ZoneId.systemDefault()));
  }

  @Override
  public Instant getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDateTime.parse(value.strip(), FORMAT).atZone(ZoneId.systemDefault()).toInstant();
    } catch (DateTimeParseException e) {
      throw new ConverterException("Not a time of the form 2026-11-22 10:15:30: " + value, e);
    }
  }
}
