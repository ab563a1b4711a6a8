package org.vetsync.application.query;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One pharmacy export run as staff follow it: what kind of copy it is, who asked for it, how far it got and what it
 * sent, by kind of change.
 *
 * @param fullCopy whether it is (or was) the first copy: every client and pet, rather than a delta
 */
public record ExportRunRow(
    long id,
    boolean fullCopy,
    String status,
    boolean active,
    String requestedBy,
    Instant requestedAt,
    Instant startedAt,
    Instant finishedAt,
    long clientsTotal,
    long clientsDone,
    long newClients,
    long linkedClients,
    long newPets,
    long emailChanges,
    long weightChanges,
    long deceasedChanges,
    long approvedChanges,
    long reviewItems,
    int batches,
    String error)
    implements Serializable {

  /** Whole percent of the clients done; a run that has not counted its clients yet is at 0, a finished one at 100. */
  public int percentDone() {
    if (!active) {
      return 100;
    }
    return clientsTotal == 0 ? 0 : (int) Math.min(100, clientsDone * 100 / clientsTotal);
  }

  public String kind() {
    return fullCopy ? "Full copy" : "Delta";
  }

  /** What the run sent, by kind, leaving out the kinds it sent none of: "1200 new clients", "1 weight change". */
  public List<String> sentByKind() {
    List<String> counts = new ArrayList<>();
    add(counts, newClients, "new client");
    add(counts, linkedClients, "linked client");
    add(counts, newPets, "new pet");
    add(counts, emailChanges, "email change");
    add(counts, weightChanges, "weight change");
    add(counts, deceasedChanges, "deceased change");
    add(counts, approvedChanges, "approved change");
    return counts;
  }

  private static void add(List<String> counts, long count, String kind) {
    if (count > 0) {
      counts.add(count + " " + kind + (count == 1 ? "" : "s"));
    }
  }

  /** Changes the pharmacy received; a new client's pets ride in the client's record but count as new pets. */
  public long changesSent() {
    return newClients + linkedClients + newPets + emailChanges + weightChanges + deceasedChanges + approvedChanges;
  }
}
