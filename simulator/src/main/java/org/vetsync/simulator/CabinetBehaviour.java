package org.vetsync.simulator;

/** How the simulated cabinet treats the commands it receives. */
enum CabinetBehaviour {
  /** Accept every command and keep the schedule. */
  ACKNOWLEDGE,
  /** Answer every command with {@code accepted: false}, so vetsync marks it Failed for staff to retry. */
  REJECT,
  /** Accept every command, and as soon as an item is scheduled, dispense what is outstanding as a nurse would. */
  DISPENSE_SCHEDULED
}
