package se.kvarter.model;

/** How one gets in: without steps, by a ramp, by steps or by a lift. */
public enum Entrance implements Coded {
    STEP_FREE, RAMP, STEPS, LIFT, UNKNOWN
}
