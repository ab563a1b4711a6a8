package org.vetsync.interfaces.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import org.vetsync.application.ContractJson;
import org.vetsync.application.query.Backlog;
import org.vetsync.application.query.DashboardQueries;
import org.vetsync.application.query.HourlyCount;
import org.vetsync.application.query.SyncEventQueries;
import org.vetsync.domain.model.sync.SyncEventStatus;

/** The dashboard's charts as Chart.js configurations for PrimeFaces' p:chart. */
@Named
@RequestScoped
public class DashboardCharts {

  private static final JsonProvider JSON = ContractJson.PROVIDER;

  static final int HOURS = 24;

  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:00");

  /** The status colours of the events table. */
  private static final Map<SyncEventStatus, String> COLOURS = new EnumMap<>(Map.of(
      SyncEventStatus.PENDING, "#d9a400",
      SyncEventStatus.PROCESSING, "#f0c75e",
      SyncEventStatus.COMPLETE, "#1b7f3b",
      SyncEventStatus.FAILED, "#b00020",
      SyncEventStatus.REJECTED, "#e57373",
      SyncEventStatus.IGNORED, "#9aa5b1",
      SyncEventStatus.UNALLOCATED, "#b35c00"));

  @Inject private SyncEventQueries events;
  @Inject private DashboardQueries dashboard;
  @Inject private Clock clock;

  /** Each chart's JSON, built once a request although the page may ask for it more than once while rendering. */
  private String hourly;
  private String backlog;

  /** Events received in each of the last 24 hours, stacked by the status they are in now. */
  public String getHourly() {
    if (hourly == null) {
      hourly = hourlyChart();
    }
    return hourly;
  }

  /** Open orphan dispenses by reason, and temporary patients waiting for allocation, now. */
  public String getBacklog() {
    if (backlog == null) {
      backlog = backlogChart();
    }
    return backlog;
  }

  private String hourlyChart() {
    Instant firstHour = clock.instant().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(HOURS - 1));
    Map<SyncEventStatus, long[]> counts = new EnumMap<>(SyncEventStatus.class);
    for (HourlyCount c : events.hourlyByStatus(firstHour)) {
      int slot = (int) Duration.between(firstHour, c.hour()).toHours();
      if (slot >= 0 && slot < HOURS) {
        counts.computeIfAbsent(c.status(), s -> new long[HOURS])[slot] += c.events();
      }
    }
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    for (int h = 0; h < HOURS; h++) {
      labels.add(HOUR.format(firstHour.plus(Duration.ofHours(h)).atZone(ZoneId.systemDefault())));
    }
    JsonArrayBuilder datasets = JSON.createArrayBuilder();
    counts.forEach((status, perHour) -> {
      JsonArrayBuilder data = JSON.createArrayBuilder();
      for (long n : perHour) {
        data.add(n);
      }
      datasets.add(JSON.createObjectBuilder()
          .add("label", status.label())
          .add("backgroundColor", COLOURS.get(status))
          .add("data", data));
    });
    return chart("bar", labels, datasets, "Events per hour by status, last 24 h", JSON.createObjectBuilder()
        .add("x", JSON.createObjectBuilder().add("stacked", true))
        .add("y", JSON.createObjectBuilder().add("stacked", true).add("beginAtZero", true)), false);
  }

  private String backlogChart() {
    Backlog waiting = dashboard.backlog();
    JsonArrayBuilder labels = JSON.createArrayBuilder();
    JsonArrayBuilder data = JSON.createArrayBuilder();
    waiting.openOrphans().forEach((reason, n) -> {
      labels.add(reason);
      data.add(n);
    });
    labels.add("Temporary patients to allocate");
    data.add(waiting.unallocatedPatients());
    JsonArrayBuilder datasets = JSON.createArrayBuilder().add(JSON.createObjectBuilder()
        .add("label", "Waiting for staff")
        .add("backgroundColor", "#b35c00")
        .add("data", data));
    return chart("bar", labels, datasets, "Open orphan dispenses by reason, and temporary patients to allocate", JSON.createObjectBuilder()
        .add("x", JSON.createObjectBuilder().add("beginAtZero", true).add("ticks",
            JSON.createObjectBuilder().add("precision", 0))), true);
  }

  private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, String title,
      JsonObjectBuilder scales, boolean horizontal) {
    JsonObjectBuilder options = JSON.createObjectBuilder()
        .add("responsive", true)
        .add("maintainAspectRatio", false)
        .add("animation", false)
        .add("scales", scales)
        .add("plugins", JSON.createObjectBuilder()
            .add("title", JSON.createObjectBuilder().add("display", true).add("text", title))
            .add("legend", JSON.createObjectBuilder().add("display", !horizontal)));
    if (horizontal) {
      options.add("indexAxis", "y");
    }
    return JSON.createObjectBuilder()
        .add("type", type)
        .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }
}
