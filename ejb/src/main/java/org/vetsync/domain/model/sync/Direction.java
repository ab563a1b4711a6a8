package org.vetsync.domain.model.sync;

/** Seen from vetsync: INBOUND arrived from a cabinet or the practice system, OUTBOUND was sent by vetsync. */
public enum Direction {
  INBOUND,
  OUTBOUND
}
